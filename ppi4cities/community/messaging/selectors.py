"""Reads of private messages that pages, the API and other capabilities share.

Every read here starts from the reader: a conversation is only found through a place in it
that the reader has not left, so nobody else (moderators and staff included) ever sees one.
"""

from django.db.models import Prefetch, QuerySet
from django.utils.text import Truncator
from django.utils.translation import gettext

from ppi4cities.accounts.permissions import can_moderate
from ppi4cities.core.markdown import render_markdown

from . import permissions
from .models import Block, Conversation, Message, Participant


def is_participant(user, conversation: Conversation) -> bool:
    if not (user and user.is_authenticated):
        return False
    return Participant.objects.filter(
        conversation=conversation, user=user, left_at__isnull=True
    ).exists()


def unread_conversation_count(user) -> int:
    """How many of the person's conversations hold messages they have not read.

    The header shows it on every page a member sees: one indexed count of their places,
    each of which keeps its own unread count."""
    if not (user and user.is_authenticated):
        return 0
    return Participant.objects.filter(user=user, left_at__isnull=True, unread__gt=0).count()


def _with_people(conversations: QuerySet) -> QuerySet:
    return conversations.prefetch_related(
        Prefetch(
            "participants",
            queryset=Participant.objects.select_related("user").order_by("joined_at", "pk"),
        )
    )


def conversations_for(user) -> QuerySet:
    """The person's conversations, latest activity first, with their people and last
    message (each person's own place, with its unread count, is among the participants)."""
    return (
        _with_people(
            Conversation.objects.filter(participants__user=user, participants__left_at__isnull=True)
        )
        .select_related("last_message__sender")
        .order_by("-last_message_at", "-pk")
    )


def conversation_for(user, conversation_id) -> Conversation | None:
    """The conversation if `user` is in it (and has not left), else None."""
    if not (user and user.is_authenticated):
        return None
    return (
        _with_people(Conversation.objects.filter(pk=conversation_id))
        .filter(participants__user=user, participants__left_at__isnull=True)
        .select_related("about_type")
        .first()
    )


def messages_of(conversation: Conversation) -> QuerySet:
    return conversation.messages.select_related("sender").order_by("created_at", "pk")


def message_for_moderation(message_id) -> Message | None:
    """A reported message with its sender and conversation, for the moderation queue only:
    the one message, never the rest of the conversation."""
    return Message.objects.select_related("sender", "conversation").filter(pk=message_id).first()


def blocked_by(user) -> QuerySet:
    return Block.objects.filter(blocker=user).select_related("blocked").order_by("-created_at")


def blocked_ids(user) -> set[int]:
    return set(Block.objects.filter(blocker=user).values_list("blocked_id", flat=True))


def has_blocked(blocker, blocked) -> bool:
    return Block.objects.filter(blocker=blocker, blocked=blocked).exists()


def messageable_people(sender) -> QuerySet:
    """Active people whose profile `sender` may see, sender excluded (mirrors
    `permissions.can_message`)."""
    from django.contrib.auth import get_user_model

    from ppi4cities.accounts.models import ProfileVisibility
    from ppi4cities.accounts.permissions import is_member, is_staff

    people = get_user_model().objects.filter(is_active=True).exclude(pk=sender.pk)
    if not (is_member(sender) or is_staff(sender)):
        people = people.filter(visibility=ProfileVisibility.PUBLIC)
    return people.order_by("full_name", "pk")


FIND_LIMIT = 20


def find_people(sender, query: str) -> list:
    """Up to `FIND_LIMIT` people `sender` may message whose name contains `query`."""
    query = (query or "").strip()
    if not query:
        return []
    return list(messageable_people(sender).filter(full_name__icontains=query)[:FIND_LIMIT])


EXCERPT_LENGTH = 140


def _may_read_hidden(user, message: Message) -> bool:
    return message.sender_id == user.pk or can_moderate(user)


def conversation_row(conversation: Conversation, user) -> dict:
    """What the list shows of one conversation (from prefetched rows, no query)."""
    places = list(conversation.participants.all())
    mine = next((place for place in places if place.user_id == user.pk), None)
    last = conversation.last_message
    if last is None:
        excerpt = ""
    elif last.hidden_at and not _may_read_hidden(user, last):
        excerpt = gettext("This message was hidden by the moderators.")
    else:
        excerpt = Truncator(" ".join(last.body.split())).chars(EXCERPT_LENGTH)
    return {
        "conversation": conversation,
        "unread": mine.unread if mine else 0,
        "others": [place.user for place in places if place.user_id != user.pk and place.is_active],
        "last": last,
        "excerpt": excerpt,
    }


def conversation_context(conversation: Conversation, user) -> dict:
    """What the page of one conversation needs besides its messages."""
    places = list(conversation.participants.all())
    others = [place.user for place in places if place.user_id != user.pk and place.is_active]
    about = conversation.about if conversation.about_type_id else None
    mine_blocked = blocked_ids(user)
    is_group = len(places) > 2
    blocked_me = (
        not is_group
        and bool(others)
        and Block.objects.filter(blocker=others[0], blocked=user).exists()
    )
    return {
        "conversation": conversation,
        "others": others,
        "left": [place.user for place in places if not place.is_active],
        "is_group": is_group,
        "about": about,
        "about_visible": permissions.can_see_about(user, about),
        "blocked_ids": mine_blocked,
        "blocked_me": blocked_me,
        "can_reply": permissions.can_use_messages(user)
        and bool(others)
        and (is_group or not (blocked_me or others[0].pk in mine_blocked)),
    }


def message_view(message: Message, user, context: dict) -> dict:
    """How one message reads for `user`: hidden ones as a notice (their author and the
    moderators still read the text), those of a member the reader blocked folded away."""
    hidden = message.hidden_at is not None
    readable = not hidden or _may_read_hidden(user, message)
    return {
        "message": message,
        "mine": message.sender_id == user.pk,
        "hidden": hidden,
        "html": render_markdown(message.body, links=message.links_clickable) if readable else "",
        "from_blocked": message.sender_id in context["blocked_ids"],
    }
