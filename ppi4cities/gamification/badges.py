"""The badge registry: each badge has levels with thresholds and scores itself from the data.

Person badges (`BADGES`) count the events of a rule without daily caps: a cap limits points,
never the recognition of what someone did. Organisation badges (`ORGANISATION_BADGES`) score
an organisation from its PPI journey instead; both share the levels.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ppi4cities.community.services import notification_send

from .rules import RULES, Event
from .services import badge_notice_record


@dataclass(frozen=True)
class Level:
    code: str
    name: str
    threshold: int


BRONZE, SILVER, GOLD = "bronze", "silver", "gold"


def levels(bronze: int, silver: int, gold: int) -> tuple[Level, ...]:
    return (
        Level(BRONZE, _("Bronze"), bronze),
        Level(SILVER, _("Silver"), silver),
        Level(GOLD, _("Gold"), gold),
    )


@dataclass(frozen=True)
class Levelled:
    code: str
    name: str
    description: str
    levels: tuple[Level, ...]

    def level_at(self, score: int) -> Level | None:
        reached = [level for level in self.levels if score >= level.threshold]
        return reached[-1] if reached else None

    def next_level(self, score: int) -> Level | None:
        return next((level for level in self.levels if score < level.threshold), None)


@dataclass(frozen=True)
class Badge(Levelled):
    """A person's badge."""

    # The rule whose events the badge counts: its score is how many the person has.
    action: str

    def score(self, user) -> int:
        return sum(1 for _event in RULES[self.action].find(user=user))


@dataclass(frozen=True)
class OrganisationBadge(Levelled):
    """An organisation's badge, scored from its journey (`selectors.organisation_journey`)."""

    def score(self, journey) -> int:
        return journey.done_count


BADGES: dict[str, Badge] = {
    badge.code: badge
    for badge in (
        Badge(
            "self-assessed",
            _("Self-assessed"),
            _("Self-assessments completed, one per questionnaire version and variant."),
            levels(1, 3, 6),
            "assessment_completed",
        ),
        Badge(
            "improver",
            _("Improver"),
            _("Self-assessments that beat your best score in at least one dimension."),
            levels(1, 3, 6),
            "assessment_improved",
        ),
        Badge(
            "library-contributor",
            _("Library contributor"),
            _("Resources you submitted that the moderators approved for the library."),
            levels(1, 5, 20),
            "resource_published",
        ),
        Badge(
            "pilot-sharer",
            _("Pilot sharer"),
            _("Pilot procurements you shared that the moderators approved."),
            levels(1, 3, 10),
            "pilot_published",
        ),
        Badge(
            "helpful",
            _("Helpful"),
            _("Times other members found a resource of yours useful."),
            levels(1, 10, 50),
            "feedback_useful",
        ),
        Badge(
            "peer-adviser",
            _("Peer adviser"),
            _("Answers to other members' questions that the asker accepted."),
            levels(1, 5, 20),
            "answer_accepted",
        ),
    )
}


ORGANISATION_BADGES: dict[str, OrganisationBadge] = {
    badge.code: badge
    for badge in (
        OrganisationBadge(
            "ppi-journey",
            _("PPI journey"),
            _("Milestones of the PPI journey the organisation has reached."),
            levels(2, 4, 6),
        ),
    )
}
JOURNEY_BADGE = ORGANISATION_BADGES["ppi-journey"]


def badge_earned(*, user, badge: Badge, level: Level) -> None:
    """Called when a person reaches a badge's level: records the notice they see on the
    platform and notifies them (once per person, badge and level)."""
    _notice, new = badge_notice_record(user=user, badge=badge.code, level=level.code)
    if new:
        notification_send(
            recipient=user,
            kind="badge_earned",
            data={"badge": badge.code, "level": level.code},
            url=reverse("gamification:progress"),
        )


def badges_check(*, user, event: Event) -> None:
    """After a new event: call `badge_earned` for each level it reached. The event is the n-th
    of its kind in the person's data, so it reached a level when n is that level's threshold."""
    for badge in BADGES.values():
        if badge.action != event.action:
            continue
        events = RULES[event.action].find(user=user)
        rank = next(
            (n for n, known in enumerate(events, 1) if known.subject.pk == event.subject.pk), None
        )
        if rank is None:
            continue
        level = badge.level_at(rank)
        if level is not None and level != badge.level_at(rank - 1):
            badge_earned(user=user, badge=badge, level=level)
