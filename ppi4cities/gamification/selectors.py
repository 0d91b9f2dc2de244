"""Reads of points, badges and the leaderboard, computed from the ledger and the data."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Sum

from ppi4cities.accounts.models import Membership

from .badges import BADGES, Badge, Level
from .models import PointAward


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


def badges_for(user) -> list[EarnedBadge]:
    """The badges the person has earned, in the registry's order, each at its level."""
    earned = []
    for badge in BADGES.values():
        score = badge.score(user)
        level = badge.level_at(score)
        if level is not None:
            earned.append(EarnedBadge(badge, level, score, badge.next_level(score)))
    return earned


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
