"""The sign-in rate limits as configured for `make run` and production: every account page
works under them, and `manage.py check` refuses limits that allauth cannot apply."""

import pytest
from django.core import mail
from django.core.cache import cache

from ppi4cities import settings as configured
from ppi4cities.accounts.checks import check_account_rate_limits

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"
NEW_PASSWORD = "another-Long-passphrase-2026"


@pytest.fixture
def configured_limits(settings):
    """The limits of ppi4cities/settings.py (the test settings turn them off), on a clean cache."""
    settings.ACCOUNT_RATE_LIMITS = configured.ACCOUNT_RATE_LIMITS
    cache.clear()
    yield configured.ACCOUNT_RATE_LIMITS
    cache.clear()


def test_the_configured_limits_leave_no_account_page_failing(client, people, configured_limits):
    """Sign in wrongly, then rightly, change the password and add an address; sign out, sign
    up and ask for a reset: each answers as it should, never with a server error."""
    assert all(configured_limits.values())
    email = "member@nowhere.example"
    wrong = client.post("/accounts/login/", {"login": email, "password": "no"})
    assert wrong.status_code == 400
    right = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert right.status_code == 302
    assert client.get("/me/").status_code == 200
    changed = client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert changed.status_code == 302
    added = client.post("/accounts/email/", {"action_add": "", "email": "maija@new.example"})
    assert added.status_code == 302
    client.post("/accounts/logout/")
    signed_up = client.post(
        "/accounts/signup/",
        {
            "email": "ona@panevezys.example",
            "full_name": "Ona Jonaitė",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert signed_up.status_code == 302
    reset = client.post("/accounts/password/reset/", {"email": "member@nowhere.example"})
    assert reset.status_code == 302
    assert any("password" in message.subject.lower() for message in mail.outbox)


def test_the_configured_limits_pass_the_system_check(configured_limits):
    assert check_account_rate_limits() == []


@pytest.mark.parametrize(
    ("action", "rate", "problem"),
    [
        ("login", "30/m/ip,10/5m/key", "cannot be limited per account"),
        ("signup", "5/m/key", "cannot be limited per account"),
        ("login_failed", "5/m/user", "happens signed out"),
        ("reset_password", "plenty", "is not amount/period"),
        ("login", "30/fortnight/ip", "is not amount/period"),
    ],
)
def test_limits_that_allauth_cannot_apply_fail_the_check(settings, action, rate, problem):
    settings.ACCOUNT_RATE_LIMITS = {**configured.ACCOUNT_RATE_LIMITS, action: rate}
    errors = check_account_rate_limits()
    assert [error.id for error in errors] == ["accounts.E001"]
    assert action in errors[0].msg and problem in errors[0].msg


def test_a_limit_the_check_refuses_would_fail_sign_in(client, people, settings):
    """The check guards a real failure: allauth cannot count sign-ins per account."""
    settings.ACCOUNT_RATE_LIMITS = {"login": "10/5m/key"}
    cache.clear()
    with pytest.raises(Exception, match="per key"):
        client.post("/accounts/login/", {"login": "member@nowhere.example", "password": PASSWORD})
