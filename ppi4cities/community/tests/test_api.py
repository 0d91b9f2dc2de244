"""The notifications API: one's own list, unread count, marking read, preferences, and who may
see what."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import client_for
from ppi4cities.accounts import services as accounts
from ppi4cities.community import selectors
from ppi4cities.community.kinds import kinds_for
from ppi4cities.community.models import Notification

from .conftest import notify

BASE = "/api/v1/notifications"
ROLES = ["member", "org_member", "other_member", "org_admin", "moderator", "staff"]


def test_the_list_is_ones_own_newest_first_with_the_unread_count(people):
    """Only one's own, newest first, with texts in the request's language."""
    notify(people["member"], badge="self-assessed", level="bronze")
    notify(people["member"], badge="improver", level="silver")
    notify(people["other_member"])
    body = client_for(people["member"]).get(BASE).json()
    assert body["count"] == 2 and body["unread_count"] == 2
    assert [row["text"] for row in body["results"]] == [
        "You earned the badge “Improver”, level Silver.",
        "You earned the badge “Self-assessed”, level Bronze.",
    ]
    assert body["results"][0]["url"] == "/me/progress/"
    assert body["results"][0]["unread"] is True


def test_the_list_filters_unread_and_pages(people):
    """unread=true leaves out read ones; pages past the end are empty."""
    first = notify(people["member"])
    for _ in range(4):
        notify(people["member"])
    client = client_for(people["member"])
    client.post(f"{BASE}/{first.pk}/read")
    assert client.get(f"{BASE}?unread=true").json()["count"] == 4
    page = client.get(f"{BASE}?page=2&page_size=2").json()
    assert (page["count"], page["pages"], len(page["results"])) == (5, 3, 2)
    assert client.get(f"{BASE}?page=99").json()["results"] == []


def test_bad_paging_is_a_422_naming_the_field(people):
    """A page size over the limit names the field at fault."""
    response = client_for(people["member"]).get(f"{BASE}?page_size=1000")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "page_size"


def test_marking_one_read_lowers_the_count(people):
    """Marking one read lowers the unread count by one."""
    notification = notify(people["member"])
    notify(people["member"])
    client = client_for(people["member"])
    response = client.post(f"{BASE}/{notification.pk}/read")
    assert response.status_code == 200 and response.json()["unread"] is False
    assert client.get(f"{BASE}/unread-count").json() == {"unread_count": 1}


def test_marking_all_read(people):
    """read-all clears the count and says how many it marked."""
    for _ in range(3):
        notify(people["member"])
    client = client_for(people["member"])
    assert client.post(f"{BASE}/read-all").json() == {"marked_read": 3, "unread_count": 0}
    assert client.get(f"{BASE}/unread-count").json() == {"unread_count": 0}


def test_a_bearer_token_reads_as_its_owner(people):
    """A personal token reads its owner's notifications; a wrong one is a 401."""
    notify(people["member"])
    _token, key = accounts.api_token_create(user=people["member"], name="script")
    response = Client().get(BASE, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200 and response.json()["count"] == 1
    assert Client().get(BASE, headers={"Authorization": "Bearer ppi_wrong"}).status_code == 401


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", ""), ("get", "/unread-count"), ("post", "/read-all"), ("get", "/preferences")],
)
def test_anonymous_callers_must_sign_in(db, method, path):
    """Without a session or token every endpoint answers 401."""
    assert getattr(Client(), method)(BASE + path).status_code == 401


@pytest.mark.parametrize("role", ROLES)
def test_only_the_recipient_reads_or_marks_a_notification(people, role):
    """Whatever their role, nobody else lists it or marks it read (404)."""
    notification = notify(people["org_member"])
    client = client_for(people[role])
    listed = client.get(BASE).json()["count"]
    marked = client.post(f"{BASE}/{notification.pk}/read").status_code
    if role == "org_member":
        assert (listed, marked) == (1, 200)
    else:
        assert (listed, marked) == (0, 404)
        assert Notification.objects.get().read_at is None


def test_preferences_read_and_update(people):
    """Defaults show until changed; a PUT changes only the kinds it names."""
    client = client_for(people["member"])
    before = {row["kind"]: row["frequency"] for row in client.get(f"{BASE}/preferences").json()}
    assert before == {
        code: kind.default_frequency for code, kind in kinds_for(people["member"]).items()
    }
    assert before["badge_earned"] == "daily"
    assert "report_received" not in before
    response = client.put(
        f"{BASE}/preferences",
        {"frequencies": {"badge_earned": "weekly"}},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert selectors.notification_frequencies(user=people["member"])["badge_earned"] == "weekly"


@pytest.mark.parametrize(
    "frequencies", [{"no-such-kind": "daily"}, {"badge_earned": "hourly"}, {"badge_earned": 3}]
)
def test_an_unknown_kind_or_frequency_is_a_422_and_saves_nothing(people, frequencies):
    """A bad kind or frequency is refused whole, naming it."""
    response = client_for(people["member"]).put(
        f"{BASE}/preferences",
        {"frequencies": {"round_invitation": "never", **frequencies}},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"]
    assert selectors.notification_frequencies(user=people["member"])["round_invitation"] == (
        "immediately"
    )


def _queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(BASE + "?page_size=100").status_code == 200
    return len(queries)


def test_the_list_takes_as_many_queries_for_50_notifications_as_for_5(people):
    """The list's queries do not grow with the number of notifications."""
    client = client_for(people["member"])
    for _ in range(5):
        notify(people["member"])
    few = _queries(client)
    for _ in range(45):
        notify(people["member"])
    assert _queries(client) == few
