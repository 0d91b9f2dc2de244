"""Everything on the main pages can be reached and used with the keyboard, with visible focus."""

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person

from .accessibility import assert_accessible, assert_focus_visible, focused

pytestmark = pytest.mark.browser

MAX_TABS = 60


@pytest.fixture
def two_cities(transactional_db):
    make_organisation(make_person("ona@panevezys.example", "Ona Admin"))
    make_organisation(
        make_person("kari@tartu.example", "Kari Other"),
        name="Tartu City Government",
        data={"country": "EE", "city": "Tartu", "nuts3": "EE008"},
    )


def tab_to(page, element_id, key="Tab"):
    """Press Tab (or Shift+Tab) until the element with this id has focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        if focused(page)["id"] == element_id:
            assert_focus_visible(page)
            return
    pytest.fail(f"#{element_id} was not reached with {key} in {MAX_TABS} presses")


def test_the_skip_link_comes_first_and_moves_focus_to_the_main_content(page, two_cities):
    """The first Tab shows the skip link; Enter on it puts focus on <main>."""
    page.goto("/")
    page.keyboard.press("Tab")
    assert focused(page)["href"] == "#main"
    assert_focus_visible(page)
    expect(page.locator(".skip-link")).to_be_in_viewport()
    assert_accessible(page)
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"
    page.keyboard.press("Tab")
    assert focused(page)["href"] == "/accounts/signup/"
    assert_focus_visible(page)


def test_the_header_can_be_used_with_the_keyboard(page, two_cities):
    """Tab walks the header links in order; the language menu opens with Enter, closes with Esc."""
    page.goto("/about/")
    expected = ["#main", "/", "/", "/organisations/", "/questions/", "/partners/", "/library/"]
    expected += ["/pilots/", "/assessment/"]
    expected += ["/about/"]
    expected += ["/accounts/login/", "/accounts/signup/"]
    for href in expected:
        page.keyboard.press("Tab")
        assert focused(page)["href"] == href
        assert_focus_visible(page)

    page.keyboard.press("Tab")
    assert focused(page)["tag"] == "summary"
    assert_focus_visible(page)
    menu = page.locator(".language-switcher details")
    page.keyboard.press("Enter")
    expect(menu).to_have_js_property("open", True)
    page.keyboard.press("Tab")
    assert focused(page)["href"] == "/about/"
    assert_focus_visible(page)
    page.keyboard.press("Tab")
    assert focused(page)["href"] == "/da/about/"
    assert_accessible(page)
    page.keyboard.press("Escape")
    expect(menu).to_have_js_property("open", False)
    assert focused(page)["tag"] == "summary"


def test_directory_filters_and_search_work_from_the_keyboard(page, two_cities):
    """Space on a country filter and typing in the search box update the results in place."""
    page.goto("/organisations/")
    count = page.get_by_role("status")
    expect(count).to_have_text("2 organisations found")
    results = page.locator("#directory-results")
    live_region = count.element_handle()

    tab_to(page, "f-country-EE")
    page.keyboard.press("Space")
    expect(count).to_have_text("1 organisation found")
    expect(results.get_by_role("link")).to_have_text(["Tartu City Government"])
    expect(page.locator("#f-country-EE")).to_be_checked()
    assert focused(page)["id"] == "f-country-EE"
    assert_focus_visible(page)
    # Screen readers announce a live region's new text only if the region itself stays.
    assert live_region.evaluate("region => region.isConnected")
    assert_accessible(page)

    page.keyboard.press("Space")
    expect(count).to_have_text("2 organisations found")
    assert focused(page)["id"] == "f-country-EE"

    tab_to(page, "directory-q", key="Shift+Tab")
    page.keyboard.type("panevezys")
    expect(count).to_have_text("1 organisation found")
    expect(results.get_by_role("link")).to_have_text(["Panevėžys City Municipality"])
    assert focused(page)["id"] == "directory-q"
    assert live_region.evaluate("region => region.isConnected")
    assert_accessible(page)
