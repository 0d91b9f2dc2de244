"""Every write of the notification centre: sending, reading, preferences, unsubscribing.

The unread count on the person (`User.unread_notifications`) changes in the same transaction
as the notifications it counts; `notifications_recount` repairs it if ever it drifts.
"""

from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import translate_url
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .kinds import KINDS
from .models import Frequency, Notification, NotificationDigest, NotificationPreference
from .unsubscribe import ALL


def _users():
    return get_user_model().objects


@transaction.atomic
def notification_send(
    *,
    recipient,
    kind: str,
    data: dict,
    url: str = "",
    actor=None,
    subject=None,
    now: datetime | None = None,
) -> Notification:
    """Tell `recipient` about something; emailed at once after commit when they want it so,
    otherwise left for the digest (or for the platform only)."""
    from . import selectors, tasks

    if kind not in KINDS:
        raise ValidationError({"kind": _("Unknown kind of notification.")})
    if url and not url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        raise ValidationError({"url": _("A notification links only to a page of the platform.")})
    notification = Notification(
        recipient=recipient,
        kind=kind,
        actor=actor,
        data=data,
        # Stored without a language prefix: each reader follows it in their own language.
        url=translate_url(url, settings.LANGUAGE_CODE) if url else "",
        created_at=now or timezone.now(),
    )
    if subject is not None:
        notification.subject_type = ContentType.objects.get_for_model(subject)
        notification.subject_id = subject.pk
    notification.full_clean()
    notification.save()
    _users().filter(pk=recipient.pk).update(unread_notifications=F("unread_notifications") + 1)
    frequency = selectors.notification_frequencies(user=recipient)[kind]
    if frequency == Frequency.IMMEDIATELY:
        transaction.on_commit(
            lambda: tasks.send_notification_email.enqueue(notification_id=notification.pk)
        )
    return notification


def _decrease_unread(user, by: int) -> None:
    lowered = (
        _users()
        .filter(pk=user.pk, unread_notifications__gte=by)
        .update(unread_notifications=F("unread_notifications") - by)
    )
    if not lowered:
        # The count had drifted below what is unread: count again rather than go negative.
        notifications_recount(user=user)


@transaction.atomic
def notification_read(*, user, notification: Notification, now: datetime | None = None) -> bool:
    """Mark one of the person's own notifications read. Returns whether it was unread."""
    if notification.recipient_id != user.pk:
        raise ValidationError({"notification": _("This is not your notification.")})
    changed = Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
        read_at=now or timezone.now()
    )
    if changed:
        _decrease_unread(user, changed)
    return bool(changed)


@transaction.atomic
def notifications_read_all(*, user, now: datetime | None = None) -> int:
    """Mark all of the person's notifications read. Returns how many were unread."""
    changed = Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=now or timezone.now()
    )
    _users().filter(pk=user.pk).update(unread_notifications=0)
    return changed


@transaction.atomic
def notifications_recount(*, user=None) -> int:
    """Set the unread count from the notifications themselves, for one person or everyone.
    Returns how many counts were wrong."""
    people = _users().all() if user is None else _users().filter(pk=user.pk)
    unread = Subquery(
        Notification.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True)
        .order_by()
        .values("recipient")
        .annotate(count=Count("pk"))
        .values("count")
    )
    people = people.annotate(actual=Coalesce(unread, 0))
    wrong = people.exclude(unread_notifications=F("actual"))
    fixed = 0
    for pk, actual in wrong.values_list("pk", "actual"):
        fixed += _users().filter(pk=pk).update(unread_notifications=actual)
    return fixed


@transaction.atomic
def notification_preferences_set(*, user, frequencies: dict[str, str]) -> None:
    """Set how the person is emailed about each kind named; other kinds stay as they are."""
    errors = {}
    for kind, frequency in frequencies.items():
        if kind not in KINDS:
            errors[kind] = _("Unknown kind of notification.")
        elif frequency not in Frequency.values:
            errors[kind] = _("Choose immediately, daily digest, weekly digest or never.")
    if errors:
        raise ValidationError(errors)
    for kind, frequency in frequencies.items():
        preference = NotificationPreference(user=user, kind=kind, frequency=frequency)
        preference.full_clean(validate_unique=False, validate_constraints=False)
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"frequency": frequency}
        )


@transaction.atomic
def notifications_unsubscribe(*, user, kind: str) -> list[str]:
    """Stop the emails of one kind, or of all kinds (`"all"`). Returns the kinds stopped."""
    kinds = list(KINDS) if kind == ALL else [kind]
    notification_preferences_set(user=user, frequencies=dict.fromkeys(kinds, Frequency.NEVER))
    return kinds


@transaction.atomic
def notifications_mark_emailed(*, notification_ids, now: datetime) -> int:
    return Notification.objects.filter(
        pk__in=list(notification_ids), emailed_at__isnull=True
    ).update(emailed_at=now)


@transaction.atomic
def notification_digest_record(*, user, frequencies, now: datetime) -> None:
    """A digest of `frequencies` went to the person at `now`."""
    for frequency in frequencies:
        NotificationDigest.objects.update_or_create(
            user=user, frequency=frequency, defaults={"sent_at": now}
        )
