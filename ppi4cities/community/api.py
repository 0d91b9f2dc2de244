"""API endpoints of notifications (mounted at /api/v1/notifications/): each person's own
notifications, their unread count and their email preferences. Someone else's notification
answers 404."""

from datetime import datetime

from django.conf import settings
from django.http import Http404
from django.utils.translation import get_language
from ninja import Field, Query, Router, Schema

from ppi4cities.accounts.api import ErrorOut
from ppi4cities.api.auth import signed_in

from . import permissions, selectors, services
from .kinds import kinds_for
from .models import Notification

router = Router(tags=["notifications"])

MAX_PAGE_SIZE = 100


class NotificationOut(Schema):
    id: int
    kind: str
    text: str = Field(description="The notification's line in the request's language")
    url: str = Field(description="Where it leads on the platform (a local path), or empty")
    data: dict
    created_at: datetime
    read_at: datetime | None
    unread: bool


class NotificationPage(Schema):
    count: int
    page: int
    pages: int
    unread_count: int
    results: list[NotificationOut]


class ListQuery(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)
    unread: bool = Field(False, description="Only the unread notifications")


class UnreadOut(Schema):
    unread_count: int


class ReadAllOut(Schema):
    marked_read: int
    unread_count: int


class PreferenceOut(Schema):
    kind: str
    name: str
    description: str
    frequency: str = Field(description="immediately, daily, weekly or never")
    default: str


class PreferencesIn(Schema):
    frequencies: dict[str, str] = Field(
        description="Kind → immediately, daily, weekly or never; kinds left out stay as they are"
    )


def _out(notification) -> dict:
    return {
        "id": notification.pk,
        "kind": notification.kind,
        "text": selectors.notification_line(notification),
        "url": selectors.localized_url(notification.url, get_language() or settings.LANGUAGE_CODE),
        "data": notification.data,
        "created_at": notification.created_at,
        "read_at": notification.read_at,
        "unread": notification.is_unread,
    }


def _preferences(user) -> list[dict]:
    frequencies = selectors.notification_frequencies(user=user)
    return [
        {
            "kind": code,
            "name": str(kind.name),
            "description": str(kind.description),
            "frequency": frequencies[code],
            "default": kind.default_frequency,
        }
        for code, kind in kinds_for(user).items()
    ]


@router.get(
    "",
    auth=signed_in,
    response={200: NotificationPage, 401: ErrorOut, 422: ErrorOut},
    summary="Your notifications, newest first",
)
def notification_list(request, query: Query[ListQuery]):
    queryset = selectors.notification_list(user=request.user, unread_only=query.unread)
    count = queryset.count()
    start = (query.page - 1) * query.page_size
    # Past the last page there is nothing to fetch, and a huge offset would overflow the
    # database's integer.
    page = list(queryset[start : start + query.page_size]) if start < count else []
    return {
        "count": count,
        "page": query.page,
        "pages": max(1, -(-count // query.page_size)),
        "unread_count": request.user.unread_notifications,
        "results": [_out(notification) for notification in page],
    }


@router.get(
    "/unread-count",
    auth=signed_in,
    response={200: UnreadOut, 401: ErrorOut},
    summary="How many of your notifications are unread",
)
def unread_count(request):
    return {"unread_count": request.user.unread_notifications}


@router.post(
    "/read-all",
    auth=signed_in,
    response={200: ReadAllOut, 401: ErrorOut},
    summary="Mark all your notifications read",
)
def read_all(request):
    marked = services.notifications_read_all(user=request.user)
    return {"marked_read": marked, "unread_count": 0}


@router.get(
    "/preferences",
    auth=signed_in,
    response={200: list[PreferenceOut], 401: ErrorOut},
    summary="How you are emailed about each kind of notification",
)
def preferences(request):
    return _preferences(request.user)


@router.put(
    "/preferences",
    auth=signed_in,
    response={200: list[PreferenceOut], 401: ErrorOut, 422: ErrorOut},
    summary="Change how you are emailed about some kinds (422 on an unknown kind or frequency)",
)
def preferences_update(request, payload: PreferencesIn):
    services.notification_preferences_set(user=request.user, frequencies=payload.frequencies)
    return _preferences(request.user)


@router.post(
    "/{notification_id}/read",
    auth=signed_in,
    response={200: NotificationOut, 401: ErrorOut, 404: ErrorOut},
    summary="Mark one of your notifications read",
)
def read_one(request, notification_id: int):
    notification = Notification.objects.filter(pk=notification_id).first()
    if notification is None or not permissions.can_open(request.user, notification):
        raise Http404
    services.notification_read(user=request.user, notification=notification)
    notification.refresh_from_db()
    return _out(notification)
