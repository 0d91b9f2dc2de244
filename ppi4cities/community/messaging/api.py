"""API endpoints of messages (mounted at /api/v1/messages/): one's own conversations, sending,
reading, leaving a group and blocking members. A conversation one is not in answers 404, to
moderators and staff as well."""

from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from ppi4cities.accounts.api import ErrorOut
from ppi4cities.api.auth import signed_in
from ppi4cities.core.ratelimit import RateLimited

from . import selectors, services
from .models import MAX_BODY, MAX_PEOPLE, MAX_SUBJECT

router = Router(tags=["messaging"])

MAX_PAGE_SIZE = 100


class PersonOut(Schema):
    id: int
    name: str


class MessageOut(Schema):
    id: int
    sender: PersonOut | None = Field(description="Empty when the sender's account is gone")
    mine: bool
    text: str = Field(description="Markdown as written; empty when hidden from you")
    html: str = Field(description="The text rendered and sanitised; empty when hidden from you")
    hidden: bool = Field(description="Hidden by the moderators")
    created_at: datetime


class ConversationOut(Schema):
    id: int
    subject: str
    url: str
    people: list[PersonOut] = Field(description="Everyone else still in the conversation")
    unread: int = Field(description="Messages you have not read")
    last_message_at: datetime
    last_message: str = Field(description="An excerpt of the latest message")


class ConversationPage(Schema):
    count: int
    page: int
    pages: int
    unread_conversations: int
    results: list[ConversationOut]


class ConversationDetailOut(ConversationOut):
    is_group: bool
    can_reply: bool
    about_url: str | None = Field(description="What the conversation is about, if you may see it")
    page: int
    pages: int
    messages: list[MessageOut] = Field(description="Oldest first")


class PageQuery(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class MessagesQuery(Schema):
    page: int | None = Field(None, ge=1, description="Pages run oldest first; default: the last")
    page_size: int = Field(30, ge=1, le=MAX_PAGE_SIZE)


class StartIn(Schema):
    to: list[int] = Field(
        min_length=1, description=f"Ids of the people to write to (at most {MAX_PEOPLE - 1})"
    )
    subject: str = Field("", max_length=MAX_SUBJECT)
    text: str = Field(description=f"Markdown, at most {MAX_BODY} characters")


class MessageIn(Schema):
    text: str = Field(description=f"Markdown, at most {MAX_BODY} characters")


class UnreadOut(Schema):
    unread_conversations: int


class BlockIn(Schema):
    user_id: int


class BlockOut(Schema):
    user: PersonOut
    created_at: datetime


def _person(user) -> dict | None:
    return {"id": user.pk, "name": user.full_name} if user else None


def _conversation_out(conversation, user) -> dict:
    row = selectors.conversation_row(conversation, user)
    return {
        "id": conversation.pk,
        "subject": conversation.subject,
        "url": conversation.get_absolute_url(),
        "people": [_person(person) for person in row["others"]],
        "unread": row["unread"],
        "last_message_at": conversation.last_message_at,
        "last_message": row["excerpt"],
    }


def _message_out(item: dict) -> dict:
    message = item["message"]
    return {
        "id": message.pk,
        "sender": _person(message.sender),
        "mine": item["mine"],
        "text": message.body if item["html"] else "",
        "html": item["html"],
        "hidden": item["hidden"],
        "created_at": message.created_at,
    }


def _conversation_or_404(request, conversation_id: int):
    conversation = selectors.conversation_for(request.user, conversation_id)
    if conversation is None:
        raise Http404
    return conversation


def _too_many(error: RateLimited):
    return Status(429, {"detail": error.message})


@router.get(
    "",
    auth=signed_in,
    response={200: ConversationPage, 401: ErrorOut, 422: ErrorOut},
    summary="Your conversations, latest activity first",
)
def conversation_list(request, query: Query[PageQuery]):
    queryset = selectors.conversations_for(request.user)
    count = queryset.count()
    start = (query.page - 1) * query.page_size
    page = list(queryset[start : start + query.page_size]) if start < count else []
    return {
        "count": count,
        "page": query.page,
        "pages": max(1, -(-count // query.page_size)),
        "unread_conversations": selectors.unread_conversation_count(request.user),
        "results": [_conversation_out(conversation, request.user) for conversation in page],
    }


@router.get(
    "/unread-count",
    auth=signed_in,
    response={200: UnreadOut, 401: ErrorOut},
    summary="How many of your conversations hold unread messages",
)
def unread_count(request):
    return {"unread_conversations": selectors.unread_conversation_count(request.user)}


@router.post(
    "",
    auth=signed_in,
    response={201: ConversationOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Start a conversation (a message without subject to one person continues your "
    "conversation with them)",
)
def conversation_start(request, payload: StartIn):
    wanted = list(dict.fromkeys(payload.to))
    found = {
        person.pk: person
        for person in selectors.messageable_people(request.user).filter(pk__in=wanted)
    }
    unknown = [pk for pk in wanted if pk not in found and pk != request.user.pk]
    if unknown:
        raise ValidationError(
            {
                "to": _("There is no member you can message with the number %(id)s.")
                % {"id": unknown[0]}
            }
        )
    try:
        conversation = services.conversation_start(
            starter=request.user,
            others=[found[pk] for pk in wanted if pk in found],
            subject=payload.subject,
            text=payload.text,
        )
    except RateLimited as error:
        return _too_many(error)
    conversation = selectors.conversation_for(request.user, conversation.pk)
    return Status(201, _conversation_out(conversation, request.user))


@router.get(
    "/blocked",
    auth=signed_in,
    response={200: list[BlockOut], 401: ErrorOut},
    summary="The members you blocked",
)
def blocked_list(request):
    return [
        {"user": _person(block.blocked), "created_at": block.created_at}
        for block in selectors.blocked_by(request.user)
    ]


@router.post(
    "/blocked",
    auth=signed_in,
    response={201: BlockOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Block a member: they can no longer write to you",
)
def block_create(request, payload: BlockIn):
    person = get_user_model().objects.filter(pk=payload.user_id, is_active=True).first()
    if person is None:
        raise Http404
    block = services.block_create(blocker=request.user, blocked=person)
    return Status(201, {"user": _person(person), "created_at": block.created_at})


@router.delete(
    "/blocked/{user_id}",
    auth=signed_in,
    response={204: None, 401: ErrorOut, 404: ErrorOut},
    summary="Unblock a member",
)
def block_delete(request, user_id: int):
    person = get_user_model().objects.filter(pk=user_id).first()
    if person is None or not services.block_delete(blocker=request.user, blocked=person):
        raise Http404
    return Status(204, None)


@router.get(
    "/{conversation_id}",
    auth=signed_in,
    response={200: ConversationDetailOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="One of your conversations with a page of its messages (it stays unread)",
)
def conversation_detail(request, conversation_id: int, query: Query[MessagesQuery]):
    conversation = _conversation_or_404(request, conversation_id)
    messages = selectors.messages_of(conversation)
    count = messages.count()
    pages = max(1, -(-count // query.page_size))
    page = query.page or pages
    start = (page - 1) * query.page_size
    chosen = list(messages[start : start + query.page_size]) if start < count else []
    context = selectors.conversation_context(conversation, request.user)
    about = context["about"]
    return {
        **_conversation_out(conversation, request.user),
        "is_group": context["is_group"],
        "can_reply": context["can_reply"],
        "about_url": about.get_absolute_url() if about and context["about_visible"] else None,
        "page": page,
        "pages": pages,
        "messages": [
            _message_out(selectors.message_view(message, request.user, context))
            for message in chosen
        ],
    }


@router.post(
    "/{conversation_id}/messages",
    auth=signed_in,
    response={
        201: MessageOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
        429: ErrorOut,
    },
    summary="Send a message in one of your conversations",
)
def message_send(request, conversation_id: int, payload: MessageIn):
    conversation = _conversation_or_404(request, conversation_id)
    try:
        message = services.message_send(
            conversation=conversation, sender=request.user, text=payload.text
        )
    except RateLimited as error:
        return _too_many(error)
    context = {"blocked_ids": set()}
    return Status(201, _message_out(selectors.message_view(message, request.user, context)))


@router.post(
    "/{conversation_id}/read",
    auth=signed_in,
    response={200: UnreadOut, 401: ErrorOut, 404: ErrorOut},
    summary="Mark one of your conversations read",
)
def conversation_read(request, conversation_id: int):
    conversation = _conversation_or_404(request, conversation_id)
    services.conversation_read(conversation=conversation, user=request.user)
    return {"unread_conversations": selectors.unread_conversation_count(request.user)}


@router.post(
    "/{conversation_id}/leave",
    auth=signed_in,
    response={204: None, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Leave a group conversation (422 for a conversation of two)",
)
def conversation_leave(request, conversation_id: int):
    conversation = _conversation_or_404(request, conversation_id)
    services.conversation_leave(conversation=conversation, user=request.user)
    return Status(204, None)
