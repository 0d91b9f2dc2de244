"""An organisation's PPI journey: milestones the platform shows, those its admins confirm, and
the journey badge."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ppi4cities.assessment import services as assessment_services
from ppi4cities.assessment.models import Variant
from ppi4cities.assessment.selectors import version_dimensions
from ppi4cities.assessment.tests.content import load_fake
from ppi4cities.gamification.journey import STEP_CODES
from ppi4cities.gamification.models import JourneyConfirmation, PointAward
from ppi4cities.gamification.selectors import organisation_journey
from ppi4cities.gamification.services import journey_step_confirm, journey_step_withdraw
from ppi4cities.moderation.models import Status
from ppi4cities.pilots.tests.test_ocds import make_pilot

from .helpers import resource

pytestmark = pytest.mark.django_db


def _done(organisation):
    return [item.step.code for item in organisation_journey(organisation).steps if item.done]


def _evidence(organisation, code):
    return next(i for i in organisation_journey(organisation).steps if i.step.code == code).evidence


@pytest.fixture
def version(db):
    return load_fake()


def test_a_new_organisation_has_done_nothing(people):
    journey = organisation_journey(people["organisation"])
    assert [item.step.code for item in journey.steps] == STEP_CODES
    assert (journey.done_count, journey.total, journey.level) == (0, 6, None)


def test_a_closed_round_shows_the_assessment_done(people, version):
    organisation = people["organisation"]
    round = assessment_services.round_start(
        organisation=organisation, version=version, actor=people["org_admin"], title="Spring"
    )
    assert _done(organisation) == []
    assessment_services.round_close(round=round, actor=people["org_admin"])
    evidence = _evidence(organisation, "assessment-done")
    assert "Spring" in evidence.text and evidence.url == f"/assessment/rounds/{round.pk}/"
    assert _done(people["other_organisation"]) == []


def test_a_completed_assessment_on_the_organisations_behalf_shows_the_assessment_done(
    people, version
):
    organisation = people["organisation"]
    taken = assessment_services.assessment_start(
        version=version, variant=Variant.SHORT, user=people["org_admin"], organisation=organisation
    )
    assert _done(organisation) == []
    for dimension in version_dimensions(version, Variant.SHORT):
        for statement in dimension.statements.all():
            assessment_services.answer_save(assessment=taken, statement=statement, value=3)
    assessment_services.assessment_complete(assessment=taken)
    assert _done(organisation) == ["assessment-done"]


@pytest.mark.parametrize(
    "fields, procured",
    [
        ({"state": "ongoing"}, True),
        ({"state": "completed"}, True),
        ({"state": "planned"}, False),
        ({"state": "cancelled"}, False),
        ({"state": "completed", "status": Status.PENDING}, False),
    ],
)
def test_a_published_pilot_past_award_with_the_organisation_as_buyer_shows_it_procured(
    people, fields, procured
):
    organisation = people["organisation"]
    pilot = make_pilot(buyers=[organisation], title="Smart lighting", **fields)
    evidence = _evidence(organisation, "pilot-procured")
    if procured:
        assert evidence.url == pilot.get_absolute_url() and "Smart lighting" in evidence.text
    else:
        assert evidence is None


def test_a_pilot_of_another_buyer_shows_nothing(people):
    make_pilot(buyers=[people["other_organisation"]], state="completed", is_good_practice=True)
    assert _done(people["organisation"]) == []


@pytest.mark.parametrize(
    "fields, shared",
    [
        ({"is_good_practice": True}, True),
        ({"results": "Energy use fell by a third."}, True),
        ({}, False),
        ({"is_good_practice": True, "status": Status.DRAFT}, False),
    ],
)
def test_a_good_practice_or_reported_results_show_results_shared(people, fields, shared):
    organisation = people["organisation"]
    make_pilot(organisation=organisation, **fields)
    assert (_evidence(organisation, "results-shared") is not None) is shared


def test_a_published_library_resource_shows_results_shared(people):
    resource(people, approve=False)
    assert _evidence(people["organisation"], "results-shared") is None
    resource(people, title="Lessons from the pilot")
    evidence = _evidence(people["organisation"], "results-shared")
    assert "Lessons from the pilot" in evidence.text


def test_an_admin_confirms_and_withdraws_a_step(people):
    organisation, admin = people["organisation"], people["org_admin"]
    confirmation = journey_step_confirm(
        actor=admin, organisation=organisation, step="team-trained", note="  Course in May.  "
    )
    assert (confirmation.confirmed_by, confirmation.note) == (admin, "Course in May.")
    assert _done(organisation) == ["team-trained"]
    journey_step_withdraw(actor=admin, organisation=organisation, step="team-trained")
    assert _done(organisation) == []


def test_confirmations_earn_no_points(people):
    for step in STEP_CODES:
        journey_step_confirm(
            actor=people["org_admin"], organisation=people["organisation"], step=step
        )
    assert not PointAward.objects.exists()


@pytest.mark.parametrize(
    "actor, allowed",
    [
        ("anonymous", False),
        ("unverified", False),
        ("member", False),
        ("org_member", False),
        ("other_member", False),
        ("moderator", False),
        ("org_admin", True),
        ("staff", True),
    ],
)
def test_only_the_organisations_admins_and_staff_confirm_and_withdraw(people, actor, allowed):
    organisation = people["organisation"]
    if allowed:
        journey_step_confirm(actor=people[actor], organisation=organisation, step="needs-assessed")
        journey_step_withdraw(actor=people[actor], organisation=organisation, step="needs-assessed")
        return
    with pytest.raises(PermissionDenied):
        journey_step_confirm(actor=people[actor], organisation=organisation, step="needs-assessed")
    assert not JourneyConfirmation.objects.exists()
    journey_step_confirm(
        actor=people["org_admin"], organisation=organisation, step="needs-assessed"
    )
    with pytest.raises(PermissionDenied):
        journey_step_withdraw(actor=people[actor], organisation=organisation, step="needs-assessed")
    assert JourneyConfirmation.objects.count() == 1


def test_the_admin_of_another_organisation_cannot_confirm(people):
    with pytest.raises(PermissionDenied):
        journey_step_confirm(
            actor=people["other_member"], organisation=people["organisation"], step="team-trained"
        )


@pytest.mark.parametrize("step", ["", "team_trained", "world-peace"])
def test_an_unknown_step_is_a_clean_error(people, step):
    for service in (journey_step_confirm, journey_step_withdraw):
        with pytest.raises(ValidationError) as error:
            service(actor=people["org_admin"], organisation=people["organisation"], step=step)
        assert "step" in error.value.message_dict


def test_a_step_is_confirmed_once_and_withdrawn_once(people):
    arguments = {"actor": people["org_admin"], "organisation": people["organisation"]}
    journey_step_confirm(step="market-consulted", **arguments)
    with pytest.raises(ValidationError):
        journey_step_confirm(step="market-consulted", **arguments)
    journey_step_withdraw(step="market-consulted", **arguments)
    with pytest.raises(ValidationError):
        journey_step_withdraw(step="market-consulted", **arguments)


def test_a_note_longer_than_allowed_is_refused(people):
    with pytest.raises(ValidationError) as error:
        journey_step_confirm(
            actor=people["org_admin"],
            organisation=people["organisation"],
            step="team-trained",
            note="x" * 501,
        )
    assert "note" in error.value.message_dict
    assert not JourneyConfirmation.objects.exists()


@pytest.mark.parametrize(
    "milestones, level, next_level",
    [(1, None, "bronze"), (2, "bronze", "silver"), (4, "silver", "gold"), (6, "gold", None)],
)
def test_the_journey_badge_levels_follow_the_milestones(people, milestones, level, next_level):
    organisation = people["organisation"]
    for step in STEP_CODES[:milestones]:
        journey_step_confirm(actor=people["org_admin"], organisation=organisation, step=step)
    journey = organisation_journey(organisation)
    assert journey.done_count == milestones
    assert (journey.level and journey.level.code) == level
    assert (journey.next_level and journey.next_level.code) == next_level


def test_the_journey_costs_the_same_queries_whatever_the_data(
    people, version, django_assert_num_queries
):
    organisation, admin = people["organisation"], people["org_admin"]

    def grow(number):
        for n in range(number):
            round = assessment_services.round_start(
                organisation=organisation, version=version, actor=admin, title=f"Round {n}"
            )
            assessment_services.round_close(round=round, actor=admin)
            make_pilot(buyers=[organisation], state="completed", is_good_practice=True)
            resource(people, title=f"Resource {n}")

    grow(1)
    journey_step_confirm(actor=admin, organisation=organisation, step="team-trained")
    with django_assert_num_queries(4) as small:
        organisation_journey(organisation)
    grow(5)
    journey_step_confirm(actor=admin, organisation=organisation, step="needs-assessed")
    with django_assert_num_queries(len(small.captured_queries)):
        assert organisation_journey(organisation).done_count == 5
