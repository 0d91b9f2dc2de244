"""Settings for the test suite: the real settings, with fast hashing and captured email."""

import os
from pathlib import Path

os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")

from ppi4cities.settings import *  # noqa: E402,F403
from ppi4cities.settings import ACCOUNT_RATE_LIMITS, DATABASES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests that check rate limits turn them back on for themselves.
ACCOUNT_RATE_LIMITS = dict.fromkeys(ACCOUNT_RATE_LIMITS, False)
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file beside the configured database, so that separate runs never share one.
    _name = Path(DATABASES["default"]["NAME"])
    DATABASES["default"]["TEST"] = {"NAME": str(_name.with_name(f"test-{_name.name}"))}
# Tests create many posts from brand-new accounts; tests of the posting limits turn them on.
POSTING_RATE_LIMITS_ENABLED = False
