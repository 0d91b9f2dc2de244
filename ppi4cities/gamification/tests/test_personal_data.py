"""The privacy download holds the person's points, badge notices and leaderboard choice, and
nobody else's."""

import json

import pytest
from django.test import Client

from ppi4cities.gamification import services

from .helpers import resource

pytestmark = pytest.mark.django_db


def _download(user) -> dict:
    client = Client()
    client.force_login(user)
    response = client.get("/me/privacy/my-data.json")
    assert response.status_code == 200
    return json.loads(response.content)["gamification"]


def test_the_download_has_the_ledger_notices_and_opt_in(people, commit):
    """An approved resource's points and its badge notice are in the author's file."""
    with commit():
        resource(people)
    services.leaderboard_opt_in(actor=people["org_member"], user=people["org_member"])

    data = _download(people["org_member"])
    assert [(a["action"], a["points"]) for a in data["points"]] == [("resource_published", 10)]
    assert [(n["badge"], n["level"]) for n in data["badge_notices"]] == [
        ("library-contributor", "bronze")
    ]
    assert data["on_the_leaderboard_since"] is not None

    others = _download(people["moderator"])
    assert others == {
        "points": [],
        "badge_notices": [],
        "journey_confirmations": [],
        "on_the_leaderboard_since": None,
    }
