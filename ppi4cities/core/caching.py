"""Cached reads that stay correct: each cached family carries a generation number.

Writes bump the generation of what they change (`bump("organisations")`), which makes every
cached entry of that family unreachable at once, in every web process that shares the cache
(Redis in production). Entries also expire after a short time, which bounds staleness where
the cache is per process (local memory) or a write bypasses the services (the admin).
"""

import hashlib
import json

from django.core.cache import cache

DEFAULT_TIMEOUT = 60


def _generation_key(family: str) -> str:
    return f"generation:{family}"


def generation(family: str) -> int:
    value = cache.get(_generation_key(family))
    if value is None:
        value = 1
        cache.add(_generation_key(family), value, timeout=None)
    return value


def bump(family: str) -> None:
    """Invalidate every cached entry of `family`."""
    try:
        cache.incr(_generation_key(family))
    except ValueError:
        cache.set(_generation_key(family), 2, timeout=None)


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
