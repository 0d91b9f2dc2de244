"""Reports and moderation in a browser: a member reports a question from its page, a moderator
hides it from the queue with a reason, and the log shows who did it and why; the report form,
the queue and the log pass axe-core."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from conftest import make_person
from ppi4cities.community.questions import services as questions
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Action, Decision, Report

from .accessibility import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def cast(transactional_db):
    author = make_person("petras@panevezys.example", "Petras Author")
    return {
        "author": author,
        "reporter": make_person("maija@tartu.example", "Maija Reporter"),
        "moderator": make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True),
        "question": questions.question_ask(
            author=author,
            title="Cheap street lights, best prices here",
            body="Buy our lamps today.",
        ),
    }


def test_a_report_reaches_the_queue_and_the_moderators_action_the_log(
    new_context, live_server, cast
):
    def signed_in_page(user):
        context = new_context()
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
        )
        return context.new_page()

    question = cast["question"]
    member = signed_in_page(cast["reporter"])
    member.goto(question.get_absolute_url())
    member.get_by_role("link", name="Report this question").click()
    expect(member.locator("h1")).to_have_text("Report this question")
    assert_accessible(member)
    member.get_by_label("Spam or advertising").check()
    member.get_by_label("Anything the moderators should know").fill("An advert for lamps.")
    member.get_by_role("button", name="Send the report").click()
    expect(member.locator(".messages")).to_contain_text("The moderators will look at it.")
    assert Report.objects.get().note == "An advert for lamps."

    spammer = make_person("kari@spam.example", "Kari Spammer")
    moderation.member_suspend(user=spammer, actor=cast["moderator"], reason="Advertising.", days=3)
    moderator = signed_in_page(cast["moderator"])
    moderator.goto("/")
    moderator.locator(".account-nav").get_by_role("link", name="Moderation").click()
    expect(moderator.locator("h1")).to_have_text("Reports")
    entry = moderator.locator("article", has_text="Cheap street lights")
    expect(entry).to_contain_text("1 open report: Spam or advertising")
    expect(entry).to_contain_text("An advert for lamps.")
    assert_accessible(moderator)
    entry.get_by_label("Hide").check()
    entry.get_by_role("button", name="Record the action").click()
    expect(moderator.locator(".error-summary")).to_contain_text("Give the reason")
    assert_accessible(moderator)
    entry = moderator.locator("article", has_text="Cheap street lights").first
    entry.get_by_label("Hide").check()
    entry.get_by_label("Reason").fill("Advertising is not allowed.")
    entry.get_by_role("button", name="Record the action").click()
    expect(moderator.locator(".messages")).to_contain_text("The moderation log records it.")
    assert Decision.objects.get(action=Action.HIDDEN).message == "Advertising is not allowed."
    hidden = moderator.get_by_role("region", name="Recently hidden")
    expect(hidden).to_contain_text("Cheap street lights")
    expect(moderator.get_by_role("region", name="Blocked and suspended members")).to_contain_text(
        "Kari Spammer"
    )
    assert_accessible(moderator)

    moderator.get_by_role("link", name="Moderation log").click()
    expect(moderator.locator("h1")).to_have_text("Moderation log")
    row = moderator.locator("tbody tr").first
    expect(row).to_contain_text("Mona Moderator")
    expect(row).to_contain_text("Hidden")
    expect(row).to_contain_text("Cheap street lights")
    expect(row).to_contain_text("Advertising is not allowed.")
    assert_accessible(moderator)
