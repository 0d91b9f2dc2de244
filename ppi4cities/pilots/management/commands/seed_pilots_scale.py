"""Seed N synthetic published pilots for benchmarks: `manage.py seed_pilots_scale --pilots N`.

Pilot *i* depends only on (seed, *i*) and is keyed by the external identifier
``bench-pilot-NNNNNN``: rows already there are kept, so growing from 1,000 to 10,000 gives the
same data as seeding 10,000 at once. They are spread as real pilots are: most around the
region's capitals and large cities (a dense centre and suburbs), a few out in the country,
so that a close view over a capital holds thousands of them, as the map must cope with.
Pilots and their themes and buyers are written in bulk, not through the services, which
would take minutes. Every synthetic pilot is published and marked `is_demo`; each city's buyer
is a synthetic municipality (slug ``pilots-bench-…``) kept across runs. `--reset` deletes
exactly the synthetic pilots first. Refuses `PPI_ENV=production`.
"""

import random
import time
from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils.text import slugify
from modeltranslation.fields import TranslationField

from ppi4cities.accounts.models import Organisation, OrganisationKind
from ppi4cities.core import caching
from ppi4cities.core.models import Theme
from ppi4cities.core.vocabularies import Procedure
from ppi4cities.moderation.models import Status
from ppi4cities.pilots.models import Pilot
from ppi4cities.pilots.selectors import PILOTS
from ppi4cities.pilots.vocabularies import Approach, PilotState

EXTERNAL_PREFIX = "bench-"
ID_PREFIX = f"{EXTERNAL_PREFIX}pilot-"
BUYER_PREFIX = "pilots-bench-"
INDEX_WIDTH = 6
BATCH_SIZE = 2000
EPOCH = datetime(2016, 1, 1, tzinfo=UTC)

# fmt: off
# (country, city, latitude, longitude, weight, spread in degrees). Capitals carry most of the
# weight, Helsinki the most: the densest spot is what bounds the map's answer.
CITIES = [
    ("FI", "Helsinki", 60.169, 24.938, 20, 0.05), ("SE", "Stockholm", 59.329, 18.069, 8, 0.06),
    ("EE", "Tallinn", 59.437, 24.754, 7, 0.04), ("LV", "Rīga", 56.949, 24.105, 6, 0.05),
    ("LT", "Vilnius", 54.687, 25.279, 6, 0.05), ("DK", "København", 55.676, 12.568, 6, 0.05),
    ("NO", "Oslo", 59.914, 10.752, 4, 0.05), ("PL", "Warszawa", 52.230, 21.012, 4, 0.07),
    ("DE", "Berlin", 52.520, 13.405, 4, 0.08), ("IS", "Reykjavík", 64.147, -21.943, 1, 0.03),
    ("FI", "Tampere", 61.498, 23.761, 2, 0.03), ("FI", "Turku", 60.452, 22.267, 2, 0.03),
    ("FI", "Oulu", 65.012, 25.465, 1, 0.03), ("SE", "Göteborg", 57.709, 11.975, 3, 0.04),
    ("SE", "Malmö", 55.605, 13.004, 2, 0.03), ("SE", "Umeå", 63.826, 20.263, 1, 0.02),
    ("EE", "Tartu", 58.378, 26.729, 2, 0.02), ("LV", "Liepāja", 56.505, 21.011, 1, 0.02),
    ("LT", "Kaunas", 54.898, 23.904, 2, 0.03), ("LT", "Klaipėda", 55.703, 21.144, 1, 0.02),
    ("DK", "Aarhus", 56.163, 10.204, 2, 0.03), ("DK", "Odense", 55.404, 10.403, 1, 0.02),
    ("DE", "Hamburg", 53.551, 9.994, 3, 0.06), ("DE", "Rostock", 54.092, 12.099, 1, 0.02),
    ("DE", "Kiel", 54.323, 10.123, 1, 0.02), ("PL", "Gdańsk", 54.352, 18.647, 3, 0.04),
    ("PL", "Szczecin", 53.428, 14.553, 1, 0.03), ("NO", "Bergen", 60.391, 5.322, 1, 0.03),
]
# Pilots out in the country, away from any listed city: (country, west, south, east, north).
COUNTRYSIDE = [
    ("FI", 22.0, 60.5, 29.5, 66.0), ("SE", 12.5, 56.0, 19.0, 63.0), ("EE", 22.5, 57.6, 28.0, 59.5),
    ("LV", 21.2, 56.0, 27.5, 57.8), ("LT", 21.2, 54.0, 26.5, 56.3), ("DK", 8.2, 54.9, 12.5, 57.5),
    ("DE", 8.5, 52.5, 14.3, 54.6), ("PL", 14.5, 50.5, 23.5, 54.5), ("NO", 5.5, 58.3, 12.0, 63.5),
]
LANGUAGE_OF = {"FI": "fi", "SE": "sv", "DE": "de", "PL": "pl"}
# (theme, English subject, {language: subject}) of the titles.
SUBJECTS = [
    ("mobility", "Electric bus pilot", {
        "fi": "Sähköbussien pilotti", "sv": "Pilot med elbussar",
        "de": "Pilotprojekt Elektrobusse", "pl": "Pilotaż autobusów elektrycznych"}),
    ("energy", "Smart street lighting", {
        "fi": "Älykäs katuvalaistus", "sv": "Smart gatubelysning",
        "de": "Intelligente Straßenbeleuchtung", "pl": "Inteligentne oświetlenie uliczne"}),
    ("digital", "Digital permit service", {
        "fi": "Digitaalinen lupapalvelu", "sv": "Digital tillståndstjänst",
        "de": "Digitaler Genehmigungsdienst", "pl": "Cyfrowa usługa pozwoleń"}),
    ("environment", "Air quality sensors", {
        "fi": "Ilmanlaatuanturit", "sv": "Luftkvalitetssensorer",
        "de": "Luftqualitätssensoren", "pl": "Czujniki jakości powietrza"}),
    ("health", "Remote care for older people", {
        "fi": "Ikäihmisten etähoiva", "sv": "Distansvård för äldre",
        "de": "Fernbetreuung für ältere Menschen", "pl": "Zdalna opieka nad seniorami"}),
    ("smart-city", "Sensor-based waste collection", {
        "fi": "Anturiohjattu jätehuolto", "sv": "Sensorstyrd avfallshämtning",
        "de": "Sensorgestützte Abfallsammlung", "pl": "Czujnikowa zbiórka odpadów"}),
    ("education", "Digital learning tools for schools", {
        "fi": "Digitaaliset oppimisvälineet kouluille", "sv": "Digitala lärverktyg för skolor",
        "de": "Digitale Lernwerkzeuge für Schulen", "pl": "Cyfrowe narzędzia dla szkół"}),
    ("social", "Inclusive employment services", {
        "fi": "Osallistavat työllisyyspalvelut", "sv": "Inkluderande sysselsättningstjänster",
        "de": "Inklusive Beschäftigungsdienste", "pl": "Włączające usługi zatrudnienia"}),
    ("energy", "Heat pumps for public buildings", {
        "fi": "Lämpöpumput julkisiin rakennuksiin", "sv": "Värmepumpar för offentliga byggnader",
        "de": "Wärmepumpen für öffentliche Gebäude",
        "pl": "Pompy ciepła dla budynków publicznych"}),
]
SUMMARIES = {
    "en": "{city} bought and tested a new solution with suppliers found through an open "
          "market consultation.",
    "fi": "{city} hankki ja testasi uuden ratkaisun avoimen markkinavuoropuhelun kautta "
          "löydettyjen toimittajien kanssa.",
    "sv": "{city} köpte och testade en ny lösning med leverantörer från en öppen "
          "marknadsdialog.",
    "de": "{city} hat eine neue Lösung mit Anbietern aus einer offenen Markterkundung "
          "beschafft und erprobt.",
    "pl": "{city} kupiło i przetestowało nowe rozwiązanie z dostawcami wyłonionymi w otwartych "
          "konsultacjach rynkowych.",
}
STATE_WEIGHTS = {
    PilotState.PLANNED: 15, PilotState.ONGOING: 35, PilotState.COMPLETED: 45,
    PilotState.CANCELLED: 5,
}
APPROACH_WEIGHTS = {Approach.PPI: 60, Approach.PCP: 25, Approach.OTHER: 15}
# fmt: on
# Share of pilots around a city (the rest are out in the country), of those in its dense
# centre, of pilots written in the country's language, and of completed pilots that the
# moderators chose as good practices.
IN_CITIES = 0.92
IN_CENTRE = 0.5
LOCAL_LANGUAGE = 0.35
GOOD_PRACTICE = 0.15


def external_id(index: int) -> str:
    return f"{ID_PREFIX}{index:0{INDEX_WIDTH}d}"


def synthetic_pilots():
    """The pilots this command made, and only those."""
    return Pilot.objects.filter(external_id__startswith=EXTERNAL_PREFIX)


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _place(rng) -> tuple[str, str, float, float]:
    if rng.random() < IN_CITIES:
        country, city, lat, lon, _weight, spread = rng.choices(
            CITIES, weights=[row[4] for row in CITIES]
        )[0]
        if rng.random() < IN_CENTRE:
            spread /= 5
        latitude = rng.gauss(lat, spread / 2)
        # A degree of longitude is shorter in the north: the same spread on the ground.
        longitude = rng.gauss(lon, spread)
        return country, city, latitude, longitude
    country, west, south, east, north = rng.choice(COUNTRYSIDE)
    nearest = min(
        (row for row in CITIES if row[0] == country),
        key=lambda row: abs(row[2] - (south + north) / 2) + abs(row[3] - (west + east) / 2),
    )
    return country, nearest[1], rng.uniform(south, north), rng.uniform(west, east)


def plan_pilot(seed: int, index: int) -> dict:
    """Everything about synthetic pilot `index`, drawn only from (seed, index)."""
    # A string seed is hashed with SHA-512 by `random`: the same in every process.
    rng = random.Random(f"ppi4cities-pilots-bench:{seed}:{index}")
    country, city, latitude, longitude = _place(rng)
    theme, subject, local_subjects = rng.choice(SUBJECTS)
    local = LANGUAGE_OF.get(country)
    language = local if local and rng.random() < LOCAL_LANGUAGE else "en"
    titles = {"en": f"{city}: {subject}"}
    summaries = {"en": SUMMARIES["en"].format(city=city)}
    if language != "en":
        titles[language] = f"{city}: {local_subjects[language]}"
        summaries[language] = SUMMARIES[language].format(city=city)
    themes = sorted({theme, *rng.sample([s[0] for s in SUBJECTS], rng.randint(0, 1))})
    year = rng.randint(2016, 2026)
    tender = date(year, rng.randint(1, 12), rng.randint(1, 28))
    state = _weighted(rng, STATE_WEIGHTS)
    return {
        "external_id": external_id(index),
        "country": country,
        "city": city,
        "latitude": round(max(-90.0, min(90.0, latitude)), 6),
        "longitude": round(max(-180.0, min(180.0, longitude)), 6),
        "language": language,
        "titles": titles,
        "summaries": summaries,
        "themes": themes,
        "approach": _weighted(rng, APPROACH_WEIGHTS),
        "procedure": rng.choice(["", *Procedure.values]),
        "state": state,
        "tender_date": tender,
        "award_date": tender + timedelta(days=rng.randint(60, 200)) if rng.random() < 0.7 else None,
        "good_practice": state == PilotState.COMPLETED and rng.random() < GOOD_PRACTICE,
        "published_at": EPOCH + timedelta(minutes=61 * index),
    }


class Command(BaseCommand):
    help = (
        "Seed N synthetic published pilots around the region's cities, for benchmarks "
        "(deterministic; rows already there are kept; --reset deletes earlier synthetic "
        "pilots first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pilots", type=int, required=True, metavar="N")
        parser.add_argument("--seed", type=int, default=1, metavar="S")
        parser.add_argument(
            "--reset", action="store_true", help="Delete every synthetic pilot first."
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError(
                "seed_pilots_scale fills the database with synthetic pilots; it refuses to run "
                "with PPI_ENV=production. Point DATABASE_URL at a benchmark database and run it "
                "with development settings."
            )
        total = options["pilots"]
        if total < 0:
            raise CommandError("--pilots must be 0 or more.")
        if total >= 10**INDEX_WIDTH:
            raise CommandError(f"At most {10**INDEX_WIDTH - 1} synthetic pilots.")
        started = time.monotonic()
        if options["reset"]:
            with transaction.atomic():
                deleted = synthetic_pilots().count()
                synthetic_pilots().delete()
            self.stdout.write(f"Deleted {deleted} synthetic pilots.")
        created = self._seed(total, options["seed"], max(1, options["batch_size"]))
        # bulk_create sends no signals: tell the cached counts the pilots changed.
        caching.bump(PILOTS)
        self._analyse()
        self.stdout.write(
            self.style.SUCCESS(
                f"{total} synthetic pilots present ({created} new) "
                f"in {time.monotonic() - started:.1f} s."
            )
        )

    def _seed(self, total: int, seed: int, batch_size: int) -> int:
        existing = {
            int(value[len(ID_PREFIX) :])
            for value in synthetic_pilots().values_list("external_id", flat=True)
            if value[len(ID_PREFIX) :].isdigit()
        }
        missing = [index for index in range(total) if index not in existing]
        if not missing:
            return 0
        buyers = self._buyers()
        themes = dict(Theme.objects.values_list("code", "pk"))
        for start in range(0, len(missing), batch_size):
            plans = [plan_pilot(seed, index) for index in missing[start : start + batch_size]]
            # One transaction per batch: an interrupted run keeps whole pilots only.
            with transaction.atomic():
                self._create_batch(plans, buyers, themes, batch_size)
        return len(missing)

    def _buyers(self) -> dict:
        """One synthetic municipality per city, created once and kept."""
        buyers = {}
        for country, city, latitude, longitude, _weight, _spread in CITIES:
            buyers[city], _created = Organisation.objects.get_or_create(
                slug=f"{BUYER_PREFIX}{slugify(city)}",
                defaults={
                    "name": f"City of {city} (benchmark)",
                    "kind": OrganisationKind.MUNICIPALITY,
                    "country": country,
                    "city": city,
                    "latitude": latitude,
                    "longitude": longitude,
                    "search_text": f"city of {city} (benchmark) {city}".lower(),
                    "is_demo": True,
                },
            )
        return buyers

    def _create_batch(self, plans: list[dict], buyers: dict, themes: dict, batch_size: int):
        # Every translation column given, empty ones too: left out, each would ask for its
        # default under a language switch, which took half of the seeding time.
        empty = {
            field.name: None
            for field in Pilot._meta.concrete_fields
            if isinstance(field, TranslationField)
        }
        pilots = []
        for plan in plans:
            language = plan["language"]
            # The text sits in the column of each language (modeltranslation) and in the
            # untranslated column in the original language, as the services leave it.
            texts = {
                **{f"title_{code}": text for code, text in plan["titles"].items()},
                **{f"summary_{code}": text for code, text in plan["summaries"].items()},
            }
            pilots.append(
                Pilot(
                    title=plan["titles"][language],
                    summary=plan["summaries"][language],
                    **{**empty, **texts},
                    original_language=language,
                    organisation=buyers[plan["city"]],
                    country=plan["country"],
                    city=plan["city"],
                    latitude=plan["latitude"],
                    longitude=plan["longitude"],
                    approach=plan["approach"],
                    procedure=plan["procedure"],
                    state=plan["state"],
                    tender_date=plan["tender_date"],
                    award_date=plan["award_date"],
                    is_good_practice=plan["good_practice"],
                    external_id=plan["external_id"],
                    status=Status.PUBLISHED,
                    submitted_at=plan["published_at"],
                    published_at=plan["published_at"],
                    created_at=plan["published_at"],
                    is_demo=True,
                )
            )
        Pilot.objects.bulk_create(pilots, batch_size=batch_size)
        Pilot.themes.through.objects.bulk_create(
            [
                Pilot.themes.through(pilot_id=pilot.pk, theme_id=themes[code])
                for plan, pilot in zip(plans, pilots, strict=True)
                for code in plan["themes"]
            ],
            batch_size=batch_size,
        )
        Pilot.buyers.through.objects.bulk_create(
            [
                Pilot.buyers.through(pilot_id=pilot.pk, organisation_id=pilot.organisation_id)
                for pilot in pilots
            ],
            batch_size=batch_size,
        )

    def _analyse(self):
        """Refresh the planner's statistics after a bulk load, as autovacuum (PostgreSQL) or
        `PRAGMA optimize` (SQLite) soon would: measuring before would time a state production
        never stays in."""
        tables = [Pilot._meta.db_table, Pilot.themes.through._meta.db_table]
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                names = ", ".join(connection.ops.quote_name(table) for table in tables)
                # VACUUM cannot run inside a transaction (as when a test calls the command).
                command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                cursor.execute(f"{command} {names}")
            elif connection.vendor == "sqlite":
                for table in tables:
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
