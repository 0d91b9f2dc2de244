"""Reads of the self-assessment that pages, the API and tasks share; each issues a fixed
number of queries whatever the size of the questionnaire or the round."""

from dataclasses import dataclass

from django.db.models import Exists, F, Max, OuterRef, Prefetch, Q, Subquery

from . import scoring
from .models import (
    Answer,
    Assessment,
    AssessmentStatus,
    BenchmarkOptOut,
    Dimension,
    PeerContactOptIn,
    QuestionnaireVersion,
    Round,
    RoundInvitation,
    ScaleOption,
    Statement,
    Variant,
)

DEFAULT_SLUG = "ppi-readiness"


def current_version(slug: str = DEFAULT_SLUG) -> QuestionnaireVersion | None:
    """The published version with the highest number, or None."""
    return (
        QuestionnaireVersion.objects.filter(questionnaire__slug=slug, published_at__isnull=False)
        .select_related("questionnaire")
        .order_by("-number")
        .first()
    )


def version_dimensions(version, variant: str = Variant.FULL) -> list[Dimension]:
    """The version's dimensions in order, each with `.statements.all()` holding the variant's
    statements in order (two queries)."""
    statements = Statement.objects.order_by("position", "pk")
    if variant == Variant.SHORT:
        statements = statements.filter(in_short=True)
    return list(
        Dimension.objects.filter(version=version)
        .order_by("position", "pk")
        .prefetch_related(Prefetch("statements", queryset=statements))
    )


def structure(version, dimensions: list[Dimension]) -> scoring.Structure:
    """What scoring needs of a version; `version.scale_options` give the scale's top."""
    scale_max = max(version.scale_options.values_list("value", flat=True), default=5)
    return scoring.Structure(
        dimensions=tuple(
            scoring.DimensionSpec(
                code=dimension.code,
                weight=dimension.weight,
                statements=tuple(
                    scoring.StatementSpec(code=statement.code, weight=statement.weight)
                    for statement in dimension.statements.all()
                ),
            )
            for dimension in dimensions
        ),
        scale_max=scale_max,
    )


def answers_of(assessment) -> dict:
    """Statement code → value, or scoring.NOT_APPLICABLE."""
    rows = Answer.objects.filter(assessment=assessment).values_list(
        "statement__code", "value", "not_applicable"
    )
    return {code: (scoring.NOT_APPLICABLE if na else value) for code, value, na in rows}


@dataclass(frozen=True)
class NamedResult:
    """A result with the dimensions it scores, in the questionnaire's order."""

    version: QuestionnaireVersion
    dimensions: list[Dimension]
    result: scoring.Result

    @property
    def rows(self) -> list[tuple[Dimension, scoring.DimensionScore]]:
        return list(zip(self.dimensions, self.result.dimensions, strict=True))

    @property
    def strengths(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.code in self.result.strengths]

    @property
    def gaps(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.code in self.result.gaps]


def assessment_result(assessment: Assessment) -> NamedResult:
    version = assessment.version
    dimensions = version_dimensions(version, assessment.variant)
    result = scoring.score(structure(version, dimensions), answers_of(assessment))
    return NamedResult(version=version, dimensions=dimensions, result=result)


@dataclass(frozen=True)
class RoundResult:
    round: Round
    dimensions: list[Dimension]
    aggregate: scoring.Aggregate

    @property
    def result(self) -> scoring.Result:
        return self.aggregate.result

    @property
    def respondents(self) -> int:
        return self.aggregate.respondents


def _participates():
    """Whether an assessment's person takes part in its round (the starter or invited)."""
    return Q(assessment__user=F("assessment__round__started_by")) | Exists(
        RoundInvitation.objects.filter(
            round=OuterRef("assessment__round"), user=OuterRef("assessment__user")
        )
    )


def round_result(round: Round) -> RoundResult:
    """The organisation's result from the completed assessments of the round's participants."""
    dimensions = version_dimensions(round.version, Variant.FULL)
    rows = Answer.objects.filter(
        _participates(), assessment__round=round, assessment__status=AssessmentStatus.COMPLETED
    ).values_list("assessment_id", "statement__code", "value", "not_applicable")
    answer_sets: dict[int, dict] = {}
    for assessment_id, code, value, na in rows:
        answer_sets.setdefault(assessment_id, {})[code] = scoring.NOT_APPLICABLE if na else value
    aggregate = scoring.aggregate(
        structure(round.version, dimensions), [answer_sets[key] for key in sorted(answer_sets)]
    )
    return RoundResult(round=round, dimensions=dimensions, aggregate=aggregate)


def round_scores(round: Round) -> dict:
    """What a closed round keeps of its result for peer benchmarks (JSON-ready)."""
    aggregate = round_result(round).aggregate
    return {
        "respondents": aggregate.respondents,
        "overall": aggregate.result.overall,
        "dimensions": {d.code: d.score for d in aggregate.result.dimensions},
    }


def assessment_history(*, user=None, organisation=None):
    """Completed assessments, newest first: a person's own individual ones, or those made
    on behalf of an organisation outside rounds (its rounds are in `round_history`)."""
    if (user is None) == (organisation is None):
        raise TypeError("Give either a user or an organisation.")
    completed = Assessment.objects.filter(status=AssessmentStatus.COMPLETED).select_related(
        "version__questionnaire"
    )
    if user is not None:
        completed = completed.filter(user=user, organisation__isnull=True)
    else:
        completed = completed.filter(organisation=organisation, round__isnull=True)
    return completed.order_by("-completed_at", "-pk")


def round_history(organisation):
    return (
        Round.objects.filter(organisation=organisation)
        .select_related("version__questionnaire", "started_by")
        .order_by("-started_at", "-pk")
    )


def previous_assessment(assessment: Assessment) -> Assessment | None:
    """The same owner's completed assessment before this one, of the same questionnaire and
    variant, to compare with."""
    if assessment.user_id is None or assessment.round_id or assessment.completed_at is None:
        return None
    earlier = Assessment.objects.filter(
        status=AssessmentStatus.COMPLETED,
        variant=assessment.variant,
        version__questionnaire=assessment.version.questionnaire_id,
        completed_at__lt=assessment.completed_at,
        organisation=assessment.organisation_id,
        round__isnull=True,
    ).select_related("version")
    if assessment.organisation_id is None:
        earlier = earlier.filter(user=assessment.user_id)
    return earlier.order_by("-completed_at", "-pk").first()


# Pages ----------------------------------------------------------------------------------------


def person_assessments(user):
    """Everything a person has taken (alone, for an organisation or in a round), newest first."""
    return (
        Assessment.objects.filter(user=user)
        .select_related("version__questionnaire", "organisation", "round")
        .order_by("-started_at", "-pk")
    )


def anonymous_assessments(anonymous_key: str):
    """The assessments a visitor took without an account, by the key in their session."""
    if not anonymous_key:
        return Assessment.objects.none()
    return Assessment.objects.filter(user__isnull=True, anonymous_key=anonymous_key).order_by(
        "-started_at", "-pk"
    )


def shared_assessment(token: str) -> Assessment | None:
    """The completed assessment whose sharing link has this key, or None."""
    if not token:
        return None
    return (
        Assessment.objects.filter(share_token=token, status=AssessmentStatus.COMPLETED)
        .select_related("version__questionnaire", "organisation")
        .first()
    )


RECOMMENDED_RESOURCES = 3


def recommended_resources(
    dimension: Dimension, limit: int = RECOMMENDED_RESOURCES, kinds=None
) -> list:
    """Published library resources on a dimension: its search text within its stages, else its
    stages alone, else its search text alone; empty when nothing matches. `kinds` keeps to
    those types of resource (library ResourceType values)."""
    from django.contrib.auth.models import AnonymousUser

    from ppi4cities.library.selectors import LibraryFilters, resource_list

    query, stages = dimension.resource_query.strip(), list(dimension.stages or [])
    kinds = list(kinds or [])
    attempts = []
    if query and stages:
        attempts.append(LibraryFilters(q=query, kinds=kinds, values={"stage": stages}))
    if stages:
        attempts.append(LibraryFilters(kinds=kinds, values={"stage": stages}, sort="-useful"))
    if query:
        attempts.append(LibraryFilters(q=query, kinds=kinds))
    for filters in attempts:
        # Anyone's view of the library: what a recommendation links to must be published.
        found = resource_list(filters, AnonymousUser())[:limit]
        if found:
            return found
    return []


# Rounds and the peer benchmark ----------------------------------------------------------------


def person_rounds(user):
    """The rounds a person may open, newest first (one query): all rounds of the organisations
    they administer, and in the others they belong to those they take part in."""
    from ppi4cities.accounts.models import Membership, Role

    memberships = Membership.objects.filter(user=user)
    invited = RoundInvitation.objects.filter(round=OuterRef("pk"), user=user)
    return (
        Round.objects.filter(
            Q(organisation__in=memberships.filter(role=Role.ADMIN).values("organisation"))
            | Q(organisation__in=memberships.values("organisation"))
            & (Q(started_by=user) | Exists(invited))
        )
        .select_related("organisation", "version__questionnaire")
        .order_by("-started_at", "-pk")
    )


class InvitationState:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


def round_invitations(round: Round) -> list[RoundInvitation]:
    """The round's participants in the order invited, each with `.state` (an InvitationState)
    and never their answers (one query)."""
    theirs = Assessment.objects.filter(round=round, user=OuterRef("user"))
    invitations = (
        RoundInvitation.objects.filter(round=round)
        .select_related("user")
        .annotate(
            started=Exists(theirs),
            completed=Exists(theirs.filter(status=AssessmentStatus.COMPLETED)),
        )
        .order_by("invited_at", "pk")
    )
    for invitation in invitations:
        invitation.state = (
            InvitationState.COMPLETED
            if invitation.completed
            else InvitationState.IN_PROGRESS
            if invitation.started
            else InvitationState.NOT_STARTED
        )
    return list(invitations)


def organisation_members(organisation):
    """The organisation's active members, to invite to its rounds (one query)."""
    from ppi4cities.accounts.models import Membership

    return [
        membership.user
        for membership in Membership.objects.filter(organisation=organisation, user__is_active=True)
        .select_related("user")
        .order_by("user__full_name", "user__pk")
    ]


def is_benchmark_opted_out(organisation) -> bool:
    return BenchmarkOptOut.objects.filter(organisation=organisation).exists()


# The organisation's field each comparison group shares.
BENCHMARK_GROUPS = ("kind", "country", "size")


@dataclass(frozen=True)
class PeerBenchmark:
    """How an organisation's dimensions compare with a group of peers. `benchmark` is None when
    the group is smaller than scoring.BENCHMARK_MINIMUM (or the organisation gives no value for
    the group's field): then only the count of peers is known."""

    group: str
    organisations: int
    benchmark: scoring.Benchmark | None
    rows: list[tuple[Dimension, scoring.Quartiles | None]]
    has_group: bool = True

    @property
    def minimum(self) -> int:
        return scoring.BENCHMARK_MINIMUM


def _scoring_structures(version_ids) -> dict:
    """Version id → scoring.Structure of its full variant, for several versions (three
    queries however many)."""
    scale_max = dict(
        ScaleOption.objects.filter(version__in=version_ids)
        .values("version")
        .annotate(top=Max("value"))
        .values_list("version", "top")
    )
    dimensions: dict[int, list[Dimension]] = {}
    statements = Statement.objects.order_by("position", "pk")
    for dimension in (
        Dimension.objects.filter(version__in=version_ids)
        .order_by("position", "pk")
        .prefetch_related(Prefetch("statements", queryset=statements))
    ):
        dimensions.setdefault(dimension.version_id, []).append(dimension)
    return {
        version_id: scoring.Structure(
            dimensions=tuple(
                scoring.DimensionSpec(
                    code=dimension.code,
                    weight=dimension.weight,
                    statements=tuple(
                        scoring.StatementSpec(code=statement.code, weight=statement.weight)
                        for statement in dimension.statements.all()
                    ),
                )
                for dimension in dimensions.get(version_id, [])
            ),
            scale_max=scale_max.get(version_id, 5),
        )
        for version_id in version_ids
    }


def full_scores(assessments) -> dict[int, scoring.Result]:
    """Assessment id → the scoring result of full assessments, for many at once (four queries
    however many)."""
    assessments = list(assessments)
    if not assessments:
        return {}
    answer_sets: dict[int, dict] = {assessment.pk: {} for assessment in assessments}
    rows = Answer.objects.filter(assessment__in=list(answer_sets)).values_list(
        "assessment", "statement__code", "value", "not_applicable"
    )
    for assessment_id, code, value, na in rows:
        answer_sets[assessment_id][code] = scoring.NOT_APPLICABLE if na else value
    structures = _scoring_structures({assessment.version_id for assessment in assessments})
    return {
        assessment.pk: scoring.score(structures[assessment.version_id], answer_sets[assessment.pk])
        for assessment in assessments
    }


def peer_benchmark(result_dimensions, *, organisation, group: str) -> PeerBenchmark:
    """The quartiles per dimension of the other organisations that share the organisation's
    type, country or size (`group`), from each one's latest closed round with at least one
    completed assessment. Organisations that opted out are left out. The number of queries
    does not depend on the number of organisations."""
    if group not in BENCHMARK_GROUPS:
        raise ValueError(f"Unknown benchmark group {group!r}.")
    from ppi4cities.accounts.models import Organisation

    value = getattr(organisation, group)
    if not value:
        return PeerBenchmark(group, 0, None, [(d, None) for d in result_dimensions], False)
    answered = Assessment.objects.filter(round=OuterRef("pk"), status=AssessmentStatus.COMPLETED)
    finished = Round.objects.filter(
        Exists(answered), organisation=OuterRef("pk"), closed_at__isnull=False
    ).order_by("-closed_at", "-pk")
    # Organisations without such a round give NULL, which `pk__in` below matches to nothing.
    latest = (
        Organisation.objects.filter(**{group: value}, benchmark_opt_out__isnull=True)
        .exclude(pk=organisation.pk)
        .annotate(latest_round=Subquery(finished.values("pk")[:1]))
        .values("latest_round")
    )
    rounds = list(Round.objects.filter(pk__in=latest).only("pk", "closed_at", "scores"))
    for position, round in enumerate(rounds):
        if round.scores is None:
            from .services import round_scores_store

            # Closed before rounds kept their scores: worked out once, then kept.
            rounds[position] = round_scores_store(round=round)
    scores = [(r.scores["overall"], r.scores["dimensions"]) for r in rounds]
    found = scoring.benchmark_of_scores(scores)
    return PeerBenchmark(
        group=group,
        organisations=len(scores),
        benchmark=found,
        rows=[(d, found.dimensions.get(d.code) if found else None) for d in result_dimensions],
    )


# Peers to ask ---------------------------------------------------------------------------------

# Peers are found among this many most recently completed assessments of people who agreed to
# be contacted, so the cost stays the same however many people use the platform.
PEER_CANDIDATES = 300
PEERS_SHOWN = 3


@dataclass(frozen=True)
class Peer:
    person: object
    organisation_name: str


def is_peer_contactable(user) -> bool:
    return bool(user and user.is_authenticated) and (
        PeerContactOptIn.objects.filter(user=user).exists()
    )


def contactable_peers(
    dimensions, *, viewer, exclude_organisation=None, limit: int = PEERS_SHOWN
) -> dict[str, list[Peer]]:
    """Dimension code → people to ask about it: active people who agreed to be contacted, are
    not the viewer (nor, with `exclude_organisation`, its members), whose profile the viewer
    may see, and whose latest completed full assessment (their own or their part in a round)
    scores at least scoring.STRENGTH on the dimension of the same code. Anonymous visitors get
    none. A fixed number of queries, whatever the number of people."""
    from ppi4cities.accounts.models import Membership
    from ppi4cities.accounts.permissions import can_view_profile

    codes = [dimension.code for dimension in dimensions]
    found: dict[str, list[Peer]] = {code: [] for code in codes}
    if not (codes and viewer and viewer.is_authenticated):
        return found
    candidates = (
        Assessment.objects.filter(
            Q(organisation__isnull=True) | Q(round__isnull=False),
            status=AssessmentStatus.COMPLETED,
            variant=Variant.FULL,
            user__is_active=True,
            user__peer_contact_opt_in__isnull=False,
        )
        .exclude(user=viewer)
        .select_related("user", "organisation")
        .order_by("-completed_at", "-pk")
    )
    if exclude_organisation is not None:
        candidates = candidates.exclude(
            Exists(
                Membership.objects.filter(user=OuterRef("user"), organisation=exclude_organisation)
            )
        )
    latest: dict[int, Assessment] = {}
    for assessment in candidates[:PEER_CANDIDATES]:
        if assessment.user_id not in latest and can_view_profile(viewer, assessment.user):
            latest[assessment.user_id] = assessment
    if not latest:
        return found
    results = full_scores(latest.values())
    first_organisation = {}
    for membership in (
        Membership.objects.filter(user__in=list(latest))
        .select_related("organisation")
        .order_by("organisation__name", "pk")
    ):
        first_organisation.setdefault(membership.user_id, membership.organisation.name)
    for assessment in latest.values():
        result = results[assessment.pk]
        organisation_name = (
            assessment.organisation.name
            if assessment.organisation_id
            else first_organisation.get(assessment.user_id, "")
        )
        for score in result.dimensions:
            peers = found.get(score.code)
            if (
                peers is not None
                and len(peers) < limit
                and score.score is not None
                and score.score >= scoring.STRENGTH
            ):
                peers.append(Peer(person=assessment.user, organisation_name=organisation_name))
    return found
