"""Self-assessments earn points once per version and variant, and for beating one's best."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.accounts.models import Membership, Role
from ppi4cities.assessment import services as assessment_services
from ppi4cities.assessment.models import Variant
from ppi4cities.assessment.selectors import version_dimensions
from ppi4cities.assessment.tests.content import load_fake
from ppi4cities.gamification.badges import BADGES
from ppi4cities.gamification.models import PointAward
from ppi4cities.gamification.selectors import points_by_action
from ppi4cities.gamification.services import points_recompute

from .helpers import assessment, ledger

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(db):
    return load_fake()


def test_the_first_completed_assessment_of_each_variant_earns_points(people, commit, version):
    """The full variant is worth more than the short one; taking either again adds nothing."""
    person = people["member"]
    with commit():
        assessment(person, version, 3)
        assessment(person, version, 3, variant=Variant.SHORT)
        assessment(person, version, 3, variant=Variant.SHORT)
    assert points_by_action(person) == {"assessment_completed": 25}


def test_beating_ones_best_in_a_dimension_earns_points(people, commit, version):
    """Higher than before earns; falling and climbing back to the old best does not."""
    person = people["member"]
    with commit():
        first = assessment(person, version, 2)
        better = assessment(person, version, 4)
    with commit():
        assessment(person, version, 1)
        back_to_best = assessment(person, version, 4)
    improved = ledger(person)
    assert {(row[1], row[3]) for row in improved} == {
        ("assessment_completed", first.pk),
        ("assessment_improved", better.pk),
    }
    assert back_to_best.pk not in {row[3] for row in improved}


def test_the_same_answers_again_are_no_progress(people, commit, version):
    person = people["member"]
    with commit():
        assessment(person, version, 3)
        assessment(person, version, 3)
    assert points_by_action(person) == {"assessment_completed": 20}


def test_recompute_agrees_for_assessments(people, commit, version):
    person = people["member"]
    with commit():
        for value in (2, 5, 3, 5):
            assessment(person, version, value)
        assessment(person, version, 4, variant=Variant.SHORT)
    live = ledger()
    points_recompute()
    assert ledger() == live
    assert points_by_action(person) == {"assessment_completed": 25, "assessment_improved": 10}


def test_a_short_assessment_taken_anonymously_earns_once_claimed(people, commit, version):
    key = assessment_services.new_anonymous_key()
    with commit():
        taken = assessment_services.assessment_start(
            version=version, variant=Variant.SHORT, anonymous_key=key
        )
        for dimension in version_dimensions(version, Variant.SHORT):
            for statement in dimension.statements.all():
                assessment_services.answer_save(assessment=taken, statement=statement, value=4)
        assessment_services.assessment_complete(assessment=taken)
    assert not PointAward.objects.exists()
    with commit():
        assessment_services.assessment_claim(
            assessment=taken, anonymous_key=key, user=people["member"]
        )
    assert points_by_action(people["member"]) == {"assessment_completed": 5}


def _for_organisation(user, organisation, version, value):
    taken = assessment_services.assessment_start(
        version=version, variant=Variant.FULL, user=user, organisation=organisation
    )
    for dimension in version_dimensions(version):
        for statement in dimension.statements.all():
            assessment_services.answer_save(assessment=taken, statement=statement, value=value)
    return assessment_services.assessment_complete(assessment=taken)


def test_an_organisations_best_counts_whichever_admin_answered(people, commit, version):
    """A second admin matching the organisation's best earns nothing; beating it does."""
    organisation = people["organisation"]
    second_admin = people["org_member"]
    Membership.objects.filter(organisation=organisation, user=second_admin).update(role=Role.ADMIN)
    with commit():
        _for_organisation(people["org_admin"], organisation, version, 2)
        _for_organisation(people["org_admin"], organisation, version, 4)
        # Better than this admin's own earlier answers, but not than the organisation's best.
        _for_organisation(second_admin, organisation, version, 3)
        _for_organisation(second_admin, organisation, version, 4)
    assert "assessment_improved" not in points_by_action(second_admin)
    with commit():
        _for_organisation(second_admin, organisation, version, 5)
    assert points_by_action(second_admin)["assessment_improved"] == 10
    assert points_by_action(people["org_admin"])["assessment_improved"] == 10


def _improver_queries(person) -> int:
    with CaptureQueriesContext(connection) as queries:
        BADGES["improver"].score(person)
    return len(queries)


def test_scoring_the_improver_badge_takes_the_same_queries_however_many_assessments(
    people, commit, version
):
    """A long history of assessments is scored in one pass, not one query set per pair."""
    person = people["member"]
    with commit():
        for value in (1, 2):
            assessment(person, version, value)
    few = _improver_queries(person)
    with commit():
        for value in (3, 2, 4, 5, 1):
            assessment(person, version, value)
    assert BADGES["improver"].score(person) == 4
    assert _improver_queries(person) == few
