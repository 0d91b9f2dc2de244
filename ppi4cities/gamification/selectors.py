"""Reads of points, badges, notices, the PPI journey and the leaderboard, computed from the
ledger and the data."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, Sum
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ppi4cities.accounts.models import Membership
from ppi4cities.assessment.models import Assessment, AssessmentStatus, Round
from ppi4cities.library.models import Resource
from ppi4cities.moderation.models import Status
from ppi4cities.pilots.models import Pilot
from ppi4cities.pilots.vocabularies import PilotState

from .badges import BADGES, JOURNEY_BADGE, Badge, Level
from .journey import STEPS, Step
from .models import BadgeNotice, JourneyConfirmation, LeaderboardOptIn, PointAward
from .rules import RULES


def points_total(user) -> int:
    return PointAward.objects.filter(user=user).aggregate(total=Sum("points"))["total"] or 0


def points_by_action(user) -> dict[str, int]:
    rows = PointAward.objects.filter(user=user).values("action").annotate(total=Sum("points"))
    return {row["action"]: row["total"] for row in rows.order_by("action")}


@dataclass(frozen=True)
class EarnedBadge:
    badge: Badge
    level: Level
    score: int
    next_level: Level | None

    @property
    def progress(self) -> float:
        """How far from this level's threshold to the next one, 0..1 (1 at the top level)."""
        if self.next_level is None:
            return 1.0
        span = self.next_level.threshold - self.level.threshold
        return (self.score - self.level.threshold) / span


def badge_standing(user) -> tuple[list[EarnedBadge], list[Badge]]:
    """The badges the person has earned, each at its level, and those not yet earned, both in
    the registry's order."""
    earned, not_yet = [], []
    for badge in BADGES.values():
        score = badge.score(user)
        level = badge.level_at(score)
        if level is None:
            not_yet.append(badge)
        else:
            earned.append(EarnedBadge(badge, level, score, badge.next_level(score)))
    return earned, not_yet


def badges_for(user) -> list[EarnedBadge]:
    """The badges the person has earned, in the registry's order, each at its level."""
    return badge_standing(user)[0]


def points_by_rule(user) -> list[tuple[str, int]]:
    """(the action's human name, points) for each action the person earned points for."""
    return [
        (RULES[action].label if action in RULES else action, total)
        for action, total in points_by_action(user).items()
    ]


@dataclass(frozen=True)
class Notice:
    badge_name: str
    level_name: str
    earned_at: datetime
    is_new: bool


def badge_notices(user, *, unseen_only: bool = False, limit: int = 20) -> list[Notice]:
    """The person's badge notices, newest first, with the badge's and level's names."""
    rows = BadgeNotice.objects.filter(user=user)
    if unseen_only:
        rows = rows.filter(seen_at__isnull=True)
    notices = []
    for row in rows[:limit]:
        badge = BADGES.get(row.badge)
        level = badge and next((lv for lv in badge.levels if lv.code == row.level), None)
        if badge is None or level is None:
            continue  # a badge since removed from the registry
        notices.append(Notice(badge.name, level.name, row.earned_at, row.seen_at is None))
    return notices


@dataclass(frozen=True)
class Evidence:
    text: str
    url: str | None


@dataclass(frozen=True)
class JourneyStep:
    step: Step
    evidence: Evidence | None
    confirmation: JourneyConfirmation | None

    @property
    def done(self) -> bool:
        return self.evidence is not None or self.confirmation is not None


@dataclass(frozen=True)
class Journey:
    organisation: object
    steps: list[JourneyStep]

    @property
    def done_count(self) -> int:
        return sum(1 for step in self.steps if step.done)

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def level(self) -> Level | None:
        return JOURNEY_BADGE.level_at(JOURNEY_BADGE.score(self))

    @property
    def next_level(self) -> Level | None:
        return JOURNEY_BADGE.next_level(JOURNEY_BADGE.score(self))


def _day(moment) -> str:
    return date_format(moment, "DATE_FORMAT")


def _assessment_evidence(organisation) -> Evidence | None:
    closed = (
        Round.objects.filter(organisation=organisation, closed_at__isnull=False)
        .order_by("-closed_at", "-pk")
        .first()
    )
    if closed is not None:
        return Evidence(
            _("Self-assessment round “%(title)s” closed on %(date)s.")
            % {"title": closed.title, "date": _day(closed.closed_at)},
            reverse("assessment:round", args=[closed.pk]),
        )
    completed = (
        Assessment.objects.filter(
            organisation=organisation, round__isnull=True, status=AssessmentStatus.COMPLETED
        )
        .order_by("-completed_at", "-pk")
        .only("completed_at")
        .first()
    )
    if completed is not None:
        # The answers stay private to the person who gave them, so nothing to link to.
        return Evidence(
            _("A self-assessment on behalf of the organisation was completed on %(date)s.")
            % {"date": _day(completed.completed_at)},
            None,
        )
    return None


def _pilot_evidence(pilot, text) -> Evidence:
    return Evidence(text % {"title": pilot.title}, pilot.get_absolute_url())


def _procured_evidence(organisation) -> Evidence | None:
    pilot = (
        Pilot.objects.filter(
            status=Status.PUBLISHED,
            buyers=organisation,
            state__in=[PilotState.ONGOING, PilotState.COMPLETED],
        )
        .order_by("-published_at", "-pk")
        .first()
    )
    return pilot and _pilot_evidence(pilot, _("The pilot “%(title)s” lists it as a buyer."))


def _results_in_any_language() -> Q:
    # Results are stored once per language; any language that has them counts.
    filled = Q()
    for code, _name in settings.LANGUAGES:
        filled |= Q(**{f"results_{code.replace('-', '_')}__gt": ""})
    return filled


def _results_evidence(organisation) -> Evidence | None:
    pilot = (
        Pilot.objects.filter(status=Status.PUBLISHED)
        .filter(Q(organisation=organisation) | Q(buyers=organisation))
        .filter(Q(is_good_practice=True) | _results_in_any_language())
        .order_by("-published_at", "-pk")
        .distinct()
        .first()
    )
    if pilot is not None:
        return _pilot_evidence(pilot, _("The pilot “%(title)s” shares its results."))
    resource = (
        Resource.objects.filter(status=Status.PUBLISHED, organisation=organisation)
        .order_by("-published_at", "-pk")
        .first()
    )
    if resource is not None:
        return Evidence(
            _("The library resource “%(title)s” is published.") % {"title": resource.title},
            resource.get_absolute_url(),
        )
    return None


EVIDENCE = {
    "assessment-done": _assessment_evidence,
    "pilot-procured": _procured_evidence,
    "results-shared": _results_evidence,
}


def organisation_journey(organisation) -> Journey:
    """The organisation's six milestones in order, each with what shows it: the platform's own
    evidence (the latest one) or an admin's confirmation. A fixed number of queries."""
    confirmations = {
        row.step: row
        for row in JourneyConfirmation.objects.filter(organisation=organisation).select_related(
            "confirmed_by"
        )
    }
    steps = [
        JourneyStep(
            step,
            EVIDENCE[step.code](organisation) if step.automatic else None,
            confirmations.get(step.code),
        )
        for step in STEPS
    ]
    return Journey(organisation, steps)


def is_opted_in(*, user=None, organisation=None) -> bool:
    return LeaderboardOptIn.objects.filter(user=user, organisation=organisation).exists()


@dataclass(frozen=True)
class Standing:
    pk: int
    name: str
    points: int


def leaderboard(*, kind: str = "person", country: str | None = None, limit: int = 20):
    """Those who opted in, most points first (one query). A person's country is that of any
    organisation they belong to; an organisation counts the points earned on its behalf."""
    if kind == "person":
        awards = PointAward.objects.filter(user__leaderboard_opt_in__isnull=False)
        if country:
            awards = awards.filter(
                Exists(
                    Membership.objects.filter(user=OuterRef("user"), organisation__country=country)
                )
            )
        key, name = "user_id", "user__full_name"
    elif kind == "organisation":
        awards = PointAward.objects.filter(organisation__leaderboard_opt_in__isnull=False)
        if country:
            awards = awards.filter(organisation__country=country)
        key, name = "organisation_id", "organisation__name"
    else:
        raise ValueError(f"Unknown leaderboard kind {kind!r}.")
    ranked = (
        awards.values_list(key, name).annotate(total=Sum("points")).order_by("-total", name, key)
    )
    return [Standing(pk, name, total) for pk, name, total in ranked[:limit]]
