"""Who may do what with people and organisations: pages, API and permission helpers agree.

Each cell of the table below is checked through the real address (page or API) and against
the helper in `permissions.py` that decides it, so the three can never drift apart.
"""

import json

import pytest
from django.contrib.auth.models import AnonymousUser

from conftest import make_person
from ppi4cities.accounts import permissions, services
from ppi4cities.accounts.models import (
    Invitation,
    JoinRequest,
    Membership,
    Organisation,
    RequestStatus,
    Role,
    User,
)

# What a visitor meets: a page (200), a created resource (201), a redirect after the action
# was done (302), a redirect to a sign-in page (LOGIN), "sign in" from the API (401), or a
# refusal (403). Columns follow ROLES: anonymous, unverified, member (verified, of no
# organisation), org_member, other_member (of another organisation), org_admin, moderator,
# staff.
LOGIN = "302 to a sign-in page"
ALLOWED = {200, 201, 302}

ROLES = [
    "anonymous",
    "unverified",
    "member",
    "org_member",
    "other_member",
    "org_admin",
    "moderator",
    "staff",
]
# fmt: off
EXPECTED = {
    #                               anon    unverif member  org_mem other   admin   mod     staff
    "view directory":              (200,    200,    200,    200,    200,    200,    200,    200),
    "view organisation page":      (200,    200,    200,    200,    200,    200,    200,    200),
    "create organisation":         (LOGIN,  403,    200,    200,    200,    200,    200,    200),
    "edit organisation":           (LOGIN,  403,    403,    403,    403,    200,    403,    200),
    "manage members":              (LOGIN,  403,    403,    403,    403,    200,    403,    200),
    "invite":                      (LOGIN,  403,    403,    403,    403,    302,    403,    302),
    "decide a join request":       (LOGIN,  403,    403,    403,    403,    302,    403,    302),
    "change a role":               (LOGIN,  403,    403,    403,    403,    302,    403,    302),
    "remove a member":             (LOGIN,  403,    403,    403,    403,    302,    403,    302),
    "request to join":             (LOGIN,  403,    302,    403,    302,    403,    302,    302),
    "view a members-only profile": (LOGIN,  403,    200,    200,    200,    200,    200,    200),
    "view a public profile":       (200,    200,    200,    200,    200,    200,    200,    200),
    "download own data":           (LOGIN,  200,    200,    200,    200,    200,    200,    200),
    "use the Django admin":        (LOGIN,  LOGIN,  LOGIN,  LOGIN,  LOGIN,  LOGIN,  LOGIN,  200),
    "API create organisation":     (401,    403,    201,    201,    201,    201,    201,    201),
    "API update organisation":     (401,    403,    403,    403,    403,    200,    403,    200),
}
# fmt: on


# The actions: each does what a person would through the page or API, and returns the
# response and, for actions that change something, whether the change happened.


def _view_directory(client, world):
    return client.get("/organisations/"), None


def _view_organisation_page(client, world):
    return client.get(f"/organisations/{world['organisation'].slug}/"), None


def _create_organisation(client, world):
    return client.get("/organisations/new/"), None


def _edit_organisation(client, world):
    return client.get(f"/organisations/{world['organisation'].slug}/edit/"), None


def _manage_members(client, world):
    return client.get(f"/organisations/{world['organisation'].slug}/members/"), None


def _invite(client, world):
    response = client.post(
        f"/organisations/{world['organisation'].slug}/invitations/",
        {"email": "invited@city.example", "role": Role.MEMBER},
    )
    return response, Invitation.objects.filter(email="invited@city.example").exists()


def _decide_a_join_request(client, world):
    join_request = world["join_request"]
    response = client.post(
        f"/organisations/{world['organisation'].slug}/requests/{join_request.pk}/",
        {"decision": "accept"},
    )
    join_request.refresh_from_db()
    return response, join_request.status == RequestStatus.ACCEPTED


def _change_a_role(client, world):
    membership = world["org_membership"]
    response = client.post(
        f"/organisations/{world['organisation'].slug}/members/{membership.pk}/",
        {"role": Role.ADMIN},
    )
    membership.refresh_from_db()
    return response, membership.role == Role.ADMIN


def _remove_a_member(client, world):
    membership = world["org_membership"]
    response = client.post(
        f"/organisations/{world['organisation'].slug}/members/{membership.pk}/",
        {"action": "remove"},
    )
    return response, not Membership.objects.filter(pk=membership.pk).exists()


def _request_to_join(client, world):
    organisation = world["organisation"]
    before = JoinRequest.objects.filter(organisation=organisation).count()
    response = client.post(f"/organisations/{organisation.slug}/join/", {"message": "Hello"})
    return response, JoinRequest.objects.filter(organisation=organisation).count() > before


def _view_a_members_only_profile(client, world):
    return client.get(f"/people/{world['private_person'].pk}/"), None


def _view_a_public_profile(client, world):
    return client.get(f"/people/{world['public_person'].pk}/"), None


def _download_own_data(client, world):
    return client.get("/me/privacy/my-data.json"), None


def _use_the_django_admin(client, world):
    return client.get("/admin/"), None


def _api_create_organisation(client, world):
    payload = {"name": "Matrix Test Agency", "kind": "innovation-agency", "country": "DK"}
    response = client.post(
        "/api/v1/organisations", json.dumps(payload), content_type="application/json"
    )
    return response, Organisation.objects.filter(name="Matrix Test Agency").exists()


def _api_update_organisation(client, world):
    organisation = world["organisation"]
    response = client.patch(
        f"/api/v1/organisations/{organisation.slug}",
        json.dumps({"city": "Matrixville"}),
        content_type="application/json",
    )
    organisation.refresh_from_db()
    return response, organisation.city == "Matrixville"


ACTIONS = {
    "view directory": _view_directory,
    "view organisation page": _view_organisation_page,
    "create organisation": _create_organisation,
    "edit organisation": _edit_organisation,
    "manage members": _manage_members,
    "invite": _invite,
    "decide a join request": _decide_a_join_request,
    "change a role": _change_a_role,
    "remove a member": _remove_a_member,
    "request to join": _request_to_join,
    "view a members-only profile": _view_a_members_only_profile,
    "view a public profile": _view_a_public_profile,
    "download own data": _download_own_data,
    "use the Django admin": _use_the_django_admin,
    "API create organisation": _api_create_organisation,
    "API update organisation": _api_update_organisation,
}

# The helper in permissions.py that decides each action. Reading the directory, an
# organisation page and one's own data are open to everyone they are shown to: no helper.
HELPERS = {
    "create organisation": lambda user, w: permissions.can_create_organisation(user),
    "edit organisation": lambda user, w: permissions.can_edit_organisation(user, w["organisation"]),
    "manage members": lambda user, w: permissions.can_manage_members(user, w["organisation"]),
    "invite": lambda user, w: permissions.can_manage_members(user, w["organisation"]),
    "decide a join request": lambda user, w: permissions.can_manage_members(
        user, w["organisation"]
    ),
    "change a role": lambda user, w: permissions.can_manage_members(user, w["organisation"]),
    "remove a member": lambda user, w: permissions.can_manage_members(user, w["organisation"]),
    "request to join": lambda user, w: permissions.can_request_to_join(user, w["organisation"]),
    "view a members-only profile": lambda user, w: permissions.can_view_profile(
        user, w["private_person"]
    ),
    "view a public profile": lambda user, w: permissions.can_view_profile(user, w["public_person"]),
    "use the Django admin": lambda user, w: permissions.can_use_admin(user),
    "API create organisation": lambda user, w: permissions.can_create_organisation(user),
    "API update organisation": lambda user, w: permissions.can_edit_organisation(
        user, w["organisation"]
    ),
}


@pytest.fixture
def world(people):
    """The people in each role, plus a pending request to join and two profiles to look at."""
    applicant = make_person("applicant@elsewhere.example", "Aino Applicant")
    public_person = make_person("public@elsewhere.example", "Pia Public")
    services.profile_update(user=public_person, data={"visibility": "public"}, expertise=[])
    return {
        **people,
        "org_membership": Membership.objects.get(
            organisation=people["organisation"], user=people["org_member"]
        ),
        "join_request": services.join_request_create(
            user=applicant, organisation=people["organisation"]
        ),
        "private_person": make_person("private@elsewhere.example", "Pekka Private"),
        "public_person": public_person,
    }


def _outcome(response):
    if response.status_code == 302 and "login" in response["Location"]:
        return LOGIN
    return response.status_code


@pytest.mark.parametrize("action", list(EXPECTED))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_exactly_what_the_table_says(client, world, role, action):
    """Page or API answers as the table says, changes only when allowed, and the helper agrees."""
    expected = EXPECTED[action][ROLES.index(role)]
    allowed = expected in ALLOWED
    if world[role] is not None:
        client.force_login(world[role])

    response, changed = ACTIONS[action](client, world)

    assert _outcome(response) == expected
    if changed is not None:
        assert changed == allowed
    if action in HELPERS:
        user = User.objects.get(pk=world[role].pk) if world[role] else AnonymousUser()
        assert HELPERS[action](user, world) == allowed


def test_the_table_covers_every_role_and_action():
    """Every action has one expectation per role, and every action is exercised."""
    assert all(len(row) == len(ROLES) for row in EXPECTED.values())
    assert set(ACTIONS) == set(EXPECTED)
    assert set(HELPERS) <= set(EXPECTED)
