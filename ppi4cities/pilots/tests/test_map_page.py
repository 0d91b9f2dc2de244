"""The map page: it renders in every language, says what to do without JavaScript, keeps the
list's filters on both sides of the Map and List links, and counts the matching pilots."""

import pytest
from django.test import override_settings

from .test_services import make_pilot

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix", ["", "/lt"])
def test_the_map_page_answers_in_english_and_lithuanian(client, prefix):
    """Both languages render the page with the map's container and its script."""
    response = client.get(f"{prefix}/pilots/map/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="pilots-map"' in html
    assert "js/pilots-map" in html
    assert "vendor/leaflet/leaflet" in html


def test_without_javascript_the_map_page_points_to_the_list(client):
    """The message says the map needs JavaScript and links to the list with the same filters."""
    response = client.get("/pilots/map/?country=LT&page=3")
    html = response.content.decode()
    assert "The map needs JavaScript" in html
    assert 'href="/pilots/?country=LT"' in html


def test_the_list_links_to_the_map_with_its_filters(client):
    """The list's "Show on a map" link keeps the chosen filters."""
    response = client.get("/pilots/?country=LT")
    assert 'href="/pilots/map/?country=LT"' in response.content.decode()


def test_the_map_page_counts_the_pilots_matching_the_filters(client, people):
    """Only published pilots matching the filters are counted."""
    make_pilot(people, publish=True, texts={"en": {"title": "Shown", "summary": "S."}})
    make_pilot(people, texts={"en": {"title": "Draft", "summary": "S."}})
    html = client.get("/pilots/map/").content.decode()
    assert "1 pilot matches these filters." in html
    html = client.get("/pilots/map/?state=cancelled").content.decode()
    assert "0 pilots match these filters." in html


def test_the_map_passes_the_endpoint_and_the_offline_basemap_to_its_script(client):
    """No tile server by default: the country shapes come from the platform itself."""
    html = client.get("/pilots/map/").content.decode()
    assert 'data-geojson-url="/pilots/map.geojson"' in html
    assert "vendor/world-atlas/countries-50m" in html
    assert 'data-tile-url=""' in html


@override_settings(
    MAP_TILE_URL="https://tile.example.org/{z}/{x}/{y}.png",
    MAP_TILE_ATTRIBUTION="© Example contributors",
)
def test_a_configured_tile_server_reaches_the_script(client):
    """The tile URL and its attribution are passed in data attributes, not inline script."""
    html = client.get("/pilots/map/").content.decode()
    assert 'data-tile-url="https://tile.example.org/{z}/{x}/{y}.png"' in html
    assert 'data-tile-attribution="© Example contributors"' in html
    assert "<script>" not in html
