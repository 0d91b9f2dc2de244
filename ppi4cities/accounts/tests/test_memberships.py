"""Joining organisations: requests, invitations by email, roles, removal and the last admin."""

import re

import pytest
from django.core import mail

from conftest import make_person
from ppi4cities.accounts.models import Invitation, JoinRequest, Membership, Role

pytestmark = pytest.mark.django_db


def test_a_member_asks_to_join_and_an_admin_accepts(client, people):
    """The request waits for the admins; accepting makes the person a member."""
    organisation = people["organisation"]
    client.force_login(people["member"])
    response = client.post(f"/organisations/{organisation.slug}/join/", {"message": "Hello"})
    assert response.status_code == 302
    join_request = JoinRequest.objects.get(user=people["member"])
    assert join_request.status == "pending"
    assert client.post(f"/organisations/{organisation.slug}/join/").status_code == 302
    assert JoinRequest.objects.filter(user=people["member"]).count() == 1

    client.force_login(people["org_admin"])
    page = client.get(f"/organisations/{organisation.slug}/members/").content.decode()
    assert people["member"].full_name in page and "Hello" in page
    client.post(
        f"/organisations/{organisation.slug}/requests/{join_request.pk}/", {"decision": "accept"}
    )
    assert Membership.objects.get(user=people["member"], organisation=organisation).role == "member"
    organisation.refresh_from_db()
    assert organisation.member_count == 3


def test_an_admin_refuses_a_request(client, people):
    """A refused request leaves the person outside."""
    organisation = people["organisation"]
    client.force_login(people["member"])
    client.post(f"/organisations/{organisation.slug}/join/")
    join_request = JoinRequest.objects.get(user=people["member"])
    client.force_login(people["org_admin"])
    client.post(
        f"/organisations/{organisation.slug}/requests/{join_request.pk}/", {"decision": "refuse"}
    )
    join_request.refresh_from_db()
    assert join_request.status == "refused"
    assert not Membership.objects.filter(user=people["member"], organisation=organisation).exists()


def test_a_member_withdraws_their_request(client, people):
    """The person who asked can withdraw from their dashboard."""
    organisation = people["organisation"]
    client.force_login(people["member"])
    client.post(f"/organisations/{organisation.slug}/join/")
    join_request = JoinRequest.objects.get(user=people["member"])
    client.post(f"/me/requests/{join_request.pk}/withdraw/")
    join_request.refresh_from_db()
    assert join_request.status == "withdrawn"


def test_an_invitation_email_leads_a_newcomer_into_the_organisation(
    client, people, django_capture_on_commit_callbacks
):
    """An admin invites by email; the link, once signed in, makes them an admin as invited."""
    organisation = people["organisation"]
    client.force_login(people["org_admin"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/organisations/{organisation.slug}/invitations/",
            {"email": "Colleague@City.example", "role": "admin"},
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["colleague@city.example"]
    path = re.search(r"/invitations/[^\s]+/", mail.outbox[0].body).group(0)

    client.logout()
    page = client.get(path)
    assert page.status_code == 200 and organisation.name in page.content.decode()
    newcomer = make_person("colleague@city.example", "Colleague")
    client.force_login(newcomer)
    response = client.post(path, {"decision": "accept"})
    assert response.status_code == 302
    assert Membership.objects.get(user=newcomer, organisation=organisation).role == Role.ADMIN
    assert client.post(path, {"decision": "accept"}).status_code == 200
    assert Membership.objects.filter(user=newcomer).count() == 1


def test_invitation_input_is_checked(client, people, django_capture_on_commit_callbacks):
    """A bad address or a duplicate invitation answers 400 with the reason and sends nothing."""
    organisation = people["organisation"]
    client.force_login(people["org_admin"])
    url = f"/organisations/{organisation.slug}/invitations/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"email": "not-an-address", "role": "member"}).status_code == 400
        assert (
            client.post(url, {"email": "member@city.example", "role": "member"}).status_code == 400
        )
        client.post(url, {"email": "new@city.example", "role": "member"})
        response = client.post(url, {"email": "new@city.example", "role": "member"})
    assert response.status_code == 400
    assert "already waiting" in response.content.decode()
    assert Invitation.objects.count() == 1
    assert len(mail.outbox) == 1


def test_an_admin_withdraws_an_invitation_and_its_link_stops_working(client, people):
    """A withdrawn invitation cannot be accepted."""
    organisation = people["organisation"]
    client.force_login(people["org_admin"])
    client.post(
        f"/organisations/{organisation.slug}/invitations/",
        {"email": "member@nowhere.example", "role": "member"},
    )
    invitation = Invitation.objects.get()
    client.post(f"/organisations/{organisation.slug}/invitations/{invitation.pk}/withdraw/")
    client.force_login(people["member"])
    client.post(f"/invitations/{invitation.token}/", {"decision": "accept"})
    assert not Membership.objects.filter(user=people["member"], organisation=organisation).exists()


def test_roles_change_and_the_last_admin_cannot_step_down_or_leave(client, people):
    """An organisation always keeps an administrator."""
    organisation = people["organisation"]
    admin_membership = Membership.objects.get(user=people["org_admin"], organisation=organisation)
    member_membership = Membership.objects.get(user=people["org_member"], organisation=organisation)
    client.force_login(people["org_admin"])
    url = f"/organisations/{organisation.slug}/members/{admin_membership.pk}/"
    client.post(url, {"action": "role", "role": "member"})
    admin_membership.refresh_from_db()
    assert admin_membership.role == Role.ADMIN
    client.post(url, {"action": "remove"})
    assert Membership.objects.filter(pk=admin_membership.pk).exists()
    client.post(f"/organisations/{organisation.slug}/leave/")
    assert Membership.objects.filter(pk=admin_membership.pk).exists()

    client.post(
        f"/organisations/{organisation.slug}/members/{member_membership.pk}/",
        {"action": "role", "role": "admin"},
    )
    member_membership.refresh_from_db()
    assert member_membership.role == Role.ADMIN
    client.post(url, {"action": "role", "role": "member"})
    admin_membership.refresh_from_db()
    assert admin_membership.role == Role.MEMBER


def test_an_admin_removes_a_member(client, people):
    """Removing a member updates the member count."""
    organisation = people["organisation"]
    membership = Membership.objects.get(user=people["org_member"], organisation=organisation)
    client.force_login(people["org_admin"])
    client.post(
        f"/organisations/{organisation.slug}/members/{membership.pk}/", {"action": "remove"}
    )
    assert not Membership.objects.filter(pk=membership.pk).exists()
    organisation.refresh_from_db()
    assert organisation.member_count == 1


def test_a_member_leaves(client, people):
    """A plain member can leave on their own."""
    organisation = people["organisation"]
    client.force_login(people["org_member"])
    client.post(f"/organisations/{organisation.slug}/leave/")
    assert not Membership.objects.filter(user=people["org_member"]).exists()


def test_a_person_can_belong_to_several_organisations(client, people):
    """Accepting a second invitation keeps the first membership."""
    other = people["other_organisation"]
    client.force_login(people["other_member"])
    client.post(
        f"/organisations/{other.slug}/invitations/",
        {"email": "member@city.example", "role": "member"},
    )
    client.force_login(people["org_member"])
    client.post(f"/invitations/{Invitation.objects.get().token}/", {"decision": "accept"})
    assert Membership.objects.filter(user=people["org_member"]).count() == 2
    page = client.get("/me/").content.decode()
    assert people["organisation"].name in page and other.name in page


def test_members_cannot_manage_other_members(client, people):
    """Plain members and outsiders get 403 on every management action."""
    organisation = people["organisation"]
    membership = Membership.objects.get(user=people["org_admin"], organisation=organisation)
    for role in ["org_member", "other_member", "moderator"]:
        client.force_login(people[role])
        assert client.get(f"/organisations/{organisation.slug}/members/").status_code == 403
        assert (
            client.post(
                f"/organisations/{organisation.slug}/members/{membership.pk}/", {"action": "remove"}
            ).status_code
            == 403
        )
        assert (
            client.post(
                f"/organisations/{organisation.slug}/invitations/",
                {"email": "x@y.example", "role": "admin"},
            ).status_code
            == 403
        )
    assert Membership.objects.filter(pk=membership.pk).exists()
