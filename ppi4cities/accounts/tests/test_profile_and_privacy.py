"""A person's profile, its visibility, API tokens, the data download and account deletion."""

import json

import pytest
from allauth.account.models import EmailAddress

from conftest import make_person
from ppi4cities.accounts.models import ApiToken, Membership, Organisation, User

from .images import fake_image_upload, oversized_upload, png_upload

pytestmark = pytest.mark.django_db


def _profile(**changes):
    data = {
        "full_name": "Maija Member",
        "job_title": "Procurement officer",
        "bio": "Buys for the city.",
        "languages": ["fi", "en"],
        "expertise": "market consultation, competitive dialogue",
        "visibility": "public",
        "language": "fi",
    }
    data.update(changes)
    return data


def test_a_member_fills_in_their_profile_with_a_photo(client, people):
    """The profile saves every field and a re-encoded photo."""
    client.force_login(people["member"])
    response = client.post("/me/profile/", _profile(avatar=png_upload("me.png")))
    assert response.status_code == 302
    user = User.objects.get(pk=people["member"].pk)
    assert user.job_title == "Procurement officer"
    assert user.languages == ["fi", "en"]
    assert {t.name for t in user.expertise.all()} == {"market consultation", "competitive dialogue"}
    assert user.avatar.name.startswith("avatars/avatar-")
    page = client.get(f"/people/{user.pk}/").content.decode()
    assert "Procurement officer" in page and "Finnish" in page


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"full_name": ""}, "full_name"),
        ({"job_title": "x" * 121}, "job_title"),
        ({"bio": "x" * 1001}, "bio"),
        ({"languages": ["xx"]}, "languages"),
        ({"visibility": "secret"}, "visibility"),
        ({"avatar": fake_image_upload("me.png")}, "avatar"),
        ({"avatar": oversized_upload("me.png")}, "avatar"),
    ],
)
def test_bad_profile_input_is_refused_and_nothing_changes(client, people, changes, field):
    """Bad profile input answers 400 beside the field; the saved profile stays."""
    client.force_login(people["member"])
    response = client.post("/me/profile/", _profile(**changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert User.objects.get(pk=people["member"].pk).job_title == ""


def test_members_only_profiles_need_signing_in(client, people):
    """A members-only profile sends anonymous visitors to sign in; public ones are open."""
    person = people["org_member"]
    response = client.get(f"/people/{person.pk}/")
    assert response.status_code == 302
    client.force_login(people["member"])
    assert client.get(f"/people/{person.pk}/").status_code == 200
    client.logout()
    person.visibility = "public"
    person.save()
    assert client.get(f"/people/{person.pk}/").status_code == 200


def test_api_tokens_are_shown_once_and_can_be_revoked(client, people):
    """A new token is shown once, stored only as a hash, and revoking it stops it working."""
    client.force_login(people["member"])
    response = client.post("/me/tokens/", {"name": "Nightly import"})
    key = response.context["new_key"]
    assert key.startswith("ppi_")
    token = ApiToken.objects.get(user=people["member"])
    assert key not in token.key_hash
    assert key not in client.get("/me/tokens/").content.decode()
    api = client.get("/api/v1/me", headers={"Authorization": f"Bearer {key}"})
    assert api.status_code == 200
    client.post(f"/me/tokens/{token.pk}/revoke/")
    client.logout()
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {key}"}).status_code == 401


def test_an_empty_token_name_is_refused(client, people):
    """A token needs a name."""
    client.force_login(people["member"])
    assert client.post("/me/tokens/", {"name": ""}).status_code == 400
    assert not ApiToken.objects.exists()


def test_the_data_download_holds_everything_about_the_person(client, people):
    """The JSON download has the profile, addresses, memberships and tokens without secrets."""
    client.force_login(people["org_admin"])
    client.post("/me/tokens/", {"name": "Script"})
    response = client.get("/me/privacy/my-data.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["profile"]["email"] == "admin@city.example"
    assert data["email_addresses"][0]["verified"] is True
    assert data["memberships"][0]["role"] == "admin"
    assert data["organisations_created"][0]["name"] == people["organisation"].name
    assert data["api_tokens"][0]["name"] == "Script"
    assert "key_hash" not in json.dumps(data)


def test_deleting_an_account_erases_personal_data_and_keeps_contributions(client, people):
    """After deletion the person is gone, their organisation stays, without their name."""
    organisation = people["other_organisation"]
    person = people["other_member"]
    client.force_login(person)
    response = client.post("/me/privacy/", {"confirm_email": "someone@other.example"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
    assert not EmailAddress.objects.filter(email="someone@other.example").exists()
    organisation.refresh_from_db()
    assert organisation.created_by is None
    assert organisation.member_count == 0
    assert client.get("/me/").status_code == 302


def test_deletion_needs_the_right_confirmation(client, people):
    """A wrong confirmation answers 400 and deletes nothing."""
    client.force_login(people["member"])
    assert client.post("/me/privacy/", {"confirm_email": "other@x.example"}).status_code == 400
    assert User.objects.filter(pk=people["member"].pk).exists()


def test_the_only_admin_of_an_organisation_with_members_must_hand_over_first(client, people):
    """Deletion is refused while it would leave colleagues without an administrator."""
    client.force_login(people["org_admin"])
    response = client.post("/me/privacy/", {"confirm_email": "admin@city.example"})
    assert response.status_code == 400
    assert people["organisation"].name in response.content.decode()
    assert User.objects.filter(pk=people["org_admin"].pk).exists()
    assert Organisation.objects.filter(pk=people["organisation"].pk).exists()


def test_a_deleted_member_disappears_from_member_lists(client, people):
    """Once the member is deleted their name no longer shows on the organisation."""
    organisation = people["organisation"]
    client.force_login(people["org_member"])
    client.post("/me/privacy/", {"confirm_email": "member@city.example"})
    assert not Membership.objects.filter(
        organisation=organisation, user__email="member@city.example"
    ).exists()
    client.force_login(make_person("viewer@x.example"))
    assert "Petras Member" not in client.get(organisation.get_absolute_url()).content.decode()
