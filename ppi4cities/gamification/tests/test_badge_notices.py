"""Reaching a badge's level leaves one notice for the person; a rebuild of the ledger none."""

import pytest
from django.urls import reverse

from ppi4cities.gamification.badges import BADGES, badge_earned
from ppi4cities.gamification.models import BadgeNotice
from ppi4cities.gamification.services import (
    badge_notice_record,
    badge_notices_mark_seen,
    points_recompute,
)

from .helpers import resource

pytestmark = pytest.mark.django_db


def _notices(user):
    return list(BadgeNotice.objects.filter(user=user).values_list("badge", "level"))


def test_recording_a_notice_twice_keeps_one(people):
    person = people["member"]
    first, recorded = badge_notice_record(user=person, badge="helpful", level="bronze")
    again, recorded_again = badge_notice_record(user=person, badge="helpful", level="bronze")
    assert recorded and not recorded_again
    assert first.pk == again.pk
    assert _notices(person) == [("helpful", "bronze")]


def test_badge_earned_records_a_notice_once(people):
    badge = BADGES["pilot-sharer"]
    for _ in range(2):
        badge_earned(user=people["member"], badge=badge, level=badge.levels[0])
    assert _notices(people["member"]) == [("pilot-sharer", "bronze")]


def test_a_live_approval_that_reaches_a_level_notifies_the_author(people, commit):
    with commit():
        resource(people)
    assert _notices(people["org_member"]) == [("library-contributor", "bronze")]
    assert _notices(people["moderator"]) == []


def test_saving_the_approved_item_again_does_not_notify_again(people, commit):
    with commit():
        item = resource(people)
    with commit():
        item.save()
    assert BadgeNotice.objects.count() == 1


def test_a_rejected_submission_notifies_nobody(people, commit):
    with commit():
        resource(people, approve=False)
    assert not BadgeNotice.objects.exists()


def test_recompute_never_notifies_for_the_past(people, commit):
    """Events already in the data when the ledger is rebuilt earn points but no notice."""
    with commit():
        resource(people)
    BadgeNotice.objects.all().delete()
    points_recompute()
    assert not BadgeNotice.objects.exists()


def test_marking_seen_touches_only_the_persons_new_notices(people):
    badge_notice_record(user=people["member"], badge="helpful", level="bronze")
    badge_notice_record(user=people["org_member"], badge="helpful", level="bronze")
    assert badge_notices_mark_seen(user=people["member"]) == 1
    assert badge_notices_mark_seen(user=people["member"]) == 0
    unseen = BadgeNotice.objects.filter(seen_at__isnull=True)
    assert list(unseen.values_list("user", flat=True)) == [people["org_member"].pk]


def test_the_dashboard_shows_new_notices_until_my_progress_is_seen(client, people):
    person = people["member"]
    badge_notice_record(user=person, badge="helpful", level="bronze")
    client.force_login(person)
    dashboard = client.get(reverse("accounts:dashboard")).content.decode()
    assert "You reached the Bronze level of the badge Helpful." in dashboard
    assert reverse("gamification:progress") in dashboard
    progress = client.get(reverse("gamification:progress")).content.decode()
    assert "badge-notice--new" in progress
    assert "You reached the Bronze level of the badge Helpful." in progress
    dashboard = client.get(reverse("accounts:dashboard")).content.decode()
    assert "You reached the Bronze level" not in dashboard
    progress = client.get(reverse("gamification:progress")).content.decode()
    assert "You reached the Bronze level of the badge Helpful." in progress
    assert "badge-notice--new" not in progress
