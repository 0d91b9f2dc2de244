"""`manage.py import_resources FILE`: load library resources from CSV or JSON, idempotently.

Every row is checked before anything is written; rows are matched to existing resources by
their `external_id`. The format is described in docs/library.md, section "Import".
"""

import csv
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from ppi4cities.accounts.models import Organisation
from ppi4cities.core import fulltext
from ppi4cities.core.importing import Progress
from ppi4cities.core.importing import describe as _describe
from ppi4cities.core.importing import messages as _messages
from ppi4cities.core.importing import operator as _operator
from ppi4cities.library import indexing, services
from ppi4cities.library.models import Resource, ResourceFacet, ResourceLink
from ppi4cities.library.snapshot import library_changed
from ppi4cities.library.vocabularies import Facet
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

# Column of the file -> facet it fills.
FACET_COLUMNS = {
    "themes": Facet.THEME,
    "stages": Facet.STAGE,
    "procedures": Facet.PROCEDURE,
    "countries": Facet.COUNTRY,
    "languages": Facet.LANGUAGE,
}
PLAIN_COLUMNS = {
    "external_id",
    "kind",
    "original_language",
    "year",
    "publication_date",
    "licence",
    "authors",
    "cpv_codes",
    "version_label",
    "organisation",
    "links",
    "status",
    "version_of",
    "is_demo",
}
TEXT_COLUMNS = {
    f"{text}_{code}" for text in services.TEXT_FIELDS for code in services.LANGUAGE_CODES
}
KNOWN_COLUMNS = PLAIN_COLUMNS | set(FACET_COLUMNS) | set(services.TEXT_FIELDS) | TEXT_COLUMNS
# Fields an import may change; comparing them tells an unchanged row from a changed one.
COMPARED_FIELDS = [
    *services.RESOURCE_FIELDS,
    *sorted(TEXT_COLUMNS),
    "organisation_id",
    "previous_version_id",
    "is_demo",
]
WRITTEN_FIELDS = [name.removesuffix("_id") for name in COMPARED_FIELDS] + ["updated_at"]
NOT_CLEANED = [
    "previous_version",
    "author",
    "organisation",
    "external_id",
    *services.TEXT_FIELDS,
]
IMPORT_STATUSES = {Status.PUBLISHED, Status.DRAFT}
BATCH = 1000
TRUE = {"1", "true", "yes", "y"}
FALSE = {"", "0", "false", "no", "n"}


@dataclass
class Row:
    """One record of the file, checked, with the resource it creates or updates."""

    number: int
    external_id: str = ""
    resource: Resource | None = None
    facets: dict = field(default_factory=dict)
    links: list | None = None
    status: str = Status.PUBLISHED
    version_of: str = ""
    changed: bool = True
    errors: list = field(default_factory=list)

    def error(self, column, message):
        self.errors.append((column, str(message)))


class Command(BaseCommand):
    help = "Import library resources from a CSV or JSON file, matched by external_id."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (UTF-8, header row) or .json file.")
        parser.add_argument(
            "--partial",
            action="store_true",
            help="Import the valid rows and list the others, instead of importing nothing.",
        )
        parser.add_argument(
            "--as",
            dest="operator",
            metavar="EMAIL",
            help="The staff or moderator account the import is recorded under "
            "(default: the first superuser).",
        )

    def handle(self, *args, file, partial, operator, **options):
        actor = _operator(operator)
        records = _read(Path(file))
        rows = _validate(records, self.stderr)
        invalid = [row for row in rows if row.errors]
        if invalid and not partial:
            raise CommandError(
                f"Nothing was imported: {len(invalid)} of {len(rows)} rows have errors.\n"
                + _describe(invalid)
            )
        valid = [row for row in rows if not row.errors]
        with transaction.atomic():
            created, updated = _write(valid, actor, self.stderr)
        if invalid:
            self.stdout.write(f"Left out {len(invalid)} rows with errors:\n" + _describe(invalid))
        unchanged = len(valid) - created - updated
        self.stdout.write(
            f"Created {created}, updated {updated}, unchanged {unchanged}, skipped {len(invalid)}."
        )


def _read(path: Path) -> list[tuple[int, dict]]:
    """(row number, record) pairs. CSV rows count from 2, the header being row 1."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    suffix = path.suffix.lower()
    is_json = suffix == ".json" or (suffix != ".csv" and content.lstrip()[:1] in ("[", "{"))
    return _read_json(content) if is_json else _read_csv(content)


def _read_json(content):
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise CommandError(f"The file is not valid JSON: {error}") from error
    if isinstance(data, dict):
        data = data.get("resources")
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise CommandError('Give a JSON list of objects, or {"resources": [ ... ]}.')
    return list(enumerate(data, start=1))


def _read_csv(content):
    reader = csv.DictReader(content.splitlines(keepends=True), restval="")
    unknown = sorted(set(reader.fieldnames or []) - KNOWN_COLUMNS)
    if unknown:
        raise CommandError(f"Unknown columns in the header: {', '.join(unknown)}.")
    return list(enumerate(reader, start=2))


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _values(value) -> list[str]:
    """A list from a JSON list or a `;`-separated cell, without blanks."""
    items = value if isinstance(value, list) else _text(value).split(";")
    return [_text(item) for item in items if _text(item)]


def _validate(records, stream) -> list[Row]:
    """Check every record against the vocabularies and the model, without writing."""
    existing, taken_versions = _existing_resources(records)
    slugs = {_text(record.get("organisation")) for _number, record in records} - {""}
    organisations = dict(Organisation.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    seen: dict[str, Row] = {}
    claimed: dict[str, int] = {}
    rows = []
    progress = Progress(stream, "Checking", len(records))
    for done, (number, record) in enumerate(records, start=1):
        row = _check(number, record, existing, organisations, seen, claimed, taken_versions)
        if row.external_id and row.external_id not in seen:
            seen[row.external_id] = row
        if row.version_of:
            claimed.setdefault(row.version_of, number)
        rows.append(row)
        progress.update(done)
    progress.finish()
    return rows


def _existing_resources(records):
    """Resources the file names, by external_id, with their facets and links loaded."""
    names = set()
    for _number, record in records:
        names.update({_text(record.get("external_id")), _text(record.get("version_of"))})
    names.discard("")
    names = sorted(names)
    existing = {}
    for start in range(0, len(names), BATCH):
        batch = Resource.objects.filter(external_id__in=names[start : start + BATCH])
        for resource in batch.prefetch_related("facets", "links"):
            existing[resource.external_id] = resource
    taken = dict(
        Resource.objects.filter(previous_version__isnull=False).values_list(
            "previous_version_id", "external_id"
        )
    )
    return existing, taken


def _check(number, record, existing, organisations, seen, claimed, taken_versions) -> Row:
    row = Row(number=number)
    unknown = sorted(set(record) - KNOWN_COLUMNS, key=str)
    for column in unknown:
        row.error(column, "unknown column")
    if None in record:
        row.error("-", "the row has more cells than the header")
    row.external_id = _text(record.get("external_id"))
    if not row.external_id:
        row.error("external_id", "missing; every row needs one")
    elif len(row.external_id) > 120:
        row.error("external_id", "longer than 120 characters")
    elif row.external_id in seen:
        row.error("external_id", f"already used by row {seen[row.external_id].number}")
    current = existing.get(row.external_id) if row.external_id else None
    resource = current or Resource(original_language="en")
    before = _snapshot(resource) if current else None
    data = _fields(row, record)
    if "organisation" in record:
        slug = _text(record["organisation"])
        resource.organisation_id = organisations.get(slug) if slug else None
        if slug and resource.organisation_id is None:
            row.error("organisation", f"no organisation has the address “{slug}”")
    if "is_demo" in record:
        resource.is_demo = _boolean(row, record["is_demo"])
    _check_status(row, record, current)
    _check_version(row, record, resource, existing, seen, claimed, taken_versions)
    try:
        services._apply(resource, data, _texts(record, data, resource))
    except ValidationError as error:
        for column, message in _messages(error, "cpv_codes"):
            row.error(column, message)
    try:
        # The untranslated title, summary and body follow the active language; _apply has
        # checked the original language's, and their per-language columns are checked here.
        resource.full_clean(exclude=NOT_CLEANED, validate_unique=False)
    except ValidationError as error:
        for column, message in _messages(error, "-"):
            row.error(column, message)
    given = {FACET_COLUMNS[c]: _values(record[c]) for c in FACET_COLUMNS if c in record}
    try:
        given = services.clean_facets(given)
    except ValidationError as error:
        for column, message in _messages(error, "facets"):
            row.error(_facet_column(column), message)
    row.facets = {**_current_facets(current), **given} if current else given
    if "links" in record:
        row.links = _links(row, record["links"])
    resource.external_id = row.external_id
    row.resource = resource
    if current:
        links = [(link.url, link.title) for link in current.links.all()]
        row.changed = (
            _snapshot(resource) != before
            or _without_empty(row.facets) != _without_empty(_current_facets(current))
            or (row.links is not None and [(x["url"], x["title"]) for x in row.links] != links)
            or (row.status == Status.PUBLISHED and current.status != Status.PUBLISHED)
            or (row.version_of and resource.previous_version_id is None)
        )
    return row


def _fields(row, record) -> dict:
    data = {}
    for column in ["kind", "original_language", "licence", "version_label"]:
        if column in record:
            data[column] = _text(record[column])
    if "authors" in record:
        value = record["authors"]
        data["authors"] = ", ".join(_values(value)) if isinstance(value, list) else _text(value)
    if "cpv_codes" in record:
        data["cpv_codes"] = _values(record["cpv_codes"])
    if "year" in record:
        year = _text(record["year"])
        if year and not year.isdigit():
            row.error("year", f"“{year}” is not a year; write four digits, such as 2024")
        data["year"] = int(year) if year.isdigit() else None
    if "publication_date" in record:
        value = _text(record["publication_date"])
        try:
            data["publication_date"] = date.fromisoformat(value) if value else None
        except ValueError:
            row.error("publication_date", f"“{value}” is not a date like 2024-03-31")
            data["publication_date"] = None
    return data


def _texts(record, data, resource) -> dict:
    """Titles, summaries and bodies by language; the plain columns are the original language's."""
    original = data.get("original_language") or resource.original_language
    texts: dict[str, dict] = {}
    for column in TEXT_COLUMNS:
        if column in record:
            text, code = column.rsplit("_", 1)
            texts.setdefault(code, {})[text] = _text(record[column])
    for text in services.TEXT_FIELDS:
        if text in record and original in services.LANGUAGE_CODES:
            texts.setdefault(original, {})[text] = _text(record[text])
    return texts


def _boolean(row, value) -> bool:
    text = _text(value).lower()
    if text not in TRUE | FALSE:
        row.error("is_demo", f"“{value}” is not yes or no (true/false, 1/0)")
    return text in TRUE


def _check_status(row, record, current):
    status = _text(record.get("status")) or Status.PUBLISHED
    if status not in IMPORT_STATUSES:
        row.error("status", f"“{status}” is not published or draft")
    elif status == Status.DRAFT and current and current.status == Status.PUBLISHED:
        row.error("status", "the resource is already published; an import cannot withdraw it")
    row.status = status


def _check_version(row, record, resource, existing, seen, claimed, taken_versions):
    """`version_of` names a resource already stored or a row earlier in the file."""
    if "version_of" not in record:
        return
    row.version_of = target = _text(record["version_of"])
    if not target:
        resource.previous_version_id = None
        return
    if target == row.external_id:
        row.error("version_of", "a resource cannot supersede itself")
    elif target in seen:
        earlier = seen[target]
        if earlier.errors:
            row.error("version_of", f"it supersedes row {earlier.number}, which has errors")
        resource.previous_version_id = earlier.resource.pk
    elif target in existing:
        resource.previous_version_id = existing[target].pk
    else:
        row.error("version_of", f"no resource or earlier row has the external_id “{target}”")
        return
    holder = taken_versions.get(resource.previous_version_id)
    if target in claimed:
        row.error("version_of", f"row {claimed[target]} already supersedes “{target}”")
    elif holder and holder != row.external_id and resource.previous_version_id:
        row.error("version_of", f"“{holder}” already supersedes “{target}”")


def _links(row, value) -> list[dict]:
    items = value if isinstance(value, list) else _values(value)
    links = []
    for item in items:
        if isinstance(item, dict):
            url, title = _text(item.get("url")), _text(item.get("title"))
        else:
            url, _bar, title = _text(item).partition("|")
        link = ResourceLink(url=url.strip(), title=title.strip())
        try:
            link.full_clean(exclude=["resource", "position"])
        except ValidationError as error:
            for _field, message in _messages(error, "links"):
                row.error("links", f"{url}: {message}")
        links.append({"url": link.url, "title": link.title})
    if len(links) > services.MAX_LINKS:
        row.error("links", f"at most {services.MAX_LINKS} links")
    return links


def _facet_column(facet: str) -> str:
    columns = {value: column for column, value in FACET_COLUMNS.items()}
    return columns.get(facet, facet)


def _current_facets(resource) -> dict[str, list[str]]:
    facets: dict[str, list[str]] = {}
    for item in resource.facets.all():
        facets.setdefault(item.facet, []).append(item.value)
    return {facet: sorted(values) for facet, values in facets.items()}


def _without_empty(facets):
    return {facet: values for facet, values in facets.items() if values}


def _snapshot(resource) -> dict:
    return {name: getattr(resource, name) for name in COMPARED_FIELDS}


def _write(rows, actor, stream) -> tuple[int, int]:
    """Create and update the checked rows in bulk, then publish through moderation."""
    library_changed()
    new = [row for row in rows if row.resource.pk is None]
    changed = [row for row in rows if row.resource.pk is not None and row.changed]
    progress = Progress(stream, "Importing", len(new) + len(changed))
    for row in new:
        row.resource.author = actor
        # Published rows wait for the import's own approval below, which records a Decision.
        row.resource.status = Status.PENDING if row.status == Status.PUBLISHED else Status.DRAFT
    Resource.objects.bulk_create([row.resource for row in new], batch_size=BATCH)
    # Versions of resources created just now get their link once those have an id.
    by_external_id = {row.external_id: row.resource for row in rows}
    for row in new + changed:
        if row.version_of and not row.resource.previous_version_id:
            row.resource.previous_version_id = by_external_id[row.version_of].pk
    Resource.objects.bulk_update(
        [row.resource for row in new if row.version_of], ["previous_version"], batch_size=BATCH
    )
    now = timezone.now()
    for row in changed:
        row.resource.updated_at = now
    Resource.objects.bulk_update(
        [row.resource for row in changed], WRITTEN_FIELDS, batch_size=BATCH
    )
    _replace_facets_and_links(new + changed)
    republished = []
    for done, row in enumerate(new + changed, start=1):
        if row.status == Status.PUBLISHED and row.resource.status != Status.PUBLISHED:
            if row.resource.status != Status.PENDING:
                moderation.moderation_submit(subject=row.resource, actor=actor)
            services.resource_approve(resource=row.resource, actor=actor, message="imported")
        elif row.resource.status == Status.PUBLISHED:
            republished.append(row.resource)
        progress.update(done)
    # Published resources changed in place: the search index follows their new text.
    fulltext.index_many(
        indexing.SEARCH_KIND, [indexing.resource_document(resource) for resource in republished]
    )
    progress.finish()
    return len(new), len(changed)


def _replace_facets_and_links(rows):
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        ResourceFacet.objects.filter(resource__in=[row.resource for row in batch]).delete()
        ResourceFacet.objects.bulk_create(
            ResourceFacet(resource=row.resource, facet=facet, value=value)
            for row in batch
            for facet, values in row.facets.items()
            for value in values
        )
        linked = [row for row in batch if row.links is not None]
        ResourceLink.objects.filter(resource__in=[row.resource for row in linked]).delete()
        ResourceLink.objects.bulk_create(
            ResourceLink(resource=row.resource, url=link["url"], title=link["title"], position=i)
            for row in linked
            for i, link in enumerate(row.links)
        )
