"""The reads that pages will use: the current version, a result with its dimensions, a round's
aggregate; each in a fixed number of queries, however large the questionnaire or round."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.assessment import selectors, services
from ppi4cities.assessment.models import Assessment, Statement, Variant

from .content import fake_content, load_fake

pytestmark = pytest.mark.django_db


def big_content(dimensions=10, statements=6):
    content = fake_content()
    content["en"]["DIMENSIONS"] = [
        {
            "code": f"d{d}",
            "name": f"Dimension {d}",
            "stages": [],
            "statements": [
                {"code": f"d{d}-{s}", "text": f"Statement {s}.", "in_short": s == 0}
                for s in range(statements)
            ],
        }
        for d in range(dimensions)
    ]
    return content


def completed(version, user, value=3, **kwargs):
    assessment = services.assessment_start(
        version=version, variant=Variant.FULL, user=user, **kwargs
    )
    for statement in Statement.objects.filter(version=version):
        services.answer_save(assessment=assessment, statement=statement, value=value)
    return services.assessment_complete(assessment=assessment)


def queries(function, *args):
    with CaptureQueriesContext(connection) as captured:
        function(*args)
    return len(captured)


def test_a_result_reads_in_the_same_few_queries_whatever_its_size(people):
    small = completed(load_fake(), people["member"])
    big_version = load_fake(big_content())
    assert big_version.number == 2  # the small one was answered
    big = completed(big_version, people["org_member"])
    small, big = Assessment.objects.get(pk=small.pk), Assessment.objects.get(pk=big.pk)
    assert queries(selectors.assessment_result, small) == queries(selectors.assessment_result, big)
    assert queries(selectors.assessment_result, big) <= 5
    assert len(selectors.assessment_result(big).rows) == 10


def test_a_round_result_reads_in_the_same_few_queries_however_many_answered(people):
    version = load_fake()
    organisation = people["organisation"]
    round = services.round_start(
        organisation=organisation,
        version=version,
        actor=people["org_admin"],
        invitees=[people["org_member"]],
    )
    completed(version, people["org_admin"], value=2, round=round)
    one = queries(selectors.round_result, round)
    completed(version, people["org_member"], value=4, round=round)
    assert queries(selectors.round_result, round) == one <= 5
    result = selectors.round_result(round)
    assert result.respondents == 2
    assert result.result.overall == 50


def test_the_current_version_is_the_newest_published(people):
    assert selectors.current_version() is None
    version = load_fake()
    draft = services.questionnaire_version_copy(version=version, actor=people["staff"])
    assert selectors.current_version() == version
    services.questionnaire_version_publish(version=draft, actor=people["staff"])
    assert selectors.current_version() == draft
    assert selectors.current_version("another-questionnaire") is None


def test_the_short_variant_scores_its_own_statements(people):
    version = load_fake()
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, user=people["member"]
    )
    result = selectors.assessment_result(assessment)
    assert [d.total for d in result.result.dimensions] == [1, 1]
    assert result.result.completeness == 0
