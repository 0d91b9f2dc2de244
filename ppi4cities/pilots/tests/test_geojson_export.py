"""The GeoJSON download of the pilot list: every visible pilot matching the filters as a point."""

import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ppi4cities.moderation.models import Status

from .test_ocds import make_pilot


def collection(response) -> dict:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    assert "ppi4cities-pilots.geojson" in response["Content-Disposition"]
    return json.loads(b"".join(response.streaming_content))


@pytest.mark.django_db
def test_each_pilot_is_a_point_with_the_properties_of_the_csv(client, people):
    """RFC 7946 order (longitude first), lists as lists, and the pilot's buyers and suppliers."""
    pilot = make_pilot(
        buyers=[people["organisation"]],
        suppliers=[("Shuttle Robotics Oy", "FI")],
        themes=("mobility", "energy"),
        contract_value=Decimal("990000.50"),
        is_good_practice=True,
    )
    data = collection(client.get(reverse("pilots:export_geojson")))
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["id"] == pilot.pk
    assert feature["geometry"] == {"type": "Point", "coordinates": [18.6466, 54.352]}
    properties = feature["properties"]
    assert properties["title"] == "Autonomous last-mile bus"
    assert properties["buyers"] == ["Panevėžys City Municipality"]
    assert properties["suppliers"] == ["Shuttle Robotics Oy"]
    assert set(properties["themes"]) == {"mobility", "energy"}
    assert properties["contract_value"] == 990000.5
    assert properties["good_practice"] is True
    assert "latitude" not in properties and "longitude" not in properties


@pytest.mark.django_db
def test_an_empty_selection_is_an_empty_collection(client):
    """No pilots is still valid GeoJSON."""
    assert collection(client.get(reverse("pilots:export_geojson"))) == {
        "type": "FeatureCollection",
        "features": [],
    }


@pytest.mark.django_db
def test_the_download_keeps_the_filters_and_leaves_drafts_out(client, people):
    """Unlike the map's data it is never grouped: twelve pilots in one city are twelve points;
    another country and a draft are left out."""
    for number in range(12):
        make_pilot(title=f"Tartu pilot {number}", country="EE", latitude=58.378, longitude=26.729)
    make_pilot(title="Gdańsk pilot", country="PL")
    make_pilot(title="Tartu draft", country="EE", status=Status.DRAFT, published_at=None)
    data = collection(client.get(reverse("pilots:export_geojson"), {"country": "EE"}))
    titles = sorted(feature["properties"]["title"] for feature in data["features"])
    assert titles == sorted(f"Tartu pilot {number}" for number in range(12))


@pytest.mark.django_db
def test_the_download_reads_in_a_fixed_number_of_queries(client, people):
    """Buyers, suppliers and themes come prefetched: 3 or 30 pilots cost the same queries."""

    def queries():
        with CaptureQueriesContext(connection) as captured:
            collection(client.get(reverse("pilots:export_geojson")))
        return len(captured)

    for _ in range(3):
        make_pilot(buyers=[people["organisation"]], suppliers=[("Oy", "FI")])
    few = queries()
    for _ in range(27):
        make_pilot(buyers=[people["organisation"]], suppliers=[("Oy", "FI")])
    assert queries() == few
