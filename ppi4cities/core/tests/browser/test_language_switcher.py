"""The header's language switcher shows the same page in another language and back."""

import re

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person

from .accessibility import assert_accessible

pytestmark = pytest.mark.browser


def choose_language(page, code):
    switcher = page.locator("nav.language-switcher")
    switcher.locator("summary").click()
    assert_accessible(page)
    switcher.locator(f'a[hreflang="{code}"]').click()


def test_switching_to_lithuanian_and_back_keeps_the_page_and_its_filters(page, transactional_db):
    """The filtered directory reopens under /lt/ with lang=lt, then again in English."""
    make_organisation(make_person("ona@panevezys.example", "Ona Admin"))
    page.goto("/organisations/?country=LT")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)

    choose_language(page, "lt")
    expect(page).to_have_url(re.compile(r"/lt/organisations/\?country=LT$"))
    expect(page.locator("html")).to_have_attribute("lang", "lt")
    expect(page.locator('.language-switcher a[hreflang="lt"]')).to_have_attribute(
        "aria-current", "true"
    )
    expect(page.locator("#f-country-LT")).to_be_checked()
    expect(page.locator("#directory-results").get_by_role("link")).to_have_text(
        "Panevėžys City Municipality"
    )
    assert_accessible(page)

    choose_language(page, "en")
    expect(page).to_have_url(re.compile(r"://[^/]+/organisations/\?country=LT$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Organisations")
    expect(page.locator("#f-country-LT")).to_be_checked()
    assert_accessible(page)
