"""My progress, the leaderboard and a PPI journey pass axe-core; an organisation's admin
confirms a milestone with the keyboard alone."""

import pytest
from playwright.sync_api import expect

from conftest import make_organisation, make_person
from ppi4cities.gamification.services import (
    journey_step_confirm,
    leaderboard_opt_in,
)
from ppi4cities.pilots.tests.test_ocds import make_pilot

from .accessibility import assert_accessible, assert_focus_visible, focused

pytestmark = pytest.mark.browser

MAX_TABS = 80


@pytest.fixture
def city(transactional_db):
    """An organisation whose admin shared a pilot (a badge level and points), opted in and
    confirmed a milestone."""
    admin = make_person("ona@panevezys.example", "Ona Admin")
    organisation = make_organisation(admin)
    make_pilot(author=admin, organisation=organisation)
    leaderboard_opt_in(actor=admin, user=admin)
    leaderboard_opt_in(actor=admin, organisation=organisation)
    journey_step_confirm(
        actor=admin, organisation=organisation, step="needs-assessed", note="Workshop in March"
    )
    return admin, organisation


def tab_to(page, element_id):
    """Press Tab until the element with this id has focus, its focus visible."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if focused(page)["id"] == element_id:
            assert_focus_visible(page)
            return
    pytest.fail(f"#{element_id} was not reached with Tab in {MAX_TABS} presses")


def test_my_progress_is_accessible(page, sign_in, city):
    admin, _organisation = city
    sign_in(admin)
    page.goto("/me/progress/")
    expect(page.locator("h1")).to_have_text("My progress")
    expect(page.locator(".badge-notice--new")).to_contain_text("Pilot sharer")
    assert_accessible(page)


@pytest.mark.parametrize("query", ["", "?kind=organisation", "?kind=person&country=LT"])
def test_the_leaderboard_is_accessible(page, city, query):
    page.goto(f"/leaderboard/{query}")
    expect(page.locator("table.leaderboard tbody tr")).to_have_count(1)
    assert_accessible(page)


def test_a_journey_page_is_accessible_to_visitors_and_admins(page, sign_in, city):
    admin, organisation = city
    page.goto(f"/organisations/{organisation.slug}/journey/")
    expect(page.locator("#step-needs-assessed")).to_contain_text("Workshop in March")
    assert_accessible(page)
    sign_in(admin)
    page.goto(f"/organisations/{organisation.slug}/journey/")
    expect(page.locator("#confirm-team-trained")).to_be_visible()
    assert_accessible(page)


def test_an_admin_confirms_a_milestone_with_the_keyboard(page, sign_in, city):
    admin, organisation = city
    sign_in(admin)
    page.goto(f"/organisations/{organisation.slug}/journey/")
    expect(page.locator("[id^=journey-count]")).to_have_text("1 of 6 milestones")
    tab_to(page, "note-team-trained")
    page.keyboard.type("Training by the national competence centre")
    tab_to(page, "confirm-team-trained")
    page.keyboard.press("Enter")
    expect(page.locator(".alert--success")).to_have_text("The milestone is confirmed.")
    expect(page.locator("[id^=journey-count]")).to_have_text("2 of 6 milestones")
    step = page.locator("#step-team-trained")
    expect(step).to_contain_text("Done")
    expect(step).to_contain_text("Training by the national competence centre")
    expect(page.locator("#confirm-team-trained")).to_have_count(0)
    assert_accessible(page)
