"""Who hears about moderation, one function per event; the services call them as they decide.

Moderators hear of submissions by an email sent by a background task once the decision is
committed, so nothing is sent from inside a request and a rolled-back decision sends nothing.
Authors hear of decisions through the notification centre (kind `moderation_decision`), which
emails them as their preferences say, also only after commit. Moderators hear of reports
through it too (kind `report_received`, a daily digest unless they choose otherwise).
"""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from ppi4cities.community.services import notification_send

from . import tasks
from .models import Action, Status


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


def report_received(*, reportable, item, report) -> None:
    """An item got its first open report: tell the moderators, except the reporter."""
    from ppi4cities.accounts.models import User

    moderators = (
        User.objects.filter(Q(is_moderator=True) | Q(is_staff=True), is_active=True)
        .exclude(pk=report.reporter_id)
        .order_by("pk")
    )
    for moderator in moderators:
        notification_send(
            recipient=moderator,
            kind="report_received",
            data={"kind": reportable.kind, "title": reportable.title(item)},
            url=reverse("moderation:reports"),
            subject=item,
        )


def content_action(*, reportable, item, decision) -> None:
    """The moderators hid or restored an item, or dismissed its reports: tell its author."""
    author = reportable.author(item)
    if _is_quiet(item) or author is None or author.pk == decision.actor_id:
        return
    notification_send(
        recipient=author,
        kind="moderation_decision",
        data={
            "action": decision.action,
            "title": reportable.title(item),
            "message": decision.message,
        },
        url=reportable.url(item),
        actor=decision.actor,
        subject=item,
    )


def member_action(*, user, decision, until=None) -> None:
    """The moderators warned, suspended, blocked or unblocked a person: tell them. A blocked
    person can no longer sign in, so they are also emailed directly."""
    if _is_quiet(user) or user.pk == decision.actor_id:
        return
    notification_send(
        recipient=user,
        kind="moderation_decision",
        data={
            "action": decision.action,
            "title": user.full_name,
            "message": decision.message,
            "until": until.isoformat() if until else "",
        },
        actor=decision.actor,
        subject=user,
    )
    if decision.action == Action.BLOCKED:
        transaction.on_commit(lambda: tasks.email_blocked_member.enqueue(decision_id=decision.pk))
