"""`manage.py import_resources`: CSV and JSON, row errors, --partial, idempotence, versions."""

import csv
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ppi4cities.library import permissions
from ppi4cities.library.models import Resource
from ppi4cities.moderation.models import Decision, Status

pytestmark = pytest.mark.django_db

COLUMNS = [
    "external_id",
    "kind",
    "original_language",
    "title",
    "summary",
    "body",
    "title_lt",
    "themes",
    "stages",
    "procedures",
    "countries",
    "languages",
    "year",
    "licence",
    "authors",
    "cpv_codes",
    "organisation",
    "links",
    "status",
    "version_of",
    "is_demo",
]


def _row(**overrides):
    row = {
        "external_id": "guide-1",
        "kind": "guidance",
        "original_language": "en",
        "title": "Writing a market consultation notice",
        "summary": "How to ask the market before you tender.",
        "body": "Start with **the need**.",
        "title_lt": "Rinkos konsultacijos skelbimas",
        "themes": "mobility;digital",
        "stages": "market-consultation",
        "procedures": "innovation",
        "countries": "LT;EU",
        "languages": "en;lt",
        "year": "2024",
        "licence": "CC-BY-4.0",
        "authors": "Ona Admin",
        "cpv_codes": "73000000-2",
        "organisation": "",
        "links": "https://example.org/notice|Example notice",
        "status": "published",
        "version_of": "",
        "is_demo": "no",
    }
    row.update(overrides)
    return row


def _csv(tmp_path, rows, name="resources.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _import(path, *options, actor="staff@ppi4cities.example"):
    """Run the command; its stdout."""
    out = StringIO()
    call_command("import_resources", str(path), "--as", actor, *options, stdout=out)
    return out.getvalue()


def _visible_to_anyone():
    return set(
        Resource.objects.filter(permissions.visible_filter(None)).values_list(
            "external_id", flat=True
        )
    )


def test_a_csv_file_imports_published_resources_with_their_properties(people, tmp_path):
    """Each row becomes a published resource with facets, texts, links and an approval."""
    slug = people["organisation"].slug
    path = _csv(tmp_path, [_row(organisation=slug), _row(external_id="guide-2", status="draft")])
    output = _import(path)
    assert "Created 2, updated 0, unchanged 0, skipped 0." in output
    resource = Resource.objects.get(external_id="guide-1")
    assert resource.status == Status.PUBLISHED
    assert resource.title_en == "Writing a market consultation notice"
    assert resource.title_lt == "Rinkos konsultacijos skelbimas"
    assert resource.organisation == people["organisation"]
    assert sorted(resource.facets.filter(facet="country").values_list("value", flat=True)) == [
        "EU",
        "LT",
    ]
    assert resource.links.get().title == "Example notice"
    assert resource.cpv_codes == ["73000000-2"]
    decision = Decision.objects.get(object_id=resource.pk)
    assert decision.message == "imported" and decision.actor == people["staff"]


def test_a_json_file_imports_from_a_list_or_a_resources_object(people, tmp_path):
    """JSON is read whether it is a bare list or {"resources": [...]}, with lists as values."""
    item = _row(themes=["energy"], links=[{"url": "https://example.org/a", "title": "A"}])
    item["year"] = 2023
    (tmp_path / "list.json").write_text(json.dumps([item]), encoding="utf-8")
    other = dict(item, external_id="guide-2")
    (tmp_path / "data.txt").write_text(json.dumps({"resources": [other]}), encoding="utf-8")
    _import(tmp_path / "list.json")
    _import(tmp_path / "data.txt")
    assert _visible_to_anyone() == {"guide-1", "guide-2"}
    resource = Resource.objects.get(external_id="guide-1")
    assert resource.year == 2023
    assert list(resource.facets.filter(facet="theme").values_list("value", flat=True)) == ["energy"]


@pytest.mark.parametrize(
    "bad, column",
    [
        ({"kind": "poem"}, "kind"),
        ({"stages": "flying"}, "stages"),
        ({"title": ""}, "title"),
        ({"year": "20x4"}, "year"),
        ({"year": "1800"}, "year"),
        ({"organisation": "atlantis"}, "organisation"),
        ({"external_id": "guide-1"}, "external_id"),
    ],
)
def test_one_bad_row_fails_the_whole_import_and_names_its_row(people, tmp_path, bad, column):
    """Nothing is written, and the message gives the row number and the column."""
    rows = [_row(), _row(external_id="guide-2"), _row(**{"external_id": "guide-3", **bad})]
    with pytest.raises(CommandError) as raised:
        _import(_csv(tmp_path, rows))
    assert f"row 4 (guide-{'1' if column == 'external_id' else '3'}), {column}:" in str(
        raised.value
    )
    assert "Nothing was imported" in str(raised.value)
    assert not Resource.objects.exists()
    assert not Decision.objects.exists()


def test_partial_imports_the_valid_rows_and_names_the_others(people, tmp_path):
    """--partial leaves out bad rows, and rows that depend on them, and says which."""
    rows = [
        _row(),
        _row(external_id="guide-2", stages="flying"),
        _row(external_id="guide-3", version_of="guide-2"),
    ]
    output = _import(_csv(tmp_path, rows), "--partial")
    assert "row 3 (guide-2), stages: Unknown values: flying." in output
    assert "row 4 (guide-3), version_of:" in output
    assert "Created 1, updated 0, unchanged 0, skipped 2." in output
    assert _visible_to_anyone() == {"guide-1"}


def test_a_second_import_of_the_same_file_changes_nothing(people, tmp_path):
    """Rows are matched by external_id; nothing is rewritten and no decision is recorded."""
    path = _csv(tmp_path, [_row(), _row(external_id="guide-2", version_of="guide-1")])
    _import(path)
    decisions = Decision.objects.count()
    updated_at = dict(Resource.objects.values_list("external_id", "updated_at"))
    output = _import(path)
    assert "Created 0, updated 0, unchanged 2, skipped 0." in output
    assert Resource.objects.count() == 2
    assert Decision.objects.count() == decisions
    assert dict(Resource.objects.values_list("external_id", "updated_at")) == updated_at


def test_a_changed_row_updates_the_resource_in_place(people, tmp_path):
    """The same resource gets the new content at once, without a pending revision."""
    _import(_csv(tmp_path, [_row(), _row(external_id="guide-2")]))
    resource = Resource.objects.get(external_id="guide-1")
    changed = _row(title="Market consultation notice, 2nd edition", stages="tender-documents")
    output = _import(_csv(tmp_path, [changed, _row(external_id="guide-2")]))
    assert "Created 0, updated 1, unchanged 1, skipped 0." in output
    resource.refresh_from_db()
    assert resource.title_en == "Market consultation notice, 2nd edition"
    assert resource.status == Status.PUBLISHED
    assert list(resource.facets.filter(facet="stage").values_list("value", flat=True)) == [
        "tender-documents"
    ]
    assert not resource.revisions.exists()


def test_version_of_links_a_new_version_to_the_one_it_supersedes(people, tmp_path):
    """A row may supersede an earlier row of the same file or a resource already stored."""
    _import(_csv(tmp_path, [_row()]))
    rows = [
        _row(external_id="guide-2", version_of="guide-1"),
        _row(external_id="guide-3", version_of="guide-2"),
    ]
    _import(_csv(tmp_path, rows))
    first, second, third = (Resource.objects.get(external_id=f"guide-{n}") for n in (1, 2, 3))
    assert first.is_superseded and first.next_version == second
    assert second.next_version == third and not third.is_superseded


def test_version_of_a_later_row_is_refused(people, tmp_path):
    """The superseded resource must already exist or come earlier in the file."""
    rows = [_row(external_id="guide-2", version_of="guide-1"), _row()]
    with pytest.raises(CommandError, match="row 2 \\(guide-2\\), version_of:"):
        _import(_csv(tmp_path, rows))


def test_drafts_stay_invisible_to_visitors(people, tmp_path):
    """Published imports are visible to anonymous visitors; drafts are not."""
    _import(_csv(tmp_path, [_row(), _row(external_id="draft-1", status="draft")]))
    assert _visible_to_anyone() == {"guide-1"}
    assert Resource.objects.get(external_id="draft-1").status == Status.DRAFT


def test_the_import_runs_as_staff_or_a_moderator_only(people, tmp_path):
    """An ordinary member cannot be named as the operator of an import."""
    with pytest.raises(CommandError, match="neither staff nor a moderator"):
        _import(_csv(tmp_path, [_row()]), actor="member@city.example")
    assert not Resource.objects.exists()
