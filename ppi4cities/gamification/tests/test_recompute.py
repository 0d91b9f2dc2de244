"""The ledger can be rebuilt from the data, and the rebuild drops what no longer counts."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ppi4cities.gamification.models import PointAward
from ppi4cities.gamification.selectors import points_total
from ppi4cities.gamification.services import points_recompute
from ppi4cities.library import services as library
from ppi4cities.moderation.models import Status

from .helpers import ledger, pilot, resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributions(people, commit):
    with commit():
        kept = resource(people, title="Kept")
        doomed = resource(people, title="Deleted later")
        library.resource_feedback_give(resource=kept, user=people["member"], useful=True)
        library.resource_feedback_give(resource=doomed, user=people["member"], useful=True)
        shared = pilot(people)
    return {"kept": kept, "doomed": doomed, "pilot": shared}


def test_recompute_equals_the_live_ledger(people, contributions):
    live = ledger()
    assert len(live) == 5
    assert points_recompute() == 5
    assert ledger() == live


def test_deleted_and_unpublished_things_lose_their_points_on_recompute(people, contributions):
    """The deleted resource takes its votes with it; the withdrawn pilot its points."""
    assert points_total(people["org_member"]) == 10 + 10 + 2 + 2 + 15
    contributions["doomed"].delete()
    type(contributions["pilot"]).objects.filter(pk=contributions["pilot"].pk).update(
        status=Status.REJECTED
    )
    points_recompute(user=people["org_member"])
    assert points_total(people["org_member"]) == 10 + 2
    assert set(PointAward.objects.values_list("action", flat=True)) == {
        "resource_published",
        "feedback_useful",
    }


def test_recomputing_one_person_leaves_the_others_alone(people, commit, contributions):
    with commit():
        resource(people, author="org_admin", title="Waiting", approve=False)
        other = resource(people, author="org_admin", title="By the admin")
    before = ledger(people["org_admin"])
    PointAward.objects.filter(user=people["org_member"]).delete()
    points_recompute(user=people["org_member"])
    assert ledger(people["org_admin"]) == before
    assert points_total(people["org_member"]) == 39
    assert other.is_published


def test_the_command_rebuilds_the_ledger(people, contributions):
    PointAward.objects.all().delete()
    out = StringIO()
    call_command("recompute_points", stdout=out)
    assert "5 awards" in out.getvalue()
    assert points_total(people["org_member"]) == 39


def test_the_command_says_when_the_person_is_unknown(db):
    with pytest.raises(CommandError, match="nobody@example.org"):
        call_command("recompute_points", user="nobody@example.org")
