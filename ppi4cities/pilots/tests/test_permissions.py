"""Who sees drafts and waiting pilots (list, detail, counts), and who may create, submit,
moderate and mark good practices: a matrix over the roles."""

import pytest

from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status
from ppi4cities.pilots import permissions

from .test_services import make_pilot

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "member", "org_member", "other_member", "org_admin"]
ROLES += ["moderator", "staff"]
# The draft's author is org_member; org_admin administers its organisation.
SEES_UNPUBLISHED = {"org_member", "org_admin", "moderator", "staff"}


def _as(client, person):
    client.logout()
    if person is not None:
        client.force_login(person)


@pytest.fixture
def pilots(people):
    return {
        "draft": make_pilot(people, texts={"en": {"title": "Draft shuttle", "summary": "S."}}),
        "pending": make_pilot(
            people, submit=True, texts={"en": {"title": "Waiting shuttle", "summary": "S."}}
        ),
        "published": make_pilot(
            people, publish=True, texts={"en": {"title": "Public shuttle", "summary": "S."}}
        ),
    }


@pytest.mark.parametrize("role", ROLES)
def test_unpublished_pilots_are_seen_only_by_their_circle(client, people, pilots, role):
    """Drafts and waiting pilots show in the list, the counts and the detail only for the
    author, the organisation's admins, moderators and staff; others get a 404."""
    _as(client, people[role])
    page = client.get("/pilots/").content.decode()
    assert "Public shuttle" in page
    sees = role in SEES_UNPUBLISHED
    for name in ("draft", "pending"):
        pilot = pilots[name]
        assert (pilot.title_en in page) is sees
        assert client.get(f"/pilots/{pilot.pk}/").status_code == (200 if sees else 404)
    count = 3 if sees else 1
    assert ("3 pilots found" if sees else "1 pilot found") in page
    assert f'Lithuania <span class="facet-count">({count})</span>' in page
    assert client.get(f"/pilots/{pilots['published'].pk}/").status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_who_may_share_edit_moderate_and_mark(people, pilots, role):
    """The permission matrix for one draft and one published pilot."""
    person = people[role]
    members = {"member", "org_member", "other_member", "org_admin", "moderator", "staff"}
    assert permissions.can_create(person) is (role in members)
    assert permissions.can_submit_for(person, people["organisation"]) is (
        role in {"org_member", "org_admin"}
    )
    # The author (org_member here) and the organisation's admin edit both; their edits of a
    # published pilot wait for moderation (test_edit.py).
    editors = {"org_member", "org_admin", "moderator", "staff"}
    assert permissions.can_edit(person, pilots["draft"]) is (role in editors)
    assert permissions.can_edit(person, pilots["published"]) is (role in editors)
    assert permissions.can_moderate_pilots(person) is (role in {"moderator", "staff"})
    assert permissions.can_mark_good_practice(person, pilots["published"]) is (
        role in {"moderator", "staff"}
    )
    assert not permissions.can_mark_good_practice(person, pilots["draft"])


@pytest.mark.parametrize("role", ROLES)
def test_the_moderation_queue_is_for_moderators(client, people, pilots, role):
    """Moderators and staff see the queue; members are refused; visitors sign in first."""
    _as(client, people[role])
    response = client.get("/pilots/moderation/")
    if role == "anonymous":
        assert response.status_code == 302
    elif role in {"moderator", "staff"}:
        assert response.status_code == 200
        assert "Waiting shuttle" in response.content.decode()
        assert "Draft shuttle" not in response.content.decode()
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_the_share_page_is_for_verified_members(client, people, role):
    """Verified members get the form; the unverified are refused; visitors sign in first."""
    _as(client, people[role])
    response = client.get("/pilots/new/")
    expected = {"anonymous": 302, "unverified": 403}.get(role, 200)
    assert response.status_code == expected


def test_a_pilot_stays_hidden_after_rejection_except_for_its_circle(client, people, pilots):
    """A rejected pilot is not published: visitors get a 404."""
    pilot = pilots["pending"]
    moderation.moderation_reject(subject=pilot, actor=people["moderator"], message="Off topic.")
    assert pilot.status == Status.REJECTED
    assert client.get(f"/pilots/{pilot.pk}/").status_code == 404
