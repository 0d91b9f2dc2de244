"""The registry of notification kinds: what each is called, how its line reads, how it is emailed.

Texts are not stored with a notification: each kind renders its line from the notification's
data in the active language, so a person reads it in the language they use now. A kind may
also write its own email; otherwise the line and the link make the email.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Frequency


@dataclass(frozen=True)
class Kind:
    code: str
    name: str
    description: str
    render: Callable[[dict], str]
    default_frequency: str
    # (subject, body) of the kind's own email, from the notification and the context the
    # generic email has; None: the generic email.
    email: Callable[[object, dict], tuple[str, str]] | None = None


def _badge_line(data: dict) -> str:
    from ppi4cities.gamification.badges import BADGES

    badge = BADGES.get(data.get("badge"))
    levels = {level.code: level.name for level in badge.levels} if badge else {}
    return gettext("You earned the badge “%(badge)s”, level %(level)s.") % {
        "badge": badge.name if badge else data.get("badge", ""),
        "level": levels.get(data.get("level"), data.get("level", "")),
    }


def _round_invitation_line(data: dict) -> str:
    return gettext(
        "%(inviter)s invites you to answer the self-assessment round “%(title)s” of "
        "%(organisation)s."
    ) % {
        "inviter": data.get("inviter") or "PPI4Cities",
        "title": data.get("title", ""),
        "organisation": data.get("organisation", ""),
    }


# The moderation actions an author hears about, with the moderation email each one uses.
DECISION_EMAILS = {
    "approved": "approved",
    "changes-requested": "changes_requested",
    "rejected": "rejected",
}


def _moderation_decision_line(data: dict) -> str:
    lines = {
        "approved": gettext("Published: “%(title)s”."),
        "changes-requested": gettext("The moderators ask for changes to “%(title)s”."),
        "rejected": gettext("Not published: “%(title)s”."),
    }
    line = lines.get(data.get("action"), gettext("The moderators decided on “%(title)s”."))
    return line % {"title": data.get("title", "")}


def _moderation_decision_email(notification, context: dict) -> tuple[str, str]:
    # The moderation emails say more than the line: the moderators' message and what to do.
    name = DECISION_EMAILS.get(notification.data.get("action"), "changes_requested")
    item = {
        "title": notification.data.get("title", ""),
        "url": context["url"],
        "name": notification.recipient.get_short_name(),
        "decision": {"message": notification.data.get("message", "")},
    }
    subject = render_to_string(f"moderation/email/{name}_subject.txt", item)
    body = render_to_string(f"moderation/email/{name}_message.txt", item)
    return " ".join(subject.split()), body


KINDS: dict[str, Kind] = {
    kind.code: kind
    for kind in (
        Kind(
            "round_invitation",
            _("Invitations to a self-assessment round"),
            _("A colleague invites you to answer your organisation's self-assessment."),
            _round_invitation_line,
            Frequency.IMMEDIATELY,
        ),
        Kind(
            "moderation_decision",
            _("Moderation decisions on my contributions"),
            _("The moderators published, sent back or turned down a resource or pilot of yours."),
            _moderation_decision_line,
            Frequency.IMMEDIATELY,
            _moderation_decision_email,
        ),
        Kind(
            "badge_earned",
            _("Badges earned"),
            _("You reached a new level of a badge."),
            _badge_line,
            Frequency.DAILY,
        ),
    )
}


def register(kind: Kind) -> None:
    """Add a capability's kind (from its app's `ready()`); a code names one kind only."""
    existing = KINDS.get(kind.code)
    if existing is not None and existing != kind:
        raise ValueError(f"The notification kind {kind.code!r} is already registered.")
    KINDS[kind.code] = kind
