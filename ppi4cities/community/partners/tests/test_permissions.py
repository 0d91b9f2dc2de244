"""Who may do what with partner calls, walked through the real addresses for every role."""

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import client_for
from ppi4cities.community.partners import permissions, services

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]

# role → (read the call, open the create form, edit, close, see the interest form)
# org_member is the call's author.
MATRIX = {
    "anonymous": (200, 302, 302, 302, False),
    "member": (200, 403, 403, 403, True),
    "org_member": (200, 200, 200, 200, False),
    "other_member": (200, 200, 403, 403, True),
    "org_admin": (200, 200, 200, 200, False),
    "moderator": (200, 403, 200, 200, True),
    "staff": (200, 403, 200, 200, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_the_permission_matrix(people, call, role):
    user = people[role]
    client = client_for(user)
    read, create, edit, close, interest = MATRIX[role]
    detail = client.get(call.get_absolute_url())
    assert detail.status_code == read
    assert (b'id="express-interest"' in detail.content) is interest
    assert client.get(reverse("partners:call_create")).status_code == create
    assert client.get(reverse("partners:call_edit", args=[call.pk])).status_code == edit
    assert client.get(reverse("partners:call_close", args=[call.pk])).status_code == close
    assert permissions.can_edit(user, call) is (edit == 200)


@pytest.mark.parametrize("role", ROLES)
def test_a_hidden_call_is_shown_only_to_its_author_and_the_moderators(people, call, role):
    call.hidden_at = timezone.now()
    call.save(update_fields=["hidden_at"])
    client = client_for(people[role])
    shown = role in {"org_member", "moderator", "staff"}
    detail = client.get(call.get_absolute_url())
    assert detail.status_code == (200 if shown else 404)
    listing = client.get(reverse("partners:calls"))
    assert (call.title in listing.content.decode()) is shown
    found = client.get(reverse("partners:find"))
    assert (call.title in found.content.decode()) is shown
    searched = client.get(reverse("partners:calls"), {"q": "lighting"})
    assert (call.title in searched.content.decode()) is shown
    if role == "org_member":
        assert "Hidden by the moderators" in detail.content.decode()


def test_only_those_who_answer_for_the_call_see_the_interests(people, call):
    services.interest_express(call=call, person=people["member"], message="A private note.")
    for role, sees in [
        ("org_member", True),
        ("org_admin", True),
        ("moderator", True),
        ("other_member", False),
        ("member", False),
        ("anonymous", False),
    ]:
        page = client_for(people[role]).get(call.get_absolute_url()).content.decode()
        assert ("A private note." in page) is sees, role
