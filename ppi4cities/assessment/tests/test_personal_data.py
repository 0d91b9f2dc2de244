"""The privacy download holds the person's own assessments with every answer, and nobody
else's: an organisation's round does not put colleagues' answers in one's file."""

import json

import pytest

from ppi4cities.assessment import services

from .content import load_fake
from .test_peers import ALL_LOW, HIGH_STRATEGY, completed, signed_in
from .test_rounds import answer_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(people):
    return load_fake()


def _download(user) -> dict:
    response = signed_in(user).get("/me/privacy/my-data.json")
    assert response.status_code == 200
    return json.loads(response.content)["assessment"]


def test_the_download_has_each_assessment_with_its_answers(people, version):
    """A completed assessment comes with its status, version and each statement's answer."""
    completed(version, people["member"], {**HIGH_STRATEGY, "market-2": "n/a"})
    services.peer_contact_set(user=people["member"], contactable=True)

    data = _download(people["member"])
    (assessment,) = data["assessments"]
    assert assessment["status"] == "completed"
    assert assessment["version"] == version.number
    answers = {a["statement"]: (a["answer"], a["not_applicable"]) for a in assessment["answers"]}
    assert answers == {
        "strategy-1": (5, False),
        "strategy-2": (5, False),
        "market-1": (1, False),
        "market-2": (None, True),
    }
    assert data["agreed_to_be_contacted_by_peers"] is not None


def test_a_colleagues_round_answers_stay_out_of_ones_download(people, version):
    """The admin's file lists the round invitation they hold, never the colleague's answers."""
    round = services.round_start(
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        title="Spring round",
        invitees=[people["org_member"]],
    )
    theirs = services.assessment_start(
        version=version, variant="full", user=people["org_member"], round=round
    )
    answer_all(theirs, ALL_LOW)
    services.assessment_complete(assessment=theirs)

    admin = _download(people["org_admin"])
    assert admin["assessments"] == []
    assert [i["round"] for i in admin["round_invitations"]] == ["Spring round"]
    member = _download(people["org_member"])
    assert [a["round"] for a in member["assessments"]] == ["Spring round"]
    assert member["agreed_to_be_contacted_by_peers"] is None
