"""The privacy download holds the pilots a person shared, whatever their state."""

import json

import pytest

from .test_services import TEXTS, make_pilot

pytestmark = pytest.mark.django_db


def test_the_download_lists_the_persons_pilots_and_only_theirs(client, people):
    """Drafts and published pilots of the author are listed; another member's file is empty."""
    make_pilot(people, texts={"en": {**TEXTS["en"], "title": "Draft shuttle"}})
    make_pilot(people, publish=True)

    client.force_login(people["org_member"])
    data = json.loads(client.get("/me/privacy/my-data.json").content)["pilots"]
    assert sorted((p["title"], p["status"]) for p in data["pilots"]) == [
        ("Autonomous last-mile bus", "published"),
        ("Draft shuttle", "draft"),
    ]
    client.force_login(people["member"])
    assert json.loads(client.get("/me/privacy/my-data.json").content)["pilots"]["pilots"] == []
