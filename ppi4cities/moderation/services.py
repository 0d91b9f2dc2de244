"""Moving a contribution through moderation. Every change of state is recorded as a Decision."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ppi4cities.accounts.permissions import can_moderate

from . import notifications
from .models import Action, Decision, Status

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
