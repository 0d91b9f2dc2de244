"""Questions and answers in a browser: a member asks (similar questions appear while the
title is typed), a second member answers, the first accepts, and the second sees the
notification; the list, the ask form, the question page and the history page pass axe-core."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from conftest import make_person
from ppi4cities.community.questions import services

from .accessibility import assert_accessible

pytestmark = pytest.mark.browser

EXISTING = "Preliminary market consultation under article 40: how long?"
TITLE = "Market consultation for school meal logistics"


@pytest.fixture
def members(transactional_db):
    asker = make_person("maija@tartu.example", "Maija Member")
    helper = make_person("petras@vilnius.example", "Petras Helper")
    services.question_ask(
        author=helper, title=EXISTING, body="We consult the market before an ICT tender."
    )
    return asker, helper


def signed_in_page(new_context, live_server, user):
    """A page of a browser context of its own, signed in as `user`."""
    context = new_context()
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )
    return context.new_page()


def test_ask_answer_accept_and_the_answerer_is_notified(new_context, live_server, members):
    asker, helper = members
    page = signed_in_page(new_context, live_server, asker)

    page.goto("/questions/")
    expect(page.locator("h1")).to_have_text("Questions and answers")
    expect(page.get_by_role("link", name=EXISTING)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Ask a question").click()
    expect(page.locator("h1")).to_have_text("Ask a question")
    assert_accessible(page)
    page.get_by_label("Your question in one sentence").press_sequentially(TITLE, delay=20)
    similar = page.locator("#similar-questions")
    expect(similar.get_by_role("link", name=EXISTING)).to_be_visible()
    page.get_by_label("Details").fill("How long did your consultation run?")
    page.get_by_label("Education").check()
    page.get_by_role("button", name="Publish the question").click()
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator(".messages")).to_contain_text("Your question is published.")
    question_url = page.url

    other = signed_in_page(new_context, live_server, helper)
    other.goto(question_url)
    other.get_by_label("Your answer").fill("Ours ran for six weeks, with an open day.")
    other.get_by_role("button", name="Publish the answer").click()
    expect(other.locator(".messages")).to_contain_text("Your answer is published.")

    page.goto(question_url)
    expect(page.get_by_text("Ours ran for six weeks, with an open day.")).to_be_visible()
    page.get_by_role("button", name="Accept this answer").click()
    expect(page.locator(".answer--accepted")).to_contain_text("Accepted answer")
    expect(page.locator(".card__meta").first).to_contain_text("Answered")
    assert_accessible(page)

    other.goto("/")
    # The acceptance may also earn a badge, which is a notification of its own.
    header = other.locator(".account-nav").get_by_role(
        "link", name=re.compile(r"^Notifications, [1-9]\d* unread$")
    )
    expect(header).to_be_visible()
    header.click()
    expect(other.locator(".notifications")).to_contain_text(
        f"Maija Member accepted your answer to “{TITLE}”."
    )


def test_the_history_page_is_accessible(page, sign_in, members):
    asker, _helper = members
    question = services.question_ask(author=asker, title="First title", body="First text.")
    services.question_edit(editor=asker, question=question, title=TITLE, body="Second text.")
    sign_in(asker)
    page.goto(question.get_absolute_url())
    page.get_by_role("link", name="edited").click()
    expect(page.locator("h1")).to_have_text(f"History of “{TITLE}”")
    expect(page.get_by_text("First text.")).to_be_visible()
    assert_accessible(page)
