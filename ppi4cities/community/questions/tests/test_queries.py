"""Pages and API answers issue as many queries with many rows as with a few."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import client_for
from ppi4cities.community.questions import services

from .conftest import answer, ask

pytestmark = pytest.mark.django_db


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def fill(people, count, question=None):
    helpers = [people["org_member"], people["other_member"], people["org_admin"]]
    for number in range(count):
        if question is None:
            ask(
                helpers[number % 3],
                title=f"Question {number} on procurement",
                organisation=people["organisation"] if number % 3 != 1 else None,
                tags={"theme": ["energy", "mobility"], "country": ["LT"]},
            )
        else:
            reply = answer(helpers[number % 3], question, f"Answer {number}")
            services.answer_vote_toggle(user=people["moderator"], answer=reply)


@pytest.mark.parametrize("url", ["/questions/", "/questions/?q=procurement&theme=energy"])
def test_the_list_costs_the_same_at_two_sizes(people, url):
    client = client_for(people["member"])
    fill(people, 2)
    few = queries(client, url)
    fill(people, 18)
    assert queries(client, url) == few
    assert few <= 16


def test_the_api_list_costs_the_same_at_two_sizes(people):
    client = client_for(None)
    fill(people, 2)
    few = queries(client, "/api/v1/questions")
    fill(people, 18)
    assert queries(client, "/api/v1/questions") == few


def test_a_question_page_costs_the_same_with_more_answers(people):
    question = ask(people["member"], tags={"theme": ["energy"]})
    client = client_for(people["member"])
    fill(people, 2, question)
    few = queries(client, question.get_absolute_url())
    fill(people, 15, question)
    assert queries(client, question.get_absolute_url()) == few
    assert queries(client_for(None), f"/api/v1/questions/{question.pk}") <= few
