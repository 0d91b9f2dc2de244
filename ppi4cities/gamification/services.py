"""Writes of the points ledger, the leaderboard opt-ins, badge notices and journey
confirmations.

The daily cap: an award that would take a person past an action's cap on the day of its event
is not recorded, neither then nor later. `points_recompute` replays every event in the order it
happened with the same caps, so it drops the same awards and never moves them to another day.
"""

from collections import defaultdict
from datetime import datetime

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from . import permissions
from .journey import STEP_CODES
from .models import BadgeNotice, JourneyConfirmation, LeaderboardOptIn, PointAward
from .rules import RULES, Event


def _rule(action: str):
    try:
        return RULES[action]
    except KeyError:
        raise ValidationError({"action": _("Unknown action.")}) from None


def _award(event: Event, *, awarded_at: datetime) -> PointAward:
    return PointAward(
        user_id=event.user_id,
        organisation_id=event.organisation_id,
        action=event.action,
        points=event.points,
        subject_type=ContentType.objects.get_for_model(event.subject),
        subject_id=event.subject.pk,
        awarded_at=awarded_at,
        day=timezone.localdate(event.when),
    )


@transaction.atomic
def points_award(*, user, action: str, subject, now: datetime | None = None) -> PointAward | None:
    """Award `user` the points `action` earns for `subject`, if the data says they earned
    them, they have not had them already and the day's cap allows; None otherwise."""
    rule = _rule(action)
    if not isinstance(subject, rule.model):
        raise ValidationError({"subject": _("This action does not apply to this kind of item.")})
    event = next((e for e in rule.find(user=user, pks=[subject.pk]) if e.user_id == user.pk), None)
    if event is None:
        return None
    # One award at a time per person, so two at once cannot both slip under the cap.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    award = _award(event, awarded_at=now or timezone.now())
    earlier = PointAward.objects.filter(
        user=user,
        action=action,
        subject_type=award.subject_type,
        subject_id=award.subject_id,
    )
    if earlier.exists():
        return None
    earned_that_day = (
        PointAward.objects.filter(user=user, action=action, day=award.day).aggregate(
            total=Sum("points")
        )["total"]
        or 0
    )
    if earned_that_day + award.points > rule.daily_cap:
        return None
    award.full_clean()
    try:
        with transaction.atomic():
            award.save()
    except IntegrityError:
        return None
    return award


def _replay(events: list[Event]) -> list[PointAward]:
    """Awards for events in the order they happened, each day's caps applied."""
    earned = defaultdict(int)
    awards = []
    for event in sorted(events, key=lambda e: (e.when, e.action, e.subject.pk)):
        award = _award(event, awarded_at=event.when)
        key = (event.user_id, event.action, award.day)
        if earned[key] + event.points > RULES[event.action].daily_cap:
            continue
        earned[key] += event.points
        awards.append(award)
    return awards


@transaction.atomic
def points_recompute(*, user=None) -> int:
    """Rebuild the ledger (of one person, or everyone's) from the data: deleted or unpublished
    things lose their points. Returns the number of awards kept."""
    events = [event for rule in RULES.values() for event in rule.find(user=user)]
    ledger = PointAward.objects.all() if user is None else PointAward.objects.filter(user=user)
    ledger.delete()
    awards = _replay(events)
    PointAward.objects.bulk_create(awards, batch_size=500)
    return len(awards)


@transaction.atomic
def leaderboard_opt_in(*, actor, user=None, organisation=None) -> LeaderboardOptIn:
    """A person, or an organisation's admin on its behalf, agrees to appear on the
    leaderboard."""
    if (user is None) == (organisation is None):
        raise ValidationError(_("Choose a person or an organisation."))
    if not permissions.can_manage_opt_in(actor, user=user, organisation=organisation):
        raise PermissionDenied(_("Only the person, or the organisation's admins, can choose."))
    opt_in, _created = LeaderboardOptIn.objects.get_or_create(user=user, organisation=organisation)
    return opt_in


@transaction.atomic
def leaderboard_opt_out(*, actor, user=None, organisation=None) -> bool:
    if (user is None) == (organisation is None):
        raise ValidationError(_("Choose a person or an organisation."))
    if not permissions.can_manage_opt_in(actor, user=user, organisation=organisation):
        raise PermissionDenied(_("Only the person, or the organisation's admins, can choose."))
    deleted, _rows = LeaderboardOptIn.objects.filter(user=user, organisation=organisation).delete()
    return bool(deleted)


@transaction.atomic
def badge_notice_record(*, user, badge: str, level: str, now: datetime | None = None):
    """Record that `user` reached `level` of `badge`, once: a second call changes nothing.
    Returns the notice and whether this call recorded it."""
    return BadgeNotice.objects.get_or_create(
        user=user, badge=badge, level=level, defaults={"earned_at": now or timezone.now()}
    )


@transaction.atomic
def badge_notices_mark_seen(*, user, now: datetime | None = None) -> int:
    """The person has seen their notices. Returns how many were new to them."""
    return BadgeNotice.objects.filter(user=user, seen_at__isnull=True).update(
        seen_at=now or timezone.now()
    )


def _check_step(step: str) -> None:
    if step not in STEP_CODES:
        raise ValidationError({"step": _("Choose one of the journey's milestones.")})


@transaction.atomic
def journey_step_confirm(*, actor, organisation, step: str, note: str = "") -> JourneyConfirmation:
    """An organisation's admin confirms a milestone of its journey. Confirmations earn no
    points: they are the organisation's own word."""
    _check_step(step)
    if not permissions.can_confirm_journey(actor, organisation):
        raise PermissionDenied(_("Only the organisation's admins confirm its milestones."))
    if JourneyConfirmation.objects.filter(organisation=organisation, step=step).exists():
        raise ValidationError({"step": _("This milestone is already confirmed.")})
    confirmation = JourneyConfirmation(
        organisation=organisation, step=step, confirmed_by=actor, note=note.strip()
    )
    confirmation.full_clean()
    confirmation.save()
    return confirmation


@transaction.atomic
def journey_step_withdraw(*, actor, organisation, step: str) -> None:
    """An organisation's admin withdraws its confirmation of a milestone; evidence the
    platform shows stays."""
    _check_step(step)
    if not permissions.can_confirm_journey(actor, organisation):
        raise PermissionDenied(_("Only the organisation's admins withdraw its confirmations."))
    deleted, _rows = JourneyConfirmation.objects.filter(
        organisation=organisation, step=step
    ).delete()
    if not deleted:
        raise ValidationError({"step": _("This milestone has no confirmation to withdraw.")})
