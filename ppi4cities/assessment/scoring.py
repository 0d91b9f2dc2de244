"""The arithmetic of self-assessment results: pure functions over plain dataclasses, no database.

An answer on a scale of 1..max counts as (value − 1) / (max − 1) × 100. "Not applicable" and
missing answers are left out, never counted as zero. A dimension's score is the weighted mean of
its answered statements; the overall score is the weighted mean of the dimensions that have a
score. Sums run over exact fractions, so that the same answers always give the same figures
whatever their order or the scale of the weights.
"""

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from django.utils.translation import gettext_lazy as _

# An answer of "not applicable", in the mappings of statement code → answer.
NOT_APPLICABLE = None

# Dimensions at or above STRENGTH are strengths; below GAP, gaps.
STRENGTH = 70
GAP = 40
# A peer benchmark shows figures only for groups of at least this many organisations.
BENCHMARK_MINIMUM = 5

Number = int | float | Decimal | Fraction


@dataclass(frozen=True)
class Level:
    code: str
    lower: int  # the level starts at this score
    name: str
    meaning: str


LEVELS = (
    Level(
        "starting",
        0,
        _("Starting"),
        _(
            "Innovation procurement is new to the organisation: a few people know of it, "
            "and nothing yet supports them."
        ),
    ),
    Level(
        "exploring",
        20,
        _("Exploring"),
        _(
            "The organisation is looking into innovation procurement: first ideas and "
            "contacts, but no plan or routine."
        ),
    ),
    Level(
        "developing",
        40,
        _("Developing"),
        _(
            "First innovation procurements are under way; knowledge and support depend on "
            "a few people and projects."
        ),
    ),
    Level(
        "established",
        60,
        _("Established"),
        _(
            "Innovation procurement is part of how the organisation buys, with a strategy, "
            "skills and a way to engage the market."
        ),
    ),
    Level(
        "leading",
        80,
        _("Leading"),
        _(
            "The organisation procures innovation routinely, measures its impact, scales "
            "what works and helps others learn."
        ),
    ),
)


def level_for(score: Number | None) -> Level | None:
    """The maturity level of an overall score (None for no score)."""
    if score is None:
        return None
    found = LEVELS[0]
    for level in LEVELS:
        if score >= level.lower:
            found = level
    return found


@dataclass(frozen=True)
class StatementSpec:
    code: str
    weight: Number = 1


@dataclass(frozen=True)
class DimensionSpec:
    code: str
    statements: tuple[StatementSpec, ...]
    weight: Number = 1


@dataclass(frozen=True)
class Structure:
    """What is scored: the dimensions and statements of one variant, and the scale's top value
    (the scale runs from 1)."""

    dimensions: tuple[DimensionSpec, ...]
    scale_max: int = 5

    def __post_init__(self):
        if self.scale_max < 2:
            raise ValueError("A scale needs at least two values.")


@dataclass(frozen=True)
class DimensionScore:
    code: str
    score: float | None
    answered: int  # statements with a value
    not_applicable: int
    total: int


@dataclass(frozen=True)
class Result:
    dimensions: tuple[DimensionScore, ...]
    overall: float | None
    completeness: float  # share of statements answered or marked not applicable, 0..1

    @property
    def level(self) -> Level | None:
        return level_for(self.overall)

    @property
    def strengths(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.dimensions if d.score is not None and d.score >= STRENGTH)

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.dimensions if d.score is not None and d.score < GAP)

    def dimension(self, code: str) -> DimensionScore:
        return next(d for d in self.dimensions if d.code == code)


def _fraction(number: Number) -> Fraction:
    return Fraction(str(number)) if isinstance(number, Decimal) else Fraction(number)


def _weighted_mean(pairs: list[tuple[Fraction, Fraction]]) -> Fraction | None:
    total_weight = sum(weight for _score, weight in pairs)
    if not pairs or total_weight == 0:
        return None
    return sum(score * weight for score, weight in pairs) / total_weight


def statement_score(value: Number, scale_max: int) -> Fraction:
    """An answer on the 0–100 scale."""
    value = _fraction(value)
    if not 1 <= value <= scale_max:
        raise ValueError(f"{value} is outside the scale 1..{scale_max}.")
    return (value - 1) / (scale_max - 1) * 100


def score(structure: Structure, answers: Mapping[str, Number | None]) -> Result:
    """The result of one set of answers (statement code → value, or NOT_APPLICABLE; statements
    without an entry are missing)."""
    dimensions, overall_pairs = [], []
    total = done = 0
    for dimension in structure.dimensions:
        pairs, not_applicable = [], 0
        for statement in dimension.statements:
            if statement.code not in answers:
                continue
            value = answers[statement.code]
            if value is NOT_APPLICABLE:
                not_applicable += 1
                continue
            pairs.append((statement_score(value, structure.scale_max), _fraction(statement.weight)))
        mean = _weighted_mean(pairs)
        if mean is not None:
            overall_pairs.append((mean, _fraction(dimension.weight)))
        dimensions.append(
            DimensionScore(
                code=dimension.code,
                score=None if mean is None else float(mean),
                answered=len(pairs),
                not_applicable=not_applicable,
                total=len(dimension.statements),
            )
        )
        total += len(dimension.statements)
        done += len(pairs) + not_applicable
    overall = _weighted_mean(overall_pairs)
    return Result(
        dimensions=tuple(dimensions),
        overall=None if overall is None else float(overall),
        completeness=done / total if total else 0.0,
    )


# Aggregation of a round ---------------------------------------------------------------------


@dataclass(frozen=True)
class Spread:
    """How the colleagues answered one statement (not applicable and missing left out)."""

    code: str
    mean: float | None
    count: int
    not_applicable: int
    minimum: int | None
    maximum: int | None
    std_dev: float | None  # population standard deviation


@dataclass(frozen=True)
class Aggregate:
    respondents: int
    spreads: tuple[Spread, ...]
    result: Result  # the organisation's scores, computed from the means

    def spread(self, code: str) -> Spread:
        return next(s for s in self.spreads if s.code == code)


def aggregate(
    structure: Structure, answer_sets: Sequence[Mapping[str, Number | None]]
) -> Aggregate:
    """The organisation's result from its colleagues' answers: the mean per statement, with its
    spread. A statement that every colleague who answered it marked not applicable is not
    applicable for the organisation; one that nobody answered is missing."""
    spreads, means = [], {}
    for dimension in structure.dimensions:
        for statement in dimension.statements:
            values = [
                answers[statement.code]
                for answers in answer_sets
                if answers.get(statement.code, NOT_APPLICABLE) is not NOT_APPLICABLE
            ]
            not_applicable = sum(
                1
                for answers in answer_sets
                if statement.code in answers and answers[statement.code] is NOT_APPLICABLE
            )
            mean = Fraction(sum(_fraction(v) for v in values), len(values)) if values else None
            if mean is not None:
                means[statement.code] = mean
            elif not_applicable:
                means[statement.code] = NOT_APPLICABLE
            spreads.append(
                Spread(
                    code=statement.code,
                    mean=None if mean is None else float(mean),
                    count=len(values),
                    not_applicable=not_applicable,
                    minimum=min(values) if values else None,
                    maximum=max(values) if values else None,
                    std_dev=float(statistics.pstdev([_fraction(v) for v in values]))
                    if values
                    else None,
                )
            )
    return Aggregate(
        respondents=len(answer_sets), spreads=tuple(spreads), result=score(structure, means)
    )


# Comparison and benchmark -------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    code: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def compare(previous: Result, current: Result) -> tuple[Change, ...]:
    """The change per dimension of the current result, in its order; dimensions that the
    previous result lacks have no `before`."""
    before = {d.code: d.score for d in previous.dimensions}
    return tuple(Change(d.code, before.get(d.code), d.score) for d in current.dimensions)


@dataclass(frozen=True)
class Quartiles:
    count: int
    lower: float
    median: float
    upper: float


def quartiles(scores: Sequence[Number]) -> Quartiles | None:
    """Median and quartiles of a group's scores; None below BENCHMARK_MINIMUM, so that no
    organisation can be singled out."""
    if len(scores) < BENCHMARK_MINIMUM:
        return None
    lower, median, upper = statistics.quantiles([float(s) for s in scores], n=4, method="inclusive")
    return Quartiles(count=len(scores), lower=lower, median=median, upper=upper)


@dataclass(frozen=True)
class Benchmark:
    organisations: int
    overall: Quartiles | None
    dimensions: dict[str, Quartiles | None]


def benchmark(results: Sequence[Result]) -> Benchmark | None:
    """The quartiles of a group of organisations' scores (one result each), overall and per
    dimension; None when the group is smaller than BENCHMARK_MINIMUM. A dimension that fewer
    than that many organisations scored has None."""
    return benchmark_of_scores(
        [(r.overall, {d.code: d.score for d in r.dimensions}) for r in results]
    )


def benchmark_of_scores(
    scores: Sequence[tuple[Number | None, Mapping[str, Number | None]]],
) -> Benchmark | None:
    """`benchmark` over scores already worked out: (overall, dimension code → score) for each
    organisation, as a closed round keeps them."""
    if len(scores) < BENCHMARK_MINIMUM:
        return None
    by_dimension: dict[str, list[Number]] = {}
    for _overall, dimensions in scores:
        for code, score in dimensions.items():
            found = by_dimension.setdefault(code, [])
            if score is not None:
                found.append(score)
    return Benchmark(
        organisations=len(scores),
        overall=quartiles([overall for overall, _ in scores if overall is not None]),
        dimensions={code: quartiles(found) for code, found in by_dimension.items()},
    )
