"""Background work of notifications: the immediate emails and the digests.

Each email is written in its reader's language and carries a signed one-click unsubscribe
link, in its text and in the List-Unsubscribe headers (RFC 8058).
"""

from datetime import datetime
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from . import selectors, services, unsubscribe
from .kinds import KINDS
from .models import Frequency, Notification


def _unsubscribe_url(user, kind: str) -> str:
    token = unsubscribe.token_make(user=user, kind=kind)
    return settings.SITE_URL + reverse("community:unsubscribe", args=[token])


def _send(user, subject: str, body: str, *, unsubscribe_url: str) -> None:
    body = render_to_string(
        "community/email/footer.txt",
        {
            "body": body,
            "unsubscribe_url": unsubscribe_url,
            "settings_url": settings.SITE_URL + reverse("community:settings"),
        },
    )
    EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()


@task()
def send_notification_email(notification_id: int) -> None:
    """Email one notification to a person who wants that kind immediately."""
    notification = Notification.objects.filter(pk=notification_id, emailed_at__isnull=True).first()
    if notification is None:
        return
    user = selectors.email_recipient(notification.recipient_id)
    if user is None:
        return
    # They may have changed their mind between the notification and this task.
    if selectors.notification_frequencies(user=user)[notification.kind] != Frequency.IMMEDIATELY:
        return
    notification.recipient = user
    language = user.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "line": selectors.notification_line(notification),
            "url": settings.SITE_URL + selectors.localized_url(notification.url, language)
            if notification.url
            else "",
            "name": user.get_short_name(),
        }
        kind = KINDS[notification.kind]
        if kind.email:
            subject, body = kind.email(notification, context)
        else:
            subject = " ".join(
                render_to_string("community/email/notification_subject.txt", context).split()
            )
            body = render_to_string("community/email/notification_message.txt", context)
        _send(user, subject, body, unsubscribe_url=_unsubscribe_url(user, notification.kind))
    services.notifications_mark_emailed(notification_ids=[notification.pk], now=timezone.now())


@task()
def send_notification_digest(user_id: int, now: str) -> None:
    """Email one person the digest due at `now` (ISO 8601): every un-emailed notification of
    their digest kinds, grouped by kind, newest first."""
    moment = datetime.fromisoformat(now)
    due = selectors.digests_due(now=moment, user_ids=[user_id]).get(user_id)
    user = selectors.email_recipient(user_id)
    if not due or user is None:
        return
    notifications = selectors.digest_notifications(user=user, frequencies=due, now=moment)
    if not notifications:
        return
    language = user.language or settings.LANGUAGE_CODE
    order = list(KINDS)
    by_kind = sorted(notifications, key=lambda n: (order.index(n.kind), -n.created_at.timestamp()))
    with translation.override(language):
        groups = [
            {
                "name": KINDS[kind].name,
                "items": [
                    {
                        "line": selectors.notification_line(notification),
                        "url": settings.SITE_URL
                        + selectors.localized_url(notification.url, language)
                        if notification.url
                        else "",
                    }
                    for notification in items
                ],
            }
            for kind, items in groupby(by_kind, key=lambda n: n.kind)
        ]
        context = {
            "name": user.get_short_name(),
            "groups": groups,
            "count": len(notifications),
            "weekly": Frequency.DAILY not in due,
            "list_url": settings.SITE_URL + reverse("community:list"),
        }
        subject = " ".join(render_to_string("community/email/digest_subject.txt", context).split())
        body = render_to_string("community/email/digest_message.txt", context)
        _send(user, subject, body, unsubscribe_url=_unsubscribe_url(user, unsubscribe.ALL))
    services.notifications_mark_emailed(
        notification_ids=[notification.pk for notification in notifications], now=moment
    )
    services.notification_digest_record(user=user, frequencies=due, now=moment)
