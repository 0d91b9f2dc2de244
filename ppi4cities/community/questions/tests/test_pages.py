"""The pages: who may do what (a matrix over the roles), forms that keep what was typed,
the list's filters, the history page, similar questions and the expert setting."""

import pytest
from django.urls import reverse
from django.utils.text import slugify

from conftest import client_for
from ppi4cities.community.questions import selectors, services
from ppi4cities.community.questions.models import Answer, ExpertAvailability, Question
from ppi4cities.core.models import Tag

from .conftest import answer, ask, hide

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]


@pytest.mark.parametrize("role", ROLES + ["unverified"])
def test_everyone_reads_the_list_and_a_question(people, role):
    question = ask(people["org_member"])
    answer(people["other_member"], question, "Our consultation ran for six weeks.")
    client = client_for(people[role])
    assert question.title in client.get("/questions/").content.decode()
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Our consultation ran for six weeks." in page


@pytest.mark.parametrize(
    "role, status",
    [
        ("anonymous", 302),
        ("unverified", 403),
        ("member", 200),
        ("org_member", 200),
        ("other_member", 200),
        ("org_admin", 200),
        ("moderator", 200),
        ("staff", 200),
    ],
)
def test_members_with_a_verified_email_may_open_the_ask_form(people, role, status):
    assert client_for(people[role]).get("/questions/ask/").status_code == status


@pytest.mark.parametrize(
    "role, status",
    [
        ("anonymous", 302),
        ("unverified", 403),
        ("member", 302),
        ("org_member", 302),
        ("other_member", 302),
        ("org_admin", 302),
        ("moderator", 302),
        ("staff", 302),
    ],
)
def test_members_answer(people, role, status):
    question = ask(people["org_admin"])
    response = client_for(people[role]).post(
        f"/questions/{question.pk}/answer/", {"body": "An answer."}
    )
    assert response.status_code == status
    assert Answer.objects.count() == (1 if status == 302 and role != "anonymous" else 0)


@pytest.mark.parametrize(
    "role, allowed",
    [
        ("anonymous", False),
        ("member", True),  # the asker
        ("org_member", False),
        ("other_member", False),
        ("org_admin", False),
        ("moderator", True),
        ("staff", True),
    ],
)
def test_the_asker_and_moderators_edit_a_question(people, role, allowed):
    question = ask(people["member"])
    response = client_for(people[role]).post(
        f"/questions/{question.pk}/edit/", {"title": "Changed title", "body": "Changed."}
    )
    question.refresh_from_db()
    assert (question.title == "Changed title") is allowed
    if role != "anonymous":
        assert response.status_code == (302 if allowed else 403)


@pytest.mark.parametrize(
    "role, allowed",
    [
        ("member", True),
        ("org_member", False),
        ("other_member", False),
        ("org_admin", False),
        ("moderator", False),
        ("staff", False),
    ],
)
def test_only_the_asker_sees_and_uses_the_accept_button(people, role, allowed):
    question = ask(people["member"])
    answerer = people["org_admin"] if role == "other_member" else people["other_member"]
    reply = answer(answerer, question)
    client = client_for(people[role])
    page = client.get(question.get_absolute_url()).content.decode()
    assert ("Accept this answer" in page) is allowed
    response = client.post(f"/questions/answers/{reply.pk}/accept/")
    assert response.status_code == (302 if allowed else 403)
    question.refresh_from_db()
    assert (question.accepted_answer_id == reply.pk) is allowed


def test_asking_through_the_form_publishes_and_redirects_to_the_question(people):
    client = client_for(people["org_member"])
    response = client.post(
        "/questions/ask/",
        {
            "title": "Innovation partnership or competitive dialogue for e-buses?",
            "body": "Which procedure suits us?",
            "themes": ["mobility"],
            "procedures": ["innovation", "comp-dial"],
            "countries": ["LT"],
            "organisation": people["organisation"].pk,
        },
    )
    question = Question.objects.get()
    assert response.status_code == 302 and response["Location"] == question.get_absolute_url()
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Innovation partnership" in page and "Competitive dialogue" in page
    assert "Sustainable mobility" in page and people["organisation"].name in page


@pytest.mark.parametrize(
    "data, message",
    [
        ({"title": "", "body": "Text"}, "This field is required."),
        ({"title": "x" * 201, "body": "Text"}, "at most 200 characters"),
        ({"title": "Title", "body": "Text", "themes": ["astrology"]}, "not one of the available"),
    ],
)
def test_bad_input_is_shown_next_to_the_field_and_what_was_typed_stays(people, data, message):
    response = client_for(people["member"]).post("/questions/ask/", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page and 'class="field__error"' in page
    assert "Text</textarea>" in page
    assert not Question.objects.exists()


def test_an_empty_answer_is_refused_next_to_the_field(people):
    question = ask(people["member"])
    response = client_for(people["org_member"]).post(
        f"/questions/{question.pk}/answer/", {"body": "  "}
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_rate_limits_answer_429_with_the_message_and_keep_the_text(people, settings):
    settings.POSTING_RATE_LIMITS_ENABLED = True
    client = client_for(people["member"])
    data = {"title": "Question number", "body": "Kept text"}
    for number in range(3):  # a new account may ask three questions an hour
        assert client.post("/questions/ask/", {**data, "title": f"Q {number}"}).status_code == 302
    response = client.post("/questions/ask/", data)
    page = response.content.decode()
    assert response.status_code == 429
    assert "You have done this too often for now" in page
    assert "Kept text</textarea>" in page and 'value="Question number"' in page
    assert Question.objects.count() == 3


def test_a_suspended_member_is_refused_with_a_message(people):
    from datetime import timedelta

    from django.utils import timezone

    from ppi4cities.moderation.models import Sanction, SanctionKind

    Sanction.objects.create(
        user=people["member"],
        kind=SanctionKind.SUSPEND,
        until=timezone.now() + timedelta(days=2),
        reason="Spam",
        actor=people["moderator"],
    )
    response = client_for(people["member"]).post(
        "/questions/ask/", {"title": "Title", "body": "Text"}
    )
    assert response.status_code == 403
    assert not Question.objects.exists()


def test_votes_toggle_without_javascript_and_with_htmx(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question)
    client = client_for(people["other_member"])
    response = client.post(f"/questions/answers/{reply.pk}/vote/")
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.score == 1
    response = client.post(f"/questions/answers/{reply.pk}/vote/", headers={"HX-Request": "true"})
    fragment = response.content.decode()
    assert "0 votes" in fragment and "Your vote is taken back." in fragment


def test_voting_for_ones_own_answer_is_refused_with_a_message(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question)
    client = client_for(people["org_member"])
    assert "Helpful" not in client.get(question.get_absolute_url()).content.decode()
    response = client.post(f"/questions/answers/{reply.pk}/vote/", follow=True)
    assert "You cannot vote for your own answer." in response.content.decode()
    reply.refresh_from_db()
    assert reply.score == 0


def test_answers_are_ordered_accepted_first_then_by_votes_then_oldest(people):
    question = ask(people["member"])
    oldest = answer(people["org_member"], question, "Oldest answer text")
    voted = answer(people["other_member"], question, "Voted answer text")
    accepted = answer(people["org_admin"], question, "Accepted answer text")
    services.answer_vote_toggle(user=people["moderator"], answer=voted)
    services.answer_accept(user=people["member"], question=question, answer=accepted)
    page = client_for(None).get(question.get_absolute_url()).content.decode()
    positions = [page.index(text) for text in ("Accepted", "Voted", "Oldest")]
    assert positions == sorted(positions)
    assert oldest.pk


def test_the_history_page_lists_the_versions_and_the_page_says_edited(people):
    question = ask(people["member"], title="Original title", tags={"theme": ["energy"]})
    client = client_for(None)
    assert "see the history" not in client.get(question.get_absolute_url()).content.decode()
    services.question_edit(
        editor=people["member"],
        question=question,
        title="Better title",
        body="Better.",
        tags={"theme": ["mobility"]},
    )
    assert "see the history" in client.get(question.get_absolute_url()).content.decode()
    page = client.get(f"/questions/{question.pk}/history/").content.decode()
    assert "Original title" in page and "Better title" in page
    assert "Version replaced by Maija Member" in page
    current, replaced = page.split("Version replaced by")
    assert "Sustainable mobility" in current and "Energy efficiency" in replaced


def test_the_answer_history_page(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question, "First words")
    services.answer_edit(editor=people["org_member"], answer=reply, body="Second words")
    page = client_for(None).get(f"/questions/answers/{reply.pk}/history/").content.decode()
    assert "First words" in page and "Second words" in page


def test_similar_questions_are_suggested_while_typing(people):
    ask(people["member"], title="Preliminary market consultation under article 40")
    ask(
        people["member"],
        title="IPR clauses in pre-commercial procurement",
        body="Who should own the results?",
    )
    fragment = client_for(None).get(
        reverse("questions:similar"), {"title": "market consultation length"}
    )
    text = fragment.content.decode()
    assert "Preliminary market consultation under article 40" in text
    assert "IPR clauses" not in text


def test_the_list_filters_by_status_tag_and_words(people):
    energy = ask(people["member"], title="Energy question", tags={"theme": ["energy"]})
    lighting = ask(people["member"], title="Street lighting question", tags={"stage": ["needs"]})
    answer(people["org_member"], lighting)
    client = client_for(None)

    def titles(query):
        return [
            title
            for title in (energy.title, lighting.title)
            if title in client.get(f"/questions/?{query}").content.decode()
        ]

    assert titles("status=unanswered") == [energy.title]
    assert titles("theme=energy") == [energy.title]
    assert titles("stage=needs") == [lighting.title]
    assert titles("q=lighting") == [lighting.title]
    assert titles("theme=nonsense&page=999") == [energy.title, lighting.title]


def test_a_search_lists_title_matches_first_then_the_best_ranked(people):
    """Questions with every word in the title come first; filters and hidden questions hold."""
    in_body = ask(
        people["member"],
        title="Charging points for electric buses",
        body="We plan a tender for depot charging of our buses.",
    )
    in_title = ask(
        people["member"],
        title="A tender for depot charging",
        body="Which award criteria work?",
        tags={"theme": ["mobility"]},
    )
    hidden = ask(people["member"], title="Tender for depot charging, hidden")
    hide(hidden)
    client = client_for(None)
    page = client.get("/questions/?q=tender charging").context["page"]
    assert [question.pk for question in page.object_list] == [in_title.pk, in_body.pk]
    assert page.paginator.count == 2
    narrowed = client.get("/questions/?q=tender charging&theme=mobility").context["page"]
    assert [question.pk for question in narrowed.object_list] == [in_title.pk]


@pytest.mark.parametrize("check_by_id", [1000, 1])
def test_a_search_with_filters_keeps_only_the_matches_the_filters_keep(
    people, monkeypatch, check_by_id
):
    """Filters hold whether the matches are checked by id or the filtered ids are read."""
    monkeypatch.setattr(selectors.SearchResults, "CHECK_BY_ID", check_by_id)
    answered = ask(people["member"], title="Tender for bus charging", tags={"theme": ["mobility"]})
    answer(people["org_member"], answered)
    unanswered = ask(people["member"], title="Tender for charging", tags={"theme": ["energy"]})
    hidden = ask(people["member"], title="Tender for charging, hidden", tags={"theme": ["energy"]})
    hide(hidden)
    client = client_for(people["other_member"])

    def found(query):
        page = client.get(f"/questions/?q=tender&{query}").context["page"]
        return [question.pk for question in page.object_list], page.paginator.count

    assert found("status=unanswered") == ([unanswered.pk], 1)
    assert found("theme=mobility") == ([answered.pk], 1)
    assert found("theme=energy") == ([unanswered.pk], 1)


@pytest.mark.parametrize("role", ["org_member", "moderator"])
def test_a_hidden_question_leaves_the_search_even_for_its_author_and_moderators(people, role):
    """They still see it in the list; the search index no longer holds it."""
    hidden = hide(ask(people["org_member"], title="Tender for depot charging, hidden"))
    client = client_for(people[role])
    page = client.get("/questions/?q=depot").context["page"]
    assert list(page.object_list) == [] and page.paginator.count == 0
    assert hidden.title in client.get("/questions/").content.decode()


def test_followed_lists_what_a_member_follows(people):
    followed = ask(people["org_member"], title="Followed by tag", tags={"theme": ["energy"]})
    ask(people["other_member"], title="Not followed at all")
    client = client_for(people["member"])
    client.post("/questions/follow/", {"facet": "theme", "value": "energy"})
    page = client.get("/questions/?followed=1").content.decode()
    assert followed.title in page and "Not followed at all" not in page


def test_a_member_turns_expert_requests_on_and_an_asker_sends_one(people):
    expert = people["other_member"]
    expert.expertise.add(*expertise_tags("market consultation"))
    client_for(expert).post("/questions/expert-settings/", {"accepts_requests": "on"})
    assert ExpertAvailability.objects.get(user=expert).accepts_requests
    question = ask(people["member"], title="How to run a market consultation?")
    client = client_for(people["member"])
    page = client.get(f"/questions/{question.pk}/expert/").content.decode()
    assert "Kari Other (market consultation)" in page
    response = client.post(f"/questions/{question.pk}/expert/", {"expert": expert.pk})
    assert response.status_code == 302
    assert expert.notifications.filter(kind="expert_request").count() == 1
    again = client.post(f"/questions/{question.pk}/expert/", {"expert": expert.pk})
    assert again.status_code == 400
    assert "already sent" in again.content.decode()


def test_only_the_asker_opens_ask_an_expert(people):
    question = ask(people["member"])
    response = client_for(people["org_member"]).get(f"/questions/{question.pk}/expert/")
    assert response.status_code == 403


def test_members_who_do_not_accept_requests_are_not_offered(people):
    expert = people["other_member"]
    expert.expertise.add(*expertise_tags("market consultation"))
    question = ask(people["member"], title="How to run a market consultation?")
    page = client_for(people["member"]).get(f"/questions/{question.pk}/expert/").content.decode()
    assert "Kari Other" not in page


def expertise_tags(*names):
    return [
        Tag.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0] for name in names
    ]


def test_a_member_follows_the_organisation_of_a_question_from_its_page(people):
    question = ask(people["org_member"], organisation=people["organisation"])
    client = client_for(people["member"])
    name = people["organisation"].name
    assert (
        f"Follow questions from {name}" in client.get(question.get_absolute_url()).content.decode()
    )
    client.post(
        "/questions/follow/",
        {"organisation": people["organisation"].slug, "next": question.get_absolute_url()},
    )
    page = client.get(question.get_absolute_url()).content.decode()
    assert f"Stop following questions from {name}" in page


def test_an_answer_over_the_rate_limit_keeps_its_text(people, settings):
    settings.POSTING_RATE_LIMITS_ENABLED = True
    question = ask(people["org_member"])
    client = client_for(people["member"])
    for number in range(5):
        client.post(f"/questions/{question.pk}/answer/", {"body": f"Answer {number}"})
    response = client.post(f"/questions/{question.pk}/answer/", {"body": "Kept answer"})
    page = response.content.decode()
    assert response.status_code == 429
    assert "You have done this too often for now" in page and "Kept answer</textarea>" in page
    assert Answer.objects.count() == 5


def test_the_list_counts_up_to_its_cap_and_then_says_more_than(people, monkeypatch):
    """Past the cap the list says "more than" rather than counting every question."""
    from ppi4cities.community.questions import views

    monkeypatch.setattr(views, "COUNT_CAP", 3)
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    for number in range(3):
        ask(people["member"], title=f"Question number {number}")
    page = client_for(None).get("/questions/").content.decode()
    assert "3 questions" in page
    assert "More than" not in page
    ask(people["member"], title="The fourth question")
    ask(people["member"], title="The fifth question")
    response = client_for(None).get("/questions/?page=2")
    assert "More than 3 questions" in response.content.decode()
    assert response.context["page"].paginator.num_pages == 2
    assert len(response.context["page"].object_list) == 2


def test_answers_are_paginated_and_an_answers_address_finds_its_page(people, monkeypatch):
    """A long thread shows a page of answers; an answer's link opens the page that holds it."""
    from ppi4cities.community.questions import views

    monkeypatch.setattr(views, "ANSWERS_PER_PAGE", 2)
    question = ask(people["org_member"])
    replies = [answer(people["other_member"], question, f"Answer {n}") for n in range(5)]
    client = client_for(None)
    first = client.get(question.get_absolute_url())
    assert [a.pk for a in first.context["answers"]] == [replies[0].pk, replies[1].pk]
    assert "5 answers" in first.content.decode()
    response = client.get(replies[4].get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == f"{question.get_absolute_url()}?page=3#answer-{replies[4].pk}"
    third = client.get(f"{question.get_absolute_url()}?page=3")
    assert [a.pk for a in third.context["answers"]] == [replies[4].pk]
    hide(replies[3])
    assert client.get(replies[3].get_absolute_url()).status_code == 404
