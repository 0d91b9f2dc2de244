"""How often a person may post, message or report: limits per hour, stricter for new accounts.

Counters live in the cache (shared by every web node when Redis is configured), one per
person, action and hour. `check` counts an attempt and refuses it once the hour's allowance is
spent; services call it before they write, so pages and the API share one rule.
"""

import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

WINDOW_SECONDS = 3600
# An account younger than this gets the stricter allowance.
NEW_ACCOUNT_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Limit:
    per_hour: int
    per_hour_new_account: int


# Actions and their allowances; `settings.POSTING_RATE_LIMITS` may override any of them.
LIMITS = {
    "question": Limit(10, 3),
    "answer": Limit(30, 5),
    "vote": Limit(200, 50),
    "message": Limit(120, 20),
    "conversation": Limit(20, 3),
    "partner_call": Limit(10, 2),
    "interest": Limit(30, 5),
    "report": Limit(30, 10),
    "expert_request": Limit(10, 2),
}


class RateLimited(Exception):
    """Too many attempts at one action this hour; `message` says when to try again."""

    status_code = 429

    def __init__(self, *, action: str, retry_after: int):
        self.action = action
        self.retry_after = retry_after
        minutes = max(1, round(retry_after / 60))
        self.message = ngettext(
            "You have done this too often for now. Please try again in %(minutes)d minute.",
            "You have done this too often for now. Please try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
        super().__init__(self.message)


def is_new_account(user) -> bool:
    return timezone.now() - user.date_joined < NEW_ACCOUNT_AGE


def allowance(*, user, action: str) -> int:
    """How many times `user` may do `action` in an hour."""
    if action not in LIMITS:
        raise KeyError(_("Unknown action %(action)s.") % {"action": action})
    limit = getattr(settings, "POSTING_RATE_LIMITS", {}).get(action, LIMITS[action])
    return limit.per_hour_new_account if is_new_account(user) else limit.per_hour


def check(*, user, action: str) -> None:
    """Count one attempt at `action` by `user`; raise RateLimited when the hour's allowance is
    spent. Moderators and staff are not limited; neither is anyone when limits are off."""
    if not getattr(settings, "POSTING_RATE_LIMITS_ENABLED", True):
        return
    if user.is_staff or getattr(user, "is_moderator", False):
        return
    now = time.time()
    window = int(now // WINDOW_SECONDS)
    key = f"ratelimit:{action}:{user.pk}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS + 60)
        count = 1
    if count > allowance(user=user, action=action):
        raise RateLimited(action=action, retry_after=int((window + 1) * WINDOW_SECONDS - now))
