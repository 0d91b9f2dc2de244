"""Cached reads that stay correct: each cached family carries a generation number.

Writes bump the generation of what they change (`bump("organisations")`), which makes every
cached entry of that family unreachable at once, in every web process that shares the cache
(Redis in production). Entries also expire after a short time, which bounds staleness where
the cache is per process (local memory) or a write bypasses the services (the admin).
"""

import hashlib
import json
import time

from django.core.cache import cache
from django.db import transaction

DEFAULT_TIMEOUT = 60


def _generation_key(family: str) -> str:
    return f"generation:{family}"


def generation(family: str) -> int:
    value = cache.get(_generation_key(family))
    if value is None:
        # Start from the clock, not 1: after the cache is emptied, a process that keeps
        # entries of its own (keyed by generation) never mistakes a new start for an old one.
        cache.add(_generation_key(family), time.time_ns(), timeout=None)
        value = cache.get(_generation_key(family))
    return value


def bump(family: str) -> None:
    """Invalidate every cached entry of `family`."""
    try:
        cache.incr(_generation_key(family))
    except ValueError:
        cache.set(_generation_key(family), time.time_ns(), timeout=None)


def bump_now_and_on_commit(family: str) -> None:
    """Invalidate `family` at once (this transaction's own reads) and again once the
    transaction commits (what other processes may have cached from before the commit)."""
    bump(family)
    transaction.on_commit(lambda: bump(family))


def digest(parts) -> str:
    """A short stable key for a JSON-able combination of values."""
    encoded = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.sha1(encoded, usedforsecurity=False).hexdigest()


def cached(family: str, parts, compute, timeout: int = DEFAULT_TIMEOUT):
    """`compute()` once per generation of `family` and combination of `parts`."""
    key = f"{family}:{generation(family)}:{digest(parts)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
