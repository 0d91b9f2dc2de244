"""axe-core finds no WCAG 2.1 AA violation on the main pages, in English and in Lithuanian."""

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.accounts import services

from .accessibility import assert_accessible

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "lt"]


@pytest.fixture
def city(transactional_db):
    """An organisation with a waiting request, an invitation and an API token, and a neighbour."""
    admin = make_person("ona@panevezys.example", "Ona Admin")
    organisation = make_organisation(admin)
    services.join_request_create(
        user=make_person("petras@panevezys.example", "Petras Applicant"),
        organisation=organisation,
        message="I run the city's mobility projects.",
    )
    services.invitation_create(
        organisation=organisation, actor=admin, email="colleague@panevezys.example"
    )
    services.api_token_create(user=admin, name="Nightly export")
    make_organisation(
        make_person("kari@tartu.example", "Kari Other"),
        name="Tartu City Government",
        data={"country": "EE", "city": "Tartu", "nuts3": "EE008"},
    )
    return admin, organisation


def check_pages(page, language, paths):
    prefix = "" if language == "en" else f"/{language}"
    for path in paths:
        response = page.goto(prefix + path)
        assert response.status == 200, path
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitors_pages_have_no_violations(page, city, language):
    """Home, the directory filtered and empty, an organisation, the account pages, 404."""
    _admin, organisation = city
    check_pages(
        page,
        language,
        [
            "/",
            "/organisations/?country=LT",
            "/organisations/?q=atlantis",
            f"/organisations/{organisation.slug}/",
            "/accounts/login/",
            "/accounts/signup/",
            "/accounts/password/reset/",
            "/privacy/",
        ],
    )

    prefix = "" if language == "en" else f"/{language}"
    response = page.goto(f"{prefix}/no-such-page/")
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_members_pages_have_no_violations(page, sign_in, city, language):
    """An administrator's pages, and the organisation form before and after a refused submit."""
    admin, organisation = city
    sign_in(admin)
    check_pages(
        page,
        language,
        [
            "/me/",
            "/me/profile/",
            "/me/tokens/",
            "/me/privacy/",
            f"/organisations/{organisation.slug}/",
            f"/organisations/{organisation.slug}/members/",
            "/organisations/new/",
        ],
    )

    page.locator("main form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator("[aria-invalid=true]").first).to_be_visible()
    assert_accessible(page)
