"""System checks of the sign-in settings: a rate limit that allauth cannot apply answers every
sign-in with a server error, so `manage.py check` refuses it before it is served."""

import re

from django.conf import settings
from django.core.checks import Error, register

# allauth limits these views as a whole, before it knows which account is meant: a rate per
# account ("/key") cannot be counted there. Per-account protection is "login_failed".
KEYLESS_ACTIONS = frozenset(
    {"login", "signup", "manage_email", "change_password", "reset_password_from_key"}
)
# These are used signed out: a rate per signed-in person ("/user") cannot be counted there.
ANONYMOUS_ACTIONS = frozenset(
    {
        "login",
        "login_failed",
        "signup",
        "reset_password",
        "reset_password_email",
        "reset_password_from_key",
        "confirm_email",
    }
)
RATE = re.compile(r"^(?P<amount>\d+)/(?P<duration>\d*(?:\.\d+)?[smhd])(?:/(?P<per>ip|user|key))?$")


def rate_problems(action: str, value) -> list[str]:
    """What is wrong with one action's configured rates ("30/m/ip,5/5m/key"), if anything."""
    if not value:
        return []
    problems = []
    for rate in str(value).split(","):
        match = RATE.match(rate.strip())
        if match is None:
            problems.append(f"{rate.strip()!r} is not amount/period[/ip|user|key]")
            continue
        per = match["per"] or "ip"
        if per == "key" and action in KEYLESS_ACTIONS:
            problems.append(f"{rate.strip()!r}: {action} cannot be limited per account")
        if per == "user" and action in ANONYMOUS_ACTIONS:
            problems.append(f"{rate.strip()!r}: {action} happens signed out")
    return problems


@register("security")
def check_account_rate_limits(app_configs=None, **kwargs):
    limits = getattr(settings, "ACCOUNT_RATE_LIMITS", None) or {}
    return [
        Error(
            f"ACCOUNT_RATE_LIMITS[{action!r}]: {problem}.",
            hint="Limit sign-in per address (ip) and failed sign-ins per account "
            "(login_failed, /key); see the settings table in the README.",
            id="accounts.E001",
        )
        for action, value in limits.items()
        for problem in rate_problems(action, value)
    ]
