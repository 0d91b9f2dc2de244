"""The map's GeoJSON: visible pilots in the box, grouped by the server so that no answer grows
with the number of pilots."""

import gzip
import json

import pytest
from django.urls import reverse

from ppi4cities.moderation.models import Status
from ppi4cities.pilots import geo

from .test_ocds import make_pilot

# Real places: three pilots around Tallinn, two in Tartu, one in Gdańsk.
PLACES = [
    ("Tallinn", "EE", 59.437, 24.7536),
    ("Tallinn", "EE", 59.44, 24.76),
    ("Tallinn", "EE", 59.45, 24.73),
    ("Tartu", "EE", 58.378, 26.729),
    ("Tartu", "EE", 58.38, 26.72),
    ("Gdańsk", "PL", 54.352, 18.6466),
]
BALTIC = "10,50,35,65"


@pytest.fixture
def pilots(db):
    return [
        make_pilot(city=city, country=country, latitude=lat, longitude=lon)
        for city, country, lat, lon in PLACES
    ]


def features(client, **params):
    response = client.get(reverse("pilots:geojson"), params)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["type"] == "FeatureCollection"
    return data["features"]


def count(feature):
    return feature["properties"]["count"] if feature["properties"].get("cluster") else 1


@pytest.mark.parametrize("zoom", [0, 3, 6, 9, 11, 12, 16])
def test_counts_add_up_to_the_pilots_in_the_box_at_every_zoom(client, pilots, zoom):
    """Whatever the zoom, clusters and single pilots together count every pilot once."""
    assert sum(count(f) for f in features(client, bbox=BALTIC, zoom=zoom)) == len(pilots)


def test_a_cluster_breaks_into_smaller_ones_as_the_zoom_grows(client, pilots):
    """Zoomed out the Baltic is one cluster; zoomed in, the cities separate, then the pilots."""
    far = features(client, bbox=BALTIC, zoom=1)
    middle = features(client, bbox=BALTIC, zoom=6)
    near = features(client, bbox=BALTIC, zoom=12)
    assert len(far) < len(middle) < len(near) == len(pilots)
    assert max(count(f) for f in far) > max(count(f) for f in middle)
    assert not any(f["properties"].get("cluster") for f in near)


def test_a_cluster_sits_at_the_mean_position_in_lon_lat_order(client, pilots):
    """A cluster's point is the mean of its pilots, longitude first."""
    [tartu] = features(client, bbox="26,58,27,59", zoom=8)
    assert tartu["properties"] == {"cluster": True, "count": 2}
    assert tartu["geometry"]["coordinates"] == pytest.approx([26.7245, 58.379])


def test_a_single_pilot_says_what_the_map_shows_about_it(client, pilots):
    """A lone pilot carries its title, city, country, state and the link to its page."""
    [gdansk] = features(client, bbox="18,54,19,55", zoom=5)
    assert gdansk["geometry"]["coordinates"] == [18.6466, 54.352]
    assert gdansk["properties"] == {
        "id": pilots[-1].pk,
        "title": "Autonomous last-mile bus",
        "city": "Gdańsk",
        "country": "PL",
        "state": "planned",
        "good_practice": False,
        "url": reverse("pilots:pilot", args=[pilots[-1].pk]),
    }


def test_nothing_outside_the_box_is_returned(client, pilots):
    """Only the Estonian pilots are inside a box around Estonia."""
    found = features(client, bbox="21,57,29,60", zoom=14)
    assert {f["properties"]["country"] for f in found} == {"EE"}
    assert len(found) == 5


def test_drafts_never_appear_on_the_public_map(client, pilots):
    """A draft pilot is neither a point nor part of a cluster's count."""
    make_pilot(status=Status.DRAFT, published_at=None, latitude=59.43, longitude=24.75)
    for zoom in (2, 14):
        assert sum(count(f) for f in features(client, bbox=BALTIC, zoom=zoom)) == len(pilots)


def test_filters_narrow_the_map_like_the_list(client, pilots):
    """The list's filters apply: country=PL leaves only Gdańsk."""
    found = features(client, bbox=BALTIC, zoom=3, country="PL")
    assert [f["properties"]["city"] for f in found] == ["Gdańsk"]


@pytest.mark.parametrize(
    "params",
    [
        {"bbox": "10,50,35"},
        {"bbox": "west,50,35,65"},
        {"bbox": "35,50,10,65"},
        {"bbox": "10,65,35,50"},
        {"bbox": "nan,50,35,65"},
        {"zoom": "19"},
        {"zoom": "-1"},
        {"zoom": "big"},
    ],
)
def test_bad_box_or_zoom_gets_a_400_with_a_message(client, db, params):
    """A box or zoom the map cannot use is refused with a message saying what to send."""
    response = client.get(reverse("pilots:geojson"), params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_the_answer_costs_a_fixed_number_of_queries(client, pilots, django_assert_num_queries):
    """Clusters and single pilots come from two queries, whatever the number of pilots."""
    with django_assert_num_queries(2):
        features(client, bbox=BALTIC, zoom=5)


# Twelve pilots within a few hundred metres of Helsinki's centre: a dense spot.
DENSE = [(60.169 + 0.0007 * (i % 4), 24.938 + 0.0011 * (i // 4)) for i in range(12)]
HELSINKI = "24.90,60.15,24.98,60.19"


@pytest.fixture
def dense(db):
    return [
        make_pilot(city="Helsinki", country="FI", latitude=lat, longitude=lon) for lat, lon in DENSE
    ]


@pytest.mark.parametrize("zoom", [12, 14, 16, 18])
def test_a_dense_box_at_high_zoom_is_grouped_once_it_holds_too_many(
    client, dense, monkeypatch, zoom
):
    """Past MAX_POINTS pilots, a close view is grouped on the grid: fewer features than
    pilots, and clusters and single pilots still count each pilot exactly once."""
    monkeypatch.setattr(geo, "MAX_POINTS", 5)
    found = features(client, bbox=HELSINKI, zoom=zoom)
    assert sum(count(f) for f in found) == len(dense)
    single_ids = [f["properties"]["id"] for f in found if not f["properties"].get("cluster")]
    assert len(single_ids) == len(set(single_ids))
    if zoom <= 14:
        assert any(f["properties"].get("cluster") for f in found)
    assert len(found) <= len(dense)


def test_a_close_view_with_few_enough_pilots_shows_each_of_them(client, dense):
    """Under MAX_POINTS, zoomed in, every pilot is its own point even when they are close."""
    found = features(client, bbox=HELSINKI, zoom=13)
    assert len(found) == len(dense)
    assert not any(f["properties"].get("cluster") for f in found)


def test_a_huge_box_at_high_zoom_is_grouped_on_a_coarser_grid(client, pilots, monkeypatch):
    """A box far larger than any screen, asked for at zoom 18, gets at most MAX_CELLS
    features, still counting every pilot once: no request can list every pilot."""
    monkeypatch.setattr(geo, "MAX_CELLS", 4)
    monkeypatch.setattr(geo, "MAX_POINTS", 2)
    found = features(client, bbox="-180,-90,180,90", zoom=18)
    assert len(found) <= 4
    assert sum(count(f) for f in found) == len(pilots)


def test_a_title_missing_in_the_visitor_language_comes_in_the_original_one(client, db):
    """A pilot written in Finnish only shows its Finnish title to an English visitor."""
    make_pilot(title="", title_en="", title_fi="Sähköbussien pilotti", original_language="fi")
    [pilot] = features(client, bbox=BALTIC, zoom=14)
    assert pilot["properties"]["title"] == "Sähköbussien pilotti"


def test_the_answer_is_compressed_for_a_browser_that_accepts_gzip(client, pilots):
    """Served gzip-compressed when the browser accepts it, and the same collection inside."""
    params = {"bbox": BALTIC, "zoom": 14}
    plain = client.get(reverse("pilots:geojson"), params)
    packed = client.get(reverse("pilots:geojson"), params, HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert json.loads(gzip.decompress(packed.content)) == plain.json()
