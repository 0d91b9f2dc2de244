"""API endpoints of the self-assessment (mounted at /api/v1/assessment/): the current
questionnaire, and for signed-in members starting, answering and completing their own
assessments and reading their results; for the people who may see an organisation's rounds,
each round's aggregate and its peer benchmark.

Someone else's assessment or round answers 404, never 403, so that the API does not reveal
which exist. Changing a completed assessment answers 409 (Conflict), and so does asking for the
benchmark of a round that is still open.
"""

import statistics
from dataclasses import asdict
from datetime import datetime
from typing import Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import slug_re
from django.db.models import Exists, F, OuterRef, Q
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import StrictBool, StrictInt

from ppi4cities.accounts.api import ErrorOut, JsonObject
from ppi4cities.accounts.models import Organisation
from ppi4cities.accounts.permissions import is_member
from ppi4cities.api.auth import signed_in
from ppi4cities.core.translation import translated_field

from . import permissions, scoring, selectors, services
from .models import (
    Answer,
    Assessment,
    AssessmentStatus,
    Round,
    RoundInvitation,
    Statement,
    Variant,
)

router = Router(tags=["assessment"])

VariantCode = Literal[tuple(Variant.values)]  # type: ignore[valid-type]
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
ORIGINAL_LANGUAGE = "en"
MAX_PAGE_SIZE = 100
# The API names the groups as the pages do ("type"); the organisation's field is `kind`.
BENCHMARK_GROUP_FIELDS = {"type": "kind", "country": "country", "size": "size"}
BenchmarkGroup = Literal[tuple(BENCHMARK_GROUP_FIELDS)]  # type: ignore[valid-type]


# Schemas -------------------------------------------------------------------------------------


class ScaleOptionOut(Schema):
    value: int
    label: str


class StatementOut(Schema):
    code: str
    text: str
    guidance: str
    in_short: bool


class DimensionOut(Schema):
    code: str
    name: str
    description: str
    statements: list[StatementOut]


class QuestionnaireOut(Schema):
    id: int = Field(description="The id of the version")
    slug: str
    number: int = Field(description="The version's number")
    name: str
    description: str
    variant: str
    language: str = Field(description="The language asked for; missing texts are in English")
    published_at: datetime | None
    scale: list[ScaleOptionOut] = Field(description="Answers besides “not applicable”")
    dimensions: list[DimensionOut]


class QuestionnaireQuery(Schema):
    variant: VariantCode = Field(Variant.FULL.value, description="short: a statement a dimension")
    language: Language | None = Field(None, description="Instead of the Accept-Language header")


class StartIn(JsonObject):
    variant: VariantCode = Variant.FULL.value
    organisation: str | None = Field(
        None, description="Slug of an organisation you administer, to assess it on its behalf"
    )


class ProgressOut(Schema):
    answered: int = Field(description="Statements with a value or “not applicable”")
    total: int
    remaining: int


class AnswerOut(Schema):
    statement: str
    value: int | None
    not_applicable: bool


class AssessmentOut(Schema):
    id: int
    questionnaire: str
    version: int
    variant: str
    status: str = Field(description="in_progress or completed")
    organisation: str | None = Field(description="Slug, for an organisation's assessment")
    round: int | None
    started_at: datetime
    completed_at: datetime | None


class AssessmentDetailOut(AssessmentOut):
    progress: ProgressOut
    answers: list[AnswerOut]


class AssessmentPage(Schema):
    count: int
    page: int
    pages: int
    results: list[AssessmentOut]


class PageQuery(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class AnswerIn(JsonObject):
    value: StrictInt | None = Field(None, description="A value of the scale")
    not_applicable: StrictBool = Field(False, description="Instead of a value")


class SavedAnswerOut(AnswerOut):
    progress: ProgressOut


class IncompleteOut(ErrorOut):
    remaining: int = Field(description="Statements still without an answer")


class LevelOut(Schema):
    code: str
    name: str
    meaning: str


class DimensionScoreOut(Schema):
    code: str
    name: str
    score: float | None = Field(description="0–100; null when nothing was answered")
    answered: int
    not_applicable: int
    total: int


class NamedDimensionOut(Schema):
    code: str
    name: str


class ResultOut(Schema):
    assessment: int
    version: int
    variant: str
    overall: float | None = Field(description="0–100")
    completeness: float = Field(description="0–1")
    level: LevelOut | None
    dimensions: list[DimensionScoreOut]
    strengths: list[NamedDimensionOut]
    gaps: list[NamedDimensionOut]


class OrganisationRef(Schema):
    slug: str
    name: str


class RoundOut(Schema):
    id: int
    title: str
    organisation: OrganisationRef
    questionnaire: str
    version: int
    state: str = Field(description="open or closed")
    started_at: datetime
    closed_at: datetime | None


class RoundPage(Schema):
    count: int
    page: int
    pages: int
    results: list[RoundOut]


class RoundDimensionOut(Schema):
    code: str
    name: str
    score: float | None = Field(description="0–100, from the mean answer to each statement")
    mean: float | None = Field(description="Mean of the respondents' own scores, 0–100")
    minimum: float | None = Field(description="Lowest respondent's score")
    maximum: float | None = Field(description="Highest respondent's score")
    std_dev: float | None = Field(description="Population standard deviation of their scores")
    count: int = Field(description="Respondents who scored the dimension")


class RoundStatementOut(Schema):
    code: str
    dimension: str
    mean: float | None = Field(description="Mean answer on the scale")
    count: int = Field(description="Answers on the scale")
    not_applicable: int
    minimum: int | None
    maximum: int | None
    std_dev: float | None


class RoundDetailOut(RoundOut):
    respondents: int = Field(description="Completed assessments the aggregate counts")
    overall: float | None = Field(description="0–100")
    level: LevelOut | None
    dimensions: list[RoundDimensionOut]
    statements: list[RoundStatementOut]


class BenchmarkQuery(Schema):
    group: BenchmarkGroup = Field(
        ..., description="Compare with organisations of the same type, country or size"
    )


class QuartilesOut(Schema):
    count: int = Field(description="Organisations that scored the dimension")
    lower: float
    median: float
    upper: float


class BenchmarkDimensionOut(Schema):
    code: str
    name: str
    score: float | None = Field(description="The organisation's own score in this round")
    quartiles: QuartilesOut | None = Field(description="null when too few scored it")


class BenchmarkOut(Schema):
    round: int
    group: str
    has_group: bool = Field(description="false when the organisation's profile lacks the field")
    organisations: int = Field(description="Peers in the group with a closed round")
    minimum: int = Field(description="Peers needed before any figure is shown")
    dimensions: list[BenchmarkDimensionOut] = Field(
        description="Empty while the group is smaller than the minimum"
    )


# Helpers -------------------------------------------------------------------------------------


def _text(obj, field) -> str:
    """The active language's text, else English."""
    return translated_field(obj, field, ORIGINAL_LANGUAGE).text


def _language(request, asked: str | None = None) -> str:
    # The API's addresses carry no language prefix, so the locale middleware always chooses
    # the default language for them; the client's header (or cookie) says what it reads.
    return asked or translation.get_language_from_request(request, check_path=False)


def _current_version():
    version = selectors.current_version()
    if version is None:
        raise Http404
    return version


def _visible_or_404(request, assessment_id: int) -> Assessment:
    """The caller's own assessment; or, completed, one the permissions let them see (an
    organisation's, for its members). Anything else is not found."""
    assessment = (
        Assessment.objects.select_related("version__questionnaire", "organisation", "round")
        .filter(pk=assessment_id)
        .first()
    )
    if assessment is None:
        raise Http404
    if permissions.is_own(request.user, assessment):
        return assessment
    if assessment.is_completed and permissions.can_view_result(request.user, assessment):
        return assessment
    raise Http404


def _answerable_or_error(request, assessment_id: int) -> Assessment:
    assessment = _visible_or_404(request, assessment_id)
    if not permissions.is_own(request.user, assessment):
        raise PermissionDenied(_("Only the person who started an assessment answers it."))
    if assessment.is_completed:
        raise HttpError(409, _("This assessment is completed; its answers can no longer change."))
    return assessment


def _summary(assessment) -> dict:
    return {
        "id": assessment.pk,
        "questionnaire": assessment.version.questionnaire.slug,
        "version": assessment.version.number,
        "variant": assessment.variant,
        "status": assessment.status,
        "organisation": assessment.organisation.slug if assessment.organisation_id else None,
        "round": assessment.round_id,
        "started_at": assessment.started_at,
        "completed_at": assessment.completed_at,
    }


def _progress(assessment) -> dict:
    total = services.variant_statements(assessment.version_id, assessment.variant).count()
    remaining = services.remaining_count(assessment)
    return {"answered": total - remaining, "total": total, "remaining": remaining}


def _detail(assessment) -> dict:
    answers = assessment.answers.select_related("statement").order_by(
        "statement__dimension__position", "statement__position", "statement_id"
    )
    return {
        **_summary(assessment),
        "progress": _progress(assessment),
        "answers": [
            {
                "statement": answer.statement.code,
                "value": answer.value,
                "not_applicable": answer.not_applicable,
            }
            for answer in answers
        ],
    }


def _organisation(slug: str | None) -> Organisation | None:
    if slug is None:
        return None
    # Anything but a slug finds nothing; PostgreSQL would refuse some strings (a NUL) outright.
    organisation = Organisation.objects.filter(slug=slug).first() if slug_re.match(slug) else None
    if organisation is None:
        raise ValidationError({"organisation": _("No organisation has this slug.")})
    return organisation


def _statement(assessment, code: str) -> Statement:
    statement = (
        services.variant_statements(assessment.version_id, assessment.variant)
        .filter(code=code)
        .first()
        if slug_re.match(code)
        else None
    )
    if statement is None:
        raise ValidationError(
            {"statement_code": _("This statement is not part of this assessment.")}
        )
    return statement


# Endpoints -----------------------------------------------------------------------------------


@router.get(
    "/questionnaires/current",
    response={200: QuestionnaireOut, 404: ErrorOut, 422: ErrorOut},
    summary="The current questionnaire, in the language of Accept-Language (else English)",
)
def questionnaire_current(request, query: Query[QuestionnaireQuery]):
    language = _language(request, query.language)
    with translation.override(language):
        return _questionnaire(_current_version(), query.variant, language)


def _questionnaire(version, variant: str, language: str) -> dict:
    dimensions = selectors.version_dimensions(version, variant)
    return {
        "id": version.pk,
        "slug": version.questionnaire.slug,
        "number": version.number,
        "name": _text(version.questionnaire, "name"),
        "description": _text(version.questionnaire, "description"),
        "variant": variant,
        "language": language,
        "published_at": version.published_at,
        "scale": [
            {"value": option.value, "label": _text(option, "label")}
            for option in version.scale_options.all()
        ],
        "dimensions": [
            {
                "code": dimension.code,
                "name": _text(dimension, "name"),
                "description": _text(dimension, "description"),
                "statements": [
                    {
                        "code": statement.code,
                        "text": _text(statement, "text"),
                        "guidance": _text(statement, "guidance"),
                        "in_short": statement.in_short,
                    }
                    for statement in dimension.statements.all()
                ],
            }
            for dimension in dimensions
        ],
    }


@router.post(
    "/assessments",
    auth=signed_in,
    response={
        200: AssessmentDetailOut,
        201: AssessmentDetailOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
    },
    summary="Start an assessment of the current version (201), or resume the unfinished one of "
    "the same kind (200)",
)
def assessment_start(request, payload: StartIn):
    if not permissions.can_assess_individually(request.user):
        raise PermissionDenied(_("Verify your email address to take the assessment."))
    organisation = _organisation(payload.organisation)
    version = _current_version()
    # The service resumes or starts; a start stamps `started_at` with the time of the call.
    called_at = timezone.now()
    assessment = services.assessment_start(
        version=version, variant=payload.variant, user=request.user, organisation=organisation
    )
    status = 201 if assessment.started_at >= called_at else 200
    return Status(status, _detail(_visible_or_404(request, assessment.pk)))


@router.get(
    "/assessments",
    auth=signed_in,
    response={200: AssessmentPage, 401: ErrorOut, 422: ErrorOut},
    summary="Your assessments, newest first",
)
def assessment_list(request, query: Query[PageQuery]):
    queryset = selectors.person_assessments(request.user)
    count = queryset.count()
    pages = max(1, -(-count // query.page_size))
    start = (query.page - 1) * query.page_size
    # Past the last page there is nothing to fetch, and a huge offset would overflow the
    # database's integer.
    page = list(queryset[start : start + query.page_size]) if start < count else []
    return {
        "count": count,
        "page": query.page,
        "pages": pages,
        "results": [_summary(assessment) for assessment in page],
    }


@router.get(
    "/assessments/{assessment_id}",
    auth=signed_in,
    response={200: AssessmentDetailOut, 401: ErrorOut, 404: ErrorOut},
    summary="One assessment: status, progress and answers",
)
def assessment_detail(request, assessment_id: int):
    return _detail(_visible_or_404(request, assessment_id))


@router.put(
    "/assessments/{assessment_id}/answers/{statement_code}",
    auth=signed_in,
    response={
        200: SavedAnswerOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
        422: ErrorOut,
    },
    summary="Answer one statement: a value of the scale, or not_applicable",
)
def answer_save(request, assessment_id: int, statement_code: str, payload: AnswerIn):
    assessment = _answerable_or_error(request, assessment_id)
    statement = _statement(assessment, statement_code)
    answer = services.answer_save(
        assessment=assessment,
        statement=statement,
        value=payload.value,
        not_applicable=payload.not_applicable,
    )
    return {
        "statement": statement.code,
        "value": answer.value,
        "not_applicable": answer.not_applicable,
        "progress": _progress(assessment),
    }


@router.post(
    "/assessments/{assessment_id}/complete",
    auth=signed_in,
    response={
        200: AssessmentDetailOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
        422: IncompleteOut,
    },
    summary="Complete an assessment whose statements all have an answer",
)
def assessment_complete(request, assessment_id: int):
    assessment = _answerable_or_error(request, assessment_id)
    try:
        services.assessment_complete(assessment=assessment)
    except ValidationError as error:
        errors = [{"field": None, "message": message} for message in error.messages]
        return Status(
            422,
            {
                "detail": _("Invalid input."),
                "errors": errors,
                "remaining": services.remaining_count(assessment),
            },
        )
    return _detail(_visible_or_404(request, assessment_id))


@router.get(
    "/assessments/{assessment_id}/result",
    auth=signed_in,
    response={200: ResultOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="The result: overall score, maturity level, dimensions, strengths and gaps",
)
def assessment_result(request, assessment_id: int):
    assessment = _visible_or_404(request, assessment_id)
    if not assessment.is_completed:
        raise HttpError(409, _("This assessment is not completed yet."))
    with translation.override(_language(request)):
        return _result(assessment)


def _result(assessment) -> dict:
    named = selectors.assessment_result(assessment)
    result = named.result
    level = result.level
    return {
        "assessment": assessment.pk,
        "version": named.version.number,
        "variant": assessment.variant,
        "overall": result.overall,
        "completeness": result.completeness,
        "level": (
            {"code": level.code, "name": str(level.name), "meaning": str(level.meaning)}
            if level
            else None
        ),
        "dimensions": [
            {
                "code": dimension.code,
                "name": _text(dimension, "name"),
                "score": score.score,
                "answered": score.answered,
                "not_applicable": score.not_applicable,
                "total": score.total,
            }
            for dimension, score in named.rows
        ],
        "strengths": [{"code": d.code, "name": _text(d, "name")} for d in named.strengths],
        "gaps": [{"code": d.code, "name": _text(d, "name")} for d in named.gaps],
    }


# Rounds and the peer benchmark -----------------------------------------------------------------


def _round_or_404(request, round_id: int) -> Round:
    """The round, for those the permissions let see its result; anyone else finds nothing."""
    round = (
        Round.objects.select_related("organisation", "version__questionnaire")
        .filter(pk=round_id)
        .first()
    )
    if round is None or not permissions.can_view_round_result(request.user, round):
        raise Http404
    return round


def _round_summary(round) -> dict:
    return {
        "id": round.pk,
        "title": round.title,
        "organisation": {"slug": round.organisation.slug, "name": round.organisation.name},
        "questionnaire": round.version.questionnaire.slug,
        "version": round.version.number,
        "state": "open" if round.is_open else "closed",
        "started_at": round.started_at,
        "closed_at": round.closed_at,
    }


@router.get(
    "/rounds",
    auth=signed_in,
    response={200: RoundPage, 401: ErrorOut, 422: ErrorOut},
    summary="The rounds of your organisations whose result you may see, newest first",
)
def round_list(request, query: Query[PageQuery]):
    # person_rounds selects in SQL the rounds can_view_round_result lets a member see (all of
    # an organisation they administer, elsewhere those they take part in); asking the
    # permission row by row would cost a query per invitation.
    rounds = (
        selectors.person_rounds(request.user) if is_member(request.user) else Round.objects.none()
    )
    count = rounds.count()
    start = (query.page - 1) * query.page_size
    # Past the last page there is nothing to fetch, and a huge offset would overflow the
    # database's integer.
    page = list(rounds[start : start + query.page_size]) if start < count else []
    return {
        "count": count,
        "page": query.page,
        "pages": max(1, -(-count // query.page_size)),
        "results": [_round_summary(round) for round in page],
    }


def _respondent_scores(round, structure) -> dict[str, list[float]]:
    """Dimension code → each respondent's own score (one query): the spread behind the
    organisation's score, which comes from the mean answers."""
    # The respondents selectors.round_result counts: the round's participants.
    participates = Q(assessment__user=F("assessment__round__started_by")) | Exists(
        RoundInvitation.objects.filter(
            round=OuterRef("assessment__round"), user=OuterRef("assessment__user")
        )
    )
    rows = Answer.objects.filter(
        participates, assessment__round=round, assessment__status=AssessmentStatus.COMPLETED
    ).values_list("assessment_id", "statement__code", "value", "not_applicable")
    answer_sets: dict[int, dict] = {}
    for assessment_id, code, value, na in rows:
        answer_sets.setdefault(assessment_id, {})[code] = scoring.NOT_APPLICABLE if na else value
    scores: dict[str, list[float]] = {}
    for answers in answer_sets.values():
        for dimension in scoring.score(structure, answers).dimensions:
            if dimension.score is not None:
                scores.setdefault(dimension.code, []).append(dimension.score)
    return scores


def _round_dimension(dimension, score, own_scores: list[float]) -> dict:
    return {
        "code": dimension.code,
        "name": _text(dimension, "name"),
        "score": score.score,
        "mean": statistics.fmean(own_scores) if own_scores else None,
        "minimum": min(own_scores, default=None),
        "maximum": max(own_scores, default=None),
        "std_dev": statistics.pstdev(own_scores) if own_scores else None,
        "count": len(own_scores),
    }


def _round_detail(round) -> dict:
    found = selectors.round_result(round)
    own_scores = _respondent_scores(round, selectors.structure(round.version, found.dimensions))
    level = found.result.level
    return {
        **_round_summary(round),
        "respondents": found.respondents,
        "overall": found.result.overall,
        "level": (
            {"code": level.code, "name": str(level.name), "meaning": str(level.meaning)}
            if level
            else None
        ),
        "dimensions": [
            _round_dimension(dimension, score, own_scores.get(dimension.code, []))
            for dimension, score in zip(found.dimensions, found.result.dimensions, strict=True)
        ],
        "statements": [
            {
                "code": statement.code,
                "dimension": dimension.code,
                "mean": spread.mean,
                "count": spread.count,
                "not_applicable": spread.not_applicable,
                "minimum": spread.minimum,
                "maximum": spread.maximum,
                "std_dev": spread.std_dev,
            }
            for dimension in found.dimensions
            for statement in dimension.statements.all()
            for spread in [found.aggregate.spread(statement.code)]
        ],
    }


@router.get(
    "/rounds/{round_id}",
    auth=signed_in,
    response={200: RoundDetailOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="A round and its aggregate: the organisation's scores, with the spread per "
    "dimension and per statement",
)
def round_detail(request, round_id: int):
    round = _round_or_404(request, round_id)
    with translation.override(_language(request)):
        return _round_detail(round)


@router.get(
    "/rounds/{round_id}/benchmark",
    auth=signed_in,
    response={200: BenchmarkOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="How a closed round compares with peers of the same type, country or size",
)
def round_benchmark(request, round_id: int, query: Query[BenchmarkQuery]):
    round = _round_or_404(request, round_id)
    if round.is_open:
        raise HttpError(409, _("The benchmark compares closed rounds; close this round first."))
    found = selectors.round_result(round)
    peers = selectors.peer_benchmark(
        found.dimensions,
        organisation=round.organisation,
        group=BENCHMARK_GROUP_FIELDS[query.group],
    )
    scores = {score.code: score.score for score in found.result.dimensions}
    with translation.override(_language(request)):
        dimensions = [
            {
                "code": dimension.code,
                "name": _text(dimension, "name"),
                "score": scores[dimension.code],
                "quartiles": asdict(quartiles) if quartiles else None,
            }
            for dimension, quartiles in peers.rows
        ]
    return {
        "round": round.pk,
        "group": query.group,
        "has_group": peers.has_group,
        "organisations": peers.organisations,
        "minimum": peers.minimum,
        # Below the minimum no figure is shown, so that no organisation can be singled out.
        "dimensions": dimensions if peers.benchmark is not None else [],
    }
