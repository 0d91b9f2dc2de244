"""Background work of moderation: the emails to moderators about submissions, and to a member
who was blocked (other decisions reach people as notifications, `community.kinds`).

Each email is written in its reader's preferred language, with addresses under that
language's prefix.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .models import Action, Decision, Status


def _verified_email():
    return Exists(
        EmailAddress.objects.filter(
            user=OuterRef("pk"), email__iexact=OuterRef("email"), verified=True
        )
    )


def _render(name: str, context: dict) -> tuple[str, str]:
    subject = render_to_string(f"moderation/email/{name}_subject.txt", context)
    body = render_to_string(f"moderation/email/{name}_message.txt", context)
    return " ".join(subject.split()), body


def _item_context(subject) -> dict:
    """What the emails say about the item, in the active language."""
    return {
        "title": subject.moderation_title(),
        "url": settings.SITE_URL + subject.moderation_url(),
        "queue_url": settings.SITE_URL + subject.moderation_queue_url(),
    }


def _decision(decision_id: int):
    decision = Decision.objects.select_related("actor").filter(pk=decision_id).first()
    return (decision, decision.subject) if decision else (None, None)


@task()
def email_moderators_about_submission(decision_id: int) -> None:
    """Tell each moderator, except the submitter, that an item waits for them."""
    decision, subject = _decision(decision_id)
    if subject is None or subject.status != Status.PENDING:
        return
    later = Decision.objects.filter(
        content_type_id=decision.content_type_id, object_id=decision.object_id
    ).first()
    if later != decision:
        return
    resubmitted = Decision.objects.filter(
        content_type_id=decision.content_type_id,
        object_id=decision.object_id,
        action=Action.SUBMITTED,
        pk__lt=decision.pk,
    ).exists()
    moderators = (
        get_user_model()
        .objects.filter(Q(is_moderator=True) | Q(is_staff=True), _verified_email(), is_active=True)
        .exclude(pk=decision.actor_id)
        .order_by("pk")
    )
    written = {}
    messages = []
    for moderator in moderators:
        language = moderator.language or settings.LANGUAGE_CODE
        if language not in written:
            with translation.override(language):
                context = {
                    **_item_context(subject),
                    "submitter": decision.actor.full_name if decision.actor else "",
                    "resubmitted": resubmitted,
                }
                written[language] = _render("submitted", context)
        title, body = written[language]
        messages.append(EmailMessage(title, body, settings.DEFAULT_FROM_EMAIL, [moderator.email]))
    if messages:
        get_connection().send_messages(messages)


@task()
def email_blocked_member(decision_id: int) -> None:
    """Tell a blocked person why, by email: they can no longer sign in to read it."""
    decision = Decision.objects.select_related("actor").filter(pk=decision_id).first()
    if decision is None or decision.action != Action.BLOCKED:
        return
    user = (
        get_user_model()
        .objects.filter(_verified_email(), pk=decision.object_id, is_active=False)
        .first()
    )
    if user is None:
        return
    with translation.override(user.language or settings.LANGUAGE_CODE):
        subject, body = _render(
            "member_action",
            {
                "action": decision.action,
                "name": user.get_short_name(),
                "decision": {"message": decision.message},
                "url": "",
            },
        )
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]).send()
