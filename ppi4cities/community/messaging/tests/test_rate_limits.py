"""Posting limits on messages: pages answer 429 with the message and keep the text; the API
answers 429 JSON."""

import pytest

from conftest import client_for, make_person
from ppi4cities.community.messaging.models import Conversation

from .conftest import start

pytestmark = pytest.mark.django_db


@pytest.fixture
def limits_on(settings):
    settings.POSTING_RATE_LIMITS_ENABLED = True


def test_too_many_new_conversations_are_refused_on_the_page(people, limits_on):
    """A new account starts three conversations an hour."""
    client = client_for(people["member"])
    for n in range(3):
        person = make_person(f"r{n}@x.example", f"R {n}")
        client.post("/messages/new/", {"to": [person.pk], "text": "Hi", "action": "send"})
    assert Conversation.objects.count() == 3
    response = client.post(
        "/messages/new/",
        {"to": [people["org_admin"].pk], "text": "One too many", "action": "send"},
    )
    assert response.status_code == 429
    page = response.content.decode()
    assert "You have done this too often for now." in page
    assert "One too many" in page
    assert Conversation.objects.count() == 3


def test_too_many_messages_are_refused_by_the_api(people, limits_on):
    """A new account sends twenty messages an hour."""
    conversation = start(people["member"], people["org_member"])
    client = client_for(people["member"])
    path = f"/api/v1/messages/{conversation.pk}/messages"
    for _ in range(20):
        assert client.post(path, {"text": "Hi"}, content_type="application/json").status_code == 201
    response = client.post(path, {"text": "Hi"}, content_type="application/json")
    assert response.status_code == 429
    assert "too often" in response.json()["detail"]
    assert conversation.messages.count() == 21
