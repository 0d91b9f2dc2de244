"""The messages API: the same rules as the pages, answered in JSON."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import client_for, make_person
from ppi4cities.community.messaging.models import Block, Conversation
from ppi4cities.moderation.services import content_hide

from .conftest import send, start

pytestmark = pytest.mark.django_db

API = "/api/v1/messages"
OUTSIDERS = ["other_member", "org_admin", "moderator", "staff"]


@pytest.fixture
def conversation(people):
    return start(people["member"], people["org_member"], text="Shared *specification* draft")


def test_anonymous_callers_are_asked_to_sign_in(conversation):
    client = client_for(None)
    for path in (API, f"{API}/unread-count", f"{API}/{conversation.pk}", f"{API}/blocked"):
        response = client.get(path)
        assert response.status_code == 401
        assert response.json()["detail"]


@pytest.mark.parametrize("role", ["member", "org_member"])
def test_participants_read_the_conversation(people, conversation, role):
    answer = client_for(people[role]).get(f"{API}/{conversation.pk}").json()
    assert [m["text"] for m in answer["messages"]] == ["Shared *specification* draft"]
    assert "<em>specification</em>" in answer["messages"][0]["html"]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_nobody_else_reads_or_writes_it(people, conversation, role):
    client = client_for(people[role])
    assert client.get(f"{API}/{conversation.pk}").status_code == 404
    sent = client.post(
        f"{API}/{conversation.pk}/messages", {"text": "Hi"}, content_type="application/json"
    )
    assert sent.status_code == 404
    assert client.post(f"{API}/{conversation.pk}/read").status_code == 404
    assert client.get(API).json()["count"] == 0


def test_the_list_gives_unread_counts_and_the_others(people, conversation):
    answer = client_for(people["org_member"]).get(API).json()
    assert answer["unread_conversations"] == 1
    [row] = answer["results"]
    assert (row["unread"], row["people"]) == (
        1,
        [{"id": people["member"].pk, "name": "Maija Member"}],
    )
    assert row["last_message"] == "Shared *specification* draft"


def test_starting_sending_and_reading(people):
    client = client_for(people["member"])
    started = client.post(
        API,
        {"to": [people["org_admin"].pk], "subject": "Tender", "text": "Hello"},
        content_type="application/json",
    )
    assert started.status_code == 201
    conversation_id = started.json()["id"]
    admin = client_for(people["org_admin"])
    assert admin.get(f"{API}/unread-count").json() == {"unread_conversations": 1}
    reply = admin.post(
        f"{API}/{conversation_id}/messages", {"text": "Hi back"}, content_type="application/json"
    )
    assert reply.status_code == 201
    assert reply.json()["mine"] is True
    assert admin.get(f"{API}/unread-count").json() == {"unread_conversations": 0}
    assert client.post(f"{API}/{conversation_id}/read").json() == {"unread_conversations": 0}


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"to": [], "text": "Hi"}, "to"),
        ({"to": [99999], "text": "Hi"}, "to"),
        ({"to": ["SELF"], "text": "Hi"}, "others"),
        ({"to": ["OTHER"], "text": ""}, "text"),
        ({"to": ["OTHER"], "text": "x" * 5001}, "text"),
        ({"to": ["OTHER"], "text": "Hi", "subject": "s" * 201}, "subject"),
    ],
)
def test_bad_input_answers_422_naming_the_field(people, payload, field):
    ids = {"SELF": people["member"].pk, "OTHER": people["org_admin"].pk}
    payload = {**payload, "to": [ids.get(value, value) for value in payload["to"]]}
    response = client_for(people["member"]).post(API, payload, content_type="application/json")
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json()["errors"]]
    assert not Conversation.objects.exists()


def test_eleven_people_answer_422(people):
    others = [make_person(f"p{n}@city.example", f"Person {n}").pk for n in range(10)]
    response = client_for(people["member"]).post(
        API, {"to": others, "text": "Hi"}, content_type="application/json"
    )
    assert response.status_code == 422
    assert "at most 10 people" in response.json()["errors"][0]["message"]


def test_blocking_and_unblocking(people, conversation):
    client = client_for(people["member"])
    blocked = client.post(
        f"{API}/blocked", {"user_id": people["org_member"].pk}, content_type="application/json"
    )
    assert blocked.status_code == 201
    assert client.get(f"{API}/blocked").json()[0]["user"]["name"] == "Petras Member"
    refused = client_for(people["org_member"]).post(
        f"{API}/{conversation.pk}/messages", {"text": "Hi"}, content_type="application/json"
    )
    assert refused.status_code == 403
    assert "does not accept messages from you" in refused.json()["detail"]
    assert client.delete(f"{API}/blocked/{people['org_member'].pk}").status_code == 204
    assert not Block.objects.exists()
    assert client.delete(f"{API}/blocked/{people['org_member'].pk}").status_code == 404
    assert (
        client.post(
            f"{API}/blocked", {"user_id": 99999}, content_type="application/json"
        ).status_code
        == 404
    )


def test_leaving(people):
    group = start(people["member"], people["org_member"], people["org_admin"], subject="Three")
    pair = start(people["member"], people["other_member"])
    client = client_for(people["org_member"])
    assert client.post(f"{API}/{group.pk}/leave").status_code == 204
    assert client.get(f"{API}/{group.pk}").status_code == 404
    refused = client_for(people["member"]).post(f"{API}/{pair.pk}/leave")
    assert refused.status_code == 422


def test_a_hidden_message_is_empty_for_others_and_kept_for_its_author(people, conversation):
    content_hide(subject=conversation.messages.get(), actor=people["moderator"], reason="Spam")
    [other] = client_for(people["org_member"]).get(f"{API}/{conversation.pk}").json()["messages"]
    assert (other["hidden"], other["text"], other["html"]) == (True, "", "")
    [own] = client_for(people["member"]).get(f"{API}/{conversation.pk}").json()["messages"]
    assert (own["hidden"], own["text"]) == (True, "Shared *specification* draft")


def test_the_list_costs_a_fixed_number_of_queries(people):
    client = client_for(people["member"])

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(API).status_code == 200
        return len(context)

    send(start(people["org_admin"], people["member"]), people["member"])
    few = queries()
    for n in range(10):
        start(make_person(f"a{n}@x.example", f"A {n}"), people["member"], subject=f"S {n}")
    assert queries() == few


def test_a_detail_costs_a_fixed_number_of_queries(people, conversation):
    client = client_for(people["member"])

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(f"{API}/{conversation.pk}").status_code == 200
        return len(context)

    few = queries()
    for n in range(40):
        send(conversation, people["org_member"], f"Reply {n}")
    assert queries() == few
