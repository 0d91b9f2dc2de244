"""Moving a contribution through moderation, reports about content and people, and the
moderators' answers to them. Every decision is recorded as a Decision."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ppi4cities.accounts.permissions import can_moderate
from ppi4cities.community.models import Notification
from ppi4cities.community.services import notifications_recount
from ppi4cities.core import ratelimit

from . import notifications
from .models import (
    NOTE_MAX,
    Action,
    Decision,
    Report,
    ReportStatus,
    Sanction,
    SanctionKind,
    Status,
)
from .reporting import Reportable, reportable_for_model
from .sanctions import ensure_may_post, sanction_in_force

# Which states each action may start from.
ALLOWED = {
    Action.SUBMITTED: {Status.DRAFT, Status.CHANGES_REQUESTED, Status.REJECTED},
    Action.APPROVED: {Status.PENDING},
    Action.CHANGES_REQUESTED: {Status.PENDING},
    Action.REJECTED: {Status.PENDING},
    Action.WITHDRAWN: {Status.PENDING},
}
RESULT = {
    Action.SUBMITTED: Status.PENDING,
    Action.APPROVED: Status.PUBLISHED,
    Action.CHANGES_REQUESTED: Status.CHANGES_REQUESTED,
    Action.REJECTED: Status.REJECTED,
    Action.WITHDRAWN: Status.DRAFT,
}
MAX_MESSAGE = 2000


def _decide(subject, *, actor, action: str, message: str = "") -> Decision:
    if subject.status not in ALLOWED[action]:
        raise ValidationError(
            _("This cannot be done while the item is “%(status)s”.")
            % {"status": subject.get_status_display()}
        )
    message = (message or "").strip()
    if len(message) > MAX_MESSAGE:
        raise ValidationError({"message": _("Keep the message under 2,000 characters.")})
    now = timezone.now()
    subject.status = RESULT[action]
    fields = ["status"]
    if action == Action.SUBMITTED:
        subject.submitted_at = now
        fields.append("submitted_at")
    if action == Action.APPROVED:
        subject.published_at = subject.published_at or now
        fields.append("published_at")
    if action in (Action.CHANGES_REQUESTED, Action.REJECTED, Action.APPROVED):
        subject.moderation_message = message
        fields.append("moderation_message")
    subject.save(update_fields=fields)
    subject.on_status_changed()
    return Decision.objects.create(
        content_type=ContentType.objects.get_for_model(subject),
        object_id=subject.pk,
        action=action,
        actor=actor,
        message=message,
        created_at=now,
    )


@transaction.atomic
def moderation_submit(*, subject, actor) -> Decision:
    """The author sends a draft (or a reworked item) to the moderators."""
    decision = _decide(subject, actor=actor, action=Action.SUBMITTED)
    notifications.submitted(subject=subject, decision=decision)
    return decision


@transaction.atomic
def moderation_withdraw(*, subject, actor) -> Decision:
    """The author takes a waiting item back into drafts."""
    return _decide(subject, actor=actor, action=Action.WITHDRAWN)


def _check_moderator(actor):
    if not can_moderate(actor):
        raise PermissionDenied(_("Only moderators can decide on contributions."))


@transaction.atomic
def moderation_approve(*, subject, actor, message: str = "") -> Decision:
    _check_moderator(actor)
    decision = _decide(subject, actor=actor, action=Action.APPROVED, message=message)
    subject.on_approved(actor)
    notifications.approved(subject=subject, decision=decision)
    return decision


@transaction.atomic
def moderation_request_changes(*, subject, actor, message: str) -> Decision:
    _check_moderator(actor)
    if not (message or "").strip():
        raise ValidationError({"message": _("Tell the author what to change.")})
    decision = _decide(subject, actor=actor, action=Action.CHANGES_REQUESTED, message=message)
    notifications.changes_requested(subject=subject, decision=decision)
    return decision


@transaction.atomic
def moderation_reject(*, subject, actor, message: str) -> Decision:
    _check_moderator(actor)
    if not (message or "").strip():
        raise ValidationError({"message": _("Give the reason for rejecting.")})
    decision = _decide(subject, actor=actor, action=Action.REJECTED, message=message)
    notifications.rejected(subject=subject, decision=decision)
    return decision


DECISIONS = {
    "approve": moderation_approve,
    "changes": moderation_request_changes,
    "reject": moderation_reject,
}


def moderation_decide(*, subject, actor, decision: str, message: str = "") -> Decision:
    """A moderator's answer by its name in the queue's form: approve, changes or reject."""
    return DECISIONS[decision](subject=subject, actor=actor, message=message)


def moderation_history(subject):
    """Every decision on a contribution, newest first, with who made it."""
    return Decision.objects.filter(
        content_type=ContentType.objects.get_for_model(subject), object_id=subject.pk
    ).select_related("actor")


# Reports ------------------------------------------------------------------------------------


@transaction.atomic
def report_create(*, reporter, reportable: Reportable, item, reason: str, note: str = "") -> Report:
    """A member tells the moderators that an item they can see breaks the rules. The first
    open report about an item tells the moderators; later ones join it in the queue."""
    ensure_may_post(reporter)
    ratelimit.check(user=reporter, action="report")
    if not reportable.can_see(reporter, item):
        raise PermissionDenied(_("You cannot report this."))
    open_reports = Report.objects.filter(
        kind=reportable.kind, object_id=item.pk, status=ReportStatus.OPEN
    )
    if open_reports.filter(reporter=reporter).exists():
        raise ValidationError(_("You have already reported this."))
    first = not open_reports.exists()
    report = Report(
        reporter=reporter,
        kind=reportable.kind,
        object_id=item.pk,
        reason=reason,
        note=(note or "").strip(),
    )
    if len(report.note) > NOTE_MAX:
        raise ValidationError({"note": _("Keep the note under 1,000 characters.")})
    report.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError as error:  # the same person, twice at the same moment
        raise ValidationError(_("You have already reported this.")) from error
    if first:
        notifications.report_received(reportable=reportable, item=item, report=report)
    return report


# Moderators' actions ------------------------------------------------------------------------

MAX_REASON = 2000
MAX_SUSPENSION_DAYS = 90


def _check_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason; the person concerned reads it.")})
    if len(reason) > MAX_REASON:
        raise ValidationError({"reason": _("Keep the reason under 2,000 characters.")})
    return reason


def _record(subject, *, actor, action: str, message: str, now) -> Decision:
    return Decision.objects.create(
        content_type=ContentType.objects.get_for_model(subject),
        object_id=subject.pk,
        action=action,
        actor=actor,
        message=message,
        created_at=now,
    )


def _resolve_reports(kind: str, object_id: int, *, actor, status: str, now) -> int:
    return Report.objects.filter(kind=kind, object_id=object_id, status=ReportStatus.OPEN).update(
        status=status, resolved_by=actor, resolved_at=now
    )


def _reportable(subject) -> Reportable:
    reportable = reportable_for_model(type(subject))
    if reportable is None:
        raise ValidationError(_("This kind of item cannot be reported."))
    return reportable


def _forget_notifications_about(subject, *, author) -> None:
    """Nobody keeps being pointed at hidden content, except its author at the moderators'
    notice about it; unread counts follow."""
    about = Notification.objects.filter(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk
    )
    if author is not None:
        about = about.exclude(kind="moderation_decision", recipient=author)
    unread_recipients = set(
        about.filter(read_at__isnull=True).values_list("recipient_id", flat=True)
    )
    about.delete()
    for person in get_user_model().objects.filter(pk__in=unread_recipients):
        notifications_recount(user=person)


def _locked(subject):
    """The item as stored, locked until the transaction ends: two moderators acting at once
    do not both hide (or restore) it."""
    return (
        type(subject)
        ._default_manager.select_for_update()
        .only("pk", "hidden_at")
        .get(pk=subject.pk)
    )


@transaction.atomic
def content_hide(*, subject, actor, reason: str) -> Decision:
    """Hide an item from everyone but its author and the moderators."""
    _check_moderator(actor)
    reason = _check_reason(reason)
    reportable = _reportable(subject)
    if not reportable.hideable:
        raise ValidationError(_("This cannot be hidden; act on the person instead."))
    if _locked(subject).hidden_at is not None:
        raise ValidationError(_("This is already hidden."))
    now = timezone.now()
    subject.hidden_at = now
    subject.save(update_fields=["hidden_at"])
    if reportable.on_visibility_changed is not None:
        reportable.on_visibility_changed(subject)
    _forget_notifications_about(subject, author=reportable.author(subject))
    decision = _record(subject, actor=actor, action=Action.HIDDEN, message=reason, now=now)
    _resolve_reports(
        reportable.kind, subject.pk, actor=actor, status=ReportStatus.ACTIONED, now=now
    )
    notifications.content_action(reportable=reportable, item=subject, decision=decision)
    return decision


@transaction.atomic
def content_restore(*, subject, actor, reason: str) -> Decision:
    """Show a hidden item again to everyone who may see it."""
    _check_moderator(actor)
    reason = _check_reason(reason)
    reportable = _reportable(subject)
    if not reportable.hideable or _locked(subject).hidden_at is None:
        raise ValidationError(_("This is not hidden."))
    now = timezone.now()
    subject.hidden_at = None
    subject.save(update_fields=["hidden_at"])
    if reportable.on_visibility_changed is not None:
        reportable.on_visibility_changed(subject)
    decision = _record(subject, actor=actor, action=Action.RESTORED, message=reason, now=now)
    _resolve_reports(
        reportable.kind, subject.pk, actor=actor, status=ReportStatus.DISMISSED, now=now
    )
    notifications.content_action(reportable=reportable, item=subject, decision=decision)
    return decision


@transaction.atomic
def reports_dismiss(*, subject, actor, reason: str) -> Decision:
    """Close the open reports about an item and leave it as it is."""
    _check_moderator(actor)
    reason = _check_reason(reason)
    reportable = _reportable(subject)
    now = timezone.now()
    if not _resolve_reports(
        reportable.kind, subject.pk, actor=actor, status=ReportStatus.DISMISSED, now=now
    ):
        raise ValidationError(_("There are no open reports about this."))
    decision = _record(
        subject, actor=actor, action=Action.REPORTS_DISMISSED, message=reason, now=now
    )
    notifications.content_action(reportable=reportable, item=subject, decision=decision)
    return decision


@transaction.atomic
def reports_dismiss_gone(*, reportable: Reportable, object_id: int, actor, reason: str):
    """Close the open reports about an item that no longer exists (its author deleted it, or
    their account)."""
    _check_moderator(actor)
    reason = _check_reason(reason)
    now = timezone.now()
    if not _resolve_reports(
        reportable.kind, object_id, actor=actor, status=ReportStatus.DISMISSED, now=now
    ):
        raise ValidationError(_("There are no open reports about this."))
    return Decision.objects.create(
        content_type=ContentType.objects.get_for_model(reportable.model),
        object_id=object_id,
        action=Action.REPORTS_DISMISSED,
        actor=actor,
        message=reason,
        created_at=now,
    )


def _check_may_sanction(actor, user) -> None:
    _check_moderator(actor)
    if user.pk == actor.pk:
        raise ValidationError(_("You cannot take a measure against your own account."))
    if can_moderate(user) and not actor.is_staff:
        raise PermissionDenied(_("Only staff can take measures against a moderator."))


def _sanction(
    *, user, actor, kind: str, action: str, reason: str, until=None, now=None
) -> Decision:
    now = now or timezone.now()
    sanction = Sanction(user=user, kind=kind, until=until, reason=reason, actor=actor)
    sanction.created_at = now
    sanction.full_clean()
    sanction.save()
    decision = _record(user, actor=actor, action=action, message=reason, now=now)
    _resolve_reports("profile", user.pk, actor=actor, status=ReportStatus.ACTIONED, now=now)
    notifications.member_action(user=user, decision=decision, until=until)
    return decision


@transaction.atomic
def member_warn(*, user, actor, reason: str) -> Decision:
    """A warning the person reads; it changes nothing else."""
    _check_may_sanction(actor, user)
    reason = _check_reason(reason)
    return _sanction(
        user=user, actor=actor, kind=SanctionKind.WARN, action=Action.WARNED, reason=reason
    )


@transaction.atomic
def member_suspend(*, user, actor, reason: str, days: int) -> Decision:
    """For `days` days (1–90) the person may read but not post, message or report."""
    _check_may_sanction(actor, user)
    reason = _check_reason(reason)
    if not isinstance(days, int) or not 1 <= days <= MAX_SUSPENSION_DAYS:
        raise ValidationError({"days": _("Suspend for 1 to 90 days.")})
    if not user.is_active:
        raise ValidationError(_("This account is blocked; unblock it first."))
    now = timezone.now()
    return _sanction(
        user=user,
        actor=actor,
        kind=SanctionKind.SUSPEND,
        action=Action.SUSPENDED,
        reason=reason,
        until=now + timedelta(days=days),
        now=now,
    )


@transaction.atomic
def member_block(*, user, actor, reason: str) -> Decision:
    """Deactivate the account: the person can no longer sign in, and is told by email."""
    _check_may_sanction(actor, user)
    reason = _check_reason(reason)
    if not user.is_active:
        raise ValidationError(_("This account is already blocked."))
    user.is_active = False
    user.save(update_fields=["is_active"])
    return _sanction(
        user=user, actor=actor, kind=SanctionKind.BLOCK, action=Action.BLOCKED, reason=reason
    )


@transaction.atomic
def member_unblock(*, user, actor, reason: str) -> Decision:
    """Reactivate a blocked account, or end a suspension early."""
    _check_may_sanction(actor, user)
    reason = _check_reason(reason)
    if sanction_in_force(user) is None:
        raise ValidationError(_("This account is neither blocked nor suspended."))
    now = timezone.now()
    Sanction.objects.filter(
        user=user, kind__in=[SanctionKind.BLOCK, SanctionKind.SUSPEND], lifted_at__isnull=True
    ).update(lifted_at=now)
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    decision = _record(user, actor=actor, action=Action.UNBLOCKED, message=reason, now=now)
    notifications.member_action(user=user, decision=decision)
    return decision


CONTENT_ACTIONS = {"hide": content_hide, "restore": content_restore, "dismiss": reports_dismiss}
MEMBER_ACTIONS = {
    "warn": member_warn,
    "suspend": member_suspend,
    "block": member_block,
    "unblock": member_unblock,
}
