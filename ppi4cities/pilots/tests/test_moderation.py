"""Pilots through moderation, end to end through the pages, with the emails each step sends:
submit, queue, ask for changes, resubmit, approve or reject, and marking a good practice."""

import pytest
from django.core import mail

from ppi4cities.moderation.models import Status
from ppi4cities.pilots.models import Pilot

pytestmark = pytest.mark.django_db


def _form(people, **changes):
    data = {
        "organisation": str(people["organisation"].pk),
        "original_language": "en",
        "title": "Year-round cycling paths",
        "summary": "Winter maintenance of cycle paths bought as a service.",
        "challenge": "Snow closed the paths for months.",
        "country": "LT",
        "city": "Panevėžys",
        "nuts3": "LT025",
        "latitude": "55.7333",
        "longitude": "24.35",
        "state": "completed",
        "approach": "ppi",
        "procedure": "comp-dial",
        "innovation_types": ["proc-innov"],
        "themes": ["mobility", "environment"],
        "cpv_codes": "90620000-9",
        "tender_date": "2022-02-01",
        "award_date": "2022-05-01",
        "contract_value": "120000",
        "currency": "EUR",
        "suppliers": "Snow Robotics; FI; small\nCity Works",
        "action": "submit",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST through the test client, then run what the request committed (the emails)."""

    def send(url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return send


def _as(client, person):
    client.logout()
    client.force_login(person)


def _submitted(client, people, post):
    _as(client, people["org_member"])
    response = post("/pilots/new/", _form(people))
    assert response.status_code == 302
    return Pilot.objects.get()


def test_a_member_shares_a_pilot_and_the_moderators_hear_of_it(client, people, post):
    """Sending the form creates a waiting pilot with its suppliers, and emails the moderators."""
    pilot = _submitted(client, people, post)
    assert pilot.status == Status.PENDING
    assert [s.name for s in pilot.suppliers.all()] == ["Snow Robotics", "City Works"]
    assert list(pilot.buyers.all()) == [people["organisation"]]
    assert {t.code for t in pilot.themes.all()} == {"mobility", "environment"}
    assert any(people["moderator"].email in message.to for message in mail.outbox)
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert "Waiting for moderation" in page


def test_saving_a_draft_then_sending_it(client, people, post):
    """A draft waits for its author, who sends it to the moderators from its page."""
    _as(client, people["org_member"])
    post("/pilots/new/", _form(people, action="draft"))
    pilot = Pilot.objects.get()
    assert pilot.status == Status.DRAFT
    post(f"/pilots/{pilot.pk}/submit/")
    pilot.refresh_from_db()
    assert pilot.status == Status.PENDING


@pytest.mark.parametrize(
    ("changes", "field_message"),
    [
        ({"latitude": "95"}, "less than or equal to 90"),
        ({"nuts3": "EE008"}, "start with LT"),
        ({"award_date": "2021-01-01"}, "comes before"),
        ({"cpv_codes": "9062"}, "eight digits"),
        ({"suppliers": "Robots; Mars; small"}, "not a country code"),
        ({"title": ""}, "This field is required"),
    ],
)
def test_bad_input_on_the_form_is_shown_next_to_the_field(
    client, people, post, changes, field_message
):
    """The form comes back with a 400 and a clear message; nothing is saved."""
    _as(client, people["org_member"])
    response = post("/pilots/new/", _form(people, **changes))
    assert response.status_code == 400
    assert field_message in response.content.decode()
    assert not Pilot.objects.exists()


def test_a_member_cannot_share_for_an_organisation_they_do_not_belong_to(client, people, post):
    """Choosing someone else's organisation is refused."""
    _as(client, people["other_member"])
    response = post("/pilots/new/", _form(people))
    assert response.status_code == 400
    assert not Pilot.objects.exists()


def test_moderators_approve_and_the_author_hears_of_it(client, people, post):
    """Approving publishes the pilot for everyone and emails the author."""
    pilot = _submitted(client, people, post)
    _as(client, people["moderator"])
    mail.outbox.clear()
    assert "Year-round cycling paths" in client.get("/pilots/moderation/").content.decode()
    response = post(f"/pilots/moderation/{pilot.pk}/", {"decision": "approve"})
    assert response.status_code == 302
    pilot.refresh_from_db()
    assert pilot.status == Status.PUBLISHED
    assert [message.to for message in mail.outbox] == [[people["org_member"].email]]
    client.logout()
    assert client.get(f"/pilots/{pilot.pk}/").status_code == 200
    assert "Year-round cycling paths" in client.get("/pilots/").content.decode()


def test_asking_for_changes_needs_a_message_and_reaches_the_author(client, people, post):
    """Without a message the decision is refused; with one the author gets it and resubmits."""
    pilot = _submitted(client, people, post)
    _as(client, people["moderator"])
    refused = post(f"/pilots/moderation/{pilot.pk}/", {"decision": "changes"})
    assert refused.status_code == 400
    assert "Tell the author what to change" in refused.content.decode()
    mail.outbox.clear()
    post(f"/pilots/moderation/{pilot.pk}/", {"decision": "changes", "message": "Add results."})
    pilot.refresh_from_db()
    assert pilot.status == Status.CHANGES_REQUESTED
    assert [message.to for message in mail.outbox] == [[people["org_member"].email]]
    _as(client, people["org_member"])
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert "Add results." in page
    post(f"/pilots/{pilot.pk}/submit/")
    pilot.refresh_from_db()
    assert pilot.status == Status.PENDING


def test_rejecting_needs_a_reason_and_reaches_the_author(client, people, post):
    """A rejection with its reason is recorded in the history the author sees."""
    pilot = _submitted(client, people, post)
    _as(client, people["moderator"])
    assert post(f"/pilots/moderation/{pilot.pk}/", {"decision": "reject"}).status_code == 400
    mail.outbox.clear()
    post(f"/pilots/moderation/{pilot.pk}/", {"decision": "reject", "message": "Not a pilot."})
    pilot.refresh_from_db()
    assert pilot.status == Status.REJECTED
    assert [message.to for message in mail.outbox] == [[people["org_member"].email]]
    _as(client, people["org_member"])
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert "Rejected" in page and "Not a pilot." in page


def test_the_author_withdraws_a_waiting_pilot(client, people, post):
    """Withdrawing takes the pilot out of the queue, back into drafts."""
    pilot = _submitted(client, people, post)
    post(f"/pilots/{pilot.pk}/withdraw/")
    pilot.refresh_from_db()
    assert pilot.status == Status.DRAFT


def test_members_cannot_decide(client, people, post):
    """An author posting a decision is refused."""
    pilot = _submitted(client, people, post)
    response = post(f"/pilots/moderation/{pilot.pk}/", {"decision": "approve"})
    assert response.status_code == 403
    pilot.refresh_from_db()
    assert pilot.status == Status.PENDING


def test_moderators_mark_a_good_practice_from_the_pilot_page(client, people, post):
    """The form on the pilot page marks it; the page then shows why it worked."""
    pilot = _submitted(client, people, post)
    _as(client, people["moderator"])
    post(f"/pilots/moderation/{pilot.pk}/", {"decision": "approve"})
    assert "Mark as good practice" in client.get(f"/pilots/{pilot.pk}/").content.decode()
    refused = post(f"/pilots/{pilot.pk}/good-practice/", {"why_it_worked": "X"})
    assert refused.status_code == 400
    response = post(
        f"/pilots/{pilot.pk}/good-practice/",
        {"why_it_worked": "Paid per *clear* kilometre.", "how_to_replicate": "Pay for results."},
    )
    assert response.status_code == 302
    client.logout()
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert "Why it worked" in page and "<em>clear</em>" in page
    assert "Mark as good practice" not in page
    assert "Good practice" in client.get("/pilots/?good_practice=1").content.decode()


def test_members_cannot_mark_good_practices(client, people, post):
    """The author posting the good-practice form is refused."""
    pilot = _submitted(client, people, post)
    _as(client, people["moderator"])
    post(f"/pilots/moderation/{pilot.pk}/", {"decision": "approve"})
    _as(client, people["org_member"])
    response = post(
        f"/pilots/{pilot.pk}/good-practice/", {"why_it_worked": "A", "how_to_replicate": "B"}
    )
    assert response.status_code == 403
