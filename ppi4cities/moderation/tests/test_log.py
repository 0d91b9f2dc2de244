"""The moderation log: every decision with who, when, what, on what and why; moderators only."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ppi4cities.moderation import services

pytestmark = pytest.mark.django_db

LOG = reverse("moderation:log")


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("member", 403),
        ("org_member", 403),
        ("other_member", 403),
        ("org_admin", 403),
        ("moderator", 200),
        ("staff", 200),
    ],
)
def test_only_moderators_and_staff_read_the_log(client, people, role, status):
    client.force_login(people[role])
    assert client.get(LOG).status_code == status


def test_the_log_shows_who_did_what_when_on_what_and_why_newest_first(client, people, question):
    services.content_hide(subject=question, actor=people["moderator"], reason="An advert.")
    services.member_warn(user=people["org_member"], actor=people["staff"], reason="No adverts.")
    client.force_login(people["moderator"])
    page = client.get(LOG).content.decode()
    warned, hidden = page.index("No adverts."), page.index("An advert.")
    assert warned < hidden
    assert "Mona Moderator" in page and "Stan Staff" in page
    assert "Hidden" in page and "Warned" in page
    assert f'href="{question.get_absolute_url()}"' in page
    assert "Question: " in page and "Profile: " in page


def test_the_log_filters_by_action_and_by_moderator(client, people, question):
    services.content_hide(subject=question, actor=people["moderator"], reason="An advert.")
    services.member_warn(user=people["org_member"], actor=people["staff"], reason="No adverts.")
    client.force_login(people["moderator"])
    by_action = client.get(LOG, {"action": "warned"}).content.decode()
    assert "No adverts." in by_action and "An advert." not in by_action
    by_moderator = client.get(LOG, {"moderator": people["moderator"].pk}).content.decode()
    assert "An advert." in by_moderator and "No adverts." not in by_moderator


@pytest.mark.parametrize("query", [{"action": "exploded"}, {"moderator": "999999"}])
def test_an_unknown_filter_answers_400_with_a_message(client, people, query):
    client.force_login(people["moderator"])
    response = client.get(LOG, query)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_the_log_needs_the_same_queries_for_few_and_many_decisions(client, people, ask):
    client.force_login(people["moderator"])

    def queries_for(count):
        for index in range(count):
            question = ask(people["org_member"], f"Question {index}?")
            services.content_hide(subject=question, actor=people["moderator"], reason="Advert.")
            services.member_warn(user=people["org_member"], actor=people["staff"], reason="Again.")
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LOG).status_code == 200
        return len(captured)

    assert queries_for(2) == queries_for(10)
