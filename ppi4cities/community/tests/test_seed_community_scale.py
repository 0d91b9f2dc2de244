"""`manage.py seed_community_scale`: synthetic questions, answers, calls and notifications for
the benchmark, at a small size."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ppi4cities.community.management.commands import seed_community_scale as seeding
from ppi4cities.community.models import Notification
from ppi4cities.community.questions.models import Answer, Question, Status
from ppi4cities.core import fulltext

pytestmark = pytest.mark.django_db

SMALL = {"organisations": 4, "calls": 6, "notifications": 12, "answers_per_question": 2}


@pytest.fixture
def bench_database(monkeypatch):
    monkeypatch.setattr(seeding, "database_name", lambda: "ppi4cities_bench_test")


def _seed(questions, **options):
    call_command("seed_community_scale", questions=questions, **{**SMALL, **options})


def _snapshot():
    return sorted(
        (question.title, question.answer_count, question.status, question.hidden_at is None)
        for question in seeding.synthetic_questions()
    )


def test_it_seeds_questions_answers_calls_and_notifications(bench_database):
    """The pages the benchmark measures all have something to show."""
    _seed(60)
    questions = seeding.synthetic_questions()
    assert questions.count() == 60
    assert Answer.objects.filter(question__in=questions).count() > 60
    assert questions.filter(answer_count=0).exists()  # the unanswered list
    assert questions.filter(status=Status.ANSWERED, accepted_answer__isnull=False).exists()
    assert not Answer.objects.filter(body_html="").exists()  # the page shows stored HTML
    assert not questions.filter(body_html="").exists()
    thread = questions.get(title__startswith="Bench 000007:")
    assert thread.answers.count() == seeding.POPULAR_ANSWERS
    assert seeding.synthetic_calls().count() == 6
    person = seeding.bench_person()
    assert person.notifications.filter(data__bench=True).count() == 12
    person.refresh_from_db()
    assert person.unread_notifications == person.notifications.filter(read_at=None).count()
    assert Notification.objects.filter(kind="question_answered").exists()


def test_search_finds_visible_questions_only(bench_database):
    _seed(300)
    found = set(fulltext.search("question", "procurement").ids)
    hidden = set(seeding.synthetic_questions().exclude(hidden_at=None).values_list("pk", flat=True))
    assert found
    assert not found & hidden


def test_growing_gives_the_same_rows_as_seeding_at_once(bench_database):
    _seed(40)
    _seed(90)
    grown = _snapshot()
    call_command("seed_community_scale", questions=90, reset=True, **SMALL)
    assert _snapshot() == grown
    assert Question.objects.count() == 90


def test_reset_deletes_only_synthetic_rows(bench_database, people):
    """A real member's question survives a reset."""
    real = Question.objects.create(author=people["member"], title="A real question", body="Text")
    _seed(20)
    _seed(0, calls=0, reset=True)
    assert list(Question.objects.all()) == [real]
    assert not seeding.synthetic_calls().exists()


def test_it_refuses_a_database_not_named_for_benchmarks(monkeypatch):
    monkeypatch.setattr(seeding, "database_name", lambda: "ppi4cities")
    with pytest.raises(CommandError, match="bench"):
        _seed(10)
    assert not Question.objects.exists()


def test_it_refuses_production_settings(bench_database, settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        _seed(10)
    assert not Question.objects.exists()
