"""Taking an assessment through the services: starting and resuming, answering, completing,
claiming an anonymous one, sharing, and an organisation's rounds; bad input is refused with a
message naming the field, and nothing is saved."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.assessment import selectors, services
from ppi4cities.assessment.models import Answer, Assessment, AssessmentStatus, Round, Variant

from .content import load_fake, statement

pytestmark = pytest.mark.django_db

FULL_CODES = ["strategy-1", "strategy-2", "market-1", "market-2"]


@pytest.fixture
def version(people):
    return load_fake()


def start_full(version, user):
    return services.assessment_start(version=version, variant=Variant.FULL, user=user)


def answer_all(assessment, values):
    for code, value in values.items():
        if value == "n/a":
            services.answer_save(
                assessment=assessment,
                statement=statement(assessment.version, code),
                not_applicable=True,
            )
        else:
            services.answer_save(
                assessment=assessment, statement=statement(assessment.version, code), value=value
            )


def test_an_unfinished_assessment_is_resumed_not_doubled(version, people):
    first = start_full(version, people["member"])
    again = start_full(version, people["member"])
    short = services.assessment_start(version=version, variant=Variant.SHORT, user=people["member"])
    assert again == first
    assert short != first
    services.answer_save(
        assessment=short, statement=statement(version, "strategy-1"), not_applicable=True
    )
    services.answer_save(assessment=short, statement=statement(version, "market-1"), value=2)
    services.assessment_complete(assessment=short)
    assert (
        services.assessment_start(version=version, variant=Variant.SHORT, user=people["member"])
        != short
    )


def test_answers_save_change_and_score(version, people):
    assessment = start_full(version, people["member"])
    answer_all(assessment, {"strategy-1": 1, "strategy-2": 2, "market-1": 4, "market-2": "n/a"})
    answer_all(assessment, {"strategy-1": 5})
    assert Answer.objects.filter(assessment=assessment).count() == 4
    services.assessment_complete(assessment=assessment)
    named = selectors.assessment_result(assessment)
    assert named.result.dimension("strategy").score == 43.75
    assert named.result.overall == pytest.approx(64.5833333)
    assert [d.name_en for d in named.strengths] == ["Market engagement"]
    assert [dimension.code for dimension, _score in named.rows] == ["strategy", "market"]


def test_a_step_of_answers_is_saved_whole_or_not_at_all(version, people):
    """A changed answer and new ones are saved together; one bad answer saves none of them."""
    assessment = start_full(version, people["member"])
    services.answer_save(assessment=assessment, statement=statement(version, "strategy-1"), value=1)
    step = [
        (statement(version, "strategy-1"), 4, False),
        (statement(version, "market-1"), None, True),
        (statement(version, "market-2"), 9, False),
    ]
    with pytest.raises(ValidationError) as refusal:
        services.answers_save(assessment=assessment, answers=step)
    assert "Choose a value from 1 to 5." in refusal.value.message_dict["value"]
    kept = Answer.objects.filter(assessment=assessment)
    assert [(answer.value, answer.not_applicable) for answer in kept.all()] == [(1, False)]
    step[2] = (statement(version, "market-2"), 2, False)
    saved = services.answers_save(assessment=assessment, answers=step)
    assert [(answer.value, answer.not_applicable) for answer in saved] == [
        (4, False),
        (None, True),
        (2, False),
    ]
    assert kept.all().count() == 3
    assert kept.all().get(statement__code="strategy-1").value == 4


def test_a_step_costs_the_same_queries_whatever_its_length(version, people):
    codes = ["strategy-1", "strategy-2", "market-1", "market-2"]
    counts = []
    for size in (1, 4):
        assessment = start_full(version, people[("member", "org_member")[size > 1]])
        answers = [(statement(version, code), 3, False) for code in codes[:size]]
        with CaptureQueriesContext(connection) as queries:
            services.answers_save(assessment=assessment, answers=answers)
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize(
    ("code", "kwargs", "field", "message"),
    [
        ("strategy-1", {"value": 6}, "value", "Choose a value from 1 to 5."),
        ("strategy-1", {"value": 0}, "value", "Choose a value from 1 to 5."),
        ("strategy-1", {"value": "3"}, "value", "Choose a value from 1 to 5."),
        ("strategy-1", {}, "value", "Choose a value or “not applicable”."),
        (
            "strategy-1",
            {"value": 3, "not_applicable": True},
            "value",
            "Choose a value or “not applicable”, not both.",
        ),
        # Not in the short variant.
        ("strategy-2", {"value": 3}, "statement", "not part of this assessment"),
    ],
)
def test_bad_answers_are_refused_with_the_field(version, people, code, kwargs, field, message):
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, user=people["member"]
    )
    with pytest.raises(ValidationError) as refusal:
        services.answer_save(assessment=assessment, statement=statement(version, code), **kwargs)
    assert message in " ".join(refusal.value.message_dict[field])
    assert not Answer.objects.exists()


def test_a_statement_of_another_version_is_refused(version, people):
    draft = services.questionnaire_version_copy(version=version, actor=people["staff"])
    services.questionnaire_version_publish(version=draft, actor=people["staff"])
    assessment = start_full(version, people["member"])
    with pytest.raises(ValidationError) as refusal:
        services.answer_save(assessment=assessment, statement=statement(draft, "market-1"), value=3)
    assert "statement" in refusal.value.message_dict


def test_completing_needs_every_statement_answered(version, people):
    assessment = start_full(version, people["member"])
    answer_all(assessment, {"strategy-1": 3, "market-2": "n/a"})
    with pytest.raises(ValidationError, match="2 statements are still unanswered"):
        services.assessment_complete(assessment=assessment)
    answer_all(assessment, {"strategy-2": 3})
    with pytest.raises(ValidationError, match="1 statement is still unanswered"):
        services.assessment_complete(assessment=assessment)
    assert Assessment.objects.get(pk=assessment.pk).status == AssessmentStatus.IN_PROGRESS


def test_a_completed_assessment_no_longer_changes(version, people):
    assessment = start_full(version, people["member"])
    answer_all(assessment, dict.fromkeys(FULL_CODES, 4))
    services.assessment_complete(assessment=assessment)
    with pytest.raises(ValidationError, match="completed"):
        answer_all(assessment, {"strategy-1": 1})
    with pytest.raises(ValidationError, match="completed"):
        services.assessment_complete(assessment=assessment)
    assert Answer.objects.get(assessment=assessment, statement__code="strategy-1").value == 4


def test_a_visitor_takes_the_short_variant_and_keeps_it_on_signing_up(version, people):
    key = services.new_anonymous_key()
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, anonymous_key=key
    )
    assert assessment.user is None
    assert (
        services.assessment_start(version=version, variant=Variant.SHORT, anonymous_key=key)
        == assessment
    )
    answer_all(assessment, {"strategy-1": 4, "market-1": 2})
    services.assessment_complete(assessment=assessment)
    with pytest.raises(PermissionDenied):
        services.assessment_claim(
            assessment=assessment, anonymous_key="another-key", user=people["member"]
        )
    services.assessment_claim(assessment=assessment, anonymous_key=key, user=people["member"])
    assessment.refresh_from_db()
    assert assessment.user == people["member"] and assessment.anonymous_key == ""
    assert list(selectors.assessment_history(user=people["member"])) == [assessment]
    with pytest.raises(PermissionDenied):
        services.assessment_claim(assessment=assessment, anonymous_key=key, user=people["staff"])


def test_visitors_take_only_the_short_variant(version, people):
    with pytest.raises(PermissionDenied):
        services.assessment_start(version=version, variant=Variant.FULL, anonymous_key="k" * 20)
    with pytest.raises(ValidationError) as refusal:
        services.assessment_start(version=version, variant=Variant.SHORT)
    assert "anonymous_key" in refusal.value.message_dict
    with pytest.raises(ValidationError) as refusal:
        services.assessment_start(version=version, variant="long", user=people["member"])
    assert "variant" in refusal.value.message_dict
    assert not Assessment.objects.exists()


def test_a_draft_version_cannot_be_taken(version, people):
    draft = services.questionnaire_version_copy(version=version, actor=people["staff"])
    with pytest.raises(ValidationError) as refusal:
        start_full(draft, people["member"])
    assert "version" in refusal.value.message_dict


def test_sharing_makes_and_withdraws_a_secret_link(version, people):
    assessment = start_full(version, people["member"])
    with pytest.raises(PermissionDenied):
        services.assessment_share(assessment=assessment, actor=people["staff"], shared=True)
    services.assessment_share(assessment=assessment, actor=people["member"], shared=True)
    first = assessment.share_token
    assert len(first) >= 40
    services.assessment_share(assessment=assessment, actor=people["member"], shared=False)
    assert Assessment.objects.get(pk=assessment.pk).share_token is None


def test_a_round_aggregates_its_colleagues(version, people):
    organisation = people["organisation"]
    with pytest.raises(PermissionDenied):
        services.round_start(organisation=organisation, version=version, actor=people["org_member"])
    round = services.round_start(
        organisation=organisation,
        version=version,
        actor=people["org_admin"],
        title="Spring 2026",
        invitees=[people["org_member"]],
    )
    mine = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_admin"], round=round
    )
    theirs = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_member"], round=round
    )
    assert mine.organisation == organisation
    with pytest.raises(PermissionDenied):
        services.assessment_start(
            version=version, variant=Variant.FULL, user=people["other_member"], round=round
        )
    answer_all(mine, {"strategy-1": 5, "strategy-2": 2, "market-1": "n/a", "market-2": 3})
    answer_all(theirs, {"strategy-1": 3, "strategy-2": "n/a", "market-1": "n/a", "market-2": 5})
    services.assessment_complete(assessment=mine)
    # An unfinished colleague does not count yet.
    assert selectors.round_result(round).respondents == 1
    services.assessment_complete(assessment=theirs)
    result = selectors.round_result(round)
    assert result.respondents == 2
    spread = result.aggregate.spread("strategy-1")
    assert (spread.mean, spread.minimum, spread.maximum, spread.std_dev) == (4, 3, 5, 1)
    assert result.result.dimension("strategy").score == 37.5
    assert result.result.dimension("market").score == 75
    with pytest.raises(ValidationError, match="already completed"):
        services.assessment_start(
            version=version, variant=Variant.FULL, user=people["org_member"], round=round
        )


def test_a_closed_round_takes_no_more_answers(version, people):
    round = services.round_start(
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        invitees=[people["org_member"]],
    )
    assessment = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_member"], round=round
    )
    with pytest.raises(PermissionDenied):
        services.round_close(round=round, actor=people["org_member"])
    services.round_close(round=round, actor=people["org_admin"])
    with pytest.raises(ValidationError, match="closed"):
        answer_all(assessment, {"strategy-1": 3})
    with pytest.raises(ValidationError, match="already closed"):
        services.round_close(round=round, actor=people["org_admin"])
    assert Round.objects.get(pk=round.pk).closed_at is not None
    assert not Answer.objects.exists()


def test_a_round_uses_the_full_variant_of_its_version(version, people):
    round = services.round_start(
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        invitees=[people["org_member"]],
    )
    with pytest.raises(ValidationError) as refusal:
        services.assessment_start(
            version=version, variant=Variant.SHORT, user=people["org_member"], round=round
        )
    assert "round" in refusal.value.message_dict


def test_an_organisation_is_assessed_on_its_own_by_its_admins(version, people):
    organisation = people["organisation"]
    with pytest.raises(PermissionDenied):
        services.assessment_start(
            version=version,
            variant=Variant.FULL,
            user=people["org_member"],
            organisation=organisation,
        )
    assessment = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_admin"], organisation=organisation
    )
    answer_all(assessment, dict.fromkeys(FULL_CODES, 2))
    services.assessment_complete(assessment=assessment)
    assert list(selectors.assessment_history(organisation=organisation)) == [assessment]
    assert list(selectors.assessment_history(user=people["org_admin"])) == []


def test_the_previous_result_is_found_for_comparison(version, people):
    first = start_full(version, people["member"])
    answer_all(first, dict.fromkeys(FULL_CODES, 2))
    first = services.assessment_complete(assessment=first)
    second = start_full(version, people["member"])
    answer_all(second, dict.fromkeys(FULL_CODES, 4))
    second = services.assessment_complete(assessment=second)
    assert selectors.previous_assessment(second) == first
    assert selectors.previous_assessment(first) is None
    assert list(selectors.assessment_history(user=people["member"])) == [second, first]
