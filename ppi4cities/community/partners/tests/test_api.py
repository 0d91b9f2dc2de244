"""The partner search API: the same rules as the pages, errors as JSON."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conftest import client_for
from ppi4cities.accounts.services import api_token_create
from ppi4cities.community.messaging.models import Conversation
from ppi4cities.community.partners.models import Interest, PartnerCall
from ppi4cities.core.ratelimit import Limit

from .conftest import expire, in_days, make_call

pytestmark = pytest.mark.django_db
BASE = "/api/v1/partners"


def edit_payload(**changes):
    data = {
        "title": "CityLab on school meals",
        "purpose": "citylab",
        "description": "A CityLab with three cities.",
        "deadline": in_days(10).isoformat(),
        "partner_kinds": ["municipality"],
        "countries": ["SE"],
        "themes": ["social"],
        "expertise": ["co-creation"],
    }
    data.update(changes)
    return data


def payload(owner, **changes):
    return {"organisation": owner.slug, **edit_payload(**changes)}


def post(client, path, data):
    return client.post(f"{BASE}{path}", data, content_type="application/json")


def test_anyone_lists_open_calls_with_filters(people, call):
    client = client_for(None)
    listed = client.get(f"{BASE}/calls").json()
    assert listed["count"] == 1
    assert listed["results"][0]["title"] == call.title
    assert listed["results"][0]["is_open"] is True
    assert client.get(f"{BASE}/calls", {"purpose": "citylab"}).json()["count"] == 0
    assert client.get(f"{BASE}/calls", {"country": "FI"}).json()["count"] == 1
    assert client.get(f"{BASE}/calls", {"q": "lighting"}).json()["count"] == 1


def test_expired_calls_are_listed_as_closed_with_their_date(people, call):
    expire(call)
    client = client_for(None)
    assert client.get(f"{BASE}/calls").json()["count"] == 0
    closed = client.get(f"{BASE}/calls", {"status": "closed"}).json()["results"][0]
    assert closed["status"] == "closed"
    assert closed["closed_on"] == call.deadline.isoformat()


def test_the_detail_shows_interests_only_to_the_caller(people, call):
    post(client_for(people["member"]), f"/calls/{call.pk}/interest", {"message": "Hello."})
    assert client_for(None).get(f"{BASE}/calls/{call.pk}").json()["interests"] is None
    mine = client_for(people["org_member"]).get(f"{BASE}/calls/{call.pk}").json()
    assert [item["message"] for item in mine["interests"]] == ["Hello."]


def test_a_member_posts_a_call_with_a_token(people):
    _token, key = api_token_create(user=people["org_member"], name="script")
    response = post(client_for(None), "/calls", payload(people["organisation"]))
    assert response.status_code == 401
    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    response = post(client, "/calls", payload(people["organisation"]))
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["themes"] == ["social"]
    assert body["countries"] == ["SE"]
    assert body["expertise"] == ["co-creation"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"deadline": in_days(-1).isoformat()}, "deadline"),
        ({"title": ""}, "title"),
        ({"countries": ["XX"]}, "countries"),
        ({"purpose": "party"}, "purpose"),
        ({"themes": ["nope"]}, "themes"),
        ({"organisation": "no-such-organisation"}, "organisation"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_input_is_refused_with_the_field(people, changes, field):
    response = post(
        client_for(people["org_member"]), "/calls", payload(people["organisation"], **changes)
    )
    assert response.status_code == 422
    assert field in {error["field"] for error in response.json()["errors"]}
    assert not PartnerCall.objects.exists()


def test_posting_for_someone_elses_organisation_is_forbidden(people):
    response = post(client_for(people["member"]), "/calls", payload(people["organisation"]))
    assert response.status_code == 403
    assert "organisation you belong to" in response.json()["detail"]


def test_interest_returns_the_conversation_address(people, call):
    response = post(
        client_for(people["other_member"]),
        f"/calls/{call.pk}/interest",
        {"message": "Tartu is in.", "organisation": people["other_organisation"].slug},
    )
    assert response.status_code == 201
    conversation = Conversation.objects.get()
    assert response.json()["conversation_url"].endswith(conversation.get_absolute_url())


def test_interest_errors(people, call):
    member = client_for(people["member"])
    assert post(member, f"/calls/{call.pk}/interest", {"message": ""}).status_code == 422
    assert post(client_for(None), f"/calls/{call.pk}/interest", {"message": "x"}).status_code == 401
    own = post(client_for(people["org_admin"]), f"/calls/{call.pk}/interest", {"message": "x"})
    assert own.status_code == 403
    assert post(member, f"/calls/{call.pk}/interest", {"message": "Hi."}).status_code == 201
    again = post(member, f"/calls/{call.pk}/interest", {"message": "Hi again."})
    assert again.status_code == 422
    assert "already" in again.json()["errors"][0]["message"]
    expire(call)
    late = post(client_for(people["other_member"]), f"/calls/{call.pk}/interest", {"message": "x"})
    assert late.status_code == 422
    assert post(member, "/calls/999999/interest", {"message": "x"}).status_code == 404
    assert Interest.objects.count() == 1


def test_rate_limits_answer_429(settings, people, call):
    settings.POSTING_RATE_LIMITS = {"interest": Limit(0, 0)}
    settings.POSTING_RATE_LIMITS_ENABLED = True
    response = post(client_for(people["member"]), f"/calls/{call.pk}/interest", {"message": "x"})
    assert response.status_code == 429
    assert "too often" in response.json()["detail"]


def test_closing_through_the_api(people, call):
    assert (
        post(client_for(people["other_member"]), f"/calls/{call.pk}/close", {}).status_code == 403
    )
    response = post(client_for(people["org_admin"]), f"/calls/{call.pk}/close", {"withdraw": True})
    assert response.status_code == 200
    assert response.json()["status"] == "withdrawn"
    assert response.json()["is_open"] is False


def put(client, path, data):
    return client.put(f"{BASE}{path}", data, content_type="application/json")


def test_the_author_edits_a_call_and_every_field_is_replaced(people, call):
    """An edit through the API changes what the call page and the search show."""
    changes = {"title": "Partners for a CityLab on school meals", "countries": ["SE", "DK"]}
    response = put(client_for(people["org_member"]), f"/calls/{call.pk}", edit_payload(**changes))
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["title"] == "Partners for a CityLab on school meals"
    assert body["countries"] == ["DK", "SE"]
    assert body["themes"] == ["social"]
    assert body["expertise"] == ["co-creation"]
    call.refresh_from_db()
    assert call.purpose == "citylab"
    searched = client_for(None).get(f"{BASE}/calls", {"q": "school meals"}).json()
    assert [item["id"] for item in searched["results"]] == [call.pk]
    assert client_for(None).get(f"{BASE}/calls", {"q": "lighting"}).json()["count"] == 0


def test_an_expired_call_keeps_its_deadline_on_edit_but_cannot_move_it_into_the_past(people, call):
    expire(call, days_ago=3)
    client = client_for(people["org_admin"])
    kept = edit_payload(deadline=call.deadline.isoformat())
    assert put(client, f"/calls/{call.pk}", kept).status_code == 200
    moved = edit_payload(deadline=in_days(-1).isoformat())
    response = put(client, f"/calls/{call.pk}", moved)
    assert response.status_code == 422
    assert "deadline" in {error["field"] for error in response.json()["errors"]}
    call.refresh_from_db()
    assert call.deadline == timezone.localdate() - datetime.timedelta(days=3)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"countries": ["XX"]}, "countries"),
        ({"purpose": "party"}, "purpose"),
        ({"organisation": "elsewhere"}, "organisation"),
    ],
)
def test_a_bad_edit_is_refused_with_the_field_and_changes_nothing(people, call, changes, field):
    response = put(client_for(people["org_member"]), f"/calls/{call.pk}", edit_payload(**changes))
    assert response.status_code == 422
    assert field in {error["field"] for error in response.json()["errors"]}
    call.refresh_from_db()
    assert call.title == "Partners for an Interreg application on smart street lighting"
    assert call.countries == ["EE", "FI"]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 401),
        ("unverified", 403),
        ("member", 403),
        ("org_member", 200),
        ("other_member", 403),
        ("org_admin", 200),
        ("moderator", 200),
        ("staff", 200),
    ],
)
def test_who_may_edit_a_call(people, call, role, status):
    response = put(client_for(people[role]), f"/calls/{call.pk}", edit_payload())
    assert response.status_code == status
    call.refresh_from_db()
    assert (call.title == "CityLab on school meals") is (status == 200)


def test_a_hidden_call_is_not_found_in_the_api_but_by_its_author(people, call):
    call.hidden_at = timezone.now()
    call.save(update_fields=["hidden_at"])
    assert client_for(None).get(f"{BASE}/calls/{call.pk}").status_code == 404
    assert client_for(people["member"]).get(f"{BASE}/calls").json()["count"] == 0
    assert client_for(people["member"]).get(f"{BASE}/calls", {"q": "lighting"}).json()["count"] == 0
    assert client_for(people["org_member"]).get(f"{BASE}/calls/{call.pk}").status_code == 200
    assert client_for(people["moderator"]).get(f"{BASE}/calls").json()["count"] == 1


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 401),
        ("unverified", 403),
        ("member", 403),
        ("org_member", 201),
        ("other_member", 403),
        ("org_admin", 201),
        ("moderator", 403),
        ("staff", 403),
    ],
)
def test_who_may_post_a_call_for_the_organisation(people, role, status):
    response = post(client_for(people[role]), "/calls", payload(people["organisation"]))
    assert response.status_code == status


def test_the_list_makes_the_same_number_of_queries_at_two_sizes(people):
    counts = []
    for size in (2, 6):
        while PartnerCall.objects.count() < size:
            make_call(people["org_admin"], people["organisation"])
        with CaptureQueriesContext(connection) as queries:
            assert client_for(None).get(f"{BASE}/calls").json()["count"] == size
        counts.append(len(queries))
    assert counts[0] == counts[1]
