"""The pages of messages: who reads what, the forms, hidden messages and query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import client_for, make_person
from ppi4cities.community.messaging.models import Conversation, Message
from ppi4cities.moderation.services import content_hide

from .conftest import send, start

pytestmark = pytest.mark.django_db

OUTSIDERS = ["other_member", "org_admin", "moderator", "staff"]


@pytest.fixture
def conversation(people):
    """member and org_member talk; everyone else is outside."""
    return start(people["member"], people["org_member"], text="Our **lighting** tender")


@pytest.mark.parametrize("role", ["member", "org_member"])
def test_participants_read_the_conversation(people, conversation, role):
    page = client_for(people[role]).get(conversation.get_absolute_url())
    assert page.status_code == 200
    assert "Our <strong>lighting</strong> tender" in page.content.decode()


@pytest.mark.parametrize("role", OUTSIDERS)
def test_nobody_else_reads_it_not_even_moderators_or_staff(people, conversation, role):
    client = client_for(people[role])
    assert client.get(conversation.get_absolute_url()).status_code == 404
    reply = client.post(conversation.get_absolute_url(), {"text": "Let me in"})
    assert reply.status_code == 404
    assert client.post(f"/messages/{conversation.pk}/leave/").status_code == 404
    assert conversation.messages.count() == 1


def test_anonymous_visitors_are_asked_to_sign_in(conversation):
    for path in ("/messages/", "/messages/new/", conversation.get_absolute_url()):
        response = client_for(None).get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_opening_the_conversation_marks_it_read_and_the_header_shows_the_count(
    people, conversation
):
    client = client_for(people["org_member"])
    listing = client.get("/messages/").content.decode()
    assert "Messages, 1 unread conversation" in listing
    assert "1 unread" in listing
    client.get(conversation.get_absolute_url())
    assert "Messages, 0 unread conversations" in client.get("/messages/").content.decode()


def test_the_list_shows_the_others_and_the_last_message(people, conversation):
    send(conversation, people["org_member"], "Happy to share our experience")
    page = client_for(people["member"]).get("/messages/").content.decode()
    assert "Petras Member" in page
    assert "Happy to share our experience" in page


def test_a_reply_is_sent_and_shown(people, conversation):
    client = client_for(people["org_member"])
    response = client.post(conversation.get_absolute_url(), {"text": "Sounds good"})
    message = conversation.messages.latest("pk")
    assert response.status_code == 302
    assert response["Location"].endswith(f"#message-{message.pk}")
    assert "Sounds good" in client.get(conversation.get_absolute_url()).content.decode()


@pytest.mark.parametrize("text, error", [("", "Write a message."), ("x" * 5001, "5000")])
def test_a_bad_reply_is_shown_next_to_the_field(people, conversation, text, error):
    response = client_for(people["org_member"]).post(
        conversation.get_absolute_url(), {"text": text}
    )
    assert response.status_code == 400
    assert error in response.content.decode()
    assert conversation.messages.count() == 1


def test_the_new_message_form_starts_a_conversation(people):
    client = client_for(people["member"])
    form = client.get(f"/messages/new/?to={people['org_admin'].pk}").content.decode()
    assert f'value="{people["org_admin"].pk}" id="to-{people["org_admin"].pk}" checked' in form
    response = client.post(
        "/messages/new/",
        {"to": [people["org_admin"].pk], "subject": "Pilot", "text": "Hello", "action": "send"},
    )
    conversation = Conversation.objects.get()
    assert response["Location"] == conversation.get_absolute_url()
    assert conversation.subject == "Pilot"


def test_finding_members_keeps_what_was_typed(people):
    client = client_for(people["member"])
    page = client.post(
        "/messages/new/", {"q": "kari", "text": "My draft", "action": "find"}
    ).content.decode()
    assert "Kari Other" in page
    assert "My draft" in page
    assert not Conversation.objects.exists()


@pytest.mark.parametrize(
    "data, error",
    [
        ({"text": "Hi"}, "Choose at least one member other than yourself."),
        ({"to": ["99999"], "text": "Hi"}, "There is no member you can message by that name."),
        ({"to": ["me"], "text": "Hi"}, "There is no member you can message by that name."),
        ({"to": ["PERSON"], "text": ""}, "Write a message."),
        ({"to": ["PERSON"], "text": "x" * 5001}, "5000"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_kept(people, data, error):
    data = {
        key: [str(people["org_admin"].pk) if v == "PERSON" else v for v in value]
        if isinstance(value, list)
        else value
        for key, value in data.items()
    }
    if data.get("to") == ["me"]:
        data["to"] = [str(people["member"].pk)]
    response = client_for(people["member"]).post("/messages/new/", {**data, "action": "send"})
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Conversation.objects.exists()


def test_eleven_people_are_refused(people):
    others = [make_person(f"p{n}@city.example", f"Person {n}") for n in range(10)]
    response = client_for(people["member"]).post(
        "/messages/new/", {"to": [p.pk for p in others], "text": "Hi all", "action": "send"}
    )
    assert response.status_code == 400
    assert "at most 10 people" in response.content.decode()


def test_an_unverified_account_cannot_write(people):
    assert client_for(people["unverified"]).get("/messages/new/").status_code == 403


def test_a_blocked_member_gets_a_clear_refusal_and_keeps_the_text(people, conversation):
    client_for(people["member"]).post(f"/messages/block/{people['org_member'].pk}/")
    page = client_for(people["org_member"]).get(conversation.get_absolute_url())
    assert "does not accept messages from you" in page.content.decode()
    response = client_for(people["org_member"]).post(
        conversation.get_absolute_url(), {"text": "Are you there?"}
    )
    assert response.status_code == 403
    assert "does not accept messages from you" in response.content.decode()
    assert "Are you there?" in response.content.decode()


def test_blocked_members_are_listed_and_unblocked(people):
    client = client_for(people["member"])
    client.post(f"/messages/block/{people['org_member'].pk}/")
    assert "Petras Member" in client.get("/messages/blocked/").content.decode()
    client.post(f"/messages/unblock/{people['org_member'].pk}/")
    assert "You have not blocked anyone." in client.get("/messages/blocked/").content.decode()


def test_blocking_needs_a_post(people):
    client = client_for(people["member"])
    assert client.get(f"/messages/block/{people['org_member'].pk}/").status_code == 405
    assert client.post("/messages/block/99999/").status_code == 404


def test_leaving_a_group_removes_it_from_the_list(people):
    group = start(people["member"], people["org_member"], people["org_admin"], subject="Trio")
    client = client_for(people["org_member"])
    assert client.post(f"/messages/{group.pk}/leave/").status_code == 302
    assert "Trio" not in client.get("/messages/").content.decode()
    assert client.get(group.get_absolute_url()).status_code == 404


def test_a_hidden_message_shows_a_notice_and_its_author_still_reads_it(people, conversation):
    message = conversation.messages.get()
    content_hide(subject=message, actor=people["moderator"], reason="Spam")
    other = client_for(people["org_member"]).get(conversation.get_absolute_url()).content.decode()
    assert "This message was hidden by the moderators." in other
    assert "lighting" not in other
    listing = client_for(people["org_member"]).get("/messages/").content.decode()
    assert "lighting" not in listing
    author = client_for(people["member"]).get(conversation.get_absolute_url()).content.decode()
    assert "This message was hidden by the moderators." in author
    assert "<strong>lighting</strong>" in author


def test_each_message_of_someone_else_has_a_report_link(people, conversation):
    page = client_for(people["org_member"]).get(conversation.get_absolute_url()).content.decode()
    message = conversation.messages.get()
    assert f"/report/message/{message.pk}/" in page
    mine = client_for(people["member"]).get(conversation.get_absolute_url()).content.decode()
    assert f"/report/message/{message.pk}/" not in mine


def test_the_topic_is_linked_for_those_who_may_see_it(people):
    about = start(people["member"], people["org_member"], about=people["organisation"])
    page = client_for(people["org_member"]).get(about.get_absolute_url()).content.decode()
    assert people["organisation"].get_absolute_url() in page


def _queries(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_list_costs_as_many_queries_for_many_conversations_as_for_few(people):
    member = people["member"]
    client = client_for(member)

    def grow(number):
        for n in range(number):
            other = make_person(f"q{n}-{Conversation.objects.count()}@x.example", f"P {n}")
            send(start(other, member, people["org_admin"], subject=f"S{n}"), member)

    grow(2)
    few = _queries(client, "/messages/")
    grow(12)
    assert _queries(client, "/messages/") == few


def test_a_conversation_costs_as_many_queries_for_many_messages_as_for_few(people, conversation):
    """Measured with something unread both times: opening it also marks it read."""
    client = client_for(people["member"])
    send(conversation, people["org_member"], "One reply")
    few = _queries(client, conversation.get_absolute_url())
    for n in range(40):
        send(conversation, people["org_member"] if n % 2 else people["member"], f"Message {n}")
    assert _queries(client, conversation.get_absolute_url()) == few


def test_the_blocked_list_costs_a_fixed_number_of_queries(people):
    client = client_for(people["member"])
    client.post(f"/messages/block/{people['org_member'].pk}/")
    few = _queries(client, "/messages/blocked/")
    for n in range(8):
        client.post(f"/messages/block/{make_person(f'b{n}@x.example', f'B {n}').pk}/")
    assert _queries(client, "/messages/blocked/") == few


def test_the_latest_messages_come_first_into_view(people, conversation):
    for n in range(35):
        send(conversation, people["member"], f"Numbered message {n}")
    page = client_for(people["member"]).get(conversation.get_absolute_url()).content.decode()
    assert "Numbered message 34" in page
    assert "Earlier messages" in page
    assert Message.objects.count() == 36


def test_the_topic_is_not_linked_for_those_who_may_not_see_it(people, conversation):
    """A topic the reader may not see (here: a message of a conversation they are not in)."""
    elsewhere = conversation.messages.get()
    about = start(people["org_admin"], people["other_member"], about=elsewhere)
    page = client_for(people["other_member"]).get(about.get_absolute_url()).content.decode()
    assert elsewhere.get_absolute_url() not in page
    page = client_for(people["org_admin"]).get(about.get_absolute_url()).content.decode()
    assert elsewhere.get_absolute_url() not in page


def test_the_new_message_page_costs_a_fixed_number_of_queries(people):
    client = client_for(people["member"])
    path = f"/messages/new/?q=member&to={people['org_admin'].pk}"
    few = _queries(client, path)
    for n in range(15):
        make_person(f"member{n}@x.example", f"Another Member {n}")
    assert _queries(client, path) == few
