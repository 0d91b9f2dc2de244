"""Network activity: what a member's dashboard shows of their network, and what visitors of the
home page see of recent public activity."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import client_for
from ppi4cities.community.partners.tests.conftest import expire, make_call
from ppi4cities.community.questions import services as question_services
from ppi4cities.community.questions.tests.conftest import answer, ask, hide

pytestmark = pytest.mark.django_db


def test_visitors_see_recent_public_questions_and_open_calls(people):
    """The home page lists new questions and open calls, never hidden or closed ones."""
    ask(people["member"], title="Who has bought autonomous shuttles as a pilot?")
    hidden = ask(people["member"], title="A question the moderators hid")
    hide(hidden)
    make_call(people["other_member"], people["other_organisation"], data={"title": "Open call"})
    expire(
        make_call(people["other_member"], people["other_organisation"], data={"title": "Past call"})
    )
    page = client_for().get(reverse("home")).content.decode()
    assert "Recent activity" in page
    assert "Who has bought autonomous shuttles as a pilot?" in page
    assert "Open call" in page
    assert "A question the moderators hid" not in page
    assert "Past call" not in page


def test_the_dashboard_shows_answers_others_gave_to_my_questions(people):
    """Answers from others appear; my own answer and hidden answers do not."""
    mine = ask(people["org_member"], title="Can a city reserve lots for start-ups?")
    answer(people["other_member"], mine, body="Yes, lots sized for SMEs are common.")
    answer(people["org_member"], mine, body="Adding some context myself.")
    hide(answer(people["member"], mine, body="Buy my product"))
    page = client_for(people["org_member"]).get(reverse("accounts:dashboard")).content.decode()
    assert "Kari Other answered “Can a city reserve lots for start-ups?”" in page
    assert "Petras Member answered" not in page
    assert "Maija Member answered" not in page


def test_the_dashboard_shows_calls_that_match_my_organisation(people):
    """A call seeking Lithuanian municipalities shows to members of one; others' do not."""
    make_call(
        people["other_member"],
        people["other_organisation"],
        data={"title": "Lithuanian cities wanted"},
        countries=["LT"],
        partner_kinds=["municipality"],
        themes=[],
    )
    make_call(
        people["other_member"],
        people["other_organisation"],
        data={"title": "Only Swedish companies"},
        countries=["SE"],
        partner_kinds=["company"],
        themes=[],
    )
    page = client_for(people["org_member"]).get(reverse("accounts:dashboard")).content.decode()
    assert "Lithuanian cities wanted" in page
    assert "Only Swedish companies" not in page


def test_the_dashboard_shows_new_questions_in_followed_tags(people):
    """Following a theme brings its new questions, but not my own, to the dashboard."""
    question_services.follow_set(
        user=people["member"], facet="theme", value="mobility", following=True
    )
    ask(people["other_member"], title="E-bus charging tenders", tags={"theme": ["mobility"]})
    ask(people["other_member"], title="Lighting tenders", tags={"theme": ["energy"]})
    page = client_for(people["member"]).get(reverse("accounts:dashboard")).content.decode()
    assert "E-bus charging tenders" in page
    assert "Lighting tenders" not in page


def test_the_dashboard_reads_the_same_number_of_queries_however_much_activity(
    people, django_assert_num_queries
):
    """More questions, answers and calls add no queries to the dashboard."""
    client = client_for(people["org_member"])
    mine = ask(people["org_member"])
    answer(people["other_member"], mine)
    make_call(people["other_member"], people["other_organisation"], countries=["LT"])
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("accounts:dashboard"))
    for number in range(6):
        question = ask(people["org_member"], title=f"Question number {number} about lots")
        answer(people["other_member"], question)
        make_call(people["other_member"], people["other_organisation"], countries=["LT"])
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("accounts:dashboard"))
