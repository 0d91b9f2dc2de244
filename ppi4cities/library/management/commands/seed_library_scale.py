"""Seed N synthetic library resources for benchmarks: `manage.py seed_library_scale --resources N`.

Resource *i* depends only on (seed, *i*) and is keyed by the external identifier
``bench-library-NNNNNN``: rows already there are kept, so growing from 1,000 to 100,000 gives
the same data as seeding 100,000 at once. Resources, their facets and the full-text index are
written in bulk (`bulk_create`, `fulltext.index_many`), not through the services, which would
take hours for 100,000 rows. `--reset` deletes exactly the synthetic resources (and their
index entries) first. Refuses `PPI_ENV=production`.
"""

import random
import time
from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from ppi4cities.core import fulltext
from ppi4cities.core.models import SearchEntry
from ppi4cities.core.vocabularies import ThemeCode
from ppi4cities.library.indexing import SEARCH_KIND, resource_document
from ppi4cities.library.models import Resource, ResourceFacet
from ppi4cities.library.snapshot import library_changed
from ppi4cities.library.vocabularies import EU_WIDE, Facet, Licence, Procedure, ResourceType, Stage
from ppi4cities.moderation.models import Status

EXTERNAL_PREFIX = "bench-library-"
INDEX_WIDTH = 6
BATCH_SIZE = 2000
EPOCH = datetime(2015, 1, 1, tzinfo=UTC)

# Words the titles, summaries and bodies are drawn from. Their frequencies differ a lot, so
# the benchmark's queries range from a handful of matches to tens of thousands.
# fmt: off
TOPICS = [
    "smart lighting", "electric buses", "district heating", "school meals", "waste sorting",
    "air quality sensors", "cycling infrastructure", "energy renovation", "solar energy",
    "digital twins", "open data", "e-health", "assistive technology", "water management",
    "flood protection", "traffic management", "parking", "heat pumps", "hydrogen",
    "autonomous shuttles", "elderly care", "food procurement", "zero-emission construction",
    "circular construction", "nature-based solutions", "IoT platforms", "cybersecurity",
    "artificial intelligence", "citizen participation", "mobility as a service",
]
DOCUMENTS = [
    "guide", "template", "checklist", "case study", "report", "toolkit", "lessons learnt",
    "evaluation grid", "market consultation notice", "tender specification", "contract model",
    "training module", "policy brief", "webinar notes", "business case",
]
PLACES = [
    "Vilnius", "Kaunas", "Klaipėda", "Panevėžys", "Rīga", "Liepāja", "Tallinn", "Tartu",
    "Helsinki", "Tampere", "Turku", "Stockholm", "Malmö", "Göteborg", "København", "Aarhus",
    "Hamburg", "Rostock", "Gdańsk", "Łódź", "Szczecin", "Oslo", "Bergen",
]
SENTENCES = [
    "The buyer described the need as a problem to solve before talking to suppliers.",
    "An open market consultation gathered answers from start-ups and established firms.",
    "Award criteria combined quality with life-cycle costs over ten years.",
    "The pilot ran for eighteen months with two competing suppliers.",
    "Intellectual property stayed with the suppliers under a royalty-free licence.",
    "Results were measured against a baseline agreed with the service owners.",
    "Small and medium-sized enterprises took part through a lot structure.",
    "The contract included performance-based payments and a right to scale up.",
    "Green public procurement criteria reduced emissions across the fleet.",
    "Legal advisors reviewed the procedure under Directive 2014/24/EU.",
    "Residents tested prototypes in a living lab before the city bought at scale.",
    "Neighbouring municipalities joined the procurement as a buyers group.",
]
COUNTRIES = ["LT", "LV", "EE", "FI", "SE", "DK", "DE", "PL", "NO"]
LANGUAGE_WEIGHTS = {
    "en": 70, "lt": 4, "lv": 4, "et": 4, "fi": 4, "sv": 4, "da": 3, "de": 4, "pl": 3,
}
KIND_WEIGHTS = {
    ResourceType.GUIDANCE: 25, ResourceType.TEMPLATE: 15, ResourceType.CASE_STUDY: 20,
    ResourceType.REPORT: 15, ResourceType.TOOL: 8, ResourceType.CITYLAB: 5,
    ResourceType.TRAINING: 5, ResourceType.POLICY: 4, ResourceType.WEBINAR: 3,
}
LICENCES = [Licence.CC_BY, Licence.CC_BY, Licence.CC_BY_SA, Licence.CC0, Licence.OPEN_GOVERNMENT]
# fmt: on
# About 3 % are drafts or waiting for moderation: they are filtered out, not indexed.
UNPUBLISHED = [(Status.PENDING, 0.02), (Status.DRAFT, 0.01)]


def external_id(index: int) -> str:
    return f"{EXTERNAL_PREFIX}{index:0{INDEX_WIDTH}d}"


def synthetic_resources():
    """The resources this command made, and only those."""
    return Resource.objects.filter(external_id__startswith=EXTERNAL_PREFIX)


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _status(rng) -> str:
    draw = rng.random()
    for status, share in UNPUBLISHED:
        if draw < share:
            return status
        draw -= share
    return Status.PUBLISHED


def plan_resource(seed: int, index: int) -> dict:
    """Everything about synthetic resource `index`, drawn only from (seed, index)."""
    # A string seed is hashed with SHA-512 by `random`: the same in every process.
    rng = random.Random(f"ppi4cities-library-bench:{seed}:{index}")
    topic = rng.choice(TOPICS)
    document = rng.choice(DOCUMENTS)
    place = rng.choice(PLACES)
    language = _weighted(rng, LANGUAGE_WEIGHTS)
    other_topics = rng.sample(TOPICS, 2)
    title = f"{topic.capitalize()} {document} from {place} {index:0{INDEX_WIDTH}d}"
    summary = (
        f"A {document} on {topic} and {other_topics[0]}, written in {place}. "
        f"{rng.choice(SENTENCES)}"
    )
    body = " ".join(
        [
            f"## {topic.capitalize()} in {place}",
            *rng.sample(SENTENCES, rng.randint(3, 6)),
            f"See also {other_topics[1]}.",
        ]
    )
    year = rng.randint(2015, 2026)
    status = _status(rng)
    countries = sorted(set(rng.choices([EU_WIDE, *COUNTRIES], k=rng.randint(1, 2))))
    return {
        "index": index,
        "external_id": external_id(index),
        "kind": _weighted(rng, KIND_WEIGHTS),
        "language": language,
        "title": title,
        "summary": summary,
        "body": body,
        "year": year,
        "licence": rng.choice(LICENCES),
        "status": status,
        "published_at": EPOCH + timedelta(minutes=53 * index) if status == "published" else None,
        "submitted_at": EPOCH + timedelta(minutes=53 * index) if status != "draft" else None,
        "publication_date": date(year, rng.randint(1, 12), rng.randint(1, 28)),
        "useful": rng.randint(0, 40),
        "facets": {
            Facet.THEME: sorted(set(rng.choices(ThemeCode.values, k=rng.randint(1, 3)))),
            Facet.STAGE: sorted(set(rng.choices(Stage.values, k=rng.randint(1, 2)))),
            Facet.PROCEDURE: sorted(set(rng.choices(Procedure.values, k=rng.randint(0, 2)))),
            Facet.COUNTRY: countries,
            Facet.LANGUAGE: [language],
        },
    }


class Command(BaseCommand):
    help = (
        "Seed N synthetic library resources with facets and the full-text index, for "
        "benchmarks (deterministic; rows already there are kept; --reset deletes earlier "
        "synthetic resources first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, required=True, metavar="N")
        parser.add_argument("--seed", type=int, default=1, metavar="S")
        parser.add_argument(
            "--reset", action="store_true", help="Delete every synthetic resource first."
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError(
                "seed_library_scale fills the database with synthetic resources; it refuses to "
                "run with PPI_ENV=production. Point DATABASE_URL at a benchmark database and "
                "run it with development settings."
            )
        total = options["resources"]
        if total < 0:
            raise CommandError("--resources must be 0 or more.")
        if total >= 10**INDEX_WIDTH:
            raise CommandError(f"At most {10**INDEX_WIDTH - 1} synthetic resources.")
        started = time.monotonic()
        if options["reset"]:
            self.stdout.write(f"Deleted {self._reset()} synthetic resources.")
        created = self._seed(total, options["seed"], max(1, options["batch_size"]))
        library_changed()
        self._analyse()
        self.stdout.write(
            self.style.SUCCESS(
                f"{total} synthetic resources present ({created} new) "
                f"in {time.monotonic() - started:.1f} s."
            )
        )

    def _reset(self) -> int:
        with transaction.atomic():
            ids = list(synthetic_resources().values_list("pk", flat=True))
            fulltext.remove_many(SEARCH_KIND, ids)
            ResourceFacet.objects.filter(resource__in=synthetic_resources()).delete()
            synthetic_resources().update(previous_version=None)
            synthetic_resources().delete()
        return len(ids)

    def _seed(self, total: int, seed: int, batch_size: int) -> int:
        existing = {
            int(value[len(EXTERNAL_PREFIX) :])
            for value in synthetic_resources().values_list("external_id", flat=True)
            if value[len(EXTERNAL_PREFIX) :].isdigit()
        }
        missing = [index for index in range(total) if index not in existing]
        for start in range(0, len(missing), batch_size):
            plans = [plan_resource(seed, index) for index in missing[start : start + batch_size]]
            # One transaction per batch: an interrupted run keeps whole resources only.
            with transaction.atomic():
                self._create_batch(plans, batch_size)
        return len(missing)

    def _create_batch(self, plans: list[dict], batch_size: int) -> None:
        resources = []
        for plan in plans:
            language = plan["language"]
            # The text sits in the column of its language (modeltranslation) and the untranslated
            # column, as the services leave it for an editor writing in that language.
            texts = {f"{name}_{language}": plan[name] for name in ("title", "summary", "body")}
            resources.append(
                Resource(
                    title=plan["title"],
                    summary=plan["summary"],
                    body=plan["body"],
                    **texts,
                    original_language=language,
                    kind=plan["kind"],
                    year=plan["year"],
                    publication_date=plan["publication_date"],
                    licence=plan["licence"],
                    external_id=plan["external_id"],
                    status=plan["status"],
                    submitted_at=plan["submitted_at"],
                    published_at=plan["published_at"],
                    useful_count=plan["useful"],
                    created_at=plan["published_at"] or EPOCH,
                    is_demo=False,
                )
            )
        Resource.objects.bulk_create(resources, batch_size=batch_size)
        ResourceFacet.objects.bulk_create(
            [
                ResourceFacet(resource_id=resource.pk, facet=facet, value=value)
                for plan, resource in zip(plans, resources, strict=True)
                for facet, values in plan["facets"].items()
                for value in values
            ],
            batch_size=batch_size,
        )
        fulltext.index_many(
            SEARCH_KIND,
            [
                resource_document(resource)
                for resource in resources
                if resource.status == Status.PUBLISHED
            ],
        )

    def _analyse(self):
        """Refresh the planner's statistics after a bulk load, as autovacuum (PostgreSQL) or
        `PRAGMA optimize` (SQLite) soon would: measuring before would time a state production
        never stays in."""
        tables = [Resource._meta.db_table, ResourceFacet._meta.db_table, SearchEntry._meta.db_table]
        names = ", ".join(connection.ops.quote_name(table) for table in tables)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # VACUUM cannot run inside a transaction (as when a test calls the command).
                command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                cursor.execute(f"{command} {names}")
            elif connection.vendor == "sqlite":
                for table in tables:
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
