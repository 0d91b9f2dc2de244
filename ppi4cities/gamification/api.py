"""API endpoints of points and badges (mounted at /api/v1/gamification/): a person's progress,
visible exactly when their profile is, and the opt-in leaderboard.

A profile the caller may not see answers 404, never 403, so that the API does not reveal who
has an account.
"""

from typing import Literal

from django.http import Http404
from django_countries import countries
from ninja import Field, Query, Router, Schema
from ninja.errors import AuthenticationError

from ppi4cities.accounts.api import ErrorOut
from ppi4cities.accounts.models import Organisation, User
from ppi4cities.accounts.permissions import can_view_profile
from ppi4cities.api.auth import PersonalToken

from . import selectors
from .rules import RULES

router = Router(tags=["gamification"])

MAX_LEADERBOARD = 100
COUNTRY_CODES = frozenset(countries.countries)


class PersonRef(Schema):
    id: int
    name: str


class ActionPointsOut(Schema):
    action: str
    label: str
    points: int


class LevelOut(Schema):
    code: str
    name: str
    threshold: int


class BadgeOut(Schema):
    code: str
    name: str
    description: str
    level: LevelOut
    score: int = Field(description="How many of the badge's events the person has")
    next_level: LevelOut | None = Field(description="null at the top level")
    next_threshold: int | None = Field(description="The score the next level needs, or null")


class ProgressOut(Schema):
    person: PersonRef
    points: int = Field(description="Total points")
    points_by_action: list[ActionPointsOut]
    badges: list[BadgeOut] = Field(description="Badges earned, in the registry's order")


class LeaderboardQuery(Schema):
    kind: Literal["person", "organisation"] = "person"
    country: str = Field(
        "",
        max_length=2,
        description="ISO 3166-1 alpha-2; an unknown code is ignored, as in the directory",
    )
    limit: int = Field(20, ge=1, le=MAX_LEADERBOARD)


class StandingOut(Schema):
    rank: int
    id: int
    slug: str | None = Field(description="An organisation's slug; null for a person")
    name: str
    points: int


class LeaderboardOut(Schema):
    kind: str
    country: str | None = Field(description="The country applied, or null for everyone")
    results: list[StandingOut]


def _reader(request):
    """Reads are public; a bearer token, when sent, reads as its owner and must be valid."""
    if "Authorization" not in request.headers:
        return request.user
    if PersonalToken()(request) is None:
        raise AuthenticationError
    return request.user


def _action_label(action: str) -> str:
    # The ledger may hold an action whose rule was retired; its code still names it.
    return str(RULES[action].label) if action in RULES else action


def _level(level) -> dict | None:
    if level is None:
        return None
    return {"code": level.code, "name": str(level.name), "threshold": level.threshold}


@router.get(
    "/people/{person_id}/progress",
    response={200: ProgressOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="A person's points and badges, for those who may see their profile",
)
def person_progress(request, person_id: int):
    viewer = _reader(request)
    person = User.objects.filter(pk=person_id).first()
    if person is None or not can_view_profile(viewer, person):
        raise Http404
    return {
        "person": {"id": person.pk, "name": person.full_name},
        "points": selectors.points_total(person),
        "points_by_action": [
            {"action": action, "label": _action_label(action), "points": points}
            for action, points in selectors.points_by_action(person).items()
        ],
        "badges": [
            {
                "code": earned.badge.code,
                "name": str(earned.badge.name),
                "description": str(earned.badge.description),
                "level": _level(earned.level),
                "score": earned.score,
                "next_level": _level(earned.next_level),
                "next_threshold": earned.next_level.threshold if earned.next_level else None,
            }
            for earned in selectors.badges_for(person)
        ],
    }


@router.get(
    "/leaderboard",
    response={200: LeaderboardOut, 401: ErrorOut, 422: ErrorOut},
    summary="People or organisations that opted in, most points first, overall or per country",
)
def leaderboard(request, query: Query[LeaderboardQuery]):
    _reader(request)
    country = query.country if query.country in COUNTRY_CODES else None
    standings = selectors.leaderboard(kind=query.kind, country=country, limit=query.limit)
    slugs = {}
    if query.kind == "organisation":
        slugs = dict(
            Organisation.objects.filter(pk__in=[row.pk for row in standings]).values_list(
                "pk", "slug"
            )
        )
    return {
        "kind": query.kind,
        "country": country,
        "results": [
            {
                "rank": rank,
                "id": row.pk,
                "slug": slugs.get(row.pk),
                "name": row.name,
                "points": row.points,
            }
            for rank, row in enumerate(standings, 1)
        ],
    }
