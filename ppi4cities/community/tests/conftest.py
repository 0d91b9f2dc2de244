"""Helpers of the notification tests: a signed-in client and a notification made the real way."""

import pytest

from ppi4cities.community import services


def notify(user, *, kind="badge_earned", url="/me/progress/", now=None, **data):
    """A notification sent through the service, as the producers send them."""
    data = data or {"badge": "self-assessed", "level": "bronze"}
    return services.notification_send(recipient=user, kind=kind, data=data, url=url, now=now)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (the email tasks) of what happens inside the block."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
