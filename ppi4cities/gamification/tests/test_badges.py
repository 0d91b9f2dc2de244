"""Badges reach their levels at their thresholds, from the data, whatever the points' caps."""

import pytest

from ppi4cities.gamification.badges import BADGES
from ppi4cities.gamification.models import BadgeNotice
from ppi4cities.gamification.selectors import badges_for

from .helpers import pilot, resource

pytestmark = pytest.mark.django_db


def _earned(user):
    return {earned.badge.code: earned for earned in badges_for(user)}


def test_nothing_earned_shows_no_badges(people):
    assert badges_for(people["org_member"]) == []


def test_levels_are_reached_at_their_thresholds(people, commit):
    """One approved resource is bronze; the fifth, on the same day past the points' cap, is
    silver."""
    with commit():
        first = resource(people, title="Template 0")
    earned = _earned(people["org_member"])["library-contributor"]
    assert (earned.level.code, earned.score, earned.next_level.code) == ("bronze", 1, "silver")
    assert earned.progress == 0
    with commit():
        for number in range(1, 5):
            resource(people, title=f"Template {number}")
    earned = _earned(people["org_member"])["library-contributor"]
    assert (earned.level.code, earned.score) == ("silver", 5)
    assert earned.progress == 0
    first.delete()
    earned = _earned(people["org_member"])["library-contributor"]
    assert (earned.level.code, earned.score) == ("bronze", 4)
    assert earned.progress == 3 / 4


def test_the_top_level_is_complete(people):
    badge = BADGES["pilot-sharer"]
    for number in range(badge.levels[-1].threshold):
        pilot(people, title=f"Pilot {number}")
    earned = _earned(people["org_member"])["pilot-sharer"]
    assert (earned.level.code, earned.next_level, earned.progress) == ("gold", None, 1.0)


def test_reaching_a_level_records_one_notice(people, commit):
    """The first approved resource reaches bronze; the second reaches no level."""
    with commit():
        resource(people, title="Template 0")
        resource(people, title="Template 1")
    notices = BadgeNotice.objects.filter(user=people["org_member"])
    assert list(notices.values_list("badge", "level", "seen_at")) == [
        ("library-contributor", "bronze", None)
    ]


def test_every_badge_declares_increasing_thresholds():
    for badge in BADGES.values():
        thresholds = [level.threshold for level in badge.levels]
        assert thresholds == sorted(set(thresholds)) and thresholds[0] >= 1, badge.code
        assert str(badge.name) and str(badge.description)
