"""The directory and the forms work in a browser with JavaScript turned off."""

import re

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person

from .accessibility import assert_markup_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def no_script_page(new_context):
    return new_context(java_script_enabled=False).new_page()


@pytest.fixture
def two_cities(transactional_db):
    admin = make_person("ona@panevezys.example", "Ona Admin")
    make_organisation(admin)
    make_organisation(
        make_person("kari@tartu.example", "Kari Other"),
        name="Tartu City Government",
        data={"country": "EE", "city": "Tartu", "nuts3": "EE008"},
    )
    return admin


def test_the_directory_filters_with_the_apply_button(no_script_page, page, two_cities):
    """Ticking a country and pressing Apply reloads the directory with only that country."""
    directory = no_script_page
    directory.goto("/organisations/")
    results = directory.locator("#directory-results")
    expect(results.get_by_role("link")).to_have_count(2)
    assert_markup_accessible(directory, page)

    directory.get_by_label(re.compile(r"^Estonia")).check()
    directory.get_by_role("button", name="Apply filters").click()
    expect(directory).to_have_url(re.compile(r"/organisations/\?.*\bcountry=EE\b"))
    expect(directory.get_by_role("status")).to_have_text("1 organisation found")
    expect(results.get_by_role("link")).to_have_text(["Tartu City Government"])
    expect(directory.locator("#f-country-EE")).to_be_checked()
    assert_markup_accessible(directory, page)

    directory.get_by_label("Search organisations").fill("tartu")
    directory.get_by_role("button", name="Search", exact=True).click()
    expect(directory).to_have_url(re.compile(r"\bq=tartu\b"))
    expect(results.get_by_role("link")).to_have_text(["Tartu City Government"])
    assert_markup_accessible(directory, page)


def test_signing_in_shows_errors_then_reaches_the_dashboard(no_script_page, page, two_cities):
    """An empty form comes back with an error summary; the right password signs in."""
    form_page = no_script_page
    form_page.goto("/accounts/login/")
    form_page.get_by_role("button", name="Sign In").click()
    summary = form_page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("link")).not_to_have_count(0)
    assert_markup_accessible(form_page, page)

    form_page.get_by_label("Email").fill("ona@panevezys.example")
    form_page.get_by_label("Password").fill("correct-horse-battery")
    form_page.get_by_role("button", name="Sign In").click()
    expect(form_page).to_have_url(re.compile(r"/me/$"))
    expect(form_page.get_by_role("heading", level=1)).to_have_text("Welcome, Ona")
    expect(form_page.get_by_role("main")).to_contain_text("Panevėžys City Municipality")
    assert_markup_accessible(form_page, page)
