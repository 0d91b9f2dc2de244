"""`manage.py seed_scale`: a large, deterministic, clearly synthetic data set for benchmarks.

Organisation number `i` is drawn from its own random generator seeded with (seed, i), so it
looks the same whatever `--organisations` says: seeding 1,000 and then 10,000 adds the 9,000
missing rows, and the first 1,000 are identical to a run that seeded 10,000 at once.

Synthetic rows are recognisable: organisations are named "Bench <type> 00042", have a slug
starting with "bench-" and a website under bench.invalid; their people have addresses
@bench.invalid (a reserved domain, so nothing is ever sent) and unusable passwords.
`--reset` deletes exactly those rows and nothing else.
"""

import random
import time
from datetime import UTC, datetime, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import translation
from django.utils.text import slugify

from ppi4cities.accounts.models import (
    BUSINESS_KINDS,
    CompanySize,
    Membership,
    Organisation,
    OrganisationKind,
    ProfileVisibility,
    Role,
    User,
)
from ppi4cities.accounts.selectors import ORGANISATIONS

# The services' own search-text function, so that synthetic rows are found exactly as real
# ones are (one definition of what is searchable).
from ppi4cities.accounts.services import _organisation_search_text
from ppi4cities.core import caching
from ppi4cities.core.models import Tag, Theme

SYNTHETIC_DOMAIN = "bench.invalid"
SLUG_PREFIX = "bench-"
NAME_PREFIX = "Bench "
INDEX_WIDTH = 5
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

# Vocabulary tables read better packed than one item a line.
# fmt: off
# Cities with approximate coordinates. The Baltic Sea Region carries most of the weight, as
# on the real platform; a few other European countries keep the country facet long-tailed.
CITIES = {
    "LT": [("Vilnius", 54.687, 25.279), ("Kaunas", 54.898, 23.904), ("Klaipėda", 55.703, 21.144),
           ("Šiauliai", 55.934, 23.315), ("Panevėžys", 55.734, 24.357)],
    "LV": [("Rīga", 56.949, 24.105), ("Daugavpils", 55.875, 26.536), ("Liepāja", 56.505, 21.011),
           ("Jelgava", 56.652, 23.721), ("Ventspils", 57.389, 21.564)],
    "EE": [("Tallinn", 59.437, 24.754), ("Tartu", 58.378, 26.729), ("Narva", 59.377, 28.190),
           ("Pärnu", 58.385, 24.497)],
    "FI": [("Helsinki", 60.169, 24.938), ("Espoo", 60.205, 24.652), ("Tampere", 61.498, 23.761),
           ("Turku", 60.452, 22.267), ("Oulu", 65.012, 25.465), ("Vantaa", 60.294, 25.040)],
    "SE": [("Stockholm", 59.329, 18.069), ("Göteborg", 57.709, 11.975), ("Malmö", 55.605, 13.004),
           ("Uppsala", 59.859, 17.639), ("Umeå", 63.826, 20.263), ("Västerås", 59.611, 16.545)],
    "DK": [("København", 55.676, 12.568), ("Aarhus", 56.163, 10.204), ("Odense", 55.404, 10.403),
           ("Aalborg", 57.048, 9.919)],
    "DE": [("Hamburg", 53.551, 9.994), ("Kiel", 54.323, 10.123), ("Rostock", 54.092, 12.099),
           ("Lübeck", 53.866, 10.687), ("Berlin", 52.520, 13.405), ("Greifswald", 54.097, 13.388)],
    "PL": [("Gdańsk", 54.352, 18.647), ("Gdynia", 54.519, 18.531), ("Szczecin", 53.428, 14.553),
           ("Olsztyn", 53.778, 20.481), ("Warszawa", 52.230, 21.012), ("Sopot", 54.442, 18.560)],
    "NO": [("Oslo", 59.914, 10.752), ("Bergen", 60.391, 5.322), ("Trondheim", 63.431, 10.395)],
    "NL": [("Amsterdam", 52.370, 4.895), ("Rotterdam", 51.924, 4.478)],
    "BE": [("Gent", 51.054, 3.717)],
    "FR": [("Lyon", 45.764, 4.836)],
    "ES": [("Barcelona", 41.385, 2.173)],
    "IT": [("Milano", 45.464, 9.190)],
    "IE": [("Dublin", 53.350, -6.260)],
    "AT": [("Wien", 48.208, 16.373)],
    "CZ": [("Brno", 49.195, 16.607)],
    "PT": [("Porto", 41.158, -8.629)],
}
COUNTRY_WEIGHTS = {
    "LT": 12, "LV": 10, "EE": 9, "FI": 12, "SE": 13, "DK": 8, "DE": 9, "PL": 9, "NO": 4,
    "NL": 2, "BE": 1.5, "FR": 1.5, "ES": 1.5, "IT": 1.5, "IE": 1.5, "AT": 1.5, "CZ": 1.5,
    "PT": 1.5,
}
KIND_WEIGHTS = {
    OrganisationKind.MUNICIPALITY: 35, OrganisationKind.REGIONAL_AUTHORITY: 8,
    OrganisationKind.PUBLIC_AUTHORITY: 7, OrganisationKind.INNOVATION_AGENCY: 5,
    OrganisationKind.COMPANY: 20, OrganisationKind.STARTUP: 10, OrganisationKind.RESEARCH: 8,
    OrganisationKind.NGO: 5, OrganisationKind.OTHER: 2,
}
THEME_WEIGHTS = {
    "mobility": 30, "digital": 25, "energy": 22, "smart-city": 18, "environment": 20,
    "social": 10, "health": 10, "education": 8, "other": 3,
}
EXPERTISE = [
    "smart lighting", "electric buses", "pre-commercial procurement", "market consultation",
    "competitive dialogue", "innovation partnership", "open data", "digital twins",
    "district heating", "circular construction", "e-health", "assistive technology",
    "school digitalisation", "water management", "waste sorting", "air quality sensors",
    "mobility as a service", "cycling infrastructure", "energy renovation", "solar energy",
    "citizen participation", "GovTech", "artificial intelligence", "cybersecurity",
    "life-cycle costing", "green public procurement", "social clauses",
    "nature-based solutions", "IoT platforms", "autonomous shuttles", "hydrogen",
    "heat pumps", "flood protection", "elderly care", "food procurement",
    "zero-emission construction", "traffic management", "parking",
]
SENTENCES = [
    "We look for partners for a joint pre-commercial procurement.",
    "Our team has run market consultations with start-ups and small firms.",
    "We share tender documents and lessons learnt with other cities.",
    "We test new solutions in living labs before buying at scale.",
    "We measure the outcomes of every pilot and publish the results.",
    "We are preparing an innovation partnership with neighbouring municipalities.",
    "Our procurement unit wants to learn from peers in the Baltic Sea Region.",
    "We offer our experience with outcome-based specifications.",
]
FIRST_NAMES = [
    "Ona", "Jonas", "Rūta", "Mantas", "Ilze", "Jānis", "Kadri", "Mart", "Aino", "Mikko",
    "Saga", "Erik", "Freja", "Mads", "Lena", "Oskar", "Zofia", "Piotr", "Ingrid", "Lars",
]
LAST_NAMES = [
    "Kazlauskienė", "Petrauskas", "Bērziņa", "Ozols", "Tamm", "Saar", "Virtanen", "Korhonen",
    "Lindqvist", "Johansson", "Nielsen", "Jensen", "Schulz", "Becker", "Nowak", "Kowalski",
    "Hansen", "Berg",
]
JOB_TITLES = [
    "Procurement officer", "Innovation manager", "Head of procurement", "Project manager",
    "Business developer", "Researcher", "Sustainability advisor", "Legal advisor",
]
# fmt: on
BATCH_SIZE = 1000


def index_label(index: int) -> str:
    return f"{index:0{INDEX_WIDTH}d}"


def synthetic_organisations():
    """The organisations this command made, and only those."""
    return Organisation.objects.filter(
        slug__startswith=SLUG_PREFIX, website__endswith=f".{SYNTHETIC_DOMAIN}/"
    )


def synthetic_users():
    return User.objects.filter(email__endswith=f"@{SYNTHETIC_DOMAIN}")


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def plan_organisation(seed: int, index: int, members: int) -> dict:
    """Everything about synthetic organisation `index`, drawn only from (seed, index)."""
    # A string seed is hashed with SHA-512 by `random`, so the plan is the same in every
    # process, whatever PYTHONHASHSEED is.
    rng = random.Random(f"ppi4cities-bench:{seed}:{index}")
    kind = _weighted(rng, KIND_WEIGHTS)
    country = _weighted(rng, COUNTRY_WEIGHTS)
    city, latitude, longitude = rng.choice(CITIES[country])
    label = index_label(index)
    name = f"{NAME_PREFIX}{OrganisationKind(kind).label} {label}"
    slug = slugify(name)
    themes = sorted(
        set(rng.choices(list(THEME_WEIGHTS), list(THEME_WEIGHTS.values()), k=rng.randint(1, 3)))
    )
    expertise = rng.sample(EXPERTISE, rng.randint(1, 4))
    description = (
        f"{name} is a synthetic profile for load tests, based in {city}. "
        f"It works on {', '.join(expertise)}. {rng.choice(SENTENCES)}"
    )
    people = []
    for position in range(members):
        people.append(
            {
                "email": f"member-{label}-{position}@{SYNTHETIC_DOMAIN}",
                "full_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                "job_title": rng.choice(JOB_TITLES),
                "visibility": rng.choice([ProfileVisibility.PUBLIC, ProfileVisibility.MEMBERS]),
                "role": Role.ADMIN if position == 0 else Role.MEMBER,
            }
        )
    return {
        "index": index,
        "name": name,
        "slug": slug,
        "kind": kind,
        "size": rng.choice(CompanySize.values) if kind in BUSINESS_KINDS else "",
        "country": country,
        "city": city,
        # Up to about 5 km from the centre, so map markers of one city do not coincide.
        "latitude": round(latitude + rng.uniform(-0.05, 0.05), 5),
        "longitude": round(longitude + rng.uniform(-0.05, 0.05), 5),
        "website": f"https://{slug}.{SYNTHETIC_DOMAIN}/",
        "description": description,
        "themes": themes,
        "expertise": expertise,
        "created_at": EPOCH + timedelta(minutes=37 * index),
        "people": people,
    }


def _tags_by_name(names) -> dict[str, Tag]:
    """The shared expertise tags, created once (with the slug the services would give)."""
    wanted = {name: slugify(name, allow_unicode=True)[:70] for name in names}
    Tag.objects.bulk_create(
        [Tag(name=name, slug=slug) for name, slug in wanted.items()], ignore_conflicts=True
    )
    by_slug = {tag.slug: tag for tag in Tag.objects.filter(slug__in=wanted.values())}
    return {name: by_slug[slug] for name, slug in wanted.items()}


class Command(BaseCommand):
    help = (
        "Seed N synthetic organisations with members for benchmarks (deterministic; "
        "rows already there are kept; --reset deletes earlier synthetic rows first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--organisations", type=int, required=True, metavar="N")
        parser.add_argument("--members-per-organisation", type=int, default=3, metavar="M")
        parser.add_argument("--seed", type=int, default=1, metavar="S")
        parser.add_argument(
            "--reset", action="store_true", help="Delete every synthetic row before seeding."
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError(
                "seed_scale fills the database with synthetic organisations; it refuses to run "
                "with PPI_ENV=production. Point DATABASE_URL at a benchmark database and run "
                "it with development settings."
            )
        total = options["organisations"]
        members = options["members_per_organisation"]
        if total < 0 or members < 1:
            raise CommandError(
                "--organisations must be 0 or more and --members-per-organisation 1 or more."
            )
        if total >= 10**INDEX_WIDTH:
            raise CommandError(f"At most {10**INDEX_WIDTH - 1} synthetic organisations.")
        started = time.monotonic()
        # Theme labels go into the search text: seed in the default language, as the services
        # would for an English-speaking editor.
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            if options["reset"]:
                deleted = self._reset()
                self.stdout.write(f"Deleted {deleted[0]} organisations and {deleted[1]} people.")
            created = self._seed(total, members, options["seed"], options["batch_size"])
        caching.bump(ORGANISATIONS)
        self._analyse()
        self.stdout.write(
            self.style.SUCCESS(
                f"{total} synthetic organisations present ({created} new, {members} members each) "
                f"in {time.monotonic() - started:.1f} s."
            )
        )

    def _reset(self) -> tuple[int, int]:
        organisations = synthetic_organisations()
        count = organisations.count()
        organisations.delete()
        people = synthetic_users()
        people_count = people.count()
        people.delete()
        return count, people_count

    def _seed(self, total: int, members: int, seed: int, batch_size: int) -> int:
        existing = {
            int(slug.rsplit("-", 1)[1])
            for slug in synthetic_organisations().values_list("slug", flat=True)
            if slug.rsplit("-", 1)[1].isdigit()
        }
        missing = [index for index in range(total) if index not in existing]
        if not missing:
            return 0
        # People left behind by an organisation deleted by hand would clash on their address.
        synthetic_users().filter(memberships__isnull=True).delete()
        themes = {theme.code: theme for theme in Theme.objects.all()}
        tags = _tags_by_name(EXPERTISE)
        # Synthetic people never sign in: an unusable password also skips slow hashing.
        password = make_password(None)
        for start in range(0, len(missing), batch_size):
            plans = [
                plan_organisation(seed, index, members)
                for index in missing[start : start + batch_size]
            ]
            self._create_batch(plans, themes, tags, password, batch_size)
        return len(missing)

    def _create_batch(self, plans, themes, tags, password, batch_size):
        users = User.objects.bulk_create(
            [
                User(
                    email=person["email"],
                    full_name=person["full_name"],
                    job_title=person["job_title"],
                    visibility=person["visibility"],
                    password=password,
                    is_demo=False,
                    date_joined=plan["created_at"],
                )
                for plan in plans
                for person in plan["people"]
            ],
            batch_size=batch_size,
        )
        users_by_email = {user.email: user for user in users}
        organisations = []
        for plan in plans:
            organisation = Organisation(
                name=plan["name"],
                slug=plan["slug"],
                kind=plan["kind"],
                size=plan["size"],
                country=plan["country"],
                city=plan["city"],
                latitude=plan["latitude"],
                longitude=plan["longitude"],
                website=plan["website"],
                original_language="en",
                description_en=plan["description"],
                description=plan["description"],
                created_at=plan["created_at"],
                is_demo=False,
                member_count=len(plan["people"]),
                created_by=users_by_email[plan["people"][0]["email"]],
            )
            # In the models' default orderings, so that recomputing the text from the stored
            # relations gives the same string.
            organisation.search_text = _organisation_search_text(
                organisation,
                sorted((themes[code] for code in plan["themes"]), key=lambda t: t.position),
                sorted((tags[name] for name in plan["expertise"]), key=lambda t: t.name),
            )
            organisations.append(organisation)
        Organisation.objects.bulk_create(organisations, batch_size=batch_size)

        memberships, addresses, theme_links, tag_links = [], [], [], []
        ThemeLink = Organisation.themes.through
        TagLink = Organisation.expertise.through
        for plan, organisation in zip(plans, organisations, strict=True):
            for offset, person in enumerate(plan["people"]):
                user = users_by_email[person["email"]]
                memberships.append(
                    Membership(
                        user=user,
                        organisation=organisation,
                        role=person["role"],
                        joined_at=plan["created_at"] + timedelta(days=offset),
                    )
                )
                addresses.append(
                    EmailAddress(user=user, email=user.email, verified=True, primary=True)
                )
            theme_links += [
                ThemeLink(organisation_id=organisation.pk, theme_id=themes[code].pk)
                for code in plan["themes"]
            ]
            tag_links += [
                TagLink(organisation_id=organisation.pk, tag_id=tags[name].pk)
                for name in plan["expertise"]
            ]
        Membership.objects.bulk_create(memberships, batch_size=batch_size)
        EmailAddress.objects.bulk_create(addresses, batch_size=batch_size)
        ThemeLink.objects.bulk_create(theme_links, batch_size=batch_size)
        TagLink.objects.bulk_create(tag_links, batch_size=batch_size)

    def _analyse(self):
        """Vacuum and analyse the loaded tables on PostgreSQL, as autovacuum soon would.

        A bulk load leaves stale planner statistics, no visibility map and unset hint bits;
        measuring before autovacuum catches up would time a state production never stays in.
        """
        if connection.vendor != "postgresql":
            return
        tables = [
            Organisation._meta.db_table,
            Membership._meta.db_table,
            User._meta.db_table,
            EmailAddress._meta.db_table,
            Organisation.themes.through._meta.db_table,
            Organisation.expertise.through._meta.db_table,
        ]
        names = ", ".join(connection.ops.quote_name(table) for table in tables)
        # VACUUM cannot run inside a transaction (as when a test calls the command).
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            cursor.execute(f"{command} {names}")
