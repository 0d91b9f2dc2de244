"""The gamification API: a person's points and badges, visible exactly when their profile is,
and the opt-in leaderboard, with bad input answered 422."""

import pytest
from django.test import Client

from ppi4cities.accounts import services as accounts
from ppi4cities.accounts.models import ProfileVisibility
from ppi4cities.gamification import selectors
from ppi4cities.gamification.services import leaderboard_opt_in

from .helpers import pilot, resource

pytestmark = pytest.mark.django_db

BASE = "/api/v1/gamification"
ROLES = ["anonymous", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]


def progress_url(person) -> str:
    return f"{BASE}/people/{person.pk}/progress"


def client_of(people, role) -> Client:
    client = Client()
    if people[role] is not None:
        client.force_login(people[role])
    return client


def make_visible_to(person, visibility) -> None:
    accounts.profile_update(user=person, data={"visibility": visibility}, expertise=[])


def error_fields(response):
    return [error["field"] for error in response.json()["errors"]]


@pytest.fixture
def scores(people, commit):
    """org_member (Lithuania) 25 points, org_admin (Lithuania) 10, other_member (Estonia) 15."""
    with commit():
        resource(people, author="org_member")
        pilot(people, author="org_member")
        resource(people, author="org_admin", title="By the admin")
        pilot(people, author="other_member", organisation="other_organisation", title="Tartu")
    return people


# A person's progress --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_a_public_profiles_progress_is_visible_to_everyone(people, role):
    make_visible_to(people["org_member"], ProfileVisibility.PUBLIC)

    response = client_of(people, role).get(progress_url(people["org_member"]))

    assert response.status_code == 200
    assert response.json()["person"] == {"id": people["org_member"].pk, "name": "Petras Member"}


@pytest.mark.parametrize("role", ROLES)
def test_a_members_only_profiles_progress_needs_a_signed_in_member(people, role):
    """Anonymous visitors get 404, as for a person who does not exist."""
    make_visible_to(people["org_member"], ProfileVisibility.MEMBERS)

    response = client_of(people, role).get(progress_url(people["org_member"]))

    assert response.status_code == (404 if role == "anonymous" else 200)


def test_an_unverified_person_sees_only_public_progress_and_their_own(client, people):
    make_visible_to(people["org_member"], ProfileVisibility.MEMBERS)
    client.force_login(people["unverified"])

    assert client.get(progress_url(people["org_member"])).status_code == 404
    assert client.get(progress_url(people["unverified"])).status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_an_inactive_persons_progress_is_not_found(people, role):
    person = people["org_member"]
    make_visible_to(person, ProfileVisibility.PUBLIC)
    person.is_active = False
    person.save(update_fields=["is_active"])

    response = client_of(people, role).get(progress_url(person))

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_unknown_people_are_not_found_and_bad_ids_are_refused(client, db):
    assert client.get(f"{BASE}/people/999999/progress").status_code == 404
    assert client.get(f"{BASE}/people/{10**30}/progress").status_code == 404
    response = client.get(f"{BASE}/people/someone/progress")
    assert response.status_code == 422
    assert error_fields(response) == ["person_id"]


def test_the_progress_equals_the_selectors_after_real_awards(client, scores):
    """Points, points per action and badges with their levels, as awarded by the hooks."""
    person = scores["org_member"]
    make_visible_to(person, ProfileVisibility.PUBLIC)

    data = client.get(progress_url(person)).json()

    assert data["points"] == selectors.points_total(person) == 25
    assert {row["action"]: row["points"] for row in data["points_by_action"]} == (
        selectors.points_by_action(person)
    )
    assert data["points_by_action"] == [
        {"action": "pilot_published", "label": "A pilot you shared was approved", "points": 15},
        {
            "action": "resource_published",
            "label": "A library resource you submitted was approved",
            "points": 10,
        },
    ]
    expected = selectors.badges_for(person)
    assert [badge["code"] for badge in data["badges"]] == [e.badge.code for e in expected]
    assert {badge["code"] for badge in data["badges"]} == {"library-contributor", "pilot-sharer"}
    contributor = next(b for b in data["badges"] if b["code"] == "library-contributor")
    assert contributor["name"] == "Library contributor"
    assert contributor["level"] == {"code": "bronze", "name": "Bronze", "threshold": 1}
    assert contributor["score"] == 1
    assert contributor["next_level"] == {"code": "silver", "name": "Silver", "threshold": 5}
    assert contributor["next_threshold"] == 5


def test_the_top_level_has_no_next_threshold(client, people):
    person = people["org_member"]
    make_visible_to(person, ProfileVisibility.PUBLIC)
    for number in range(10):
        pilot(people, title=f"Pilot {number}")

    [sharer] = client.get(progress_url(person)).json()["badges"]

    assert (sharer["code"], sharer["level"]["code"], sharer["score"]) == (
        "pilot-sharer",
        "gold",
        10,
    )
    assert (sharer["next_level"], sharer["next_threshold"]) == (None, None)


def test_someone_with_nothing_yet_has_zero_points_and_no_badges(client, people):
    client.force_login(people["member"])

    data = client.get(progress_url(people["org_member"])).json()

    assert (data["points"], data["points_by_action"], data["badges"]) == (0, [], [])


def test_a_bearer_token_reads_as_its_owner_and_a_wrong_one_is_refused(client, people):
    make_visible_to(people["org_member"], ProfileVisibility.MEMBERS)
    _token, key = accounts.api_token_create(user=people["member"], name="script")

    with_token = client.get(
        progress_url(people["org_member"]), headers={"Authorization": f"Bearer {key}"}
    )
    wrong = client.get(
        progress_url(people["org_member"]), headers={"Authorization": "Bearer ppi_wrong"}
    )

    assert with_token.status_code == 200
    assert wrong.status_code == 401
    assert client.get(f"{BASE}/leaderboard", headers={"Authorization": "Bearer x"}).status_code == (
        401
    )


# The leaderboard ------------------------------------------------------------------------------


def _standings(response):
    return [(row["name"], row["points"]) for row in response.json()["results"]]


def test_the_leaderboard_shows_only_people_who_opted_in(client, scores):
    people = scores
    for person in ("org_admin", "other_member"):
        leaderboard_opt_in(actor=people[person], user=people[person])

    response = client.get(f"{BASE}/leaderboard")

    assert response.status_code == 200
    assert _standings(response) == [("Kari Other", 15), ("Ona Admin", 10)]
    assert [row["rank"] for row in response.json()["results"]] == [1, 2]
    assert response.json()["results"][0]["id"] == people["other_member"].pk
    assert response.json()["results"][0]["slug"] is None
    assert (response.json()["kind"], response.json()["country"]) == ("person", None)


def test_the_leaderboard_per_country_and_limited(client, scores):
    people = scores
    for person in ("org_member", "org_admin", "other_member"):
        leaderboard_opt_in(actor=people[person], user=people[person])

    lithuania = client.get(f"{BASE}/leaderboard", {"country": "LT"})
    top = client.get(f"{BASE}/leaderboard", {"limit": 1})

    assert _standings(lithuania) == [("Petras Member", 25), ("Ona Admin", 10)]
    assert lithuania.json()["country"] == "LT"
    assert _standings(top) == [("Petras Member", 25)]


def test_organisations_that_opted_in_are_ranked_with_their_slug(client, scores):
    people = scores
    leaderboard_opt_in(actor=people["org_admin"], organisation=people["organisation"])

    response = client.get(f"{BASE}/leaderboard", {"kind": "organisation"})

    assert response.json()["results"] == [
        {
            "rank": 1,
            "id": people["organisation"].pk,
            "slug": people["organisation"].slug,
            "name": "Panevėžys City Municipality",
            "points": 35,
        }
    ]
    estonia = client.get(f"{BASE}/leaderboard", {"kind": "organisation", "country": "EE"})
    assert estonia.json()["results"] == []


def test_an_unknown_country_is_ignored_as_in_the_directory(client, scores):
    people = scores
    leaderboard_opt_in(actor=people["other_member"], user=people["other_member"])

    response = client.get(f"{BASE}/leaderboard", {"country": "XX"})

    assert response.status_code == 200
    assert response.json()["country"] is None
    assert _standings(response) == [("Kari Other", 15)]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "city"}, "kind"),
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"limit": 10**30}, "limit"),
        ({"country": "LTU"}, "country"),
    ],
)
def test_bad_leaderboard_input_is_refused_naming_the_field(client, db, params, field):
    response = client.get(f"{BASE}/leaderboard", params)

    assert response.status_code == 422
    assert error_fields(response) == [field]
    assert response.json()["errors"][0]["message"]


def test_the_leaderboard_costs_the_same_queries_as_it_grows(
    client, scores, django_assert_num_queries
):
    people = scores
    for person in ("org_member", "other_member"):
        leaderboard_opt_in(actor=people[person], user=people[person])
    leaderboard_opt_in(actor=people["org_admin"], organisation=people["organisation"])

    with django_assert_num_queries(1):
        client.get(f"{BASE}/leaderboard")
    with django_assert_num_queries(2):
        client.get(f"{BASE}/leaderboard", {"kind": "organisation"})
    leaderboard_opt_in(actor=people["org_admin"], user=people["org_admin"])
    leaderboard_opt_in(actor=people["other_member"], organisation=people["other_organisation"])
    with django_assert_num_queries(1):
        assert len(client.get(f"{BASE}/leaderboard").json()["results"]) == 3
    with django_assert_num_queries(2):
        assert (
            len(client.get(f"{BASE}/leaderboard", {"kind": "organisation"}).json()["results"]) == 2
        )


# Documentation --------------------------------------------------------------------------------


def test_the_openapi_document_lists_the_gamification_endpoints(client, db):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths[f"{BASE}/people/{{person_id}}/progress"]) == {"get"}
    assert set(paths[f"{BASE}/leaderboard"]) == {"get"}
    limit = next(
        p for p in paths[f"{BASE}/leaderboard"]["get"]["parameters"] if p["name"] == "limit"
    )
    assert (limit["schema"]["minimum"], limit["schema"]["maximum"]) == (1, 100)
