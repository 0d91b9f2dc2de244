"""Rate limits on posting: allowances per action and hour, stricter for new accounts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_person
from ppi4cities.core import ratelimit
from ppi4cities.core.ratelimit import LIMITS, Limit, RateLimited, check

pytestmark = pytest.mark.django_db

HOUR = ratelimit.WINDOW_SECONDS


@pytest.fixture
def limits_on(settings):
    settings.POSTING_RATE_LIMITS_ENABLED = True
    return settings


@pytest.fixture
def clock(monkeypatch):
    """A clock the test moves: the start of an hour window, then wherever it is set."""
    now = {"t": 1_000 * HOUR}
    monkeypatch.setattr(ratelimit.time, "time", lambda: now["t"])
    return now


def _old_person(email="old@city.example", **extra):
    person = make_person(email, **extra)
    person.date_joined = timezone.now() - timedelta(days=30)
    person.save(update_fields=["date_joined"])
    return person


def _attempts(user, action, times):
    for _ in range(times):
        check(user=user, action=action)


@pytest.mark.parametrize("action", sorted(LIMITS))
def test_each_action_allows_its_hourly_allowance_then_refuses(limits_on, clock, action):
    person = _old_person()
    _attempts(person, action, LIMITS[action].per_hour)
    with pytest.raises(RateLimited) as refused:
        check(user=person, action=action)
    assert refused.value.status_code == 429
    assert refused.value.action == action


@pytest.mark.parametrize("action", sorted(LIMITS))
def test_accounts_younger_than_a_day_get_the_stricter_allowance(limits_on, clock, action):
    newcomer = make_person("new@city.example")
    assert LIMITS[action].per_hour_new_account < LIMITS[action].per_hour
    _attempts(newcomer, action, LIMITS[action].per_hour_new_account)
    with pytest.raises(RateLimited):
        check(user=newcomer, action=action)


def test_the_message_says_when_to_try_again(limits_on, clock, settings):
    settings.POSTING_RATE_LIMITS = {"answer": Limit(1, 1)}
    person = _old_person()
    clock["t"] += HOUR - 10 * 60  # ten minutes before the window ends
    check(user=person, action="answer")
    with pytest.raises(RateLimited) as refused:
        check(user=person, action="answer")
    assert refused.value.retry_after == 600
    assert refused.value.message == (
        "You have done this too often for now. Please try again in 10 minutes."
    )


def test_the_allowance_comes_back_in_the_next_hour(limits_on, clock, settings):
    settings.POSTING_RATE_LIMITS = {"question": Limit(1, 1)}
    person = _old_person()
    check(user=person, action="question")
    with pytest.raises(RateLimited):
        check(user=person, action="question")
    clock["t"] += HOUR
    check(user=person, action="question")


def test_counts_are_per_person_and_per_action(limits_on, clock, settings):
    settings.POSTING_RATE_LIMITS = {"question": Limit(1, 1), "answer": Limit(1, 1)}
    first, second = _old_person(), _old_person("second@city.example")
    check(user=first, action="question")
    check(user=first, action="answer")
    check(user=second, action="question")
    with pytest.raises(RateLimited):
        check(user=first, action="question")


def test_nothing_is_limited_when_limits_are_off(settings, clock):
    settings.POSTING_RATE_LIMITS_ENABLED = False
    newcomer = make_person("new@city.example")
    _attempts(newcomer, "report", LIMITS["report"].per_hour * 3)


@pytest.mark.parametrize("flag", ["is_moderator", "is_staff"])
def test_moderators_and_staff_are_not_limited(limits_on, clock, flag):
    person = make_person("mod@city.example", **{flag: True})
    _attempts(person, "message", LIMITS["message"].per_hour * 2)


def test_an_unknown_action_is_a_programming_error(limits_on, clock):
    with pytest.raises(KeyError):
        check(user=_old_person(), action="dance")
