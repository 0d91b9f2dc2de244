"""A newcomer signs up, verifies the address, publishes an organisation and finds it listed."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from conftest import make_organisation, make_person

from .accessibility import assert_accessible

pytestmark = pytest.mark.browser

CONFIRMATION_LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)")


def test_a_newcomer_signs_up_creates_an_organisation_and_finds_it_by_country(
    page, live_server, transactional_db
):
    """Sign up, open the emailed link, create a Lithuanian organisation, filter the directory."""
    make_organisation(
        make_person("kari@tartu.example", "Kari Other"),
        name="Tartu City Government",
        data={"country": "EE", "city": "Tartu", "nuts3": "EE008"},
    )

    page.goto("/")
    assert_accessible(page)
    page.get_by_role("navigation", name="Your account").get_by_role("link", name="Register").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    assert_accessible(page)
    page.get_by_label("Email").fill("rasa@siauliai.example")
    page.get_by_label("Your name").fill("Rasa Jonaitė")
    page.get_by_label(re.compile(r"^Password \(required")).fill("a-long-Baltic-passphrase-42")
    page.get_by_label(re.compile(r"^Password \(again")).fill("a-long-Baltic-passphrase-42")
    page.get_by_role("button", name="Sign Up").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    assert_accessible(page)

    assert [message.to for message in mail.outbox] == [["rasa@siauliai.example"]]
    path = CONFIRMATION_LINK.search(mail.outbox[0].body).group(1)
    page.goto(live_server.url + path)
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(re.compile(r"/me/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Rasa")
    assert_accessible(page)

    page.get_by_role("main").get_by_role("link", name="Create an organisation profile").click()
    expect(page).to_have_url(re.compile(r"/organisations/new/$"))
    assert_accessible(page)
    page.get_by_label("Name").fill("Šiauliai City Municipality")
    page.get_by_label("Type").select_option(label="Municipality")
    country = page.get_by_label("Country")
    assert country.locator("option").first.text_content() == "Denmark"
    country.select_option(label="Lithuania")
    page.get_by_label("City", exact=True).fill("Šiauliai")
    page.get_by_label("Latitude").fill("55.9349")
    page.get_by_label("Longitude").fill("23.3137")
    page.get_by_label("Sustainable mobility").check()
    page.get_by_label("Description in English").fill("The fourth largest city of Lithuania.")
    page.get_by_role("button", name="Create the profile").click()

    expect(page).to_have_url(re.compile(r"/organisations/siauliai-city-municipality/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Šiauliai City Municipality")
    expect(page.get_by_role("status")).to_contain_text("Your organisation profile is published.")
    expect(page.get_by_role("main")).to_contain_text("The fourth largest city of Lithuania.")
    assert_accessible(page)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Organisations").click()
    expect(page).to_have_url(re.compile(r"/organisations/$"))
    results = page.locator("#directory-results")
    expect(results.get_by_role("heading", level=2)).to_have_count(2)
    assert_accessible(page)
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_label(re.compile(r"^Lithuania")).check()

    expect(page.get_by_role("status")).to_have_text("1 organisation found")
    expect(results.get_by_role("link", name="Šiauliai City Municipality")).to_be_visible()
    expect(results.get_by_role("link", name="Tartu City Government")).to_have_count(0)
    expect(page).to_have_url(re.compile(r"/organisations/\?.*\bcountry=LT\b"))
    assert page.evaluate("window.stillTheSamePage") is True
    assert_accessible(page)
