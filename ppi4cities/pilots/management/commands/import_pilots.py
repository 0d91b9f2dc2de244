"""`manage.py import_pilots FILE`: load pilots from CSV or an OCDS release package, idempotently.

Every row (or release) is checked before anything is written; rows are matched to existing
pilots by their `external_id` (an OCDS release's `ocid`). Writes go through
`pilots.services`. The formats are described in docs/pilots.md, section "Import".
"""

import csv
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_countries import countries

from ppi4cities.accounts.models import Membership, Organisation, Role
from ppi4cities.core import importing
from ppi4cities.core.importing import Progress, describe, messages
from ppi4cities.core.models import Theme
from ppi4cities.core.vocabularies import Procedure
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status
from ppi4cities.pilots import permissions, services
from ppi4cities.pilots.models import Pilot, PilotRevision
from ppi4cities.pilots.ocds import CONTRACT_STATUSES
from ppi4cities.pilots.vocabularies import Approach, PilotState

DATE_COLUMNS = services.DATE_ORDER
LIST_COLUMNS = ["innovation_types", "cpv_codes", "themes", "buyers", "suppliers"]
PLAIN_COLUMNS = [
    "country",
    "city",
    "nuts3",
    "latitude",
    "longitude",
    "approach",
    "procedure",
    "estimated_value",
    "contract_value",
    "currency",
    "state",
]
COLUMNS = [
    "external_id",
    "organisation",
    "title",
    "summary",
    "language",
    *PLAIN_COLUMNS,
    *LIST_COLUMNS,
    *DATE_COLUMNS,
    "status",
]
TEXTS = ["title", "summary"]
IMPORT_STATUSES = [Status.DRAFT, Status.PENDING, Status.PUBLISHED]
BATCH = 1000
# Where each field of a pilot comes from in an OCDS release, to name it in error reports.
OCDS_PATHS = {
    "external_id": "ocid",
    "title": "tender.title",
    "summary": "tender.description",
    "original_language": "language",
    "texts": "language",
    "country": "parties.address.countryName",
    "city": "parties.address.locality",
    "nuts3": "parties.address.region",
    "procedure": "tender.procurementMethodDetails",
    "cpv_codes": "tender.items.classification",
    "estimated_value": "tender.value",
    "contract_value": "awards.value",
    "currency": "value.currency",
    "needs_assessment_date": "planning.milestones",
    "market_consultation_date": "planning.milestones",
    "tender_date": "tender.tenderPeriod.startDate",
    "award_date": "awards.date",
    "contract_start": "contracts.period.startDate",
    "contract_end": "contracts.period.endDate",
    "state": "contracts.status",
    "suppliers": "awards.suppliers",
}
NUTS3 = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}$")


@dataclass
class Row:
    """One record of the file, checked, with what the services are to write."""

    number: int
    external_id: str = ""
    pilot: Pilot | None = None
    organisation: Organisation | None = None
    author: object = None
    data: dict = field(default_factory=dict)
    texts: dict = field(default_factory=dict)
    buyers: list | None = None
    themes: list | None = None
    suppliers: list | None = None
    status: str = Status.PUBLISHED
    changed: bool = True
    errors: list = field(default_factory=list)

    def error(self, column, message):
        self.errors.append((column, str(message)))


@dataclass
class Entry:
    """A record read from either format, before it is checked against the database."""

    number: int
    fields: dict
    organisation: str = ""
    buyers: list | None = None
    buyer_organisations: list | None = None
    errors: list = field(default_factory=list)
    paths: dict = field(default_factory=dict)


class Command(BaseCommand):
    help = "Import pilots from a CSV file or an OCDS release package, matched by external_id."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (UTF-8, header row) or an OCDS .json package.")
        parser.add_argument(
            "--partial",
            action="store_true",
            help="Import the valid rows and list the others, instead of importing nothing.",
        )
        parser.add_argument(
            "--operator",
            "--as",
            dest="operator",
            metavar="EMAIL",
            help="The staff or moderator account that approves published rows "
            "(default: the first superuser).",
        )
        parser.add_argument(
            "--organisation",
            metavar="SLUG",
            help="OCDS only: submit the releases on behalf of this organisation "
            "(default: each release's buyer).",
        )
        parser.add_argument(
            "--approach",
            choices=Approach.values,
            default=Approach.PPI,
            help="OCDS only: the approach of the pilots, which OCDS does not record "
            "(default: ppi).",
        )
        parser.add_argument(
            "--status",
            choices=IMPORT_STATUSES,
            default=Status.PUBLISHED,
            help="OCDS only: the status the releases get (default: published).",
        )

    def handle(self, *args, file, partial, operator, **options):
        actor = importing.operator(operator)
        entries = _read(Path(file), options)
        rows = _validate(entries, actor, self.stderr)
        invalid = [row for row in rows if row.errors]
        if invalid and not partial:
            raise CommandError(
                f"Nothing was imported: {len(invalid)} of {len(rows)} rows have errors.\n"
                + describe(invalid)
            )
        valid = [row for row in rows if not row.errors]
        try:
            with transaction.atomic():
                created, updated = _write(valid, actor, self.stderr)
        except (ValidationError, PermissionDenied) as error:
            raise CommandError(f"Nothing was imported: {error}") from error
        if invalid:
            self.stdout.write(f"Left out {len(invalid)} rows with errors:\n" + describe(invalid))
        unchanged = len(valid) - created - updated
        self.stdout.write(
            f"Created {created}, updated {updated}, unchanged {unchanged}, skipped {len(invalid)}."
        )


# Reading ---------------------------------------------------------------------------------


def _read(path: Path, options) -> list[Entry]:
    """The file's records; a CSV row's number is its line, 2 for the first after the header,
    a release's its position in the package, from 1."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    suffix = path.suffix.lower()
    is_json = suffix == ".json" or (suffix != ".csv" and content.lstrip()[:1] in ("[", "{"))
    return _read_ocds(content, options) if is_json else _read_csv(content)


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _values(value) -> list[str]:
    return [_text(item) for item in _text(value).split(";") if _text(item)]


def _read_csv(content) -> list[Entry]:
    reader = csv.DictReader(content.splitlines(keepends=True), restval="")
    header = reader.fieldnames or []
    unknown = sorted(set(header) - set(COLUMNS))
    if unknown:
        raise CommandError(f"Unknown columns in the header: {', '.join(unknown)}.")
    missing = [c for c in ("external_id", "organisation", "title", "summary") if c not in header]
    if missing:
        raise CommandError(f"The header lacks the columns: {', '.join(missing)}.")
    entries = []
    for number, record in enumerate(reader, start=2):
        entry = Entry(number=number, fields={}, organisation=_text(record["organisation"]))
        if None in record:
            entry.errors.append(("-", "the row has more cells than the header"))
        values = entry.fields
        for column in ["external_id", "title", "summary", "language", *PLAIN_COLUMNS]:
            if column in record:
                values[column] = _text(record[column])
        for column in ["innovation_types", "cpv_codes", "themes"]:
            if column in record:
                values[column] = _values(record[column])
        if "buyers" in record:
            entry.buyers = _values(record["buyers"])
        if "suppliers" in record:
            values["suppliers"] = _suppliers(entry, record["suppliers"])
        for column in DATE_COLUMNS:
            if column in record:
                values[column] = _date(entry, column, record[column])
        if "status" in record:
            values["status"] = _text(record["status"]) or Status.PUBLISHED
        entries.append(entry)
    return entries


def _suppliers(entry, value) -> list[dict]:
    """`name|country|size` items; country and size may be left out."""
    suppliers = []
    for item in _values(value):
        parts = [part.strip() for part in item.split("|")]
        if len(parts) > 3:
            entry.errors.append(("suppliers", f"“{item}” has more than name|country|size"))
        parts += [""] * (3 - len(parts))
        suppliers.append({"name": parts[0], "country": parts[1], "size": parts[2]})
    return suppliers


def _date(entry, column, value):
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        entry.errors.append((column, f"“{text}” is not a date like 2024-03-31"))
        return None


def _read_ocds(content, options) -> list[Entry]:
    try:
        package = json.loads(content)
    except json.JSONDecodeError as error:
        raise CommandError(f"The file is not valid JSON: {error}") from error
    releases = package.get("releases") if isinstance(package, dict) else None
    if not isinstance(releases, list) or not all(isinstance(item, dict) for item in releases):
        raise CommandError('Give an OCDS release package: a JSON object with "releases": [ ... ].')
    if not releases:
        raise CommandError("The package has no releases.")
    return [
        _release_entry(number, release, options) for number, release in enumerate(releases, start=1)
    ]


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value) -> list:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _release_entry(number, release, options) -> Entry:
    """A release as the fields of a pilot, the reverse of `pilots.ocds.pilot_release`."""
    entry = Entry(number=number, fields={}, organisation=options.get("organisation") or "")
    entry.paths = OCDS_PATHS
    tender = _dict(release.get("tender"))
    parties = _list(release.get("parties"))
    awards = _list(release.get("awards"))
    contracts = _list(release.get("contracts"))
    values = entry.fields
    values["external_id"] = _text(release.get("ocid"))
    values["title"] = _text(tender.get("title"))
    values["summary"] = _text(tender.get("description"))
    values["language"] = _text(release.get("language")).lower() or "en"
    values["approach"] = options.get("approach") or Approach.PPI
    values["status"] = options.get("status") or Status.PUBLISHED

    buyer_id = _text(_dict(release.get("buyer")).get("id"))
    buyer_parties = [party for party in parties if "buyer" in (party.get("roles") or [])]
    buyer_parties.sort(key=lambda party: _text(party.get("id")) != buyer_id)
    if not buyer_parties and release.get("buyer"):
        buyer_parties = [_dict(release.get("buyer"))]
    entry.buyer_organisations = buyer_parties
    if buyer_parties:
        address = _dict(buyer_parties[0].get("address"))
        name = _text(address.get("countryName"))
        if name:
            code = _country(name, values["language"])
            if code:
                values["country"] = code
            else:
                entry.errors.append(
                    ("parties.address.countryName", f"“{name}” is not a country we know")
                )
        if _text(address.get("locality")):
            values["city"] = _text(address.get("locality"))
        if NUTS3.match(_text(address.get("region")).upper()):
            values["nuts3"] = _text(address.get("region")).upper()

    details = _text(tender.get("procurementMethodDetails"))
    if details in Procedure.values:
        values["procedure"] = details
    values["cpv_codes"] = [
        _text(_dict(item.get("classification")).get("id"))
        for item in _list(tender.get("items"))
        if _text(_dict(item.get("classification")).get("scheme")).upper() == "CPV"
    ]
    point = _location(tender)
    if point:
        values["longitude"], values["latitude"] = point

    budget = _dict(_dict(_dict(release.get("planning")).get("budget")).get("amount"))
    estimate = _dict(tender.get("value")) or budget
    award = awards[0] if awards else {}
    contract = contracts[0] if contracts else {}
    final = _dict(award.get("value")) or _dict(contract.get("value"))
    if "amount" in estimate:
        values["estimated_value"] = estimate["amount"]
    if "amount" in final:
        values["contract_value"] = final["amount"]
    currency = _text(estimate.get("currency") or final.get("currency"))
    if currency:
        values["currency"] = currency

    milestones = _list(_dict(release.get("planning")).get("milestones"))
    for kind, column in (
        ("preProcurement", "needs_assessment_date"),
        ("engagement", "market_consultation_date"),
    ):
        found = [m for m in milestones if m.get("type") == kind]
        if found:
            day = found[0].get("dateMet") or found[0].get("dueDate")
            values[column] = _ocds_date(entry, "planning.milestones", day)
    period = _dict(contract.get("period"))
    for column, value, path in (
        ("tender_date", _dict(tender.get("tenderPeriod")).get("startDate"), "tender.tenderPeriod"),
        ("award_date", award.get("date"), "awards.date"),
        ("contract_start", period.get("startDate"), "contracts.period.startDate"),
        ("contract_end", period.get("endDate"), "contracts.period.endDate"),
    ):
        if value:
            values[column] = _ocds_date(entry, path, value)
    values["state"] = _state(tender, contract)

    by_id = {_text(party.get("id")): party for party in parties}
    suppliers = []
    for award_entry in awards:
        for supplier in _list(award_entry.get("suppliers")):
            party = by_id.get(_text(supplier.get("id")), supplier)
            name = _text(supplier.get("name") or party.get("name"))
            country = _text(_dict(party.get("address")).get("countryName"))
            scale = _text(_dict(party.get("details")).get("scale"))
            suppliers.append(
                {
                    "name": name,
                    "country": (_country(country, values["language"]) or country)
                    if country
                    else "",
                    "size": scale if scale in ("micro", "large") else "",
                }
            )
    values["suppliers"] = suppliers
    return entry


def _country(name, language) -> str:
    if len(name) == 2 and name.upper() in countries.countries:
        return name.upper()
    code = countries.by_name(name)
    if not code and language != "en":
        code = countries.by_name(name, language=language)
    return code


def _location(tender):
    """Coordinates from the OCDS location extension: the first item's delivery point."""
    for item in _list(tender.get("items")):
        geometry = _dict(_dict(item.get("deliveryLocation")).get("geometry"))
        coordinates = geometry.get("coordinates")
        if geometry.get("type") == "Point" and isinstance(coordinates, list | tuple):
            return coordinates if len(coordinates) == 2 else None
    return None


def _ocds_date(entry, path, value):
    """The calendar date an OCDS date-time names, in the publisher's own time zone."""
    try:
        return datetime.fromisoformat(_text(value)).date()
    except ValueError:
        entry.errors.append((path, f"“{value}” is not a date and time like 2024-03-31T00:00:00Z"))
        return None


def _state(tender, contract) -> str:
    statuses = {status: state for state, status in CONTRACT_STATUSES.items()}
    if contract.get("status") in statuses:
        return statuses[contract["status"]]
    status = tender.get("status")
    if status == "cancelled":
        return PilotState.CANCELLED
    if status in ("active", "complete"):
        return PilotState.ONGOING
    return PilotState.PLANNED


# Checking --------------------------------------------------------------------------------


@dataclass
class Context:
    """What the check of every row needs from the database, looked up once."""

    actor: object
    existing: dict
    organisations: dict
    by_name: dict
    authors: dict
    themes: set


def _validate(entries, actor, stream) -> list[Row]:
    """Check every record against the vocabularies and the services' rules, without writing."""
    context = _context(entries, actor)
    seen: dict[str, int] = {}
    rows = []
    progress = Progress(stream, "Checking", len(entries))
    for done, entry in enumerate(entries, start=1):
        row = _check(entry, context, seen)
        if row.external_id and row.external_id not in seen:
            seen[row.external_id] = row.number
        rows.append(row)
        progress.update(done)
    progress.finish()
    return rows


def _context(entries, actor) -> Context:
    names = sorted({_text(entry.fields.get("external_id")) for entry in entries} - {""})
    existing = {}
    for start in range(0, len(names), BATCH):
        batch = Pilot.objects.filter(external_id__in=names[start : start + BATCH])
        for pilot in batch.select_related("organisation", "author").prefetch_related(
            "buyers", "themes", "suppliers"
        ):
            existing[pilot.external_id] = pilot
    slugs = set()
    for entry in entries:
        slugs.update([entry.organisation, *(entry.buyers or [])])
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs - {""})}
    party_names = {
        _text(party.get("name")).lower()
        for entry in entries
        for party in entry.buyer_organisations or []
    } - {""}
    by_name = {}
    if party_names:
        for organisation in Organisation.objects.all().only(
            "pk", "name", "slug", "country", "city", "nuts3", "latitude", "longitude"
        ):
            if organisation.name.lower() in party_names:
                by_name.setdefault(organisation.name.lower(), organisation)
    authors = {}
    memberships = (
        Membership.objects.filter(
            organisation__in=[*organisations.values(), *by_name.values()],
            user__is_active=True,
        )
        .select_related("user")
        .order_by("pk")
    )
    for membership in sorted(memberships, key=lambda m: (m.role != Role.ADMIN, m.pk)):
        authors.setdefault(membership.organisation_id, membership.user)
    themes = set(Theme.objects.values_list("code", flat=True))
    return Context(actor, existing, organisations, by_name, authors, themes)


def _column(entry, name) -> str:
    return entry.paths.get(name, name)


def _check(entry, context, seen) -> Row:
    row = Row(number=entry.number)
    for column, message in entry.errors:
        row.error(column, message)
    values = dict(entry.fields)
    row.external_id = values.pop("external_id", "")
    if not row.external_id:
        row.error(_column(entry, "external_id"), "missing; every row needs one")
    elif len(row.external_id) > 120:
        row.error(_column(entry, "external_id"), "longer than 120 characters")
    elif row.external_id in seen:
        row.error(_column(entry, "external_id"), f"already used by row {seen[row.external_id]}")
    current = context.existing.get(row.external_id) if row.external_id else None
    _check_own_ocid(row, entry, current)
    row.status = values.pop("status", Status.PUBLISHED)
    if row.status not in IMPORT_STATUSES:
        row.error("status", f"“{row.status}” is not draft, pending or published")
    elif current and current.status == Status.PUBLISHED and row.status != Status.PUBLISHED:
        row.error("status", "the pilot is already published; an import cannot withdraw it")

    buyers = _buyers(row, entry, context)
    organisation = _organisation(row, entry, context, buyers)
    if entry.buyer_organisations is not None and organisation is not None:
        _place_from_profile(row, values, buyers[0] if buyers else organisation)
    row.organisation = organisation
    if current and organisation and current.organisation_id != organisation.pk:
        row.error(
            "organisation", "the pilot belongs to another organisation; an import cannot move it"
        )

    themes = values.pop("themes", None)
    if themes is not None:
        unknown = sorted(set(themes) - context.themes)
        if unknown:
            row.error("themes", f"Unknown themes: {', '.join(unknown)}.")
    row.themes = themes
    row.buyers = buyers
    suppliers = values.pop("suppliers", None)
    texts = {key: values.pop(key) for key in TEXTS if key in values}
    language = values.pop("language", "") or (current.original_language if current else "en")
    values["original_language"] = language
    row.texts = {language: texts} if language in services.LANGUAGE_CODES else {}
    row.data = {**values, "external_id": row.external_id}
    pilot = current or Pilot(organisation=organisation)
    before = _snapshot(pilot) if current else None
    try:
        services._apply(pilot, row.data, row.texts)
    except ValidationError as error:
        for name, message in messages(error, "-"):
            row.error(_column(entry, name), message)
    if suppliers is not None:
        try:
            services._suppliers(pilot, suppliers)
        except ValidationError as error:
            for name, message in messages(error, "suppliers"):
                row.error(_column(entry, name), message)
    row.suppliers = suppliers
    row.pilot = pilot
    if current:
        row.changed = (
            _snapshot(pilot) != before
            or not _matching(_relations(row), _relations_of(current))
            or (row.status != Status.DRAFT and current.status == Status.DRAFT)
        )
        row.author = _editor(row, context, current)
    elif organisation is not None:
        row.author = _author(row, context, organisation)
    return row


def _check_own_ocid(row, entry, current):
    """An ocid this platform gave out names a pilot stored here: re-importing it would copy it."""
    prefix = f"{settings.OCDS_OCID_PREFIX}-"
    number = row.external_id.removeprefix(prefix)
    if current or not row.external_id.startswith(prefix) or not number.isdigit():
        return
    if Pilot.objects.filter(pk=int(number)).exists():
        row.error(
            _column(entry, "external_id"),
            f"this is pilot {number} of this platform already; edit it there",
        )


def _buyers(row, entry, context) -> list:
    if entry.buyer_organisations is not None:
        buyers = []
        for party in entry.buyer_organisations:
            name = _text(party.get("name"))
            organisation = context.by_name.get(name.lower())
            if organisation is None:
                row.error(
                    "parties",
                    f"the buyer “{name}” is not an organisation on the platform; "
                    "create its profile first",
                )
            else:
                buyers.append(organisation)
        return buyers
    if entry.buyers is None:
        return None
    buyers = []
    for slug in entry.buyers:
        if slug in context.organisations:
            buyers.append(context.organisations[slug])
        else:
            row.error("buyers", f"no organisation has the address “{slug}”")
    # An empty cell keeps the buyers a pilot has (a new pilot's buyer is its organisation).
    return buyers or None


def _organisation(row, entry, context, buyers):
    slug = entry.organisation
    if slug:
        organisation = context.organisations.get(slug)
        if organisation is None:
            row.error("organisation", f"no organisation has the address “{slug}”")
        return organisation
    if entry.buyer_organisations is not None:
        if not entry.buyer_organisations:
            row.error("buyer", "the release names no buyer; give --organisation SLUG")
        return buyers[0] if buyers else None
    row.error("organisation", "missing; give the address of the organisation")
    return None


def _place_from_profile(row, values, organisation):
    """A release gives no coordinates: the buyer's profile gives them, and its city."""
    if "latitude" in values:
        return
    if organisation.latitude is None or organisation.longitude is None:
        row.error(
            "parties",
            f"the release gives no coordinates and the profile of “{organisation.name}” has "
            "none; add them to the profile",
        )
        return
    values.setdefault("city", organisation.city)
    values.setdefault("country", str(organisation.country))
    if not values.get("nuts3") and organisation.nuts3:
        values["nuts3"] = organisation.nuts3
    values["latitude"], values["longitude"] = organisation.latitude, organisation.longitude


def _author(row, context, organisation):
    """New pilots are submitted by the operator when they belong to the organisation, else by
    its first administrator (or member), as its members submit pilots."""
    if permissions.can_submit_for(context.actor, organisation):
        return context.actor
    author = context.authors.get(organisation.pk)
    if author is None:
        row.error(
            "organisation",
            f"“{organisation.name}” has no members to submit its pilots; add one first",
        )
    return author


def _editor(row, context, pilot):
    if not row.changed:
        return context.actor
    for person in (context.actor, pilot.author):
        if person is not None and permissions.can_edit(person, pilot):
            return person
    row.error("external_id", "the pilot is published; only a staff account can update it")
    return None


def _snapshot(pilot) -> dict:
    names = [*services.PILOT_FIELDS, "organisation_id"]
    names += [f"{text}_{code}" for text in TEXTS for code in services.LANGUAGE_CODES]
    return {name: getattr(pilot, name) for name in names}


def _relations(row):
    return (
        None if row.buyers is None else sorted(b.pk for b in row.buyers),
        None if row.themes is None else sorted(row.themes),
        None
        if row.suppliers is None
        else [
            (s["name"].strip(), s["country"].strip().upper(), s["size"].strip().lower())
            for s in row.suppliers
        ],
    )


def _relations_of(pilot):
    return (
        sorted(b.pk for b in pilot.buyers.all()),
        sorted(t.code for t in pilot.themes.all()),
        [(s.name, str(s.country or ""), s.size) for s in pilot.suppliers.all()],
    )


def _matching(given, current):
    """Relations the row leaves out (None) count as unchanged."""
    return all(g is None or g == c for g, c in zip(given, current, strict=True))


# Writing ---------------------------------------------------------------------------------


def _write(rows, actor, stream) -> tuple[int, int]:
    """Create and update the checked rows through the services, then publish the published."""
    created = updated = 0
    progress = Progress(stream, "Importing", len(rows))
    for done, row in enumerate(rows, start=1):
        submit = row.status != Status.DRAFT
        if row.pilot.pk is None:
            pilot = services.pilot_create(
                author=row.author,
                organisation=row.organisation,
                data=row.data,
                texts=row.texts,
                buyers=row.buyers or (),
                themes=row.themes or (),
                suppliers=row.suppliers or (),
                submit=submit,
            )
            created += 1
        elif row.changed:
            pilot = services.pilot_update(
                pilot=row.pilot,
                actor=row.author,
                data=row.data,
                texts=row.texts,
                buyers=row.buyers,
                themes=row.themes,
                suppliers=row.suppliers,
                submit=submit,
            )
            updated += 1
        else:
            pilot = row.pilot
        if isinstance(pilot, PilotRevision):
            # A published pilot changes through a proposed edit; the operator, a moderator or
            # staff, approves it at once, and the pilot's history records the import.
            moderation.moderation_approve(subject=pilot, actor=actor, message="imported")
            pilot = row.pilot
        if row.status == Status.PUBLISHED and pilot.status != Status.PUBLISHED:
            if pilot.status != Status.PENDING:
                moderation.moderation_submit(subject=pilot, actor=pilot.author or actor)
            services.pilot_approve(pilot=pilot, actor=actor, message="imported")
        progress.update(done)
    progress.finish()
    return created, updated
