"""Starting conversations, sending, reading and leaving through the services."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from conftest import make_person
from ppi4cities.community.messaging import selectors, services
from ppi4cities.community.messaging.models import Conversation, Message
from ppi4cities.moderation.services import content_hide, content_restore

from .conftest import send, start

pytestmark = pytest.mark.django_db


def test_starting_a_conversation_creates_it_with_the_first_message(people):
    """The starter and the others take part; the first message is unread for the others."""
    conversation = start(people["member"], people["org_member"], text="Hello from Riga")
    assert conversation.get_absolute_url() == f"/messages/{conversation.pk}/"
    assert set(conversation.people.all()) == {people["member"], people["org_member"]}
    assert conversation.messages.get().body == "Hello from Riga"
    assert selectors.unread_conversation_count(people["org_member"]) == 1
    assert selectors.unread_conversation_count(people["member"]) == 0


def test_a_one_to_one_message_without_subject_continues_the_existing_conversation(people):
    """Writing again to the same person, either way round, adds to the same conversation."""
    first = start(people["member"], people["org_member"])
    again = start(people["org_member"], people["member"], text="Answering from my side")
    assert again.pk == first.pk
    assert first.messages.count() == 2


def test_a_subject_or_a_topic_starts_a_conversation_of_its_own(people):
    """Conversations about something stay apart from the everyday one-to-one line."""
    plain = start(people["member"], people["org_member"])
    with_subject = start(people["member"], people["org_member"], subject="Street lighting")
    about = start(people["member"], people["org_member"], about=people["organisation"])
    assert len({plain.pk, with_subject.pk, about.pk}) == 3
    assert about.about == people["organisation"]


def test_a_group_holds_at_most_ten_people(people):
    """Nine others are accepted; ten others are refused with a message and nothing saved."""
    others = [make_person(f"p{n}@city.example", f"Person {n}") for n in range(10)]
    group = start(people["member"], *others[:9])
    assert group.participants.count() == 10
    with pytest.raises(ValidationError) as refused:
        start(people["member"], *others, subject="Too many")
    assert "at most 10 people" in str(refused.value.message_dict["others"])
    assert Conversation.objects.count() == 1


@pytest.mark.parametrize(
    "text, message",
    [("", "Write a message."), ("   \n ", "Write a message."), ("x" * 5001, "at most 5000")],
)
def test_an_empty_or_too_long_message_is_refused(people, text, message):
    with pytest.raises(ValidationError) as refused:
        start(people["member"], people["org_member"], text=text)
    assert message in " ".join(refused.value.message_dict["text"])
    assert not Message.objects.exists()


def test_writing_to_oneself_only_is_refused(people):
    with pytest.raises(ValidationError) as refused:
        start(people["member"], people["member"])
    assert "other than yourself" in " ".join(refused.value.message_dict["others"])


def test_an_inactive_person_cannot_be_written_to(people):
    gone = make_person("gone@city.example", "Gone Person", is_active=False)
    with pytest.raises(ValidationError):
        start(people["member"], gone)


@pytest.mark.parametrize("role", ["anonymous", "unverified"])
def test_only_members_with_a_confirmed_address_write(people, role):
    from django.contrib.auth.models import AnonymousUser

    writer = people[role] or AnonymousUser()
    with pytest.raises(PermissionDenied):
        start(writer, people["member"])


def test_someone_not_in_the_conversation_cannot_write_in_it(people):
    conversation = start(people["member"], people["org_member"])
    with pytest.raises(PermissionDenied):
        send(conversation, people["moderator"])


def test_reading_marks_the_conversation_read(people):
    conversation = start(people["member"], people["org_member"])
    send(conversation, people["member"], "A second message")
    place = conversation.participants.get(user=people["org_member"])
    assert place.unread == 2
    assert services.conversation_read(conversation=conversation, user=people["org_member"])
    place.refresh_from_db()
    assert (place.unread, place.last_read_at is not None) == (0, True)
    assert selectors.unread_conversation_count(people["org_member"]) == 0


def test_the_unread_count_counts_conversations_not_messages(people):
    for sender in (people["org_admin"], people["other_member"]):
        conversation = start(sender, people["member"])
        send(conversation, sender)
    assert selectors.unread_conversation_count(people["member"]) == 2


def test_a_member_leaves_a_group_and_no_longer_reads_it(people):
    group = start(people["member"], people["org_member"], people["org_admin"], subject="Group")
    services.conversation_leave(conversation=group, user=people["org_member"])
    assert selectors.conversation_for(people["org_member"], group.pk) is None
    assert selectors.unread_conversation_count(people["org_member"]) == 0
    send(group, people["member"], "Still here")
    assert group.participants.get(user=people["org_member"]).unread == 0


def test_a_conversation_of_two_cannot_be_left(people):
    conversation = start(people["member"], people["org_member"])
    with pytest.raises(ValidationError):
        services.conversation_leave(conversation=conversation, user=people["member"])


def test_links_of_a_new_account_are_not_clickable(people):
    """Spam defence: the first messages of a day-old account carry links as plain text."""
    conversation = start(people["member"], people["org_member"], text="See https://spam.example")
    message = conversation.messages.get()
    assert message.links_clickable is False
    html = selectors.message_view(message, people["org_member"], {"blocked_ids": set()})["html"]
    assert "<a " not in html


def test_the_moderation_queue_reads_one_reported_message(people):
    conversation = start(people["member"], people["org_member"], text="Buy cheap watches")
    message = conversation.messages.get()
    found = selectors.message_for_moderation(message.pk)
    assert (found.body, found.sender) == ("Buy cheap watches", people["member"])
    assert selectors.message_for_moderation(message.pk + 1000) is None


def test_a_one_to_one_line_is_only_reused_by_the_two_people_in_it(people):
    """Should a line's key ever point at other people, a new conversation starts instead."""
    first = start(people["member"], people["org_member"])
    first.participants.filter(user=people["org_member"]).delete()
    first.participants.create(user=people["org_admin"])
    second = start(people["member"], people["org_member"])
    assert second.pk != first.pk
    assert set(second.people.all()) == {people["member"], people["org_member"]}


def test_a_hidden_message_no_longer_waits_to_be_read(people):
    """Hiding takes an unread message out of the count; restoring puts it back."""
    conversation = start(people["member"], people["org_member"])
    message = send(conversation, people["member"], "Spam")
    content_hide(subject=message, actor=people["moderator"], reason="Spam")
    assert conversation.participants.get(user=people["org_member"]).unread == 1
    message.refresh_from_db()
    content_restore(subject=message, actor=people["moderator"], reason="Not spam")
    assert conversation.participants.get(user=people["org_member"]).unread == 2
