"""The demo questions load from the demo people, marked as demo, and a second run adds none."""

import pytest

from ppi4cities.accounts.demo import demo_person
from ppi4cities.community.questions import services
from ppi4cities.community.questions.demo import MARK, load_questions_demo
from ppi4cities.community.questions.models import Answer, Question, Status
from ppi4cities.community.questions.selectors import experts_for
from ppi4cities.moderation.models import Reason, Report, ReportStatus


@pytest.mark.django_db
def test_demo_questions_are_marked_and_loaded_once(demo_content):
    questions = Question.objects.filter(is_demo=True)
    assert questions.count() == 4
    assert all(MARK in question.body for question in questions)
    assert not Answer.objects.filter(is_demo=False).exists()
    assert not Report.objects.filter(reporter__is_demo=False).exists()
    assert questions.filter(status=Status.ANSWERED).count() == 2
    assert load_questions_demo() == 0
    assert Question.objects.count() == 4


@pytest.mark.django_db
def test_the_demo_gives_the_moderators_one_reported_answer_once(demo_content, client):
    """A moderator signing in to the demo finds an off-topic answer waiting in the queue."""
    reported = Answer.objects.get(body__startswith="Does anyone know a good conference")
    assert reported.is_demo and MARK in reported.body
    report = Report.objects.get(kind="answer", object_id=reported.pk)
    assert (report.status, report.reason) == (ReportStatus.OPEN, Reason.OFF_TOPIC)
    assert report.reporter == reported.question.author
    load_questions_demo()
    assert Answer.objects.filter(body=reported.body).count() == 1
    assert Report.objects.count() == 1
    client.force_login(demo_person("moderator"))
    queue = client.get("/moderation/reports/")
    assert "Does anyone know a good conference" in queue.content.decode()


@pytest.mark.django_db
def test_ask_an_expert_finds_demo_experts_and_a_later_refusal_stays(demo_content):
    """The IPR question finds the demo legal adviser; one who stops accepting stays stopped."""
    question = Question.objects.get(is_demo=True, title__startswith="Which IPR clauses")
    asker = question.author
    experts = experts_for(question=question, viewer=asker)
    assert demo_person("tomas.testinis") in experts
    services.expert_availability_set(user=demo_person("tomas.testinis"), accepts_requests=False)
    load_questions_demo()
    assert demo_person("tomas.testinis") not in experts_for(question=question, viewer=asker)
