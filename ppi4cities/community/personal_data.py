"""Notifications in a person's privacy download: what they were told, when, and their email
choices."""

from ppi4cities.accounts.personal_data import when

from . import selectors
from .models import Notification


def notifications_section(user) -> dict:
    return {
        "notifications": [
            {
                "kind": n.kind,
                "text": selectors.notification_line(n),
                "url": n.url,
                "created": when(n.created_at),
                "read": when(n.read_at),
                "emailed": when(n.emailed_at),
            }
            for n in Notification.objects.filter(recipient=user).order_by("created_at", "pk")
        ],
        "email_frequencies": selectors.notification_frequencies(user=user),
    }
