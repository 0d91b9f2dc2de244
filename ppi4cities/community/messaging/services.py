"""Every write of private messages: starting conversations, sending, reading, leaving, blocking.

Unread counts live on each participant (`Participant.unread`) and change in the same
transaction as the messages they count, so the header's count of unread conversations is one
indexed count of places, whatever the number of messages.
"""

from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ppi4cities.community.models import Notification
from ppi4cities.community.services import notification_read, notification_send
from ppi4cities.core import ratelimit, spam
from ppi4cities.moderation.sanctions import ensure_may_post

from . import selectors
from .models import MAX_BODY, MAX_PEOPLE, MAX_SUBJECT, Block, Conversation, Message, Participant
from .permissions import can_message, can_use_messages

NOTIFICATION_KIND = "message_received"


def _ensure_may_message(user) -> None:
    ensure_may_post(user)
    if not can_use_messages(user):
        raise PermissionDenied(_("Confirm your email address to send messages."))


def _clean_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write a message.")})
    if len(text) > MAX_BODY:
        raise ValidationError(
            {
                "text": _("A message has at most %(max)d characters; this one has %(count)d.")
                % {"max": MAX_BODY, "count": len(text)}
            }
        )
    return text


def _clean_others(*, starter, others) -> list:
    people, seen = [], {starter.pk}
    for person in others:
        if person is None or person.pk in seen:
            continue
        seen.add(person.pk)
        if not can_message(starter, person):
            raise ValidationError({"others": _("There is no member you can message by that name.")})
        people.append(person)
    if not people:
        raise ValidationError({"others": _("Choose at least one member other than yourself.")})
    if len(people) > MAX_PEOPLE - 1:
        raise ValidationError(
            {
                "others": _("A conversation has at most %(max)d people, you included.")
                % {"max": MAX_PEOPLE}
            }
        )
    return people


def _check_blocks(*, sender, people) -> None:
    """Refuse when the sender blocked one of `people` (a form error: they can unblock) or
    one of them blocked the sender."""
    ids = [person.pk for person in people]
    names = {person.pk: person.full_name for person in people}
    for blocker_id, blocked_id in Block.objects.filter(
        blocker_id__in=[*ids, sender.pk], blocked_id__in=[*ids, sender.pk]
    ).values_list("blocker_id", "blocked_id"):
        if blocker_id == sender.pk and blocked_id in names:
            raise ValidationError(
                {
                    "others": _("You have blocked %(name)s. Unblock them to write to them.")
                    % {"name": names[blocked_id]}
                }
            )
        if blocked_id == sender.pk and blocker_id in names:
            raise PermissionDenied(
                _("%(name)s does not accept messages from you.") % {"name": names[blocker_id]}
            )


def _post(
    *, conversation: Conversation, sender, text: str, now: datetime, notify: bool = True
) -> Message:
    message = Message(
        conversation=conversation,
        sender=sender,
        body=text,
        links_clickable=spam.links_clickable(sender),
        created_at=now,
    )
    message.full_clean()
    message.save()
    Conversation.objects.filter(pk=conversation.pk).update(
        last_message_at=now, last_message=message
    )
    conversation.last_message_at, conversation.last_message = now, message

    places = list(conversation.participants.filter(left_at__isnull=True).select_related("user"))
    # Whoever blocked the sender still shares the group, but hears nothing of them.
    blockers = set(
        Block.objects.filter(
            blocked=sender, blocker_id__in=[place.user_id for place in places]
        ).values_list("blocker_id", flat=True)
    )
    recipients = [
        place.user
        for place in places
        if place.user_id != sender.pk and place.user_id not in blockers
    ]
    conversation.participants.filter(user__in=recipients).update(unread=F("unread") + 1)
    conversation.participants.filter(user=sender).update(last_read_at=now, unread=0)
    if notify:
        _notify(conversation=conversation, sender=sender, recipients=recipients, now=now)
    return message


def _notify(*, conversation: Conversation, sender, recipients, now: datetime) -> None:
    """One unread notification per conversation and person: while it is unread, further
    messages add to the conversation's unread count, not to the notifications."""
    content_type = ContentType.objects.get_for_model(Conversation)
    already = set(
        Notification.objects.filter(
            kind=NOTIFICATION_KIND,
            subject_type=content_type,
            subject_id=conversation.pk,
            recipient__in=recipients,
            read_at__isnull=True,
        ).values_list("recipient_id", flat=True)
    )
    for person in recipients:
        if person.pk in already:
            continue
        notification_send(
            recipient=person,
            kind=NOTIFICATION_KIND,
            data={"sender": sender.full_name, "subject": conversation.subject},
            url=conversation.get_absolute_url(),
            actor=sender,
            subject=conversation,
            now=now,
        )


def _direct_key(first, second) -> str:
    low, high = sorted((first.pk, second.pk))
    return f"{low}-{high}"


@transaction.atomic
def conversation_start(
    *,
    starter,
    others,
    text: str,
    subject: str = "",
    about=None,
    notify: bool = True,
    now: datetime | None = None,
) -> Conversation:
    """Start a conversation between `starter` and `others` (one to nine people) with a first
    message. A one-to-one message without subject or topic joins the existing one-to-one
    conversation between the same two people, if there is one. `notify=False` when the
    caller sends its own, more telling notification (an expression of interest does)."""
    _ensure_may_message(starter)
    ratelimit.check(user=starter, action="conversation")
    now = now or timezone.now()
    errors = {}
    people = text_clean = None
    try:
        people = _clean_others(starter=starter, others=others)
    except ValidationError as error:
        errors.update(error.message_dict)
    try:
        text_clean = _clean_text(text)
    except ValidationError as error:
        errors.update(error.message_dict)
    subject = (subject or "").strip()
    if len(subject) > MAX_SUBJECT:
        errors["subject"] = [_("A subject has at most %(max)d characters.") % {"max": MAX_SUBJECT}]
    if about is not None and getattr(about, "pk", None) is None:
        errors["about"] = [_("A conversation can only be about something saved.")]
    if errors:
        raise ValidationError(errors)
    _check_blocks(sender=starter, people=people)

    direct_key = (
        _direct_key(starter, people[0])
        if (len(people) == 1 and not subject and about is None)
        else ""
    )
    if direct_key:
        existing = Conversation.objects.select_for_update().filter(direct_key=direct_key).first()
        if existing is not None:
            present = set(
                existing.participants.filter(left_at__isnull=True).values_list("user", flat=True)
            )
            if present == {starter.pk, people[0].pk}:
                _post(conversation=existing, sender=starter, text=text_clean, now=now)
                return existing
            # A deleted account's number was given again: that line belongs to someone else.
            Conversation.objects.filter(pk=existing.pk).update(direct_key="")

    conversation = Conversation(
        subject=subject,
        created_by=starter,
        created_at=now,
        last_message_at=now,
        direct_key=direct_key,
    )
    if about is not None:
        conversation.about_type = ContentType.objects.get_for_model(about)
        conversation.about_id = about.pk
    conversation.full_clean()
    try:
        with transaction.atomic():
            conversation.save()
    except IntegrityError:
        # The same two people started their one-to-one line at the same moment.
        existing = Conversation.objects.get(direct_key=direct_key)
        _post(conversation=existing, sender=starter, text=text_clean, now=now)
        return existing
    Participant.objects.bulk_create(
        [
            Participant(conversation=conversation, user=person, joined_at=now)
            for person in [starter, *people]
        ]
    )
    _post(conversation=conversation, sender=starter, text=text_clean, now=now, notify=notify)
    return conversation


@transaction.atomic
def message_send(
    *, conversation: Conversation, sender, text: str, now: datetime | None = None
) -> Message:
    """Add a message to a conversation the sender is in. In a conversation of two, a block
    either way stops it; in a group, the blocker just does not hear of it."""
    _ensure_may_message(sender)
    if not selectors.is_participant(sender, conversation):
        raise PermissionDenied(_("You are not in this conversation."))
    ratelimit.check(user=sender, action="message")
    text = _clean_text(text)
    others = list(
        conversation.participants.exclude(user=sender).select_related("user").order_by("pk")
    )
    if len(others) == 1:
        other = others[0].user
        if Block.objects.filter(blocker=sender, blocked=other).exists():
            raise PermissionDenied(
                _("You have blocked %(name)s. Unblock them to write to them.")
                % {"name": other.full_name}
            )
        if Block.objects.filter(blocker=other, blocked=sender).exists():
            raise PermissionDenied(
                _("%(name)s does not accept messages from you.") % {"name": other.full_name}
            )
    return _post(conversation=conversation, sender=sender, text=text, now=now or timezone.now())


@transaction.atomic
def conversation_read(*, conversation: Conversation, user, now: datetime | None = None) -> bool:
    """Mark the conversation read up to now for `user`, with its message notifications.
    Returns whether anything was unread."""
    now = now or timezone.now()
    changed = (
        Participant.objects.filter(conversation=conversation, user=user, left_at__isnull=True)
        .exclude(unread=0, last_read_at__isnull=False)
        .update(last_read_at=now, unread=0)
    )
    notifications = Notification.objects.filter(
        recipient=user,
        kind=NOTIFICATION_KIND,
        subject_type=ContentType.objects.get_for_model(Conversation),
        subject_id=conversation.pk,
        read_at__isnull=True,
    )
    for notification in notifications:
        notification_read(user=user, notification=notification, now=now)
    return bool(changed)


@transaction.atomic
def conversation_leave(*, conversation: Conversation, user, now: datetime | None = None) -> None:
    """Leave a group conversation: it disappears from the person's list and they no longer
    read it or hear of it. A conversation of two is not left; block the other person."""
    place = (
        Participant.objects.select_for_update()
        .filter(conversation=conversation, user=user, left_at__isnull=True)
        .first()
    )
    if place is None:
        raise PermissionDenied(_("You are not in this conversation."))
    if conversation.participants.count() <= 2:
        raise ValidationError(
            {
                "conversation": _(
                    "Only a group conversation can be left. You can block the member instead."
                )
            }
        )
    place.left_at = now or timezone.now()
    place.unread = 0
    place.save(update_fields=["left_at", "unread"])


@transaction.atomic
def block_create(*, blocker, blocked) -> Block:
    """`blocker` stops hearing from `blocked`. Blocking twice keeps the first block."""
    if not (blocker and blocker.is_authenticated):
        raise PermissionDenied(_("Sign in to block a member."))
    if blocked is None or not blocked.is_active:
        raise ValidationError({"blocked": _("There is no such member.")})
    if blocked.pk == blocker.pk:
        raise ValidationError({"blocked": _("You cannot block yourself.")})
    block, _created = Block.objects.get_or_create(blocker=blocker, blocked=blocked)
    return block


@transaction.atomic
def block_delete(*, blocker, blocked) -> bool:
    """Lift a block. Returns whether there was one."""
    deleted, _details = Block.objects.filter(blocker=blocker, blocked=blocked).delete()
    return bool(deleted)


def message_visibility_changed(message: Message) -> None:
    """Keep unread counts true after moderators hid or restored a message: a hidden message
    is not waiting to be read. Called inside the moderators' transaction."""
    blockers = Block.objects.filter(blocked_id=message.sender_id).values("blocker_id")
    waiting = (
        Participant.objects.filter(conversation_id=message.conversation_id, left_at__isnull=True)
        .exclude(user_id=message.sender_id)
        .exclude(user_id__in=blockers)
        .filter(Q(last_read_at__isnull=True) | Q(last_read_at__lt=message.created_at))
    )
    if message.hidden_at is not None:
        waiting.filter(unread__gt=0).update(unread=F("unread") - 1)
    else:
        waiting.update(unread=F("unread") + 1)
