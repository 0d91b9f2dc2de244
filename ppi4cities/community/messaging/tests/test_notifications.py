"""The message_received notification: immediate, one per unread conversation, never to the
sender nor to someone who blocked them."""

import pytest

from ppi4cities.community import selectors as notification_selectors
from ppi4cities.community.messaging import services
from ppi4cities.community.models import Notification

from .conftest import send, start

pytestmark = pytest.mark.django_db


def _received(user):
    return Notification.objects.filter(recipient=user, kind="message_received")


def test_the_recipient_is_notified_and_the_sender_is_not(people):
    conversation = start(people["member"], people["org_member"], subject="Lighting")
    notification = _received(people["org_member"]).get()
    assert notification.url == conversation.get_absolute_url()
    assert notification_selectors.notification_line(notification) == (
        "Maija Member wrote to you in “Lighting”."
    )
    assert not _received(people["member"]).exists()


def test_further_messages_add_no_notification_until_the_conversation_is_read(people):
    conversation = start(people["member"], people["org_member"])
    send(conversation, people["member"], "Second")
    send(conversation, people["member"], "Third")
    assert _received(people["org_member"]).count() == 1
    services.conversation_read(conversation=conversation, user=people["org_member"])
    assert not _received(people["org_member"]).filter(read_at__isnull=True).exists()
    send(conversation, people["member"], "Fourth")
    assert _received(people["org_member"]).filter(read_at__isnull=True).count() == 1


def test_opening_the_conversation_reads_its_notification(people):
    """The notification centre's unread count falls as the conversation is read."""
    conversation = start(people["member"], people["org_member"])
    people["org_member"].refresh_from_db()
    assert people["org_member"].unread_notifications == 1
    services.conversation_read(conversation=conversation, user=people["org_member"])
    people["org_member"].refresh_from_db()
    assert people["org_member"].unread_notifications == 0


def test_the_kind_is_emailed_immediately_by_default(people):
    from ppi4cities.community.kinds import KINDS

    assert KINDS["message_received"].default_frequency == "immediately"
