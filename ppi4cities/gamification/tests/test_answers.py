"""Points and the Peer adviser badge for answers to peers' questions: earned when the asker
accepts or another member votes, never for one's own question or answer, lost when hidden."""

import pytest
from django.utils import timezone

from ppi4cities.community.questions import services as questions
from ppi4cities.community.questions.tests.conftest import answer, ask
from ppi4cities.gamification.models import BadgeNotice
from ppi4cities.gamification.selectors import badges_for, points_by_action
from ppi4cities.gamification.services import points_recompute

pytestmark = pytest.mark.django_db


def accept(asker, question, chosen):
    return questions.answer_accept(user=asker, question=question, answer=chosen)


def test_an_accepted_answer_earns_its_author_points_and_the_peer_adviser_badge(people, commit):
    """The asker accepts: the answerer gets 15 points and the bronze Peer adviser badge."""
    question = ask(people["org_member"])
    given = answer(people["other_member"], question)
    with commit():
        accept(people["org_member"], question, given)
    assert points_by_action(people["other_member"]) == {"answer_accepted": 15}
    assert [(b.badge.code, b.level.code) for b in badges_for(people["other_member"])] == [
        ("peer-adviser", "bronze")
    ]
    assert BadgeNotice.objects.filter(user=people["other_member"], badge="peer-adviser").exists()


def test_answering_and_accepting_ones_own_question_earns_nothing(people, commit):
    """An asker who answers and accepts themselves gets no points."""
    question = ask(people["org_member"])
    own = answer(people["org_member"], question)
    with commit():
        accept(people["org_member"], question, own)
    assert points_by_action(people["org_member"]) == {}


def test_votes_from_others_earn_two_points_each(people, commit):
    """Each other member's vote for an answer is worth 2 points to its author."""
    question = ask(people["org_member"])
    given = answer(people["other_member"], question)
    with commit():
        questions.answer_vote_toggle(user=people["org_member"], answer=given)
        questions.answer_vote_toggle(user=people["member"], answer=given)
    assert points_by_action(people["other_member"]) == {"answer_voted": 4}


def test_a_hidden_answer_loses_its_points_at_the_next_recompute(people, commit):
    """When the moderators hide an answer, rebuilding the ledger drops what it earned."""
    question = ask(people["org_member"])
    given = answer(people["other_member"], question)
    with commit():
        accept(people["org_member"], question, given)
        questions.answer_vote_toggle(user=people["member"], answer=given)
    given.hidden_at = timezone.now()
    given.save(update_fields=["hidden_at"])
    points_recompute(user=people["other_member"])
    assert points_by_action(people["other_member"]) == {}
