"""The API's edits, follows and expert requests: the pages' rules, JSON errors naming the
field."""

import pytest
from django.utils.text import slugify

from conftest import client_for
from ppi4cities.community.questions import services
from ppi4cities.community.questions.models import (
    AnswerRevision,
    Follow,
    QuestionRevision,
    Status,
)
from ppi4cities.core.models import Tag

from .conftest import answer, ask, hide

pytestmark = pytest.mark.django_db

URL = "/api/v1/questions"


def put(client, url, data):
    return client.put(url, data, content_type="application/json")


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_the_asker_edits_a_question_and_its_history_keeps_the_old_version(people):
    question = ask(people["member"], title="Old title", tags={"theme": ["energy"]})
    client = client_for(people["member"])
    response = put(client, f"{URL}/{question.pk}", {"title": "New title", "body": "New body"})
    assert response.status_code == 200
    assert response.json()["title"] == "New title"
    assert response.json()["html"] == "<p>New body</p>"
    assert [tag["value"] for tag in response.json()["tags"]] == ["energy"]  # left unchanged
    assert QuestionRevision.objects.get(question=question).title == "Old title"
    retagged = put(
        client, f"{URL}/{question.pk}", {"title": "New title", "body": "B", "stages": ["needs"]}
    )
    assert [(tag["facet"], tag["value"]) for tag in retagged.json()["tags"]] == [("stage", "needs")]


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 401), ("org_member", 403), ("moderator", 200), ("staff", 200)],
)
def test_only_the_asker_and_moderators_edit_a_question(people, role, status):
    question = ask(people["member"], title="Old title")
    response = put(
        client_for(people[role]), f"{URL}/{question.pk}", {"title": "Changed", "body": "B"}
    )
    assert response.status_code == status
    question.refresh_from_db()
    assert (question.title == "Changed") is (status == 200)


def test_an_empty_title_answers_422_and_changes_nothing(people):
    question = ask(people["member"], title="Kept title")
    response = put(
        client_for(people["member"]), f"{URL}/{question.pk}", {"title": " ", "body": "B"}
    )
    assert response.status_code == 422
    assert "title" in response.content.decode()
    question.refresh_from_db()
    assert question.title == "Kept title"


def test_the_asker_marks_a_question_answered_and_opens_it_again(people):
    question = ask(people["member"])
    client = client_for(people["member"])
    assert post(client, f"{URL}/{question.pk}/answered").json()["status"] == Status.ANSWERED
    reopened = post(client, f"{URL}/{question.pk}/answered", {"answered": False})
    assert reopened.json()["status"] == Status.OPEN
    other = post(client_for(people["org_member"]), f"{URL}/{question.pk}/answered")
    assert other.status_code == 403


def test_an_answer_is_edited_by_its_author_only(people):
    reply = answer(people["org_member"], ask(people["member"]), "First text")
    response = put(client_for(people["org_member"]), f"{URL}/answers/{reply.pk}", {"body": "Fixed"})
    assert response.status_code == 200
    assert response.json()["html"] == "<p>Fixed</p>"
    assert AnswerRevision.objects.get(answer=reply).body == "First text"
    refused = put(client_for(people["member"]), f"{URL}/answers/{reply.pk}", {"body": "Mine"})
    assert refused.status_code == 403
    empty = put(client_for(people["org_member"]), f"{URL}/answers/{reply.pk}", {"body": ""})
    assert empty.status_code == 422
    reply.refresh_from_db()
    assert reply.body == "Fixed"


def test_a_member_follows_and_stops_following_a_question_an_organisation_and_a_tag(people):
    question = ask(people["org_member"])
    client = client_for(people["member"])
    slug = people["organisation"].slug
    for target in (
        {"question": question.pk},
        {"organisation": slug},
        {"facet": "theme", "value": "energy"},
    ):
        assert post(client, f"{URL}/follows", target).json() == {"following": True}
    assert Follow.objects.filter(user=people["member"]).count() == 3
    assert post(client, f"{URL}/follows", {"organisation": slug, "following": False}).json() == {
        "following": False
    }
    assert Follow.objects.filter(user=people["member"]).count() == 2


@pytest.mark.parametrize(
    ("target", "status", "field"),
    [
        ({"organisation": "no-such-organisation"}, 422, "organisation"),
        ({"facet": "theme", "value": "nonsense"}, 422, "value"),
        ({"facet": "procedure", "value": "open"}, 422, "value"),
        ({"question": 999_999}, 404, None),
    ],
)
def test_following_something_unknown_is_refused(people, target, status, field):
    response = post(client_for(people["member"]), f"{URL}/follows", target)
    assert response.status_code == status
    if field:
        assert field in response.content.decode()
    assert not Follow.objects.exists()


def test_a_hidden_question_cannot_be_followed_and_unverified_members_follow_nothing(people):
    hidden = hide(ask(people["org_member"]))
    response = post(client_for(people["member"]), f"{URL}/follows", {"question": hidden.pk})
    assert response.status_code == 404
    unverified = post(
        client_for(people["unverified"]), f"{URL}/follows", {"facet": "theme", "value": "energy"}
    )
    assert unverified.status_code == 403
    assert post(client_for(None), f"{URL}/follows", {"facet": "theme"}).status_code == 401


def _expert(people):
    expert = people["other_member"]
    expert.expertise.add(
        Tag.objects.get_or_create(
            name="market consultation", defaults={"slug": slugify("market consultation")}
        )[0]
    )
    services.expert_availability_set(user=expert, accepts_requests=True)
    return expert


def test_the_asker_lists_the_experts_and_sends_the_question_to_one_once(people):
    expert = _expert(people)
    question = ask(people["member"], title="How to run a market consultation?")
    client = client_for(people["member"])
    experts = client.get(f"{URL}/{question.pk}/experts").json()
    assert experts == [
        {"id": expert.pk, "name": "Kari Other", "expertise": ["market consultation"]}
    ]
    sent = post(client, f"{URL}/{question.pk}/expert-requests", {"expert": expert.pk})
    assert sent.status_code == 201
    assert sent.json()["expert"] == {"id": expert.pk, "name": "Kari Other"}
    assert expert.notifications.filter(kind="expert_request").count() == 1
    again = post(client, f"{URL}/{question.pk}/expert-requests", {"expert": expert.pk})
    assert again.status_code == 422
    assert "expert" in again.content.decode()


def test_expert_requests_go_only_to_matching_experts_and_only_from_the_asker(people):
    expert = _expert(people)
    question = ask(people["member"], title="How to run a market consultation?")
    client = client_for(people["member"])
    stranger = post(
        client, f"{URL}/{question.pk}/expert-requests", {"expert": people["org_admin"].pk}
    )
    assert stranger.status_code == 422
    unknown = post(client, f"{URL}/{question.pk}/expert-requests", {"expert": 999_999})
    assert unknown.status_code == 422
    other = client_for(people["org_member"])
    assert other.get(f"{URL}/{question.pk}/experts").status_code == 403
    refused = post(other, f"{URL}/{question.pk}/expert-requests", {"expert": expert.pk})
    assert refused.status_code == 403
    assert not expert.notifications.exists()
