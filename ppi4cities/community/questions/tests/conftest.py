"""Helpers of the question tests: a signed-in client, questions and answers made the real way,
and hiding as the moderators do it."""

import pytest
from django.utils import timezone

from ppi4cities.community.questions import services
from ppi4cities.community.questions.models import Answer, Question


def ask(author, title="How long should a preliminary market consultation run?", **extra):
    extra.setdefault("body", "We plan a consultation under article 40 of Directive 2014/24/EU.")
    return services.question_ask(author=author, title=title, **extra)


def answer(author, question, body="Six to eight weeks worked for us."):
    return services.answer_post(author=author, question=question, body=body)


def hide(item):
    """Hide as the moderators do: the flag, then the capability's visibility hook."""
    item.hidden_at = timezone.now()
    item.save(update_fields=["hidden_at"])
    if isinstance(item, Question):
        services.question_visibility_changed(item)
    elif isinstance(item, Answer):
        services.answer_visibility_changed(item)
    return item


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (the notification tasks) of what happens in the block."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
