"""Hidden content stays hidden in every channel: the list, the page, the search, similar
questions, the API and notifications; its author sees that it was hidden, and moderators see
it."""

import pytest

from conftest import client_for
from ppi4cities.community.questions import selectors
from ppi4cities.community.questions.models import Question

from .conftest import answer, ask, hide

pytestmark = pytest.mark.django_db

TITLE = "Hidden spam about cheap consultation services"


@pytest.fixture
def hidden(people):
    return hide(ask(people["org_member"], title=TITLE, body="Buy our consultation services."))


@pytest.mark.parametrize("role", ["anonymous", "member", "other_member", "org_admin"])
def test_others_find_a_hidden_question_nowhere(people, hidden, role):
    client = client_for(people[role])
    assert TITLE not in client.get("/questions/").content.decode()
    assert TITLE not in client.get("/questions/?q=consultation").content.decode()
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(f"/questions/{hidden.pk}/history/").status_code == 404
    assert TITLE not in client.get("/questions/similar/?title=cheap+consultation").content.decode()
    assert client.get(f"/api/v1/questions/{hidden.pk}").status_code == 404
    assert TITLE not in client.get("/api/v1/questions?q=consultation").content.decode()


@pytest.mark.parametrize("role", ["moderator", "staff"])
def test_moderators_still_see_a_hidden_question(people, hidden, role):
    client = client_for(people[role])
    page = client.get(hidden.get_absolute_url()).content.decode()
    assert "Hidden by the moderators" in page
    assert TITLE in client.get("/questions/").content.decode()


def test_its_author_sees_it_marked_hidden(people, hidden):
    client = client_for(people["org_member"])
    assert "Hidden by the moderators" in client.get("/questions/").content.decode()
    assert "Hidden by the moderators" in client.get(hidden.get_absolute_url()).content.decode()


def test_a_hidden_question_takes_no_answers(people, hidden):
    response = client_for(people["member"]).post(
        f"/questions/{hidden.pk}/answer/", {"body": "Answer"}
    )
    assert response.status_code == 404


def test_a_hidden_answer_leaves_the_page_the_count_and_the_search(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question, "Visit my spam shop of zeppelins")
    hide(reply)
    question.refresh_from_db()
    assert question.answer_count == 0
    assert (
        "zeppelins"
        not in client_for(people["other_member"]).get(question.get_absolute_url()).content.decode()
    )
    assert (
        "zeppelins" not in client_for(None).get(f"/api/v1/questions/{question.pk}").content.decode()
    )
    assert not client_for(None).get("/questions/?q=zeppelins").context["page"].object_list
    assert (
        "zeppelins"
        in client_for(people["org_member"]).get(question.get_absolute_url()).content.decode()
    )
    assert (
        client_for(people["member"]).post(f"/questions/answers/{reply.pk}/vote/").status_code == 404
    )


def test_no_one_is_told_of_a_question_hidden_before_its_notifications_run(
    people, django_capture_on_commit_callbacks
):
    from ppi4cities.community.questions import services

    services.follow_set(user=people["member"], following=True, facet="theme", value="energy")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        question = ask(people["org_member"], tags={"theme": ["energy"]})
    hide(question)
    for callback in callbacks:
        callback()
    assert not people["member"].notifications.exists()


def test_similar_questions_never_include_hidden_ones(people, hidden):
    assert hidden not in selectors.similar_questions(title="cheap consultation services")
    assert Question.objects.count() == 1
