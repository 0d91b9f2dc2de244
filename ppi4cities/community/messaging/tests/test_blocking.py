"""Blocking: a blocked member cannot start a conversation with or write to the blocker."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ppi4cities.community.messaging import selectors, services
from ppi4cities.community.models import Notification

from .conftest import send, start

pytestmark = pytest.mark.django_db


def block(blocker, blocked):
    return services.block_create(blocker=blocker, blocked=blocked)


def test_a_blocked_member_cannot_start_a_conversation_with_the_blocker(people):
    block(people["member"], people["org_member"])
    with pytest.raises(PermissionDenied) as refused:
        start(people["org_member"], people["member"])
    assert "does not accept messages from you" in str(refused.value)


def test_a_blocked_member_cannot_write_in_a_conversation_of_two(people):
    conversation = start(people["member"], people["org_member"])
    block(people["member"], people["org_member"])
    with pytest.raises(PermissionDenied):
        send(conversation, people["org_member"])
    assert conversation.messages.count() == 1


def test_the_blocker_is_told_to_unblock_before_writing(people):
    conversation = start(people["member"], people["org_member"])
    block(people["member"], people["org_member"])
    with pytest.raises(PermissionDenied, match="Unblock"):
        send(conversation, people["member"])
    with pytest.raises(ValidationError, match="Unblock"):
        start(people["member"], people["org_member"], subject="New topic")


def test_in_a_group_the_blocker_does_not_hear_of_the_blocked_member(people):
    """Others get the message; the blocker's unread count and notifications stay quiet."""
    group = start(people["org_admin"], people["member"], people["org_member"], subject="Group")
    services.conversation_read(conversation=group, user=people["member"])
    block(people["member"], people["org_member"])
    send(group, people["org_member"], "Hello group")
    assert group.participants.get(user=people["member"]).unread == 0
    assert group.participants.get(user=people["org_admin"]).unread == 1
    assert not Notification.objects.filter(
        recipient=people["member"], actor=people["org_member"]
    ).exists()


def test_unblocking_lets_them_write_again(people):
    block(people["member"], people["org_member"])
    assert services.block_delete(blocker=people["member"], blocked=people["org_member"])
    assert start(people["org_member"], people["member"]).messages.count() == 1
    assert not services.block_delete(blocker=people["member"], blocked=people["org_member"])


def test_blocking_twice_keeps_one_block_and_oneself_cannot_be_blocked(people):
    block(people["member"], people["org_member"])
    block(people["member"], people["org_member"])
    assert list(selectors.blocked_by(people["member"]).values_list("blocked", flat=True)) == [
        people["org_member"].pk
    ]
    with pytest.raises(ValidationError):
        block(people["member"], people["member"])
