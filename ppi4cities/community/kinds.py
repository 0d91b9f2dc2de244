"""The registry of notification kinds: what each is called, how its line reads, how it is emailed.

Texts are not stored with a notification: each kind renders its line from the notification's
data in the active language, so a person reads it in the language they use now. A kind may
also write its own email; otherwise the line and the link make the email.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.timezone import localtime
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
    # Who can ever receive it (None: every member); others do not see it in their settings.
    audience: Callable[[object], bool] | None = None

    def is_for(self, user) -> bool:
        return self.audience is None or bool(self.audience(user))


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
    "hidden": "content_action",
    "restored": "content_action",
    "reports-dismissed": "content_action",
    "warned": "member_action",
    "suspended": "member_action",
    "blocked": "member_action",
    "unblocked": "member_action",
}


def _decision_until(data: dict) -> str:
    """The end of a suspension, in the reader's language and time zone."""
    until = parse_datetime(data.get("until") or "")
    return date_format(localtime(until), "DATETIME_FORMAT") if until else ""


def _moderation_decision_line(data: dict) -> str:
    lines = {
        "approved": gettext("Published: “%(title)s”."),
        "changes-requested": gettext("The moderators ask for changes to “%(title)s”."),
        "rejected": gettext("Not published: “%(title)s”."),
        "hidden": gettext("The moderators hid “%(title)s”: %(message)s"),
        "restored": gettext("The moderators restored “%(title)s”: %(message)s"),
        "reports-dismissed": gettext(
            "The moderators reviewed reports about “%(title)s” and left it as it is: %(message)s"
        ),
        "warned": gettext("A warning from the moderators: %(message)s"),
        "suspended": gettext("The moderators suspended your account until %(until)s: %(message)s"),
        "blocked": gettext("The moderators blocked your account: %(message)s"),
        "unblocked": gettext("The moderators unblocked your account: %(message)s"),
    }
    line = lines.get(data.get("action"), gettext("The moderators decided on “%(title)s”."))
    return line % {
        "title": data.get("title", ""),
        "message": data.get("message", ""),
        "until": _decision_until(data),
    }


def _moderation_decision_email(notification, context: dict) -> tuple[str, str]:
    # The moderation emails say more than the line: the moderators' message and what to do.
    name = DECISION_EMAILS.get(notification.data.get("action"), "changes_requested")
    item = {
        "title": notification.data.get("title", ""),
        "url": context["url"],
        "name": notification.recipient.get_short_name(),
        "decision": {"message": notification.data.get("message", "")},
        "action": notification.data.get("action"),
        "until": _decision_until(notification.data),
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
            _(
                "The moderators published, sent back, turned down, hid or restored something "
                "of yours, or took a measure about your account."
            ),
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


def kinds_for(user) -> dict[str, Kind]:
    """The kinds a person can receive, in registration order, for their settings."""
    return {code: kind for code, kind in KINDS.items() if kind.is_for(user)}
