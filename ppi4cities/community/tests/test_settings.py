"""The email settings page: one radio group per kind, saved as the person's preferences."""

import re

from ppi4cities.community import selectors
from ppi4cities.community.models import NotificationPreference

from .conftest import client_for


def test_the_page_shows_each_kind_with_its_default_checked(people):
    """No preference saved yet: each kind's default is the choice shown."""
    page = client_for(people["member"]).get("/notifications/settings/").content.decode()
    assert "<legend>Badges earned" in page
    checked = re.findall(r'<input type="radio" name="(\w+)" value="(\w+)"[^>]* checked', page)
    assert sorted(checked) == [
        ("badge_earned", "daily"),
        ("moderation_decision", "immediately"),
        ("round_invitation", "immediately"),
    ]


def test_saving_changes_the_frequencies(people):
    """Saved for the person only; others keep their defaults."""
    client = client_for(people["member"])
    response = client.post(
        "/notifications/settings/",
        {"badge_earned": "never", "round_invitation": "weekly", "moderation_decision": "daily"},
    )
    assert response.status_code == 302
    assert selectors.notification_frequencies(user=people["member"]) == {
        "badge_earned": "never",
        "round_invitation": "weekly",
        "moderation_decision": "daily",
    }
    assert NotificationPreference.objects.filter(user=people["other_member"]).count() == 0


def test_an_unknown_frequency_is_refused_next_to_the_field(people):
    """Nothing is half-saved: a valid choice beside a bad one is not stored either."""
    response = client_for(people["member"]).post(
        "/notifications/settings/",
        {"badge_earned": "hourly", "round_invitation": "weekly", "moderation_decision": "daily"},
    )
    assert response.status_code == 400
    assert "badge_earned" in response.context["form"].errors
    assert not NotificationPreference.objects.exists()
