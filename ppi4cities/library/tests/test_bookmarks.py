"""Bookmarks and "My library": saving resources, and following one's own contributions."""

import json

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import make_person
from ppi4cities.accounts import services as accounts
from ppi4cities.accounts.models import Membership, Role
from ppi4cities.library import services
from ppi4cities.library.models import Bookmark
from ppi4cities.moderation import services as moderation

pytestmark = pytest.mark.django_db

ROLES = ["unverified", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]
MINE = "/library/mine/"


def _create(people, title, author="org_member", publish=True, submit=None, **data):
    resource = services.resource_create(
        author=people[author],
        organisation=people["organisation"],
        data={"kind": "guidance", "original_language": "en", "year": 2025, **data},
        texts={"en": {"title": title, "summary": f"About {title.lower()}."}},
        facets={"stage": ["needs"]},
        submit=publish if submit is None else submit,
    )
    if publish:
        services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


@pytest.fixture
def published(people):
    return _create(people, "Needs assessment guide")


def _htmx(client, url, data=None):
    return client.post(url, data or {}, headers={"HX-Request": "true"})


# Services --------------------------------------------------------------------------------


def test_saving_and_removing_are_idempotent(people, published):
    """Saving twice keeps one bookmark; removing twice is no error."""
    member = people["member"]
    first = services.bookmark_add(user=member, resource=published)
    again = services.bookmark_add(user=member, resource=published)

    assert first.pk == again.pk and Bookmark.objects.count() == 1
    assert services.bookmark_remove(user=member, resource=published)
    assert not services.bookmark_remove(user=member, resource=published)
    assert not Bookmark.objects.exists()


def test_a_resource_one_cannot_see_cannot_be_saved(people):
    """A member cannot bookmark another organisation's draft; an unverified person nothing."""
    draft = _create(people, "Draft guide", publish=False)
    published = _create(people, "Published guide")

    with pytest.raises(PermissionDenied):
        services.bookmark_add(user=people["other_member"], resource=draft)
    with pytest.raises(PermissionDenied):
        services.bookmark_add(user=people["unverified"], resource=published)
    assert not Bookmark.objects.exists()


# Who may save, and who has a My library --------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_who_may_save_a_resource(client, people, published, role):
    """Verified members save from the resource page; an unverified account is refused."""
    client.force_login(people[role])

    response = client.post(f"/library/{published.pk}/save/")

    if role == "unverified":
        assert response.status_code == 403
        assert not Bookmark.objects.exists()
    else:
        assert response.status_code == 302
        assert response.url == published.get_absolute_url()
        assert Bookmark.objects.filter(user=people[role], resource=published).exists()


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_my_library(client, people, role):
    """Every verified member has a My library; an unverified account is refused."""
    client.force_login(people[role])

    response = client.get(MINE)

    assert response.status_code == (403 if role == "unverified" else 200)


def test_an_anonymous_visitor_is_sent_to_sign_in(client, published):
    """My library and the save button both lead to the sign-in page, and back."""
    response = client.get(MINE)
    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={MINE}"

    saved = client.post(f"/library/{published.pk}/save/")
    assert saved.url == f"/accounts/login/?next=/library/{published.pk}/"
    assert not Bookmark.objects.exists()


def test_the_save_button_shows_only_to_those_who_may_save(client, people, published):
    """Visitors see no save button; a member sees "Save to My library"."""
    assert "Save to My library" not in client.get(published.get_absolute_url()).content.decode()

    client.force_login(people["member"])

    assert "Save to My library" in client.get(published.get_absolute_url()).content.decode()


# Pages -----------------------------------------------------------------------------------


def test_a_member_saves_a_resource_and_finds_it_in_my_library(client, people, published):
    """Without JavaScript: save, see the button turn to "Remove", find it in My library."""
    client.force_login(people["member"])

    response = client.post(f"/library/{published.pk}/save/", follow=True)

    body = response.content.decode()
    assert "Saved to My library." in body
    assert "Remove from My library" in body and "Save to My library" not in body
    mine = client.get(MINE).content.decode()
    assert "Needs assessment guide" in mine
    assert "1 saved resource" in mine


def test_removing_from_my_library_returns_to_my_library(client, people, published):
    """The remove button in My library comes back to the same page, without the resource."""
    client.force_login(people["member"])
    services.bookmark_add(user=people["member"], resource=published)

    response = client.post(f"/library/{published.pk}/unsave/", {"next": f"{MINE}?page=1"})

    assert response.status_code == 302
    assert response.url == f"{MINE}?page=1"
    body = client.get(MINE).content.decode()
    assert "Removed from My library." in body
    assert "Needs assessment guide" not in body
    assert "Nothing saved yet." in body


def test_a_foreign_next_address_is_ignored(client, people, published):
    """After removing, a next address on another site leads to the resource instead."""
    client.force_login(people["member"])

    response = client.post(f"/library/{published.pk}/unsave/", {"next": "https://evil.example/"})

    assert response.url == published.get_absolute_url()


def test_with_htmx_the_toggle_is_swapped_and_announced(client, people, published):
    """An htmx save returns only the toggle, now offering removal, and a message."""
    client.force_login(people["member"])

    response = _htmx(client, f"/library/{published.pk}/save/")

    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body
    assert 'id="resource-bookmark"' in body and "Remove from My library" in body
    assert 'id="resource-announcement" hx-swap-oob="innerHTML">Saved to My library.' in body
    removed = _htmx(client, f"/library/{published.pk}/unsave/").content.decode()
    assert "Save to My library" in removed and "Removed from My library." in removed
    assert not Bookmark.objects.exists()


def test_bookmark_actions_accept_only_post(client, people, published):
    """GET on the save and remove addresses is refused with 405."""
    client.force_login(people["member"])

    assert client.get(f"/library/{published.pk}/save/").status_code == 405
    assert client.get(f"/library/{published.pk}/unsave/").status_code == 405


def test_my_library_lists_only_resources_one_may_still_see(client, people):
    """A draft saved while administering its organisation leaves My library with the role."""
    draft = _create(people, "Draft guide", publish=False)
    admin = make_person("second-admin@city.example", "Second Admin")
    accounts._add_member(people["organisation"], admin, Role.ADMIN)
    services.bookmark_add(user=admin, resource=draft)
    client.force_login(admin)
    assert "Draft guide" in client.get(MINE).content.decode()

    membership = Membership.objects.get(user=admin, organisation=people["organisation"])
    accounts.membership_remove(membership=membership, actor=people["org_admin"])

    body = client.get(MINE).content.decode()
    assert "Draft guide" not in body
    assert "Nothing saved yet." in body


def test_saved_resources_are_paginated_newest_first(client, people):
    """Twenty-one saved resources make two pages; the one saved last comes first."""
    for number in range(21):
        resource = _create(people, f"Guide {number:02d}")
        services.bookmark_add(user=people["member"], resource=resource)
    client.force_login(people["member"])

    first = client.get(MINE).content.decode()
    second = client.get(f"{MINE}?page=2").content.decode()

    assert "21 saved resources" in first
    assert first.index("Guide 20") < first.index("Guide 19")
    assert "Guide 00" not in first and "Guide 00" in second


def test_contributions_show_status_and_the_moderators_message(client, people):
    """Authors see each contribution's status, the message, and a button to resubmit."""
    draft = _create(people, "Draft guide", publish=False)
    returned = _create(people, "Returned guide", publish=False, submit=True)
    moderation.moderation_request_changes(
        subject=returned, actor=people["moderator"], message="Please add the legal basis."
    )
    _create(people, "Published guide")
    client.force_login(people["org_member"])

    body = client.get(MINE).content.decode()

    assert body.index("Returned guide") < body.index("Draft guide") < body.index("Published guide")
    assert "Changes requested" in body and "Please add the legal basis." in body
    assert f'action="/library/{returned.pk}/submit/"' in body
    assert f'action="/library/{draft.pk}/submit/"' in body
    client.post(f"/library/{returned.pk}/submit/")
    assert "Waiting for moderation" in client.get(MINE).content.decode()


@pytest.mark.parametrize(
    "role, sees",
    [("org_member", True), ("org_admin", True), ("member", False), ("other_member", False)],
)
def test_contributions_include_the_administered_organisations(client, people, role, sees):
    """The author and the organisation's administrators see a draft; other members do not."""
    _create(people, "Draft guide", publish=False)
    client.force_login(people[role])

    assert ("Draft guide" in client.get(MINE).content.decode()) is sees


def test_proposed_edits_are_listed_with_their_status(client, people, published):
    """An edit of a published resource shows as a proposed edit waiting for moderation."""
    services.resource_update(
        resource=published,
        actor=people["org_member"],
        data={"kind": "guidance", "original_language": "en"},
        texts={"en": {"title": "Needs assessment guide", "summary": "A better summary."}},
        facets={"stage": ["needs"]},
    )
    client.force_login(people["org_member"])

    body = client.get(MINE).content.decode()

    assert "My proposed edits" in body
    section = body[body.index("My proposed edits") :]
    assert "Needs assessment guide" in section and "Waiting for moderation" in section


def test_my_library_makes_the_same_queries_whatever_the_number_of_rows(client, people):
    """More bookmarks, contributions and proposed edits add no query to My library."""
    client.force_login(people["org_admin"])

    def add(start, count):
        for number in range(start, start + count):
            resource = _create(people, f"Guide {number:02d}", author="org_admin")
            services.bookmark_add(user=people["org_admin"], resource=resource)
            services.resource_update(
                resource=resource,
                actor=people["org_admin"],
                data={"kind": "guidance", "original_language": "en"},
                texts={"en": {"title": f"Guide {number:02d}", "summary": "Changed."}},
                facets={},
            )
        _create(people, f"Draft {start}", publish=False)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(MINE).status_code == 200
        return len(captured.captured_queries)

    add(0, 2)
    before = queries()
    add(2, 25)

    assert queries() == before


def test_signed_in_people_find_my_library_from_the_header_and_the_library(client, people):
    """The account navigation and the library's index link to My library when signed in."""
    assert f'href="{MINE}"' not in client.get("/library/").content.decode()

    client.force_login(people["member"])

    body = client.get("/library/").content.decode()
    assert body.count(f'href="{MINE}"') == 2


# API ------------------------------------------------------------------------------------


def _bearer(user):
    _token, key = accounts.api_token_create(user=user, name="test script")
    return {"Authorization": f"Bearer {key}"}


def test_the_api_saves_lists_and_removes_bookmarks(client, people, published):
    """PUT saves (twice is fine), GET lists with the resource, DELETE removes (twice is fine)."""
    headers = _bearer(people["member"])
    url = f"/api/v1/library/bookmarks/{published.pk}"

    saved = client.put(url, headers=headers)
    assert saved.status_code == 200
    assert saved.json()["resource"]["id"] == published.pk
    assert client.put(url, headers=headers).status_code == 200
    listing = client.get("/api/v1/library/bookmarks", headers=headers).json()
    assert listing["count"] == 1
    assert listing["results"][0]["resource"]["title"] == "Needs assessment guide"

    assert client.delete(url, headers=headers).status_code == 204
    assert client.delete(url, headers=headers).status_code == 204
    assert client.get("/api/v1/library/bookmarks", headers=headers).json()["count"] == 0


def test_the_api_refuses_visitors_and_hidden_resources(client, people):
    """Without auth 401; a draft the caller cannot see 404; an unverified session 403."""
    draft = _create(people, "Draft guide", publish=False)
    published = _create(people, "Published guide")

    assert Client().get("/api/v1/library/bookmarks").status_code == 401
    assert Client().put(f"/api/v1/library/bookmarks/{published.pk}").status_code == 401
    hidden = client.put(
        f"/api/v1/library/bookmarks/{draft.pk}", headers=_bearer(people["other_member"])
    )
    assert hidden.status_code == 404 and hidden.json()["detail"]
    client.force_login(people["unverified"])
    refused = client.put(f"/api/v1/library/bookmarks/{published.pk}")
    assert refused.status_code == 403
    assert not Bookmark.objects.exists()


def test_the_api_pages_bookmarks(client, people):
    """page_size cuts the list; a bad page_size is a 422 naming it."""
    headers = _bearer(people["member"])
    for number in range(3):
        resource = _create(people, f"Guide {number}")
        services.bookmark_add(user=people["member"], resource=resource)

    body = client.get("/api/v1/library/bookmarks?page_size=2&page=2", headers=headers).json()

    assert (body["count"], body["pages"], len(body["results"])) == (3, 2, 1)
    bad = client.get("/api/v1/library/bookmarks?page_size=500", headers=headers)
    assert bad.status_code == 422
    assert "page_size" in [error["field"] for error in bad.json()["errors"]]


def test_the_openapi_document_lists_the_bookmark_endpoints(client, db):
    """openapi.json documents listing, saving and removing bookmarks."""
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert set(paths["/api/v1/library/bookmarks"]) == {"get"}
    assert set(paths["/api/v1/library/bookmarks/{resource_id}"]) == {"put", "delete"}


def test_a_browser_session_needs_the_csrf_token_to_save(people, published):
    """With the session alone the PUT is refused; with the CSRF token it saves."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people["member"])
    browser.get(MINE)
    url = f"/api/v1/library/bookmarks/{published.pk}"

    assert browser.put(url).status_code == 403
    token = browser.cookies["csrftoken"].value
    assert browser.put(url, headers={"X-CSRFToken": token}).status_code == 200
    assert json.loads(browser.get("/api/v1/library/bookmarks").content)["count"] == 1
