"""Fixtures of the gamification tests."""

import pytest


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """A block whose awards, waiting for the commit, run at its end as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
