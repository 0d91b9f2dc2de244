"""A closed round keeps its scores, and the peer benchmark reads them rather than every
colleague's answers."""

import pytest
from django.core.exceptions import ValidationError

from ppi4cities.assessment import scoring, selectors, services
from ppi4cities.assessment.models import Round

from .content import load_fake
from .test_rounds import ALL_THREES, finished_round, take_part

pytestmark = pytest.mark.django_db

HIGH_STRATEGY = {"strategy-1": 5, "strategy-2": 5, "market-1": "n/a", "market-2": 2}


@pytest.fixture
def version(people):
    return load_fake()


def test_closing_a_round_keeps_the_scores_of_its_result(people, version):
    """What is kept equals the round's result as its page shows it, figure for figure."""
    round = services.round_start(
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        invitees=[people["org_member"]],
    )
    take_part(round, people["org_admin"], ALL_THREES)
    take_part(round, people["org_member"], HIGH_STRATEGY)
    assert round.scores is None
    closed = services.round_close(round=round, actor=people["org_admin"])
    result = selectors.round_result(closed).result
    assert closed.scores == {
        "respondents": 2,
        "overall": result.overall,
        "dimensions": {d.code: d.score for d in result.dimensions},
    }
    assert Round.objects.get(pk=closed.pk).scores == closed.scores


def test_the_benchmark_from_kept_scores_equals_one_from_the_answers(people, version):
    """Quartiles from kept scores are those scoring.benchmark gives over the rescored rounds."""
    rounds = [
        finished_round(version, name=f"Town {n}", values=values)
        for n, values in enumerate(
            [ALL_THREES, HIGH_STRATEGY, ALL_THREES, HIGH_STRATEGY, ALL_THREES]
        )
    ]
    dimensions = selectors.version_dimensions(version)
    found = selectors.peer_benchmark(dimensions, organisation=people["organisation"], group="kind")
    expected = scoring.benchmark([selectors.round_result(r).result for r in rounds])
    assert found.benchmark == expected


def test_a_round_closed_before_scores_were_kept_gets_them_once(people, version):
    """A closed round without kept scores is scored the first time a benchmark needs it."""
    rounds = [finished_round(version, name=f"Town {n}") for n in range(5)]
    Round.objects.filter(pk=rounds[0].pk).update(scores=None)
    dimensions = selectors.version_dimensions(version)
    first = selectors.peer_benchmark(dimensions, organisation=people["organisation"], group="kind")
    assert first.benchmark is not None and first.organisations == 5
    assert Round.objects.get(pk=rounds[0].pk).scores == rounds[1].scores
    again = selectors.peer_benchmark(dimensions, organisation=people["organisation"], group="kind")
    assert again.benchmark == first.benchmark


def test_an_open_round_has_no_scores_to_keep(people, version):
    round = services.round_start(
        organisation=people["organisation"], version=version, actor=people["org_admin"]
    )
    with pytest.raises(ValidationError) as refused:
        services.round_scores_store(round=round)
    assert refused.value.message_dict == {"closed_at": ["This round is still open."]}
