"""The email settings page: one radio group per kind, saved as the person's preferences."""

import re

from conftest import client_for
from ppi4cities.community import selectors
from ppi4cities.community.kinds import kinds_for
from ppi4cities.community.models import NotificationPreference


def test_the_page_shows_each_kind_with_its_default_checked(people):
    """No preference saved yet: each kind's default is the choice shown."""
    page = client_for(people["member"]).get("/notifications/settings/").content.decode()
    assert "<legend>Badges earned" in page
    checked = re.findall(r'<input type="radio" name="(\w+)" value="(\w+)"[^>]* checked', page)
    defaults = {code: kind.default_frequency for code, kind in kinds_for(people["member"]).items()}
    assert dict(checked) == defaults
    assert len(checked) == len(defaults)
    assert defaults["badge_earned"] == "daily"
    assert defaults["round_invitation"] == "immediately"


def test_kinds_meant_for_moderators_show_to_moderators_only(people):
    """Members never receive report notices, so their settings do not offer them."""
    member_page = client_for(people["member"]).get("/notifications/settings/").content.decode()
    moderator_page = client_for(people["moderator"]).get("/notifications/settings/")
    assert 'name="report_received"' not in member_page
    assert 'name="report_received"' in moderator_page.content.decode()


def choices(person, **chosen):
    """Every kind the person may set, at its default unless chosen."""
    frequencies = {code: kind.default_frequency for code, kind in kinds_for(person).items()}
    return frequencies | chosen


def test_saving_changes_the_frequencies(people):
    """Saved for the person only; others keep their defaults."""
    client = client_for(people["member"])
    chosen = choices(
        people["member"],
        badge_earned="never",
        round_invitation="weekly",
        moderation_decision="daily",
    )
    response = client.post("/notifications/settings/", chosen)
    assert response.status_code == 302
    saved = selectors.notification_frequencies(user=people["member"])
    assert {code: saved[code] for code in chosen} == chosen
    assert (saved["badge_earned"], saved["round_invitation"]) == ("never", "weekly")
    assert NotificationPreference.objects.filter(user=people["other_member"]).count() == 0


def test_an_unknown_frequency_is_refused_next_to_the_field(people):
    """Nothing is half-saved: a valid choice beside a bad one is not stored either."""
    response = client_for(people["member"]).post(
        "/notifications/settings/",
        choices(people["member"], badge_earned="hourly", round_invitation="weekly"),
    )
    assert response.status_code == 400
    assert "badge_earned" in response.context["form"].errors
    assert not NotificationPreference.objects.exists()
