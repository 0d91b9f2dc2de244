"""The leaderboard lists only those who opted in, overall or per country, in one query."""

import pytest
from django.core.exceptions import PermissionDenied

from ppi4cities.gamification.models import LeaderboardOptIn
from ppi4cities.gamification.selectors import leaderboard
from ppi4cities.gamification.services import leaderboard_opt_in, leaderboard_opt_out

from .helpers import pilot, resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def scores(people, commit):
    """org_member (Lithuania) 25 points, org_admin (Lithuania) 10, other_member (Estonia) 15."""
    with commit():
        resource(people, author="org_member")
        pilot(people, author="org_member")
        resource(people, author="org_admin", title="By the admin")
        pilot(people, author="other_member", organisation="other_organisation", title="Tartu")
    return people


def _names(rows):
    return [(row.name, row.points) for row in rows]


def test_only_people_who_opted_in_are_listed(scores, django_assert_num_queries):
    people = scores
    for person in ("org_admin", "other_member"):
        leaderboard_opt_in(actor=people[person], user=people[person])
    with django_assert_num_queries(1):
        rows = leaderboard(kind="person")
    assert _names(rows) == [("Kari Other", 15), ("Ona Admin", 10)]


def test_the_person_leaderboard_per_country(scores):
    people = scores
    for person in ("org_member", "org_admin", "other_member"):
        leaderboard_opt_in(actor=people[person], user=people[person])
    assert _names(leaderboard(kind="person", country="LT")) == [
        ("Petras Member", 25),
        ("Ona Admin", 10),
    ]
    assert _names(leaderboard(kind="person", country="EE", limit=5)) == [("Kari Other", 15)]
    assert _names(leaderboard(kind="person", limit=1)) == [("Petras Member", 25)]


def test_organisations_that_opted_in_are_ranked(scores, django_assert_num_queries):
    people = scores
    leaderboard_opt_in(actor=people["org_admin"], organisation=people["organisation"])
    with django_assert_num_queries(1):
        rows = leaderboard(kind="organisation")
    assert _names(rows) == [("Panevėžys City Municipality", 35)]
    leaderboard_opt_in(actor=people["other_member"], organisation=people["other_organisation"])
    assert _names(leaderboard(kind="organisation", country="EE")) == [("Tartu City Government", 15)]


def test_opting_out_removes_from_the_leaderboard(scores):
    people = scores
    leaderboard_opt_in(actor=people["org_admin"], user=people["org_admin"])
    leaderboard_opt_in(actor=people["org_admin"], user=people["org_admin"])
    assert LeaderboardOptIn.objects.count() == 1
    assert leaderboard_opt_out(actor=people["org_admin"], user=people["org_admin"])
    assert leaderboard(kind="person") == []


@pytest.mark.parametrize(
    "actor, target",
    [
        ("member", "org_member"),
        ("org_member", "organisation"),
        ("other_member", "organisation"),
        ("anonymous", "org_member"),
    ],
)
def test_nobody_opts_in_for_someone_else(people, actor, target):
    kind = "organisation" if target == "organisation" else "user"
    with pytest.raises(PermissionDenied):
        leaderboard_opt_in(actor=people[actor], **{kind: people[target]})
    assert not LeaderboardOptIn.objects.exists()


def test_an_unknown_kind_of_leaderboard_is_refused(db):
    with pytest.raises(ValueError):
        leaderboard(kind="city")
