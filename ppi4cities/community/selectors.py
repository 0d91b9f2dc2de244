"""Reads of notifications shared by the pages, the API, the tasks and the digest command."""

from collections import defaultdict
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import translate_url
from django.utils import translation

from .kinds import KINDS
from .models import (
    DIGEST_FREQUENCIES,
    Frequency,
    Notification,
    NotificationDigest,
    NotificationPreference,
)

DIGEST_PERIODS = {Frequency.DAILY: timedelta(hours=24), Frequency.WEEKLY: timedelta(days=7)}
# Digests look back no further than the longest period and a day: what was left unemailed
# while its kind was set to "never" (or the digest command did not run) does not come back as
# old news, and the search for what is due stays bounded by time.
DIGEST_LOOKBACK = max(DIGEST_PERIODS.values()) + timedelta(days=1)


def notification_list(*, user, unread_only: bool = False):
    """A person's notifications, newest first."""
    notifications = Notification.objects.filter(recipient=user).select_related("actor")
    if unread_only:
        notifications = notifications.filter(read_at__isnull=True)
    return notifications


def notification_line(notification) -> str:
    """The notification's line in the active language."""
    kind = KINDS.get(notification.kind)
    # A kind retired from the registry still shows something rather than failing.
    return kind.render(notification.data) if kind else notification.kind


def localized_url(url: str, language: str) -> str:
    """A stored (language-neutral) local address under `language`'s prefix."""
    if not url:
        return url
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(url, language)


def notification_frequencies(*, user) -> dict[str, str]:
    """How the person wants to be emailed about each kind: their choice or the default."""
    return frequencies_for(user_ids=[user.pk])[user.pk]


def frequencies_for(*, user_ids) -> dict[int, dict[str, str]]:
    chosen = defaultdict(dict)
    for user_id, kind, frequency in NotificationPreference.objects.filter(
        user_id__in=list(user_ids)
    ).values_list("user_id", "kind", "frequency"):
        chosen[user_id][kind] = frequency
    return {
        user_id: {
            code: chosen[user_id].get(code, kind.default_frequency) for code, kind in KINDS.items()
        }
        for user_id in user_ids
    }


def email_recipient(user_id: int):
    """The active person behind `user_id` when their address is verified, else None."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return None
    verified = EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True)
    return user if verified.exists() else None


def digests_due(*, now: datetime, user_ids=None) -> dict[int, list[str]]:
    """Who gets a digest now, and of which frequencies: those with un-emailed notifications of
    a digest kind whose last digest of that frequency is at least its period old."""
    pending = Notification.objects.filter(
        emailed_at__isnull=True,
        created_at__gt=now - DIGEST_LOOKBACK,
        created_at__lte=now,
        recipient__is_active=True,
    )
    if user_ids is not None:
        pending = pending.filter(recipient_id__in=list(user_ids))
    pairs = set(pending.values_list("recipient_id", "kind").distinct())
    people = {user_id for user_id, _kind in pairs}
    frequencies = frequencies_for(user_ids=people)
    last = {
        (digest.user_id, digest.frequency): digest.sent_at
        for digest in NotificationDigest.objects.filter(user_id__in=people)
    }
    due = defaultdict(set)
    for user_id, kind in pairs:
        frequency = frequencies[user_id].get(kind)
        if frequency not in DIGEST_FREQUENCIES:
            continue
        sent_at = last.get((user_id, frequency))
        if sent_at is None or now - sent_at >= DIGEST_PERIODS[frequency]:
            due[user_id].add(frequency)
    return {user_id: sorted(found) for user_id, found in sorted(due.items())}


def digest_notifications(*, user, frequencies, now: datetime) -> list:
    """The un-emailed notifications a digest of `frequencies` holds, newest first."""
    wanted = notification_frequencies(user=user)
    kinds = [kind for kind, frequency in wanted.items() if frequency in frequencies]
    return list(
        Notification.objects.filter(
            recipient=user,
            emailed_at__isnull=True,
            created_at__gt=now - DIGEST_LOOKBACK,
            created_at__lte=now,
            kind__in=kinds,
        ).order_by("-created_at", "-pk")
    )
