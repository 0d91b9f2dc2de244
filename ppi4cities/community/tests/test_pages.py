"""The notification pages: the list with its unread marks and filter, "Mark all as read",
opening one, the header count, and who may see what."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import client_for
from ppi4cities.community.models import Notification

from .conftest import notify

ROLES = ["member", "org_member", "other_member", "org_admin", "moderator", "staff"]


def test_the_list_shows_ones_own_notifications_newest_first_with_unread_in_text(people):
    """Unread ones say "Unread" in words, not only in colour."""
    notify(people["member"], badge="self-assessed", level="bronze")
    notify(people["member"], badge="improver", level="silver")
    notify(people["other_member"], badge="helpful", level="gold")
    page = client_for(people["member"]).get("/notifications/").content.decode()
    assert page.index("“Improver”, level Silver") < page.index("“Self-assessed”, level Bronze")
    assert "Helpful" not in page
    assert page.count(">Unread</strong>") == 2
    assert "You have 2 unread notifications." in page


def test_the_header_shows_the_unread_count_with_an_accessible_name(people):
    """The header link reads "Notifications" and its count, read out as "3 unread"."""
    for _ in range(3):
        notify(people["member"])
    page = client_for(people["member"]).get("/library/").content.decode()
    assert (
        '<span class="visually-hidden">Notifications, 3 unread</span>'
        '<span aria-hidden="true">Notifications <span class="tag tag--count">3</span></span>'
        in page
    )


def test_the_header_shows_no_count_when_nothing_is_unread(people):
    page = client_for(people["member"]).get("/library/").content.decode()
    assert (
        '<span class="visually-hidden">Notifications, 0 unread</span>'
        '<span aria-hidden="true">Notifications</span>' in page
    )


def test_the_unread_filter_hides_read_ones(people):
    """ "Unread only" leaves out those already opened."""
    first = notify(people["member"], badge="self-assessed", level="bronze")
    notify(people["member"], badge="improver", level="silver")
    client = client_for(people["member"])
    client.get(f"/notifications/{first.pk}/")
    page = client.get("/notifications/?show=unread").content.decode()
    assert "Improver" in page and "Self-assessed" not in page


def test_a_bad_filter_or_page_shows_the_list_rather_than_an_error(people):
    """Nonsense in the query string falls back to the first page of all."""
    notify(people["member"])
    response = client_for(people["member"]).get("/notifications/?show=nonsense&page=x")
    assert response.status_code == 200
    assert "Self-assessed" in response.content.decode()


def test_opening_marks_read_lowers_the_count_and_follows_the_link(people):
    """Opening marks it read, lowers the header count and redirects to its page."""
    notification = notify(people["member"], url="/me/progress/")
    response = client_for(people["member"]).get(f"/notifications/{notification.pk}/")
    assert response.status_code == 302 and response["Location"] == "/me/progress/"
    notification.refresh_from_db()
    people["member"].refresh_from_db()
    assert notification.read_at is not None
    assert people["member"].unread_notifications == 0


def test_opening_follows_the_link_in_the_readers_language(people):
    """The link keeps the language the reader uses."""
    notification = notify(people["member"], url="/me/progress/")
    response = client_for(people["member"]).get(f"/lt/notifications/{notification.pk}/")
    assert response["Location"] == "/lt/me/progress/"


def test_opening_twice_counts_once(people):
    """The count drops once however often a notification is opened."""
    notification = notify(people["member"])
    notify(people["member"])
    client = client_for(people["member"])
    client.get(f"/notifications/{notification.pk}/")
    client.get(f"/notifications/{notification.pk}/")
    people["member"].refresh_from_db()
    assert people["member"].unread_notifications == 1


def test_a_link_off_the_platform_is_never_followed(people):
    """Even a row written around the services cannot send the reader elsewhere."""
    notification = notify(people["member"])
    Notification.objects.filter(pk=notification.pk).update(url="//evil.example/")
    response = client_for(people["member"]).get(f"/notifications/{notification.pk}/")
    assert response["Location"] == "/notifications/"


def test_mark_all_as_read(people):
    """ "Mark all as read" clears one's own, nobody else's."""
    for _ in range(3):
        notify(people["member"])
    notify(people["other_member"])
    response = client_for(people["member"]).post("/notifications/read-all/")
    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=people["member"], read_at=None).exists()
    assert Notification.objects.get(recipient=people["other_member"]).read_at is None
    people["member"].refresh_from_db()
    assert people["member"].unread_notifications == 0


def test_mark_all_as_read_needs_a_post(people):
    """A link cannot mark everything read: it takes a POST."""
    notify(people["member"])
    assert client_for(people["member"]).get("/notifications/read-all/").status_code == 405
    assert Notification.objects.get().read_at is None


@pytest.mark.parametrize("path", ["/notifications/", "/notifications/settings/"])
def test_anonymous_visitors_are_sent_to_sign_in(db, path):
    """The pages are for signed-in members."""
    response = client_for(None).get(path)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_anonymous_visitors_cannot_open_a_notification(people):
    """Signed out, opening asks to sign in and marks nothing."""
    notification = notify(people["member"])
    response = client_for(None).get(f"/notifications/{notification.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Notification.objects.get().read_at is None


@pytest.mark.parametrize("role", ROLES)
def test_only_the_recipient_sees_and_opens_a_notification(people, role):
    """Whatever their role, nobody else sees it in their list or can open it (404)."""
    owner = people["org_member"]
    notification = notify(owner, badge="pilot-sharer", level="gold")
    client = client_for(people[role])
    listed = "Pilot sharer" in client.get("/notifications/").content.decode()
    opened = client.get(f"/notifications/{notification.pk}/").status_code
    if role == "org_member":
        assert listed and opened == 302
    else:
        assert not listed and opened == 404
        assert Notification.objects.get().read_at is None


def _queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_list_takes_as_many_queries_for_50_notifications_as_for_5(people):
    """The list's queries do not grow with the number of notifications."""
    client = client_for(people["member"])
    for _ in range(5):
        notify(people["member"], url="")
    few = _queries(client, "/notifications/")
    for _ in range(45):
        notify(people["member"], url="")
    assert _queries(client, "/notifications/") == few
