"""Partner search in a browser: a member answers another member's call, lands in the
conversation, the caller replies from their messages and the member reads the reply; the
find-partners page, the calls list, the call page and the create form pass axe-core."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.community.partners import services
from ppi4cities.community.partners.tests.conftest import make_call

from .accessibility import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def caller(transactional_db):
    """A member of Panevėžys with an open call, and a member of Tartu who will answer it."""
    ona = make_person("ona@panevezys.example", "Ona Caller")
    panevezys = make_organisation(ona)
    kari = make_person("kari@tartu.example", "Kari Partner")
    make_organisation(kari, name="Tartu City Government", data={"country": "EE", "city": "Tartu"})
    call = make_call(ona, panevezys)
    return {"ona": ona, "kari": kari, "call": call}


def test_interest_opens_a_conversation_and_the_two_members_exchange_messages(
    new_context, live_server, caller
):
    def signed_in_page(user):
        context = new_context()
        client = Client()
        client.force_login(user)
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        return context.new_page()

    call = caller["call"]
    kari = signed_in_page(caller["kari"])
    kari.goto(call.get_absolute_url())
    expect(kari.locator("h1")).to_have_text(call.title)
    assert_accessible(kari)
    kari.get_by_label("On behalf of").select_option(label="Tartu City Government")
    kari.get_by_label("Your message to the caller").fill("Tartu would like to join the project.")
    kari.get_by_role("button", name="Send my interest").click()
    expect(kari).to_have_url(f"{live_server.url}/messages/{call.interests.get().conversation_id}/")
    expect(kari.locator(".message-list")).to_contain_text("Tartu would like to join the project.")

    ona = signed_in_page(caller["ona"])
    ona.goto("/messages/")
    ona.get_by_role("link", name=call.title).first.click()
    expect(ona.locator(".message-list")).to_contain_text("Tartu would like to join the project.")
    ona.locator("#id_text").fill("Welcome aboard. Shall we talk on Monday?")
    ona.locator("#send-reply").click()
    expect(ona.locator(".message-list")).to_contain_text("Shall we talk on Monday?")
    ona.goto(call.get_absolute_url())
    expect(ona.locator("#interests")).to_contain_text("Kari Partner, Tartu City Government")
    assert_accessible(ona)

    kari.reload()
    expect(kari.locator(".message-list")).to_contain_text(
        "Welcome aboard. Shall we talk on Monday?"
    )


def test_the_partner_pages_are_accessible(page, sign_in, caller):
    closed = make_call(caller["ona"], caller["call"].organisation, data={"title": "Closed"})
    services.partner_call_close(call=closed, actor=caller["ona"])
    sign_in(caller["ona"])
    for path, heading in [
        ("/partners/", "Find partners"),
        ("/partners/calls/", "Partner calls"),
        ("/partners/calls/?status=closed", "Closed partner calls"),
        (caller["call"].get_absolute_url(), caller["call"].title),
        ("/partners/calls/new/", "Post a partner call"),
        (f"/partners/calls/{caller['call'].pk}/close/", "Close the partner call"),
    ]:
        page.goto(path)
        expect(page.locator("h1")).to_have_text(heading)
        assert_accessible(page)


def test_a_create_form_with_errors_is_accessible(page, sign_in, caller):
    sign_in(caller["ona"])
    page.goto("/partners/calls/new/")
    page.get_by_role("button", name="Publish the call").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
