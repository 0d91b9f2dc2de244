"""/api/v1/me and personal tokens: who the API thinks you are, and when it refuses to say."""

import pytest
from django.test import Client

from ppi4cities.accounts import services
from ppi4cities.accounts.models import ApiToken, User

ME_URL = "/api/v1/me"


def token_for(user, name="test script"):
    token, key = services.api_token_create(user=user, name=name)
    return token, {"Authorization": f"Bearer {key}"}


def test_an_anonymous_visitor_is_asked_to_sign_in(client, db):
    """Without a session or token /me answers 401 in JSON."""
    response = client.get(ME_URL)

    assert response.status_code == 401
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["detail"]


def test_a_token_says_who_you_are_and_where_you_belong(client, people):
    """With a personal token /me gives the email, the name and each organisation with its role."""
    _token, headers = token_for(people["org_member"])

    response = client.get(ME_URL, headers=headers)

    assert response.status_code == 200
    body = response.json()
    assert body["email"] == "member@city.example"
    assert body["name"] == "Petras Member"
    assert body["organisations"] == [
        {
            "slug": people["organisation"].slug,
            "name": "Panevėžys City Municipality",
            "role": "member",
        }
    ]


def test_an_administrator_sees_the_admin_role(client, people):
    """The role reported for an organisation's creator is admin."""
    _token, headers = token_for(people["org_admin"])

    body = client.get(ME_URL, headers=headers).json()

    assert [(o["name"], o["role"]) for o in body["organisations"]] == [
        ("Panevėžys City Municipality", "admin")
    ]


def test_a_person_without_organisations_has_an_empty_list(client, people):
    """A member of no organisation gets an empty organisations list."""
    _token, headers = token_for(people["member"])

    assert client.get(ME_URL, headers=headers).json()["organisations"] == []


def test_the_browser_session_works_too(client, people):
    """A signed-in browser reads /me without a token."""
    client.force_login(people["moderator"])

    body = client.get(ME_URL).json()

    assert body["email"] == "moderator@ppi4cities.example"
    assert body["is_moderator"] is True


def test_a_revoked_token_is_refused(client, people):
    """Once revoked, a token no longer signs anyone in."""
    token, headers = token_for(people["member"])
    services.api_token_revoke(token=token, user=people["member"])

    response = client.get(ME_URL, headers=headers)

    assert response.status_code == 401


def test_a_token_of_a_deactivated_person_is_refused(client, people):
    """Deactivating an account stops its tokens at once."""
    _token, headers = token_for(people["member"])
    User.objects.filter(pk=people["member"].pk).update(is_active=False)

    assert client.get(ME_URL, headers=headers).status_code == 401


def test_each_token_signs_in_only_its_owner(client, people):
    """Two people's tokens each give their own identity."""
    _token, mine = token_for(people["org_admin"])
    _token, theirs = token_for(people["other_member"])

    assert client.get(ME_URL, headers=mine).json()["email"] == "admin@city.example"
    assert client.get(ME_URL, headers=theirs).json()["email"] == "someone@other.example"


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer",
        "Bearer ",
        "Bearer ppi_",
        "Bearer ppi_not-a-real-token",
        "Bearer not-even-our-prefix",
        "Token {key}",
        "Basic {key}",
        "{key}",
        "Bearer {key} extra",
        "Bearer {key}x",
        "Bearer\t{key}",
        "Bearer ppi_\u00e9\u00e8",
    ],
)
def test_a_malformed_authorization_header_is_refused(client, people, authorization):
    """Anything but "Bearer <a valid key>" is a 401 in JSON, never a 500."""
    _token, headers = token_for(people["member"])
    key = headers["Authorization"].removeprefix("Bearer ")

    response = client.get(ME_URL, headers={"Authorization": authorization.format(key=key)})

    assert response.status_code == 401
    assert response.json()["detail"]


def test_the_scheme_name_is_case_insensitive(client, people):
    """The scheme name may be written "bearer" as well as "Bearer", as RFC 7235 asks."""
    _token, headers = token_for(people["member"])
    key = headers["Authorization"].removeprefix("Bearer ")

    response = client.get(ME_URL, headers={"Authorization": f"bearer {key}"})

    assert response.status_code == 200


def test_using_a_token_records_when_it_was_last_used(client, people):
    """The tokens page can show when a token was last used."""
    token, headers = token_for(people["member"])
    assert token.last_used_at is None

    client.get(ME_URL, headers=headers)

    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_failed_attempt_does_not_touch_any_token(client, people):
    """A wrong key leaves every token's last use as it was."""
    token_for(people["member"])

    client.get(ME_URL, headers={"Authorization": "Bearer ppi_wrong"})

    assert not ApiToken.objects.filter(last_used_at__isnull=False).exists()


def test_a_script_with_a_token_needs_no_csrf_token(people):
    """CSRF protects sessions; a bearer token is not sent by browsers on their own."""
    _token, headers = token_for(people["member"])
    script = Client(enforce_csrf_checks=True)

    response = script.patch(
        f"/api/v1/organisations/{people['organisation'].slug}",
        "{}",
        content_type="application/json",
        headers=headers,
    )

    assert response.status_code == 403  # a member of no organisation may not edit it
    assert "CSRF" not in response.json()["detail"]


def test_a_key_is_stored_only_as_a_hash(people):
    """The database never holds the key itself."""
    token, headers = token_for(people["member"])
    key = headers["Authorization"].removeprefix("Bearer ")

    assert key not in token.key_hash
    assert token.prefix == key[:12]
