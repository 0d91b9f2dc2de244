"""The privacy download holds the person's notifications and email choices, nobody else's."""

import json

from conftest import client_for
from ppi4cities.community import services

from .conftest import notify


def test_the_download_has_ones_notifications_and_email_choices(people):
    """Each notification with its line and dates; the frequencies per kind."""
    notify(people["member"])
    notify(people["other_member"], badge="helpful", level="gold")
    services.notification_preferences_set(
        user=people["member"], frequencies={"round_invitation": "weekly"}
    )
    response = client_for(people["member"]).get("/me/privacy/my-data.json")
    data = json.loads(response.content)["notifications"]
    [notification] = data["notifications"]
    assert notification["text"] == "You earned the badge “Self-assessed”, level Bronze."
    assert notification["read"] is None
    assert data["email_frequencies"]["round_invitation"] == "weekly"
