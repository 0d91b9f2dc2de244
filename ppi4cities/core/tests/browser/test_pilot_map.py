"""The map of pilots works with the keyboard and a screen reader: pins and groups are reached
with Tab, open with Enter or Space, close with Escape, and the number shown is announced."""

import re

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.pilots import services

from .accessibility import assert_accessible, assert_focus_visible
from .test_main_pages import LANGUAGES

pytestmark = pytest.mark.browser

MAX_TABS = 20
PLACES = [
    ("Electric buses for the city centre", "LT", "Panevėžys", 55.7348, 24.3575, "completed"),
    ("Self-driving shuttle", "EE", "Tartu", 58.3780, 26.7290, "ongoing"),
    ("Smart street lights", "EE", "Tallinn", 59.4370, 24.7536, "planned"),
]


@pytest.fixture
def published(transactional_db):
    """Three published pilots: one in Lithuania, two close together in Estonia."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    pilots = []
    for title, country, city, latitude, longitude, state in PLACES:
        pilot = services.pilot_create(
            author=author,
            organisation=organisation,
            data={
                "country": country,
                "city": city,
                "latitude": latitude,
                "longitude": longitude,
                "approach": "ppi",
                "state": state,
            },
            texts={"en": {"title": title, "summary": "A pilot."}},
            buyers=[organisation],
            themes=["mobility"],
            submit=True,
        )
        services.pilot_approve(pilot=pilot, actor=moderator)
        pilots.append(pilot)
    return pilots


def marker_label(page):
    return page.evaluate(
        "document.activeElement.classList.contains('leaflet-marker-icon')"
        " ? document.activeElement.getAttribute('aria-label') : null"
    )


def tab_to_marker(page, starts_with):
    """Press Tab from the map until a pin or group whose name starts with this text has focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        label = marker_label(page)
        if label and label.startswith(starts_with):
            assert_focus_visible(page)
            return label
    pytest.fail(f"no marker named {starts_with!r} reached with Tab")


def open_map(page, path="/pilots/map/"):
    page.goto(path)
    status = page.locator("#pilots-map-status")
    expect(status).to_have_text(re.compile(r"\d"))
    return status


def test_a_pin_opens_with_enter_and_leads_to_the_pilot(page, published):
    """Tab reaches a pin named by title, city and state; Enter opens its details with a link,
    Escape closes them and focus returns to the pin; the link opens the pilot and Back returns."""
    status = open_map(page)
    expect(status).to_have_text("Pilots in this part of the map: 3.")
    page.focus("#pilots-map")
    assert_focus_visible(page)
    label = tab_to_marker(page, "Electric buses")
    assert label == "Electric buses for the city centre, Panevėžys, Completed"
    page.keyboard.press("Enter")
    link = page.get_by_role("link", name="Open the pilot's page")
    expect(link).to_be_focused()
    page.keyboard.press("Escape")
    expect(link).to_have_count(0)
    assert marker_label(page) == label
    page.keyboard.press(" ")
    expect(link).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Electric buses for the city centre")
    page.go_back()
    expect(page.locator("#pilots-map-status")).to_have_text("Pilots in this part of the map: 3.")


def test_a_group_says_how_many_pilots_it_holds_and_zooms_in_with_enter(page, published):
    """The two Estonian pilots form a group; Enter zooms in, keeps focus on a pin near it, and
    the address keeps the new view so it can be shared."""
    open_map(page)
    page.focus("#pilots-map")
    tab_to_marker(page, "Group of pilots: 2")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#map=6/"))
    page.wait_for_function(
        "document.activeElement.classList.contains('leaflet-marker-icon')"
        " && !document.activeElement.getAttribute('aria-label').startsWith('Group')"
    )
    assert_focus_visible(page)
    shared = page.url
    page.goto("/")
    page.goto(shared)
    expect(page.locator("#pilots-map-status")).to_have_text(re.compile(r"\d"))
    assert page.url.endswith(shared.split("#")[1])


def test_filters_from_the_address_narrow_the_map(page, published):
    """The same query string as the list: only the ongoing pilot remains."""
    status = open_map(page, "/pilots/map/?state=ongoing")
    expect(status).to_have_text("Pilots in this part of the map: 1.")
    expect(page.locator(".leaflet-marker-icon")).to_have_count(1)
    expect(page.locator(".leaflet-marker-icon")).to_have_attribute(
        "aria-label", "Self-driving shuttle, Tartu, Ongoing"
    )
    list_link = page.get_by_role("link", name="Show as a list")
    expect(list_link).to_have_attribute("href", "/pilots/?state=ongoing")


def cluster_and_pin_total(page) -> int:
    """Pilots the map shows: a group counts what it holds, a pin counts one."""
    return page.evaluate(
        """Array.from(document.querySelectorAll('.leaflet-marker-icon')).reduce(
            (total, node) => total + (node.classList.contains('pilots-map__cluster')
                ? Number(node.textContent) : 1), 0)"""
    )


def test_filtering_by_country_keeps_map_list_and_announced_count_in_agreement(page, published):
    """Ticking Estonia with the keyboard updates the address, the count, what the live region
    announces and the pins, without leaving the page or losing focus; the list behind "Show as a
    list" holds the same two pilots; Back restores the unfiltered map."""
    status = open_map(page)
    expect(status).to_have_text("Pilots in this part of the map: 3.")
    estonia = page.locator("#pf-country-EE")
    estonia.focus()
    page.keyboard.press(" ")
    expect(status).to_have_text("2 pilots match these filters. Pilots in this part of the map: 2.")
    expect(page).to_have_url(re.compile(r"/pilots/map/\?country=EE#map="))
    expect(page.locator("#pilots-count")).to_have_text("2 pilots match these filters.")
    expect(page.locator("#pf-country-EE")).to_be_focused()
    expect(page.locator("#pf-country-EE")).to_be_checked()
    assert cluster_and_pin_total(page) == 2
    page.get_by_role("link", name="Show as a list").click()
    expect(page).to_have_url(re.compile(r"/pilots/\?country=EE$"))
    expect(page.locator("#pilots-count")).to_have_text("2 pilots found")
    titles = page.locator("#pilots-results h3").all_text_contents()
    assert sorted(title.strip() for title in titles) == [
        "Self-driving shuttle",
        "Smart street lights",
    ]
    page.go_back()
    expect(page.locator("#pilots-map-status")).to_have_text("Pilots in this part of the map: 2.")
    page.go_back()
    expect(page.locator("#pf-country-EE")).not_to_be_checked()
    expect(page.locator("#pilots-count")).to_have_text("3 pilots match these filters.")
    expect(page.locator("#pilots-map-status")).to_have_text(
        "3 pilots match these filters. Pilots in this part of the map: 3."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_map_page_has_no_violations(page, published, language):
    """axe-core finds nothing on the map with its pins, or with a pin's details open."""
    prefix = "" if language == "en" else f"/{language}"
    open_map(page, prefix + "/pilots/map/")
    assert_accessible(page)
    page.locator(".pilots-map__pin").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup")).to_have_count(1)
    assert_accessible(page)


def test_without_javascript_the_map_page_links_to_the_list(new_context, published):
    """The message replaces the map and its link leads to the list."""
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/pilots/map/")
    expect(page.get_by_text("The map needs JavaScript.", exact=False)).to_be_visible()
    page.get_by_role("link", name="Show the pilots as a list").click()
    expect(page).to_have_url(re.compile(r"/pilots/$"))
