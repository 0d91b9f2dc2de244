"""Who hears about moderation, one function per event; the services call them as they decide.

Moderators hear of submissions by an email sent by a background task once the decision is
committed, so nothing is sent from inside a request and a rolled-back decision sends nothing.
Authors hear of decisions through the notification centre (kind `moderation_decision`), which
emails them as their preferences say, also only after commit.
"""

from django.db import transaction

from ppi4cities.community.services import notification_send

from . import tasks
from .models import Status


def _is_quiet(subject) -> bool:
    # Demo content is made up: nobody needs to hear about it.
    return bool(getattr(subject, "is_demo", False))


def submitted(*, subject, decision) -> None:
    """An item was sent (or sent again) to the moderators: tell them."""
    if _is_quiet(subject):
        return

    def enqueue():
        # An item decided in the same transaction (an import publishing what it submits) no
        # longer waits for anyone.
        if subject.status == Status.PENDING:
            tasks.email_moderators_about_submission.enqueue(decision_id=decision.pk)

    transaction.on_commit(enqueue)


def _tell_author(subject, decision) -> None:
    author_id = getattr(subject, "author_id", None)
    if _is_quiet(subject) or author_id is None or author_id == decision.actor_id:
        return
    notification_send(
        recipient=subject.author,
        kind="moderation_decision",
        data={
            "action": decision.action,
            "title": subject.moderation_title(),
            "message": decision.message,
        },
        url=subject.moderation_url(),
        actor=decision.actor,
        subject=subject,
    )


def approved(*, subject, decision) -> None:
    """The moderators published the item: tell its author."""
    _tell_author(subject, decision)


def changes_requested(*, subject, decision) -> None:
    """The moderators sent the item back with what to change: tell its author."""
    _tell_author(subject, decision)


def rejected(*, subject, decision) -> None:
    """The moderators turned the item down with a reason: tell its author."""
    _tell_author(subject, decision)
