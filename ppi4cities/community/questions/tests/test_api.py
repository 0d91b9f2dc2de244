"""The API: the same permissions and rules as the pages, errors as JSON with a message."""

import pytest

from conftest import client_for
from ppi4cities.accounts import services as account_services
from ppi4cities.community.questions.models import Answer, Question

from .conftest import answer, ask

pytestmark = pytest.mark.django_db

URL = "/api/v1/questions"


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_anyone_lists_and_reads_with_answers(people):
    question = ask(people["member"], tags={"theme": ["energy"]})
    answer(people["org_member"], question, "Use *functional* specifications.")
    listing = client_for(None).get(URL).json()
    assert listing["count"] == 1
    assert listing["results"][0]["tags"] == [
        {"facet": "theme", "value": "energy", "label": "Energy efficiency"}
    ]
    detail = client_for(None).get(f"{URL}/{question.pk}").json()
    assert detail["answers"][0]["html"] == "<p>Use <em>functional</em> specifications.</p>"
    assert detail["answers"][0]["voted"] is False


def test_filters_search_and_pages(people):
    for number in range(3):
        ask(people["member"], title=f"Question about heat pumps {number}")
    ask(people["member"], title="Unrelated", tags={"stage": ["needs"]})
    client = client_for(None)
    assert client.get(f"{URL}?q=pumps&page_size=2").json()["pages"] == 2
    assert client.get(f"{URL}?stage=needs").json()["count"] == 1
    assert client.get(f"{URL}?page=99").json()["results"] == []
    assert client.get(f"{URL}?page_size=1000").status_code == 422


def test_signed_out_writes_answer_401(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question)
    client = client_for(None)
    assert post(client, URL, {"title": "T", "body": "B"}).status_code == 401
    assert post(client, f"{URL}/{question.pk}/answers", {"body": "B"}).status_code == 401
    assert post(client, f"{URL}/answers/{reply.pk}/vote").status_code == 401
    assert post(client, f"{URL}/answers/{reply.pk}/accept").status_code == 401


def test_a_member_asks_answers_votes_and_accepts(people):
    asker, helper = client_for(people["member"]), client_for(people["org_member"])
    created = post(
        asker, URL, {"title": "Art. 40 consultation?", "body": "How long?", "themes": ["digital"]}
    )
    assert created.status_code == 201
    question_id = created.json()["id"]
    replied = post(helper, f"{URL}/{question_id}/answers", {"body": "Six weeks."})
    assert replied.status_code == 201
    answer_id = replied.json()["id"]
    assert post(asker, f"{URL}/answers/{answer_id}/vote").json() == {"voted": True, "score": 1}
    assert post(asker, f"{URL}/answers/{answer_id}/vote").json() == {"voted": False, "score": 0}
    accepted = post(asker, f"{URL}/answers/{answer_id}/accept").json()
    assert accepted["status"] == "answered" and accepted["accepted_answer"] == answer_id


def test_refusals_are_json_with_a_message(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question)
    own = post(client_for(people["org_member"]), f"{URL}/answers/{reply.pk}/vote")
    assert own.status_code == 403
    assert own.json()["detail"] == "You cannot vote for your own answer."
    other = post(client_for(people["other_member"]), f"{URL}/answers/{reply.pk}/accept")
    assert other.status_code == 403
    unverified = post(client_for(people["unverified"]), URL, {"title": "T", "body": "B"})
    assert unverified.status_code == 403
    assert client_for(None).get(f"{URL}/999999").status_code == 404


@pytest.mark.parametrize(
    "data, field",
    [
        ({"title": "", "body": "B"}, "title"),
        ({"title": "x" * 201, "body": "B"}, "title"),
        ({"title": "T", "body": "B", "themes": ["astrology"]}, "themes"),
        ({"title": "T", "body": "B", "organisation": "no-such-slug"}, "organisation"),
        ({"title": "T"}, "body"),
        ({"title": "T", "body": ["not", "text"]}, "body"),
    ],
)
def test_bad_input_answers_422_naming_the_field(people, data, field):
    response = post(client_for(people["member"]), URL, data)
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json()["errors"]]
    assert not Question.objects.exists()


def test_rate_limits_answer_429_with_the_message(people, settings):
    settings.POSTING_RATE_LIMITS_ENABLED = True
    question = ask(people["org_member"])
    client = client_for(people["member"])
    for _ in range(5):  # a new account may answer five times an hour
        assert post(client, f"{URL}/{question.pk}/answers", {"body": "B"}).status_code == 201
    refused = post(client, f"{URL}/{question.pk}/answers", {"body": "B"})
    assert refused.status_code == 429
    assert "too often" in refused.json()["detail"]
    assert Answer.objects.count() == 5


def test_a_bearer_token_reads_as_its_owner_and_a_wrong_one_answers_401(people):
    token, secret = account_services.api_token_create(user=people["member"], name="script")
    client = client_for(None)
    headers = {"Authorization": f"Bearer {secret}"}
    created = client.post(
        URL,
        {"title": "From a script", "body": "Text"},
        content_type="application/json",
        headers=headers,
    )
    assert created.status_code == 201, created.content
    wrong = client.get(URL, headers={"Authorization": "Bearer nonsense"})
    assert wrong.status_code == 401
