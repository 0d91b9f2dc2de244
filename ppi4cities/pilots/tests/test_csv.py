"""The CSV export of the pilot list."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from ppi4cities.moderation.models import Status
from ppi4cities.pilots.opendata import CSV_HEADER

from .test_ocds import make_pilot


def rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.django_db
def test_the_export_has_a_header_and_one_row_per_visible_pilot(client, people):
    """A spreadsheet gets the documented columns and the pilot's buyers, suppliers, themes."""
    pilot = make_pilot(
        buyers=[people["organisation"]],
        suppliers=[("Shuttle Robotics Oy", "FI")],
        themes=("mobility", "energy"),
        contract_value=Decimal("1000.00"),
        is_good_practice=True,
    )
    header, row = rows(client.get(reverse("pilots:export")))
    assert header == CSV_HEADER
    record = dict(zip(header, row, strict=True))
    assert record["id"] == str(pilot.pk)
    assert record["title"] == "Autonomous last-mile bus"
    assert record["buyers"] == "Panevėžys City Municipality"
    assert record["suppliers"] == "Shuttle Robotics Oy"
    assert set(record["themes"].split(";")) == {"mobility", "energy"}
    assert record["contract_value"] == "1000.00"
    assert record["good_practice"] == "yes"
    assert record["url"].endswith(reverse("pilots:pilot", args=[pilot.pk]))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "sees_draft"),
    [("anonymous", False), ("member", False), ("org_admin", True), ("moderator", True)],
)
def test_drafts_are_exported_only_to_those_who_may_see_them(client, people, role, sees_draft):
    """The export shows published pilots to all, a draft only to its admins and moderators."""
    make_pilot(title="Published pilot")
    make_pilot(
        title="Draft pilot",
        status=Status.DRAFT,
        published_at=None,
        organisation=people["organisation"],
    )
    if people[role]:
        client.force_login(people[role])
    titles = {row[2] for row in rows(client.get(reverse("pilots:export")))[1:]}
    assert titles == ({"Published pilot", "Draft pilot"} if sees_draft else {"Published pilot"})


@pytest.mark.django_db
def test_the_export_keeps_the_filters(client):
    """Filtering by country and good practice exports only what the list shows."""
    make_pilot(title="Tartu good practice", country="EE", is_good_practice=True)
    make_pilot(title="Tartu pilot", country="EE")
    make_pilot(title="Gdańsk good practice", country="PL", is_good_practice=True)
    found = rows(client.get(reverse("pilots:export"), {"country": "EE", "good_practice": "1"}))
    assert [row[2] for row in found[1:]] == ["Tartu good practice"]
