"""The arithmetic of scores, levels, aggregation and benchmarks: properties checked over many
generated questionnaires and answers, and worked examples computed by hand."""

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ppi4cities.assessment import scoring
from ppi4cities.assessment.scoring import NOT_APPLICABLE, DimensionSpec, StatementSpec, Structure

weights = st.integers(min_value=1, max_value=20)


@st.composite
def structures(draw):
    dimension_count = draw(st.integers(min_value=1, max_value=5))
    dimensions = []
    for d in range(dimension_count):
        statement_count = draw(st.integers(min_value=1, max_value=5))
        statements = tuple(
            StatementSpec(code=f"d{d}-s{s}", weight=draw(weights)) for s in range(statement_count)
        )
        dimensions.append(DimensionSpec(code=f"d{d}", statements=statements, weight=draw(weights)))
    return Structure(dimensions=tuple(dimensions), scale_max=draw(st.integers(2, 7)))


def codes(structure):
    return [s.code for d in structure.dimensions for s in d.statements]


@st.composite
def answered(draw, structure=None):
    """A structure and answers: each statement has a value, "not applicable", or nothing."""
    structure = structure or draw(structures())
    answers = {}
    for code in codes(structure):
        kind = draw(st.sampled_from(["value", "value", "n/a", "missing"]))
        if kind == "value":
            answers[code] = draw(st.integers(1, structure.scale_max))
        elif kind == "n/a":
            answers[code] = NOT_APPLICABLE
    return structure, answers


def scores(result):
    return [d.score for d in result.dimensions], result.overall


@given(answered())
def test_scores_stay_between_0_and_100(case):
    structure, answers = case
    result = scoring.score(structure, answers)
    for value in [*scores(result)[0], result.overall]:
        assert value is None or 0 <= value <= 100
    assert 0 <= result.completeness <= 1


@given(answered(), st.data())
def test_not_applicable_and_missing_answers_count_for_nothing(case, data):
    """Marking a statement not applicable, or leaving it out, scores the same as if it were
    not in the questionnaire; only completeness tells them apart."""
    structure, answers = case
    code = data.draw(st.sampled_from(codes(structure)))
    as_na = scoring.score(structure, {**answers, code: NOT_APPLICABLE})
    missing = scoring.score(structure, {k: v for k, v in answers.items() if k != code})
    assert scores(as_na) == scores(missing)
    assert as_na.completeness >= missing.completeness


@given(answered(), st.data())
def test_an_answer_changes_only_its_own_dimension(case, data):
    structure, answers = case
    dimension = data.draw(st.sampled_from(structure.dimensions))
    statement = data.draw(st.sampled_from(dimension.statements))
    value = data.draw(st.integers(1, structure.scale_max))
    before = scoring.score(structure, answers)
    after = scoring.score(structure, {**answers, statement.code: value})
    for old, new in zip(before.dimensions, after.dimensions, strict=True):
        if old.code != dimension.code:
            assert old.score == new.score


@given(structures())
def test_all_highest_scores_100_and_all_lowest_0(structure):
    highest = scoring.score(structure, dict.fromkeys(codes(structure), structure.scale_max))
    lowest = scoring.score(structure, dict.fromkeys(codes(structure), 1))
    assert highest.overall == 100 and all(d.score == 100 for d in highest.dimensions)
    assert lowest.overall == 0 and all(d.score == 0 for d in lowest.dimensions)
    assert highest.level.code == "leading" and lowest.level.code == "starting"
    assert highest.completeness == 1


@given(answered(), st.data())
def test_raising_an_answer_never_lowers_a_score(case, data):
    structure, answers = case
    dimension = data.draw(st.sampled_from(structure.dimensions))
    statement = data.draw(st.sampled_from(dimension.statements))
    assume(answers.get(statement.code) not in (NOT_APPLICABLE, structure.scale_max))
    raised = data.draw(st.integers(answers[statement.code] + 1, structure.scale_max))
    before = scoring.score(structure, answers)
    after = scoring.score(structure, {**answers, statement.code: raised})
    assert after.dimension(dimension.code).score >= before.dimension(dimension.code).score
    assert after.overall >= before.overall


@given(answered(), st.integers(min_value=2, max_value=1000))
def test_scaling_every_weight_changes_nothing(case, factor):
    structure, answers = case
    scaled = Structure(
        dimensions=tuple(
            DimensionSpec(
                code=d.code,
                weight=d.weight * factor,
                statements=tuple(
                    StatementSpec(code=s.code, weight=s.weight * factor) for s in d.statements
                ),
            )
            for d in structure.dimensions
        ),
        scale_max=structure.scale_max,
    )
    assert scoring.score(scaled, answers) == scoring.score(structure, answers)


@st.composite
def rounds(draw):
    structure = draw(structures())
    colleagues = draw(st.lists(answered(structure), min_size=1, max_size=6))
    return structure, [answers for _structure, answers in colleagues]


@given(rounds(), st.randoms())
def test_aggregation_ignores_the_order_of_colleagues(case, rng):
    structure, answer_sets = case
    shuffled = list(answer_sets)
    rng.shuffle(shuffled)
    assert scoring.aggregate(structure, shuffled) == scoring.aggregate(structure, answer_sets)


@given(answered(), st.integers(min_value=2, max_value=8))
def test_identical_colleagues_score_as_one_person_with_no_spread(case, count):
    structure, answers = case
    together = scoring.aggregate(structure, [dict(answers) for _ in range(count)])
    assert together.result == scoring.score(structure, answers)
    assert together.respondents == count
    for spread in together.spreads:
        assert spread.std_dev in (None, 0)
        assert spread.minimum == spread.maximum


def test_the_benchmark_needs_five_organisations():
    structure = Structure(dimensions=(DimensionSpec("a", (StatementSpec("a-1"),)),))
    results = [scoring.score(structure, {"a-1": value}) for value in (1, 2, 3, 4, 5)]
    assert scoring.benchmark(results[:4]) is None
    assert scoring.quartiles([10, 20, 30, 40]) is None
    figures = scoring.benchmark(results)
    assert figures.organisations == 5
    assert figures.dimensions["a"] == scoring.Quartiles(count=5, lower=25, median=50, upper=75)
    assert figures.overall == figures.dimensions["a"]


def test_a_dimension_that_few_organisations_scored_has_no_benchmark():
    structure = Structure(
        dimensions=(
            DimensionSpec("a", (StatementSpec("a-1"),)),
            DimensionSpec("b", (StatementSpec("b-1"),)),
        )
    )
    results = [scoring.score(structure, {"a-1": 3, "b-1": NOT_APPLICABLE}) for _ in range(5)]
    results += [scoring.score(structure, {"a-1": 3, "b-1": 4})] * 4
    figures = scoring.benchmark(results)
    assert figures.dimensions["a"].median == 50
    assert figures.dimensions["b"] is None


# Worked examples ------------------------------------------------------------------------------

EXAMPLE = Structure(
    dimensions=(
        DimensionSpec("strategy", (StatementSpec("s1", 1), StatementSpec("s2", 3)), weight=1),
        DimensionSpec("market", (StatementSpec("m1", 1), StatementSpec("m2", 1)), weight=2),
    ),
    scale_max=5,
)


def test_a_worked_example():
    """s1 = 5 → 100, s2 = 2 → 25: strategy (100×1 + 25×3) / 4 = 43.75. m1 = 4 → 75, m2 not
    applicable: market 75. Overall (43.75×1 + 75×2) / 3 = 64.58…, "established"."""
    result = scoring.score(EXAMPLE, {"s1": 5, "s2": 2, "m1": 4, "m2": NOT_APPLICABLE})
    assert result.dimension("strategy").score == 43.75
    assert result.dimension("market").score == 75
    assert result.dimension("market").not_applicable == 1
    assert result.overall == pytest.approx(64.5833333)
    assert result.level.code == "established"
    assert result.completeness == 1
    assert result.strengths == ("market",)
    assert result.gaps == ()


def test_missing_answers_lower_completeness_not_scores():
    result = scoring.score(EXAMPLE, {"s1": 5, "s2": 2, "m1": 4})
    assert result.dimension("market").score == 75
    assert result.completeness == 0.75
    empty = scoring.score(EXAMPLE, {})
    assert empty.overall is None and empty.level is None and empty.completeness == 0


def test_levels_start_at_their_thresholds():
    expected = {0: "starting", 19.99: "starting", 20: "exploring", 39.9: "exploring"}
    expected.update({40: "developing", 60: "established", 79.99: "established", 80: "leading"})
    expected[100] = "leading"
    assert {score: scoring.level_for(score).code for score in expected} == expected
    assert scoring.level_for(None) is None


def test_an_aggregate_by_hand():
    """s1: 5 and 3 → mean 4 (75), spread 3–5, σ 1. s2: 2 and "not applicable" → 2 (25) from one
    answer. m1: "not applicable" and nothing; m2: nobody. Strategy (75 + 25×3) / 4 = 37.5, a gap."""
    aggregate = scoring.aggregate(
        EXAMPLE, [{"s1": 5, "s2": 2, "m1": NOT_APPLICABLE}, {"s1": 3, "s2": NOT_APPLICABLE}]
    )
    assert aggregate.spread("s1") == scoring.Spread("s1", 4.0, 2, 0, 3, 5, 1.0)
    assert aggregate.spread("s2") == scoring.Spread("s2", 2.0, 1, 1, 2, 2, 0.0)
    assert aggregate.spread("m1") == scoring.Spread("m1", None, 0, 1, None, None, None)
    assert aggregate.result.dimension("strategy").score == 37.5
    assert aggregate.result.dimension("market").score is None
    assert aggregate.result.dimension("market").not_applicable == 1
    assert aggregate.result.overall == 37.5
    assert aggregate.result.completeness == 0.75
    assert aggregate.result.gaps == ("strategy",)


def test_comparison_gives_the_change_per_dimension():
    before = scoring.score(EXAMPLE, {"s1": 3, "s2": 3, "m1": 2, "m2": 2})
    after = scoring.score(EXAMPLE, {"s1": 5, "s2": 3, "m1": NOT_APPLICABLE, "m2": NOT_APPLICABLE})
    changes = {c.code: c for c in scoring.compare(before, after)}
    assert changes["strategy"].before == 50 and changes["strategy"].after == 62.5
    assert changes["strategy"].change == 12.5
    assert changes["market"].change is None


def test_an_answer_off_the_scale_is_refused():
    with pytest.raises(ValueError):
        scoring.score(EXAMPLE, {"s1": 6})
    with pytest.raises(ValueError):
        Structure(dimensions=(), scale_max=1)


def test_weights_may_be_decimals():
    structure = Structure(
        dimensions=(DimensionSpec("a", (StatementSpec("x", Decimal("0.5")), StatementSpec("y"))),)
    )
    # (100 × 0.5 + 0 × 1) / 1.5
    assert scoring.score(structure, {"x": 5, "y": 1}).overall == pytest.approx(33.333333)
