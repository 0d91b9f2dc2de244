"""A reported private message in the queue: moderators read the message itself there, and the
queue never links into the conversation, which only its participants open."""

import pytest
from django.test import Client

from ppi4cities.community.messaging.services import conversation_start
from ppi4cities.moderation import services
from ppi4cities.moderation.reporting import REPORTABLES

pytestmark = pytest.mark.django_db


def test_the_queue_shows_a_reported_message_without_a_link_to_its_conversation(people):
    conversation = conversation_start(
        starter=people["member"],
        others=[people["other_member"]],
        text="Buy cheap followers at spam dot example",
    )
    message = conversation.messages.get()
    services.report_create(
        reporter=people["other_member"],
        reportable=REPORTABLES["message"],
        item=message,
        reason="spam",
    )
    client = Client()
    client.force_login(people["moderator"])
    page = client.get("/moderation/reports/").content.decode()
    assert "Buy cheap followers at spam dot example" in page
    assert conversation.get_absolute_url() not in page
    assert client.get(conversation.get_absolute_url()).status_code == 404
