"""Named invitations to a round: only the starter and the colleagues invited take part and see
the round (with the organisation's admins); invitations by email in the invitee's language,
withdrawal, the pages that manage them, and the migration that invites earlier participants."""

import importlib
import re

import pytest
from django.apps import apps as django_apps
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from conftest import client_for, make_person
from ppi4cities.accounts import services as accounts_services
from ppi4cities.accounts.models import Membership, Role
from ppi4cities.assessment import permissions, selectors, services
from ppi4cities.assessment.models import Assessment, Round, RoundInvitation, Variant

from .content import load_fake
from .test_rounds import ALL_THREES, answer_all, take_part, text

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "invited",
    "not_invited",
    "other_member",
    "org_admin",
    "moderator",
    "staff",
]


@pytest.fixture
def version(people):
    return load_fake()


@pytest.fixture
def colleagues(people):
    """Two more members of the organisation, one of them reading in Lithuanian."""
    rasa = make_person("rasa@city.example", "Rasa Colleague", language="lt")
    jonas = make_person("jonas@city.example", "Jonas Colleague")
    for person in (rasa, jonas):
        accounts_services._add_member(people["organisation"], person, Role.MEMBER)
    return {"rasa": rasa, "jonas": jonas}


@pytest.fixture
def actors(people, colleagues):
    return {
        **people,
        "invited": people["org_member"],
        "not_invited": colleagues["jonas"],
    }


@pytest.fixture
def round(version, people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.round_start(
            organisation=people["organisation"],
            version=version,
            actor=people["org_admin"],
            title="Spring review",
            invitees=[people["org_member"]],
        )


def invited_ids(round) -> set:
    return set(RoundInvitation.objects.filter(round=round).values_list("user_id", flat=True))


# Services -------------------------------------------------------------------------------------


def test_the_starter_and_the_invitees_take_part(people, round):
    """Starting with invitees makes them and the starter the round's participants."""
    assert invited_ids(round) == {people["org_admin"].pk, people["org_member"].pk}
    assert selectors.round_invitations(round)[0].user == people["org_admin"]


def test_starting_with_an_outsider_saves_nothing(people, version):
    """An invitee from another organisation refuses the whole start: no round is left behind."""
    with pytest.raises(ValidationError) as refusal:
        services.round_start(
            organisation=people["organisation"],
            version=version,
            actor=people["org_admin"],
            invitees=[people["org_member"], people["other_member"]],
        )
    assert "Kari Other" in refusal.value.message_dict["users"][0]
    assert not Round.objects.exists() and not RoundInvitation.objects.exists()


def test_inviting_ignores_those_invited_already(people, colleagues, round):
    """Only new invitees are created; inviting someone twice changes nothing."""
    created = services.round_invite(
        round=round,
        actor=people["org_admin"],
        users=[people["org_member"], colleagues["jonas"]],
    )
    assert [invitation.user for invitation in created] == [colleagues["jonas"]]
    assert RoundInvitation.objects.filter(round=round).count() == 3


@pytest.mark.parametrize("role", ["org_member", "other_member", "member", "moderator", "staff"])
def test_only_the_organisations_admins_invite(people, colleagues, round, role):
    with pytest.raises(PermissionDenied):
        services.round_invite(round=round, actor=people[role], users=[colleagues["jonas"]])
    assert colleagues["jonas"].pk not in invited_ids(round)


def test_no_one_is_invited_to_a_closed_round(people, colleagues, round):
    services.round_close(round=round, actor=people["org_admin"])
    with pytest.raises(ValidationError) as refusal:
        services.round_invite(round=round, actor=people["org_admin"], users=[colleagues["jonas"]])
    assert "users" in refusal.value.message_dict
    assert colleagues["jonas"].pk not in invited_ids(round)


def test_a_former_member_cannot_be_invited(people, colleagues, round):
    """Invitees must be current members: someone who left is refused, nothing half-saved."""
    Membership.objects.filter(user=colleagues["jonas"]).delete()
    with pytest.raises(ValidationError):
        services.round_invite(
            round=round, actor=people["org_admin"], users=[colleagues["rasa"], colleagues["jonas"]]
        )
    assert invited_ids(round) == {people["org_admin"].pk, people["org_member"].pk}


def test_each_invitee_gets_an_email_in_their_language_with_the_link(
    people, colleagues, round, django_capture_on_commit_callbacks, settings
):
    """The email leaves after commit, in the invitee's own language, and links the round."""
    assert [message.to for message in mail.outbox] == [[people["org_member"].email]]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.round_invite(round=round, actor=people["org_admin"], users=[colleagues["rasa"]])
    [message] = mail.outbox
    assert message.to == [colleagues["rasa"].email]
    assert f"{settings.SITE_URL}/lt/assessment/rounds/{round.pk}/" in message.body
    assert "Spring review" in message.body and "Ona Admin" in message.body


def test_the_starter_gets_no_email(people, round):
    assert people["org_admin"].email not in [to for message in mail.outbox for to in message.to]


def test_withdrawing_an_invitation(people, colleagues, round):
    """An admin withdraws an invitation before it is completed; the person no longer answers."""
    assessment = services.assessment_start(
        version=round.version, variant=Variant.FULL, user=people["org_member"], round=round
    )
    services.round_invitation_withdraw(
        round=round, actor=people["org_admin"], user=people["org_member"]
    )
    assert people["org_member"].pk not in invited_ids(round)
    with pytest.raises(ValidationError, match="withdrawn"):
        answer_all(assessment, {"strategy-1": 3})
    member = type(people["org_member"]).objects.get(pk=people["org_member"].pk)
    assert not permissions.can_take_part(member, round)


def test_a_completed_invitation_or_the_starter_cannot_be_withdrawn(people, round):
    take_part(round, people["org_member"], ALL_THREES)
    with pytest.raises(ValidationError, match="completed"):
        services.round_invitation_withdraw(
            round=round, actor=people["org_admin"], user=people["org_member"]
        )
    with pytest.raises(ValidationError, match="always takes part"):
        services.round_invitation_withdraw(
            round=round, actor=people["org_admin"], user=people["org_admin"]
        )
    with pytest.raises(PermissionDenied):
        services.round_invitation_withdraw(
            round=round, actor=people["org_member"], user=people["org_member"]
        )
    assert invited_ids(round) == {people["org_admin"].pk, people["org_member"].pk}


def test_a_member_who_is_not_invited_cannot_start_an_assessment_in_the_round(colleagues, round):
    with pytest.raises(PermissionDenied):
        services.assessment_start(
            version=round.version, variant=Variant.FULL, user=colleagues["jonas"], round=round
        )
    assert not Assessment.objects.filter(round=round).exists()


def test_the_aggregate_counts_only_participants(people, colleagues, round):
    """A completed assessment of someone who is not a participant does not count."""
    take_part(round, people["org_member"], ALL_THREES)
    Assessment.objects.create(
        version=round.version,
        variant=Variant.FULL,
        user=colleagues["jonas"],
        organisation=round.organisation,
        round=round,
        status="completed",
        completed_at=round.started_at,
    )
    assert selectors.round_result(round).respondents == 1


# Who sees and does what -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "role, sees, answers",
    [
        ("anonymous", False, False),
        ("invited", True, True),
        ("not_invited", False, False),
        ("other_member", False, False),
        ("org_admin", True, True),
        ("moderator", False, False),
        ("staff", False, False),
    ],
)
def test_who_sees_and_answers_a_round(actors, round, role, sees, answers):
    """Invited members and admins see the round; everyone else, members included, gets 404."""
    user = actors[role]
    client = client_for(user)
    response = client.get(f"/assessment/rounds/{round.pk}/")
    assert response.status_code == (200 if sees else 404)
    response = client.post(f"/assessment/rounds/{round.pk}/answer/")
    assert response.status_code == (302 if answers else 404)
    assert Assessment.objects.filter(round=round).exists() is answers
    if user is not None:
        assert permissions.can_view_round_result(user, round) is sees


@pytest.mark.parametrize("role", ROLES)
def test_only_admins_close_invite_and_withdraw(actors, colleagues, round, role):
    client = client_for(actors[role])
    invite = client.post(
        f"/assessment/rounds/{round.pk}/invite/", {"users": [colleagues["rasa"].pk]}
    )
    withdraw = client.post(f"/assessment/rounds/{round.pk}/withdraw/{actors['org_member'].pk}/")
    close = client.post(f"/assessment/rounds/{round.pk}/close/", {"confirm": "1"})
    if role == "org_admin":
        assert (invite.status_code, withdraw.status_code, close.status_code) == (302, 302, 302)
        assert invited_ids(round) == {actors["org_admin"].pk, colleagues["rasa"].pk}
        return
    expected = 403 if role == "invited" else 404
    assert (invite.status_code, withdraw.status_code, close.status_code) == (expected,) * 3
    assert invited_ids(round) == {actors["org_admin"].pk, actors["org_member"].pk}
    assert Round.objects.get(pk=round.pk).is_open


def test_the_landing_page_lists_a_round_to_admins_and_invitees_only(actors, round):
    link = f'href="/assessment/rounds/{round.pk}/"'
    assert link in text(client_for(actors["org_admin"]).get("/assessment/"))
    assert link in text(client_for(actors["invited"]).get("/assessment/"))
    assert link not in text(client_for(actors["not_invited"]).get("/assessment/"))
    assert list(selectors.person_rounds(actors["not_invited"])) == []


def test_an_admin_who_was_not_invited_still_sees_every_round(people, colleagues, version):
    """A second admin sees the rounds another admin started, without being a participant."""
    accounts_services._add_member(people["organisation"], colleagues["rasa"], Role.ADMIN)
    round = services.round_start(
        organisation=people["organisation"], version=version, actor=people["org_admin"]
    )
    rasa = type(colleagues["rasa"]).objects.get(pk=colleagues["rasa"].pk)
    assert list(selectors.person_rounds(rasa)) == [round]
    assert client_for(rasa).get(f"/assessment/rounds/{round.pk}/").status_code == 200
    assert not permissions.can_take_part(rasa, round)


# Pages ----------------------------------------------------------------------------------------


def test_the_start_form_lists_colleagues_as_checkboxes(people, colleagues, version):
    page = text(client_for(people["org_admin"]).get("/assessment/"))
    assert "<legend>Select colleagues to invite</legend>" in page
    for person in (people["org_member"], colleagues["rasa"], colleagues["jonas"]):
        assert f'name="users" value="{person.pk}"' in page
    assert f'name="users" value="{people["org_admin"].pk}"' not in page


def test_an_admin_starts_a_round_with_the_colleagues_ticked(
    people, colleagues, version, django_capture_on_commit_callbacks
):
    client = client_for(people["org_admin"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/assessment/rounds/start/",
            {
                "organisation": people["organisation"].pk,
                "title": "Autumn",
                "users": [colleagues["rasa"].pk, colleagues["jonas"].pk],
            },
        )
    round = Round.objects.get()
    assert response["Location"] == f"/assessment/rounds/{round.pk}/"
    assert invited_ids(round) == {
        people["org_admin"].pk,
        colleagues["rasa"].pk,
        colleagues["jonas"].pk,
    }
    assert sorted(message.to[0] for message in mail.outbox) == [
        "jonas@city.example",
        "rasa@city.example",
    ]


def test_a_colleague_from_another_organisation_is_refused_next_to_the_field(people, version):
    """Ticking someone outside the chosen organisation gets 400 and a message; no round."""
    response = client_for(people["org_admin"]).post(
        "/assessment/rounds/start/",
        {"organisation": people["organisation"].pk, "users": [people["other_member"].pk]},
    )
    assert response.status_code == 400
    assert "Choose colleagues from the list." in text(response)
    assert not Round.objects.exists()


def test_the_round_page_shows_admins_the_invitees_states_but_no_answers(people, colleagues, round):
    services.round_invite(
        round=round, actor=people["org_admin"], users=[colleagues["rasa"], colleagues["jonas"]]
    )
    take_part(
        round,
        people["org_member"],
        {"strategy-1": 5, "strategy-2": 1, "market-1": 4, "market-2": 2},
    )
    started = services.assessment_start(
        version=round.version, variant=Variant.FULL, user=colleagues["rasa"], round=round
    )
    answer_all(started, {"strategy-1": 2})
    page = text(client_for(people["org_admin"]).get(f"/assessment/rounds/{round.pk}/"))
    table = page[page.index('id="invitees"') : page.index("</table>", page.index('id="invitees"'))]
    assert re.search(r"Petras Member</th> <td>completed</td> <td>–</td>", table)
    assert re.search(r"Rasa Colleague</th> <td>in progress</td>", table)
    assert re.search(r"Jonas Colleague</th> <td>not started</td>", table)
    assert f'id="withdraw-{colleagues["rasa"].pk}"' in table
    assert f'id="withdraw-{people["org_member"].pk}"' not in table
    assert "Every member of the organisation is invited already." in page
    member_page = text(client_for(people["org_member"]).get(f"/assessment/rounds/{round.pk}/"))
    assert 'id="invitees"' not in member_page and 'id="round-invite"' not in member_page


def test_an_admin_invites_more_colleagues_from_the_round_page(people, colleagues, round):
    client = client_for(people["org_admin"])
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert "<legend>Invite more colleagues</legend>" in page
    assert f'value="{colleagues["jonas"].pk}"' in page
    response = client.post(
        f"/assessment/rounds/{round.pk}/invite/", {"users": [colleagues["jonas"].pk]}
    )
    assert response.status_code == 302
    assert colleagues["jonas"].pk in invited_ids(round)
    refused = client.post(f"/assessment/rounds/{round.pk}/invite/", {})
    assert refused.status_code == 400
    assert "Select at least one colleague to invite." in text(refused)


def test_withdrawing_a_completed_invitation_is_refused_on_the_page(people, round):
    take_part(round, people["org_member"], ALL_THREES)
    response = client_for(people["org_admin"]).post(
        f"/assessment/rounds/{round.pk}/withdraw/{people['org_member'].pk}/"
    )
    assert response.status_code == 400
    assert "has completed the round" in text(response)
    assert people["org_member"].pk in invited_ids(round)


# The migration --------------------------------------------------------------------------------


def test_the_migration_makes_earlier_participants_and_starters_invitees(people, version):
    """Rounds from before invitations: everyone with an assessment in one, and its starter,
    become participants, and running it twice adds nothing."""
    round = services.round_start(
        organisation=people["organisation"], version=version, actor=people["org_admin"]
    )
    Assessment.objects.create(
        version=version,
        variant=Variant.FULL,
        user=people["org_member"],
        organisation=round.organisation,
        round=round,
    )
    RoundInvitation.objects.all().delete()
    migration = importlib.import_module(
        "ppi4cities.assessment.migrations.0003_round_invitations_and_peer_contact"
    )
    migration.invite_existing_participants(django_apps, None)
    migration.invite_existing_participants(django_apps, None)
    assert invited_ids(round) == {people["org_admin"].pk, people["org_member"].pk}
    member = type(people["org_member"]).objects.get(pk=people["org_member"].pk)
    assert permissions.can_take_part(member, round)
