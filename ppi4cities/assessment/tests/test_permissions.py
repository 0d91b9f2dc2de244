"""Results are private: the matrix of who sees which result, answers, shares and runs rounds,
over every role (moderators and staff included, who see results only in the admin)."""

import pytest

from ppi4cities.assessment import permissions, services
from ppi4cities.assessment.models import Variant

from .content import load_fake

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "member", "org_member", "other_member", "org_admin"]
ROLES += ["moderator", "staff"]


@pytest.fixture
def cases(people):
    version = load_fake()
    organisation = people["organisation"]
    individual = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_member"]
    )
    for_organisation = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_admin"], organisation=organisation
    )
    round = services.round_start(
        organisation=organisation,
        version=version,
        actor=people["org_admin"],
        invitees=[people["org_member"]],
    )
    in_round = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_member"], round=round
    )
    key = services.new_anonymous_key()
    anonymous = services.assessment_start(version=version, variant=Variant.SHORT, anonymous_key=key)
    return {
        "individual": individual,
        "for_organisation": for_organisation,
        "round": round,
        "in_round": in_round,
        "anonymous": anonymous,
        "key": key,
    }


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_a_result(people, cases, role):
    person = people[role]
    assert permissions.can_view_result(person, cases["individual"]) is (role == "org_member")
    assert permissions.can_view_result(person, cases["in_round"]) is (role == "org_member")
    assert permissions.can_view_result(person, cases["for_organisation"]) is (
        role in {"org_member", "org_admin"}
    )
    assert permissions.can_view_round_result(person, cases["round"]) is (
        role in {"org_member", "org_admin"}
    )
    assert not permissions.can_view_result(person, cases["anonymous"])
    assert permissions.can_view_result(person, cases["anonymous"], anonymous_key=cases["key"])


@pytest.mark.parametrize("role", ROLES)
def test_a_shared_link_opens_the_result_to_anyone_who_has_it(people, cases, role):
    assessment = services.assessment_share(
        assessment=cases["individual"], actor=people["org_member"], shared=True
    )
    token = assessment.share_token
    assert permissions.can_view_result(people[role], assessment, share_token=token)
    assert permissions.can_view_result(people[role], assessment, share_token="wrong") is (
        role == "org_member"
    )
    assert permissions.can_view_result(people[role], cases["in_round"], share_token=token) is (
        role == "org_member"
    )


@pytest.mark.parametrize("role", ROLES)
def test_who_answers_shares_and_runs_rounds(people, cases, role):
    person = people[role]
    organisation = people["organisation"]
    assert permissions.can_answer(person, cases["individual"]) is (role == "org_member")
    assert permissions.can_answer(person, cases["for_organisation"]) is (role == "org_admin")
    assert permissions.can_share(person, cases["individual"]) is (role == "org_member")
    assert permissions.can_share(person, cases["for_organisation"]) is (role == "org_admin")
    assert permissions.can_start_round(person, organisation) is (role == "org_admin")
    assert permissions.can_close_round(person, cases["round"]) is (role == "org_admin")
    assert permissions.can_take_part(person, cases["round"]) is (
        role in {"org_member", "org_admin"}
    )
    assert permissions.can_assess_for(person, organisation) is (role == "org_admin")
    assert permissions.can_assess_individually(person) is (role not in {"anonymous", "unverified"})


def test_a_visitor_answers_their_own_anonymous_assessment_only(cases):
    assert permissions.can_answer(None, cases["anonymous"], anonymous_key=cases["key"])
    assert not permissions.can_answer(None, cases["anonymous"], anonymous_key="guess")
    assert not permissions.can_answer(None, cases["anonymous"], anonymous_key="")
