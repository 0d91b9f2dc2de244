"""The notification centre in a browser: a member earns a badge, sees the count in the header,
opens the list and the notification with the keyboard alone, and the count drops; the settings
and unsubscribe pages work by keyboard and pass axe-core."""

import pytest
from playwright.sync_api import expect

from conftest import make_person
from ppi4cities.community import selectors, unsubscribe
from ppi4cities.gamification.badges import BADGES, badge_earned

from .accessibility import assert_accessible, assert_focus_visible, assert_readable, focused

pytestmark = pytest.mark.browser

MAX_TABS = 80


@pytest.fixture
def member(transactional_db):
    """A member who has just earned two badges."""
    person = make_person("maija@tartu.example", "Maija Member")
    for code in ("self-assessed", "improver"):
        badge = BADGES[code]
        badge_earned(user=person, badge=badge, level=badge.levels[0])
    return person


def tab_until(page, matches, what):
    """Press Tab until `matches(focused(page))`, with the focus visible."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if matches(focused(page)):
            assert_focus_visible(page)
            return
    pytest.fail(f"{what} was not reached with Tab in {MAX_TABS} presses")


def header_link(page):
    return page.locator(".account-nav").get_by_role("link", name="Notifications")


def test_a_member_follows_a_notification_by_keyboard_and_the_count_drops(page, sign_in, member):
    sign_in(member)
    page.goto("/")
    expect(header_link(page)).to_have_accessible_name("Notifications, 2 unread")
    count = header_link(page).locator(".tag")
    expect(count).to_have_text("2")
    assert_readable(count)
    tab_until(page, lambda now: now["href"] == "/notifications/", "the header link")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Notifications")
    expect(page.locator(".notification--unread")).to_have_count(2)
    assert_accessible(page)
    newest = selectors.notification_list(user=member).first()
    tab_until(page, lambda now: now["href"] == f"/notifications/{newest.pk}/", "the newest one")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{page.url.split('/notifications/')[0]}/me/progress/")
    expect(header_link(page)).to_have_accessible_name("Notifications, 1 unread")


def test_the_settings_page_is_used_by_keyboard_and_accessible(page, sign_in, member):
    sign_in(member)
    page.goto("/notifications/settings/")
    expect(page.locator("h1")).to_have_text("Notification settings")
    assert_accessible(page)
    # Tab reaches the checked choice of the group (daily); the arrows move within it.
    tab_until(page, lambda now: now["id"] == "id_badge_earned_1", "the badges group")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    tab_until(page, lambda now: now["id"] == "save-settings", "the save button")
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Your notification settings are saved.")
    assert selectors.notification_frequencies(user=member)["badge_earned"] == "never"
    assert_accessible(page)


def test_the_unsubscribe_pages_are_accessible_signed_out(page, member):
    token = unsubscribe.token_make(user=member, kind="badge_earned")
    page.goto(f"/notifications/unsubscribe/{token}/")
    expect(page.locator("h1")).to_have_text("Unsubscribe")
    assert_accessible(page)
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.locator("[role=status]")).to_contain_text("no longer get emails about")
    assert_accessible(page)
    assert selectors.notification_frequencies(user=member)["badge_earned"] == "never"
    page.goto(f"/notifications/unsubscribe/{token}x/")
    expect(page.locator("h1")).to_have_text("This link is not valid")
    assert_accessible(page)


def test_the_empty_list_is_accessible(page, sign_in, transactional_db):
    sign_in(make_person("new@tartu.example", "New Member"))
    page.goto("/notifications/?show=unread")
    expect(page.locator("h1")).to_have_text("Notifications")
    assert_accessible(page)
