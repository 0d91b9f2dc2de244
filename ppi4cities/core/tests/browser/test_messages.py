"""Private messages in a browser: a member starts a conversation, the other sees the unread
count in the header, opens it and replies, and the first member reads the reply. The pages
of messages pass axe-core."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from conftest import make_person
from ppi4cities.community.messaging import services

from .accessibility import assert_accessible, assert_readable

pytestmark = pytest.mark.browser


@pytest.fixture
def members(transactional_db):
    return (
        make_person("aino@tampere.example", "Aino Example"),
        make_person("jonas@vilnius.example", "Jonas Example"),
    )


def signed_in_page(new_context, live_server, user):
    """A page of a browser context of its own, signed in as `user`."""
    client = Client()
    client.force_login(user)
    context = new_context()
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


def header_link(page):
    return page.locator("#header-messages")


def test_two_members_exchange_messages(new_context, live_server, members):
    aino, jonas = members
    first = signed_in_page(new_context, live_server, aino)
    first.goto(f"/messages/new/?to={jonas.pk}")
    expect(first.locator("h1")).to_have_text("New message")
    expect(first.get_by_label("Jonas Example")).to_be_checked()
    assert_accessible(first)
    first.get_by_label("Subject").fill("Market consultation minutes")
    first.get_by_role("textbox", name="Message").fill("Could you share your **template**?")
    first.get_by_role("button", name="Send").click()
    expect(first.locator("h1")).to_have_text("Market consultation minutes")
    expect(first.locator(".message__body strong")).to_have_text("template")
    assert_accessible(first)

    second = signed_in_page(new_context, live_server, jonas)
    second.goto("/")
    expect(header_link(second)).to_have_accessible_name("Messages, 1 unread conversation")
    assert_readable(header_link(second).locator(".tag--count"))
    header_link(second).click()
    expect(second.locator(".conversation-row--unread")).to_contain_text("1 unread")
    assert_accessible(second)
    second.get_by_role("link", name="Market consultation minutes").click()
    expect(header_link(second)).to_have_accessible_name("Messages, 0 unread conversations")
    second.get_by_label("Your reply").fill("Of course, here it comes.")
    second.get_by_role("button", name="Send").click()
    expect(second.locator(".message--mine").last).to_contain_text("Of course, here it comes.")

    first.goto("/messages/")
    expect(first.locator(".conversation-row--unread")).to_contain_text("Of course, here it comes.")
    first.get_by_role("link", name="Market consultation minutes").click()
    expect(first.locator(".message").last).to_contain_text("Of course, here it comes.")


def test_the_empty_list_the_blocked_list_and_a_refusal_are_accessible(
    new_context, live_server, members
):
    aino, jonas = members
    page = signed_in_page(new_context, live_server, aino)
    page.goto("/messages/")
    expect(page.locator("h1")).to_have_text("Messages")
    assert_accessible(page)
    conversation = services.conversation_start(starter=jonas, others=[aino], text="Hello")
    page.goto(conversation.get_absolute_url())
    page.get_by_role("button", name="Block this member").click()
    expect(page.locator(".messages")).to_contain_text("You blocked Jonas Example.")
    page.goto("/messages/blocked/")
    expect(page.locator(".blocked-list")).to_contain_text("Jonas Example")
    assert_accessible(page)
    other = signed_in_page(new_context, live_server, jonas)
    other.goto(conversation.get_absolute_url())
    expect(other.locator(".note")).to_contain_text("does not accept messages from you")
    assert_accessible(other)
