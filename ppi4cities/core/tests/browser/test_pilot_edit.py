"""Editing a published pilot in a browser: the edit waits for the moderators, who see what it
changes and approve it; no axe-core violation on the edit form or on the queue."""

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.pilots import services

from .accessibility import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def published(transactional_db):
    """A published pilot, its author (a member of the buying city) and a moderator."""
    author = make_person("ona@panevezys.example", "Ona Author")
    organisation = make_organisation(author)
    moderator = make_person("mona@ppi4cities.example", "Mona Moderator", is_moderator=True)
    pilot = services.pilot_create(
        author=author,
        organisation=organisation,
        data={
            "country": "LT",
            "city": "Panevėžys",
            "latitude": 55.7348,
            "longitude": 24.3575,
            "approach": "ppi",
            "state": "completed",
        },
        texts={
            "en": {
                "title": "Electric buses for the city centre",
                "summary": "Three electric buses bought after a market consultation.",
            }
        },
        themes=["mobility"],
        submit=True,
    )
    services.pilot_approve(pilot=pilot, actor=moderator)
    return author, moderator, pilot


def test_a_member_edits_a_published_pilot_and_a_moderator_approves(page, sign_in, published):
    """The published text stays until the moderator approves; then the page shows the edit."""
    author, moderator, pilot = published
    sign_in(author)
    page.goto(pilot.get_absolute_url())
    page.get_by_role("link", name="Edit this pilot").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit the pilot")
    expect(page.get_by_label("Title")).to_have_value("Electric buses for the city centre")
    assert_accessible(page)

    page.get_by_label("Title").fill("Electric buses for the whole city")
    page.get_by_role("button", name="Send the edit to the moderators").click()
    expect(page.get_by_text("Your edit is waiting for the moderators")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Electric buses for the city centre")
    expect(page.locator("#proposed-edit")).to_contain_text("Waiting for moderation")

    sign_in(moderator)
    page.goto("/pilots/moderation/")
    edit = page.get_by_role("article", name="Electric buses for the city centre")
    changes = edit.get_by_role("region", name="What the edit changes")
    expect(changes.get_by_role("row", name="Title")).to_contain_text("whole city")
    assert_accessible(page)
    edit.get_by_label("Approve and publish").check()
    edit.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Your decision is recorded.")).to_be_visible()

    page.goto(pilot.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Electric buses for the whole city")
