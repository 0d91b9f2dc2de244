"""Reported things to act on: a question (hideable content) and the people who write."""

import pytest

from ppi4cities.community.questions import services as questions


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the block commits, as a real transaction would once it ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def ask():
    """Ask a question the way members do, through the questions service."""

    def ask(author, title="How do we run a market consultation?"):
        return questions.question_ask(
            author=author,
            title=title,
            body="We plan one for **smart lighting**; see https://example.org/notice.",
        )

    return ask


@pytest.fixture
def question(people, ask):
    return ask(people["org_member"])
