"""Signed one-click unsubscribe tokens: who is unsubscribing from which kind (or from all).

The signature is the authority, so the link works signed out and cannot be altered; it
expires after `NOTIFICATION_UNSUBSCRIBE_MAX_AGE_DAYS`.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing

SALT = "ppi4cities.community.unsubscribe"
ALL = "all"


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


def token_make(*, user, kind: str) -> str:
    return signing.dumps({"user": user.pk, "kind": kind}, salt=SALT, compress=True)


def token_read(token: str) -> tuple[int, str]:
    """The user id and kind a token holds; TokenExpired or TokenInvalid otherwise."""
    max_age = timedelta(days=settings.NOTIFICATION_UNSUBSCRIBE_MAX_AGE_DAYS)
    try:
        value = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as expired:
        raise TokenExpired from expired
    except signing.BadSignature as bad:
        raise TokenInvalid from bad
    if not isinstance(value, dict) or not isinstance(value.get("user"), int):
        raise TokenInvalid
    return value["user"], str(value.get("kind", ""))
