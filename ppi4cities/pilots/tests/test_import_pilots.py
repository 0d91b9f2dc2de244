"""`manage.py import_pilots`: CSV and OCDS packages, row errors, --partial, idempotence."""

import csv
import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from ppi4cities.moderation.models import Decision, Status
from ppi4cities.moderation.services import moderation_history
from ppi4cities.pilots import ocds, permissions, services
from ppi4cities.pilots.models import Pilot, PilotRevision

pytestmark = pytest.mark.django_db

COLUMNS = [
    "external_id",
    "organisation",
    "title",
    "summary",
    "language",
    "country",
    "city",
    "nuts3",
    "latitude",
    "longitude",
    "approach",
    "procedure",
    "innovation_types",
    "cpv_codes",
    "themes",
    "buyers",
    "suppliers",
    "estimated_value",
    "contract_value",
    "currency",
    "needs_assessment_date",
    "market_consultation_date",
    "tender_date",
    "award_date",
    "contract_start",
    "contract_end",
    "state",
    "status",
]


def _row(**overrides):
    row = {
        "external_id": "pilot-1",
        "organisation": "",
        "title": "Year-round cycling lanes",
        "summary": "Heated and cleared cycle lanes bought through an innovation partnership.",
        "language": "en",
        "country": "LT",
        "city": "Panevėžys",
        "nuts3": "LT025",
        "latitude": "55.7333",
        "longitude": "24.35",
        "approach": "ppi",
        "procedure": "innovation",
        "innovation_types": "prod-innov;proc-innov",
        "cpv_codes": "34144900-7;73000000-2",
        "themes": "mobility",
        "buyers": "",
        "suppliers": "Shuttle Robotics Oy|FI|small;Baltic Lanes|LT|",
        "estimated_value": "1200000",
        "contract_value": "990000.50",
        "currency": "EUR",
        "needs_assessment_date": "2022-03-01",
        "market_consultation_date": "2022-06-15",
        "tender_date": "2022-09-01",
        "award_date": "2023-01-20",
        "contract_start": "2023-03-01",
        "contract_end": "2024-12-31",
        "state": "completed",
        "status": "published",
    }
    row.update(overrides)
    return row


@pytest.fixture
def slug(people):
    return people["organisation"].slug


def _csv(tmp_path, rows, name="pilots.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _import(path, *options, actor="moderator@ppi4cities.example", stderr=None):
    """Run the command; its stdout."""
    out = StringIO()
    call_command(
        "import_pilots", str(path), "--operator", actor, *options, stdout=out, stderr=stderr
    )
    return out.getvalue()


def _visible_to_anyone():
    return set(
        Pilot.objects.filter(permissions.visible_filter(None)).values_list("external_id", flat=True)
    )


class Terminal(StringIO):
    def isatty(self):
        return True


def test_a_csv_file_imports_published_pilots_with_their_properties(people, slug, tmp_path):
    """Each row becomes a pilot with its place, codes, values, dates, relations and approval."""
    other = people["other_organisation"].slug
    rows = [
        _row(organisation=slug, buyers=f"{slug};{other}"),
        _row(external_id="pilot-2", organisation=slug, status="draft"),
        _row(external_id="pilot-3", organisation=slug, status="pending"),
    ]
    output = _import(_csv(tmp_path, rows))
    assert "Created 3, updated 0, unchanged 0, skipped 0." in output
    pilot = Pilot.objects.get(external_id="pilot-1")
    assert pilot.status == Status.PUBLISHED
    assert pilot.title_en == "Year-round cycling lanes"
    assert pilot.organisation == people["organisation"]
    assert pilot.author == people["org_admin"]
    assert list(pilot.buyers.order_by("name").values_list("slug", flat=True)) == [slug, other]
    assert pilot.innovation_types == ["prod-innov", "proc-innov"]
    assert pilot.cpv_codes == ["34144900-7", "73000000-2"]
    assert [t.code for t in pilot.themes.all()] == ["mobility"]
    assert [(s.name, str(s.country), s.size) for s in pilot.suppliers.all()] == [
        ("Shuttle Robotics Oy", "FI", "small"),
        ("Baltic Lanes", "LT", ""),
    ]
    assert pilot.contract_value == Decimal("990000.50")
    assert pilot.contract_end == date(2024, 12, 31)
    decision = Decision.objects.get(object_id=pilot.pk, action="approved")
    assert decision.message == "imported" and decision.actor == people["moderator"]
    assert _visible_to_anyone() == {"pilot-1"}
    assert Pilot.objects.get(external_id="pilot-2").status == Status.DRAFT
    assert Pilot.objects.get(external_id="pilot-3").status == Status.PENDING


@pytest.mark.parametrize(
    "bad, column",
    [
        ({"organisation": "atlantis"}, "organisation"),
        ({"organisation": ""}, "organisation"),
        ({"title": ""}, "title"),
        ({"language": "xx"}, "original_language"),
        ({"country": "XX"}, "country"),
        ({"nuts3": "EE008"}, "nuts3"),
        ({"latitude": "95"}, "latitude"),
        ({"longitude": "east"}, "longitude"),
        ({"approach": "magic"}, "approach"),
        ({"procedure": "lottery"}, "procedure"),
        ({"innovation_types": "shiny"}, "innovation_types"),
        ({"cpv_codes": "123"}, "cpv_codes"),
        ({"themes": "space"}, "themes"),
        ({"buyers": "atlantis"}, "buyers"),
        ({"suppliers": "Acme|ZZ|small"}, "suppliers"),
        ({"suppliers": "Acme|FI|huge"}, "suppliers"),
        ({"estimated_value": "-5"}, "estimated_value"),
        ({"contract_value": "lots"}, "contract_value"),
        ({"currency": "BTC"}, "currency"),
        ({"tender_date": "1 May 2022"}, "tender_date"),
        ({"award_date": "2021-01-01"}, "award_date"),
        ({"state": "dreaming"}, "state"),
        ({"status": "rejected"}, "status"),
        ({"external_id": ""}, "external_id"),
        ({"external_id": "pilot-1"}, "external_id"),
    ],
)
def test_one_bad_row_fails_the_whole_import_and_names_its_row_and_column(
    people, slug, tmp_path, bad, column
):
    """Nothing is written, and the message gives the row number and the column."""
    rows = [
        _row(organisation=slug),
        _row(external_id="pilot-2", organisation=slug),
        _row(**{"external_id": "pilot-3", "organisation": slug, **bad}),
    ]
    with pytest.raises(CommandError) as raised:
        _import(_csv(tmp_path, rows))
    message = str(raised.value)
    external_id = {"": "", "pilot-1": " (pilot-1)"}.get(bad.get("external_id"), " (pilot-3)")
    assert f"row 4{external_id}, {column}:" in message
    assert "Nothing was imported: 1 of 3 rows have errors." in message
    assert not Pilot.objects.exists()
    assert not Decision.objects.exists()


def test_unknown_columns_are_refused_before_any_row_is_read(people, slug, tmp_path):
    """A misspelt header is named, and nothing is written."""
    path = tmp_path / "pilots.csv"
    path.write_text("external_id,organisation,title,summary,colour\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Unknown columns in the header: colour."):
        _import(path)


def test_partial_imports_the_valid_rows_and_names_the_others(people, slug, tmp_path):
    """--partial leaves out bad rows and says which, and why."""
    rows = [
        _row(organisation=slug),
        _row(external_id="pilot-2", organisation=slug, currency="BTC"),
        _row(external_id="pilot-3", organisation=slug, themes="space"),
    ]
    output = _import(_csv(tmp_path, rows), "--partial")
    assert "Left out 2 rows with errors:" in output
    assert "row 3 (pilot-2), currency:" in output
    assert "row 4 (pilot-3), themes: Unknown themes: space." in output
    assert "Created 1, updated 0, unchanged 0, skipped 2." in output
    assert _visible_to_anyone() == {"pilot-1"}


def test_a_second_import_of_the_same_file_changes_nothing(people, slug, tmp_path):
    """Rows are matched by external_id; nothing is duplicated or approved again."""
    path = _csv(tmp_path, [_row(organisation=slug), _row(external_id="pilot-2", organisation=slug)])
    _import(path)
    decisions = Decision.objects.count()
    updated_at = dict(Pilot.objects.values_list("external_id", "updated_at"))
    output = _import(path)
    assert "Created 0, updated 0, unchanged 2, skipped 0." in output
    assert Pilot.objects.count() == 2
    assert Decision.objects.count() == decisions
    assert dict(Pilot.objects.values_list("external_id", "updated_at")) == updated_at


def test_a_changed_row_updates_the_pilot_in_place(people, slug, tmp_path):
    """Run by staff, the same published pilot gets the new content and relations."""
    _import(_csv(tmp_path, [_row(organisation=slug)]))
    pilot = Pilot.objects.get(external_id="pilot-1")
    changed = _row(organisation=slug, title="Cycling lanes, all year", suppliers="Only One Oy")
    output = _import(_csv(tmp_path, [changed]), actor="staff@ppi4cities.example")
    assert "Created 0, updated 1, unchanged 0, skipped 0." in output
    pilot.refresh_from_db()
    assert pilot.title_en == "Cycling lanes, all year"
    assert pilot.status == Status.PUBLISHED
    assert [s.name for s in pilot.suppliers.all()] == ["Only One Oy"]
    assert Pilot.objects.count() == 1


def test_a_changed_published_pilot_is_updated_through_an_approved_proposed_edit(
    people, slug, tmp_path
):
    """The operator's import proposes the edit and approves it at once; the history says so."""
    _import(_csv(tmp_path, [_row(organisation=slug)]))
    changed = _row(organisation=slug, title="Cycling lanes, all year")
    assert "Created 0, updated 1" in _import(_csv(tmp_path, [changed]))
    pilot = Pilot.objects.get(external_id=changed["external_id"])
    assert pilot.title_en == "Cycling lanes, all year"
    assert pilot.status == Status.PUBLISHED
    revision = PilotRevision.objects.get(pilot=pilot)
    assert revision.status == Status.PUBLISHED
    assert moderation_history(revision)[0].message == "imported"


def test_an_import_cannot_withdraw_a_published_pilot(people, slug, tmp_path):
    """A published pilot stays published; a draft row for it is refused."""
    _import(_csv(tmp_path, [_row(organisation=slug)]))
    with pytest.raises(CommandError, match="row 2 \\(pilot-1\\), status:"):
        _import(_csv(tmp_path, [_row(organisation=slug, status="draft")]))


def test_the_import_runs_as_staff_or_a_moderator_only(people, slug, tmp_path):
    """An ordinary member cannot be named as the operator of an import."""
    with pytest.raises(CommandError, match="neither staff nor a moderator"):
        _import(_csv(tmp_path, [_row(organisation=slug)]), actor="member@city.example")
    assert not Pilot.objects.exists()


def test_a_progress_bar_is_shown_on_a_terminal(people, slug, tmp_path):
    """Checking and importing each draw a bar that reaches 100%."""
    terminal = Terminal()
    _import(_csv(tmp_path, [_row(organisation=slug)]), stderr=terminal)
    shown = terminal.getvalue()
    assert "Checking [" in shown and "Importing [" in shown
    assert "100% (1/1)" in shown


# OCDS ------------------------------------------------------------------------------------


def _exported_package(people):
    """A package this platform exported, of one full pilot; the pilot is then deleted."""
    pilot = services.pilot_create(
        author=people["org_admin"],
        organisation=people["organisation"],
        data={
            "country": "LT",
            "city": "Panevėžys",
            "nuts3": "LT025",
            "latitude": 55.7333,
            "longitude": 24.35,
            "approach": "ppi",
            "procedure": "innovation",
            "cpv_codes": ["34144900-7"],
            "estimated_value": Decimal("1200000"),
            "contract_value": Decimal("990000.50"),
            "currency": "EUR",
            "needs_assessment_date": date(2022, 3, 1),
            "market_consultation_date": date(2022, 6, 15),
            "tender_date": date(2022, 9, 1),
            "award_date": date(2023, 1, 20),
            "contract_start": date(2023, 3, 1),
            "contract_end": date(2024, 12, 31),
            "state": "completed",
        },
        texts={"en": {"title": "Year-round cycling lanes", "summary": "Heated cycle lanes."}},
        buyers=[people["organisation"], people["other_organisation"]],
        suppliers=[{"name": "Shuttle Robotics Oy", "country": "FI"}],
        submit=True,
    )
    services.pilot_approve(pilot=pilot, actor=people["moderator"])
    request = RequestFactory().get("/pilots/ocds.json")
    package = ocds.release_package(list(Pilot.objects.filter(pk=pilot.pk)), request)
    pilot.delete()
    return package


def _write_json(tmp_path, data, name="package.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_a_package_this_platform_exported_imports_back(people, tmp_path):
    """Round trip: the release becomes the same pilot again, published, at its buyer's place."""
    package = _exported_package(people)
    ocid = package["releases"][0]["ocid"]
    output = _import(_write_json(tmp_path, package))
    assert "Created 1, updated 0, unchanged 0, skipped 0." in output
    pilot = Pilot.objects.get(external_id=ocid)
    assert pilot.title_en == "Year-round cycling lanes"
    assert pilot.summary_en == "Heated cycle lanes."
    assert pilot.status == Status.PUBLISHED
    assert pilot.organisation == people["organisation"]
    assert {b.pk for b in pilot.buyers.all()} == {
        people["organisation"].pk,
        people["other_organisation"].pk,
    }
    assert (str(pilot.country), pilot.city, pilot.nuts3) == ("LT", "Panevėžys", "LT025")
    assert (pilot.latitude, pilot.longitude) == (55.7333, 24.35)
    assert pilot.procedure == "innovation" and pilot.cpv_codes == ["34144900-7"]
    assert pilot.estimated_value == Decimal("1200000")
    assert pilot.contract_value == Decimal("990000.50")
    assert [
        pilot.needs_assessment_date,
        pilot.market_consultation_date,
        pilot.tender_date,
        pilot.award_date,
        pilot.contract_start,
        pilot.contract_end,
    ] == [
        date(2022, 3, 1),
        date(2022, 6, 15),
        date(2022, 9, 1),
        date(2023, 1, 20),
        date(2023, 3, 1),
        date(2024, 12, 31),
    ]
    assert pilot.state == "completed"
    assert [(s.name, str(s.country)) for s in pilot.suppliers.all()] == [
        ("Shuttle Robotics Oy", "FI")
    ]
    again = _import(_write_json(tmp_path, package))
    assert "Created 0, updated 0, unchanged 1, skipped 0." in again


def test_a_release_of_a_pilot_still_stored_here_is_refused(people, tmp_path):
    """Importing the platform's own pilot back would copy it; the row says so."""
    package = _exported_package(people)
    number = package["releases"][0]["ocid"].rsplit("-", 1)[1]
    pilot = Pilot.objects.create(
        pk=int(number),
        title="Still here",
        summary="Still here.",
        country="LT",
        city="Panevėžys",
        latitude=55.7,
        longitude=24.3,
        approach="ppi",
    )
    with pytest.raises(CommandError, match=f"this is pilot {pilot.pk} of this platform"):
        _import(_write_json(tmp_path, package))


def test_a_release_whose_buyer_is_unknown_is_refused(people, tmp_path):
    """Buyers must be organisations on the platform; the release is named."""
    package = _exported_package(people)
    package["releases"][0]["parties"][0]["name"] = "Atlantis City"
    with pytest.raises(CommandError) as raised:
        _import(_write_json(tmp_path, package))
    assert "row 1 (" in str(raised.value)
    assert "the buyer “Atlantis City” is not an organisation on the platform" in str(raised.value)
    assert not Pilot.objects.exists()


def test_a_release_without_a_place_needs_coordinates_on_the_buyers_profile(people, tmp_path):
    """Without coordinates in the release or the profile, the release is refused clearly."""
    package = _exported_package(people)
    organisation = people["organisation"]
    organisation.latitude = organisation.longitude = None
    organisation.save()
    with pytest.raises(CommandError, match="the release gives no coordinates"):
        _import(_write_json(tmp_path, package))


def test_organisation_option_submits_on_behalf_of_another_organisation(people, tmp_path):
    """--organisation SLUG chooses who submitted the pilots; buyers stay the release's."""
    package = _exported_package(people)
    other = people["other_organisation"]
    _import(_write_json(tmp_path, package), "--organisation", other.slug, "--status", "draft")
    pilot = Pilot.objects.get()
    assert pilot.organisation == other and pilot.author == people["other_member"]
    assert pilot.status == Status.DRAFT


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "The file is not valid JSON"),
        ("[1, 2]", "Give an OCDS release package"),
        ('{"releases": {"ocid": "x"}}', "Give an OCDS release package"),
        ('{"releases": []}', "The package has no releases."),
    ],
)
def test_a_file_that_is_not_a_release_package_is_refused(people, tmp_path, content, message):
    """Invalid JSON and the wrong top-level shape are refused with a message, not a crash."""
    with pytest.raises(CommandError, match=message):
        _import(_write_json(tmp_path, content))
    assert not Pilot.objects.exists()
