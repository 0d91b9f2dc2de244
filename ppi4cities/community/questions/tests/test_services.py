"""Asking, answering, voting, accepting and editing through the services: what is stored,
what is refused, and the history edits leave."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from conftest import client_for
from ppi4cities.community.questions import services
from ppi4cities.community.questions.models import (
    AnswerRevision,
    Question,
    QuestionRevision,
    Status,
)
from ppi4cities.core import fulltext

from .conftest import answer, ask

pytestmark = pytest.mark.django_db


def test_asking_stores_the_question_with_its_tags_and_makes_it_findable(people):
    """Tags from the shared vocabularies are kept; the full-text search finds the question."""
    question = ask(
        people["member"],
        tags={"theme": ["mobility"], "stage": ["market-consultation"], "country": ["LT", "EU"]},
    )
    assert sorted(question.tags.values_list("facet", "value")) == [
        ("country", "EU"),
        ("country", "LT"),
        ("stage", "market-consultation"),
        ("theme", "mobility"),
    ]
    assert question.status == Status.OPEN and question.answer_count == 0
    assert fulltext.search("question", "consultation").ids == [question.pk]


@pytest.mark.parametrize(
    "change, field",
    [
        ({"title": "   "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"body": ""}, "body"),
        ({"tags": {"theme": ["astrology"]}}, "themes"),
        ({"tags": {"country": ["XX"]}}, "countries"),
        ({"tags": {"colour": ["blue"]}}, "tags"),
        ({"address_country": "ZZ"}, "address_country"),
        ({"address_kind": "guild"}, "address_kind"),
    ],
)
def test_bad_input_is_refused_on_its_field_and_nothing_is_saved(people, change, field):
    """Empty or too long texts and unknown tags name the field at fault."""
    arguments = {"title": "A fine question", "body": "Details.", **change}
    with pytest.raises(ValidationError) as error:
        services.question_ask(author=people["member"], **arguments)
    assert field in error.value.message_dict
    assert not Question.objects.exists()


def test_asking_on_behalf_of_someone_elses_organisation_is_refused(people):
    with pytest.raises(ValidationError) as error:
        ask(people["member"], organisation=people["organisation"])
    assert "organisation" in error.value.message_dict
    question = ask(people["org_member"], organisation=people["organisation"])
    assert question.organisation == people["organisation"]


def test_an_unverified_person_cannot_ask(people):
    with pytest.raises(PermissionDenied):
        ask(people["unverified"])


def test_answers_count_on_the_question_and_enter_its_search_text(people):
    question = ask(people["member"])
    answer(people["org_member"], question, "Innovation partnership worked for us.")
    question.refresh_from_db()
    assert question.answer_count == 1
    assert fulltext.search("question", "partnership").ids == [question.pk]


def test_votes_toggle_and_count_on_the_answer(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question)
    assert services.answer_vote_toggle(user=people["other_member"], answer=reply) is True
    assert services.answer_vote_toggle(user=people["member"], answer=reply) is True
    reply.refresh_from_db()
    assert reply.score == 2
    assert services.answer_vote_toggle(user=people["member"], answer=reply) is False
    reply.refresh_from_db()
    assert reply.score == 1


def test_nobody_votes_for_their_own_answer(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question)
    with pytest.raises(PermissionDenied, match="your own answer"):
        services.answer_vote_toggle(user=people["org_member"], answer=reply)
    reply.refresh_from_db()
    assert reply.score == 0


def test_the_asker_accepts_and_can_change_their_choice(people):
    question = ask(people["member"])
    first = answer(people["org_member"], question)
    second = answer(people["other_member"], question)
    services.answer_accept(user=people["member"], question=question, answer=first)
    question.refresh_from_db()
    assert question.accepted_answer == first and question.status == Status.ANSWERED
    services.answer_accept(user=people["member"], question=question, answer=second)
    question.refresh_from_db()
    assert question.accepted_answer == second and question.answered_at is not None


@pytest.mark.parametrize("role", ["org_member", "other_member", "moderator", "staff"])
def test_only_the_asker_accepts(people, role):
    question = ask(people["member"])
    reply = answer(people["org_member"], question)
    with pytest.raises(PermissionDenied):
        services.answer_accept(user=people[role], question=question, answer=reply)
    question.refresh_from_db()
    assert question.accepted_answer is None and question.status == Status.OPEN


def test_an_answer_to_another_question_cannot_be_accepted(people):
    question = ask(people["member"])
    other = ask(people["org_member"], title="Another question about IPR clauses")
    reply = answer(people["other_member"], other)
    with pytest.raises(ValidationError):
        services.answer_accept(user=people["member"], question=question, answer=reply)


def test_the_asker_marks_answered_and_opens_again(people):
    question = ask(people["member"])
    services.question_mark_answered(user=people["member"], question=question)
    assert Question.objects.get().status == Status.ANSWERED
    services.question_mark_answered(user=people["member"], question=question, answered=False)
    assert Question.objects.get().status == Status.OPEN
    with pytest.raises(PermissionDenied):
        services.question_mark_answered(user=people["org_member"], question=question)


def test_edits_keep_the_previous_versions_with_their_editor(people):
    question = ask(people["member"], title="First title")
    services.question_edit(
        editor=people["member"], question=question, title="Second title", body="New text."
    )
    services.question_edit(
        editor=people["moderator"], question=question, title="Third title", body="New text."
    )
    revisions = list(QuestionRevision.objects.filter(question=question))
    assert [(r.title, r.editor) for r in revisions] == [
        ("Second title", people["moderator"]),
        ("First title", people["member"]),
    ]
    question.refresh_from_db()
    assert question.title == "Third title" and question.edited_at is not None


def test_a_change_of_tags_alone_is_an_edit_and_the_revision_keeps_the_old_tags(people):
    question = ask(people["member"], tags={"theme": ["energy"], "stage": ["needs"]})
    services.question_edit(
        editor=people["member"],
        question=question,
        title=question.title,
        body=question.body,
        tags={"theme": ["mobility"]},
    )
    revision = QuestionRevision.objects.get(question=question)
    assert revision.tags == [["stage", "needs"], ["theme", "energy"]]
    assert [(tag.facet, tag.value) for tag in question.tags.all()] == [("theme", "mobility")]
    assert fulltext.search("question", "mobility").ids == [question.pk]
    question.refresh_from_db()
    assert question.edited_at is not None


def test_an_edit_that_changes_nothing_leaves_no_revision(people):
    question = ask(people["member"])
    services.question_edit(
        editor=people["member"], question=question, title=question.title, body=question.body
    )
    assert not QuestionRevision.objects.exists()
    question.refresh_from_db()
    assert question.edited_at is None


def test_answer_edits_keep_history_and_others_cannot_edit(people):
    question = ask(people["member"])
    reply = answer(people["org_member"], question, "Old text.")
    services.answer_edit(editor=people["org_member"], answer=reply, body="New text.")
    assert AnswerRevision.objects.get().body == "Old text."
    with pytest.raises(PermissionDenied):
        services.answer_edit(editor=people["member"], answer=reply, body="Hijacked.")


def test_links_of_a_new_accounts_first_posts_are_not_clickable(people):
    """Recorded when written: the account is younger than a day."""
    question = ask(people["member"], body="See [the guide](https://example.org).")
    assert question.links_clickable is False
    assert ask(people["moderator"]).links_clickable is True
    page = client_for(people["org_member"]).get(question.get_absolute_url()).content.decode()
    assert "See the guide" in page
    assert 'href="https://example.org"' not in page


def test_the_page_shows_markdown_rendered_when_written_and_again_after_an_edit(people):
    """Bodies are kept as sanitised HTML: scripts never reach the page, edits re-render."""
    question = ask(people["moderator"], body="**Bold** <script>alert(1)</script>")
    reply = answer(people["moderator"], question, "A [link](https://example.org/a).")
    page = client_for(None).get(question.get_absolute_url()).content.decode()
    assert "<strong>Bold</strong>" in page
    assert "<script>alert(1)" not in page
    assert 'href="https://example.org/a"' in page
    services.answer_edit(editor=people["moderator"], answer=reply, body="*Changed*")
    page = client_for(None).get(question.get_absolute_url()).content.decode()
    assert "<em>Changed</em>" in page
    assert "https://example.org/a" not in page


def test_follows_are_unique_and_undone(people):
    question = ask(people["org_member"])
    for _ in range(2):
        services.follow_set(user=people["member"], following=True, question=question)
        services.follow_set(user=people["member"], following=True, facet="theme", value="energy")
    assert people["member"].question_follows.count() == 2
    services.follow_set(user=people["member"], following=False, question=question)
    assert people["member"].question_follows.count() == 1
    with pytest.raises(ValidationError):
        services.follow_set(user=people["member"], following=True, facet="theme", value="x")
