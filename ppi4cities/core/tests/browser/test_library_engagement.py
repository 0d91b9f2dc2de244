"""A member answers "was this useful?" and saves a resource by keyboard, then finds it in
My library; axe-core finds no WCAG 2.1 AA violation on either page."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.accounts.models import User
from ppi4cities.library import services
from ppi4cities.library.models import Bookmark, ResourceFeedback
from ppi4cities.moderation import services as moderation

from .accessibility import assert_accessible, assert_markup_accessible, focused
from .test_keyboard import tab_to
from .test_main_pages import LANGUAGES, check_pages

pytestmark = pytest.mark.browser

TITLE = "Market consultation notice"


def _publish(author, organisation, moderator, title, facets):
    resource = services.resource_create(
        author=author,
        organisation=organisation,
        data={"kind": "template", "original_language": "en", "year": 2025},
        texts={"en": {"title": title, "summary": "A template with notes on each section."}},
        facets=facets,
        submit=True,
    )
    services.resource_approve(resource=resource, actor=moderator)
    return resource


@pytest.fixture
def library(transactional_db):
    """A published resource with a related one, and a member of no organisation to read them."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    resource = _publish(
        author,
        organisation,
        moderator,
        TITLE,
        {"stage": ["market-consultation"], "procedure": ["comp-dial"], "theme": ["mobility"]},
    )
    _publish(
        author,
        organisation,
        moderator,
        "Questions for a market dialogue",
        {"stage": ["market-consultation"]},
    )
    reader = make_person("maija@nowhere.example", "Maija Member")
    return reader, resource


def test_a_member_answers_and_saves_by_keyboard(page, sign_in, library):
    """Comment, Yes, then Save, all with the keyboard: the blocks update in place, focus stays,
    the live region announces each result, and My library lists the resource."""
    reader, resource = library
    sign_in(reader)
    page.goto(f"/library/{resource.pk}/")
    expect(page.get_by_role("heading", name="Related resources")).to_be_visible()
    assert_accessible(page)
    announcement = page.locator("#resource-announcement")

    tab_to(page, "feedback-comment")
    page.keyboard.type("Clear notes. We used them for our own notice.")
    tab_to(page, "feedback-yes")
    page.keyboard.press("Enter")

    expect(announcement).to_have_text("Thank you. Your answer is saved.")
    feedback = page.locator("#resource-feedback")
    expect(feedback).to_contain_text("1 member found this useful.")
    expect(feedback).to_contain_text("You said this was useful.")
    assert focused(page)["id"] == "feedback-yes"
    assert_accessible(page)

    tab_to(page, "bookmark-toggle", key="Shift+Tab")
    page.keyboard.press("Enter")

    expect(announcement).to_have_text("Saved to My library.")
    expect(page.locator("#bookmark-toggle")).to_have_text("Remove from My library")
    assert focused(page)["id"] == "bookmark-toggle"
    expect(page.locator(".messages")).to_have_count(0)  # updated in place, not reloaded
    assert_accessible(page)

    page.get_by_role("navigation", name="Your account").get_by_role(
        "link", name="My library"
    ).focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("My library")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    assert_accessible(page)
    answer = ResourceFeedback.objects.get(user=reader)
    assert (answer.useful, answer.comment) == (
        True,
        "Clear notes. We used them for our own notice.",
    )
    assert Bookmark.objects.filter(user=reader, resource=resource).exists()


def test_the_answer_and_the_bookmark_work_without_javascript(
    new_context, page, live_server, library
):
    """With scripts off, No with a comment and Save are plain forms that come back with a
    message; a comment that is too long returns with the error beside it and the text kept."""
    reader, resource = library
    context = new_context(java_script_enabled=False)
    client = Client()
    client.force_login(reader)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    no_script = context.new_page()
    no_script.goto(f"/library/{resource.pk}/")

    comment = no_script.get_by_label("Comment for the authors (optional)")
    comment.evaluate("element => element.removeAttribute('maxlength')")
    comment.fill("x" * 1001)
    no_script.get_by_role("button", name=re.compile(r"^No\b")).click()
    expect(no_script.locator("#feedback-comment_error")).to_contain_text("at most 1000")
    expect(comment).to_have_value("x" * 1001)
    assert_markup_accessible(no_script, page)

    comment.fill("Too general for a small municipality.")
    no_script.get_by_role("button", name=re.compile(r"^No\b")).click()
    expect(no_script.locator(".messages")).to_contain_text("Thank you. Your answer is saved.")
    expect(no_script.locator("#resource-feedback")).to_contain_text(
        "0 members found this useful, 1 did not."
    )
    no_script.get_by_role("button", name="Save to My library").click()
    expect(no_script.locator(".messages")).to_contain_text("Saved to My library.")
    expect(no_script.get_by_role("button", name="Remove from My library")).to_be_visible()
    assert_markup_accessible(no_script, page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_authors_pages_have_no_violations(page, sign_in, library, language):
    """The resource page with readers' comments, and My library with saved resources, a
    contribution returned for changes and a proposed edit, in English and Lithuanian."""
    reader, resource = library
    author = resource.author
    services.resource_feedback_give(
        resource=resource, user=reader, useful=False, comment="Please add an example."
    )
    services.bookmark_add(user=author, resource=resource)
    returned = services.resource_create(
        author=author,
        organisation=resource.organisation,
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Pilot report", "summary": "What we learnt."}},
        facets={},
        submit=True,
    )
    moderation.moderation_request_changes(
        subject=returned,
        actor=User.objects.get(is_moderator=True),
        message="Please name the city.",
    )
    services.resource_update(
        resource=resource,
        actor=author,
        data={"kind": "template", "original_language": "en"},
        texts={"en": {"title": TITLE, "summary": "A shorter summary."}},
        facets={},
    )
    sign_in(author)

    check_pages(page, language, [f"/library/{resource.pk}/", "/library/mine/"])
