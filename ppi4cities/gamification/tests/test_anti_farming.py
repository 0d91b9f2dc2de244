"""Points come only from approved or peer-accepted things, once each, within daily caps."""

from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ppi4cities.accounts import services as accounts
from ppi4cities.accounts.models import Role
from ppi4cities.gamification.models import PointAward
from ppi4cities.gamification.selectors import points_by_action, points_total
from ppi4cities.gamification.services import points_award
from ppi4cities.library import services as library
from ppi4cities.library.models import ResourceFeedback
from ppi4cities.moderation import services as moderation

from .helpers import resource

pytestmark = pytest.mark.django_db


def test_an_approved_resource_earns_its_author_points(people, commit):
    """The moderator's approval earns the author the resource's points."""
    with commit():
        resource(people)
    assert points_total(people["org_member"]) == 10
    assert points_total(people["moderator"]) == 0


def test_the_same_resource_earns_once(people, commit):
    """Saving a published resource again, or awarding it again, adds nothing."""
    with commit():
        item = resource(people)
    with commit():
        item.save()
    again = points_award(user=people["org_member"], action="resource_published", subject=item)
    assert again is None
    assert PointAward.objects.count() == 1
    assert points_total(people["org_member"]) == 10


def test_unapproved_content_earns_nothing(people, commit):
    """Waiting and rejected resources earn nothing, even when asked for."""
    with commit():
        waiting = resource(people, approve=False)
        rejected = resource(people, title="Rejected", approve=False)
        moderation.moderation_reject(
            subject=rejected, actor=people["moderator"], message="Off topic"
        )
    for item in (waiting, rejected):
        award = points_award(user=people["org_member"], action="resource_published", subject=item)
        assert award is None
    assert points_total(people["org_member"]) == 0


def test_a_moderator_approving_their_own_resource_earns_nothing(people, commit):
    accounts._add_member(people["organisation"], people["moderator"], Role.MEMBER)
    with commit():
        resource(people, author="moderator")
    assert points_total(people["moderator"]) == 0


def test_points_go_to_the_author_only(people, commit):
    """Asking for the points of someone else's resource gives nothing."""
    with commit():
        item = resource(people)
    award = points_award(user=people["member"], action="resource_published", subject=item)
    assert award is None
    assert points_total(people["member"]) == 0


def test_a_useful_vote_from_another_member_earns_the_author_points(people, commit):
    with commit():
        item = resource(people)
        library.resource_feedback_give(resource=item, user=people["member"], useful=True)
        library.resource_feedback_give(resource=item, user=people["other_member"], useful=False)
    assert points_by_action(people["org_member"]) == {
        "feedback_useful": 2,
        "resource_published": 10,
    }
    assert points_total(people["member"]) == 0


def test_own_feedback_on_own_resource_earns_nothing(people, commit):
    """Even written straight to the database, the author's own vote earns nothing."""
    with commit():
        item = resource(people)
        ResourceFeedback.objects.create(resource=item, user=people["org_member"], useful=True)
    assert points_by_action(people["org_member"]) == {"resource_published": 10}


def test_changing_a_vote_back_and_forth_earns_once(people, commit):
    with commit():
        item = resource(people)
        for useful in (True, False, True, False, True):
            library.resource_feedback_give(resource=item, user=people["member"], useful=useful)
    assert points_by_action(people["org_member"])["feedback_useful"] == 2


def test_a_rollback_awards_nothing(people, commit):
    """An approval that is rolled back leaves no points behind."""
    with commit():
        item = resource(people, approve=False)
        with pytest.raises(RuntimeError), transaction.atomic():
            library.resource_approve(resource=item, actor=people["moderator"])
            raise RuntimeError("the request failed after approving")
    item.refresh_from_db()
    assert not item.is_published
    assert points_total(people["org_member"]) == 0


def test_the_daily_cap_holds_and_the_next_day_earns_again(people, commit, monkeypatch):
    """Four approvals on one day earn three awards (the cap is 30 points); the next day counts
    afresh."""
    day_one = timezone.make_aware(datetime(2026, 3, 2, 10, 0))
    monkeypatch.setattr(timezone, "now", lambda: day_one)
    with commit():
        for number in range(4):
            resource(people, title=f"Template {number}")
    assert points_total(people["org_member"]) == 30
    assert PointAward.objects.count() == 3
    monkeypatch.setattr(timezone, "now", lambda: day_one + timedelta(days=1))
    with commit():
        resource(people, title="Template of the next day")
    assert points_total(people["org_member"]) == 40
    assert sorted(PointAward.objects.order_by("day").values_list("day", flat=True).distinct()) == [
        day_one.date(),
        day_one.date() + timedelta(days=1),
    ]


def test_an_unknown_action_or_the_wrong_kind_of_item_is_refused(people, commit):
    with commit():
        item = resource(people)
    with pytest.raises(ValidationError):
        points_award(user=people["org_member"], action="logged_in", subject=item)
    with pytest.raises(ValidationError):
        points_award(user=people["org_member"], action="pilot_published", subject=item)
