"""The demo questions load from the demo people, marked as demo, and a second run adds none."""

import pytest

from ppi4cities.community.questions.demo import MARK, load_questions_demo
from ppi4cities.community.questions.models import Answer, Question, Status


@pytest.mark.django_db
def test_demo_questions_are_marked_and_loaded_once(demo_content):
    questions = Question.objects.filter(is_demo=True)
    assert questions.count() == 4
    assert all(MARK in question.body for question in questions)
    assert not Answer.objects.filter(is_demo=False).exists()
    assert questions.filter(status=Status.ANSWERED).count() == 2
    assert load_questions_demo() == 0
    assert Question.objects.count() == 4
