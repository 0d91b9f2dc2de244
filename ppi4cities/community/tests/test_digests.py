"""Daily and weekly digests on a frozen clock: who is due, what one email holds, and that
nothing goes out twice or when there is nothing new."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from ppi4cities.community import services
from ppi4cities.community.models import Notification

from .conftest import notify

MONDAY = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def run_digests(now):
    call_command("send_notification_digests", now=now.isoformat(), verbosity=0)


def test_a_daily_digest_holds_every_new_notification_grouped_newest_first(people):
    """One email per person, grouped by kind, the newest first in each group."""
    services.notification_preferences_set(
        user=people["member"], frequencies={"round_invitation": "daily"}
    )
    notify(people["member"], badge="self-assessed", level="bronze", now=MONDAY - timedelta(hours=3))
    notify(people["member"], badge="improver", level="silver", now=MONDAY - timedelta(hours=2))
    notify(
        people["member"],
        kind="round_invitation",
        url="/assessment/",
        title="Spring review",
        inviter="Ona Admin",
        organisation="Panevėžys",
        now=MONDAY - timedelta(hours=1),
    )
    run_digests(MONDAY)
    [message] = mail.outbox
    assert message.to == [people["member"].email]
    assert message.subject == "[PPI4Cities] Your daily digest: 3 notifications"
    body = message.body
    assert body.index("Invitations to a self-assessment round") < body.index("Badges earned")
    assert body.index("“Improver”, level Silver") < body.index("“Self-assessed”, level Bronze")
    assert "List-Unsubscribe" in message.extra_headers
    assert not Notification.objects.filter(emailed_at=None).exists()


def test_nothing_is_sent_when_there_is_nothing_new(people):
    """Once emailed, a notification is not sent again; no new ones, no email."""
    run_digests(MONDAY)
    notify(people["member"], now=MONDAY - timedelta(hours=1))
    run_digests(MONDAY)
    mail.outbox.clear()
    run_digests(MONDAY + timedelta(days=2))
    assert mail.outbox == []


def test_the_next_daily_digest_waits_24_hours(people):
    """A notification an hour after a digest waits until 24 hours have passed."""
    notify(people["member"], now=MONDAY - timedelta(hours=1))
    run_digests(MONDAY)
    mail.outbox.clear()
    notify(people["member"], badge="improver", level="gold", now=MONDAY + timedelta(hours=1))
    run_digests(MONDAY + timedelta(hours=23))
    assert mail.outbox == []
    run_digests(MONDAY + timedelta(hours=24))
    [message] = mail.outbox
    assert "Improver" in message.body and "Self-assessed" not in message.body


def test_a_weekly_digest_waits_seven_days(people):
    """Weekly kinds go out at most once in seven days."""
    services.notification_preferences_set(
        user=people["member"], frequencies={"badge_earned": "weekly"}
    )
    notify(people["member"], now=MONDAY - timedelta(hours=1))
    run_digests(MONDAY)
    assert mail.outbox[0].subject == "[PPI4Cities] Your weekly digest: 1 notification"
    mail.outbox.clear()
    notify(people["member"], badge="improver", level="gold", now=MONDAY + timedelta(hours=1))
    run_digests(MONDAY + timedelta(days=6, hours=23))
    assert mail.outbox == []
    run_digests(MONDAY + timedelta(days=7))
    assert len(mail.outbox) == 1


def test_a_kind_set_to_never_is_left_out(people):
    """A kind turned to "never" is in no digest."""
    services.notification_preferences_set(
        user=people["member"], frequencies={"badge_earned": "never"}
    )
    notify(people["member"], now=MONDAY - timedelta(hours=1))
    run_digests(MONDAY)
    assert mail.outbox == []


def test_what_waited_while_a_kind_was_never_does_not_come_back_as_old_news(people):
    """Turned from "never" to weekly, a kind's notifications of the last eight days go out in
    the next digest; older ones stay out."""
    services.notification_preferences_set(
        user=people["member"], frequencies={"badge_earned": "never"}
    )
    notify(people["member"], badge="improver", level="gold", now=MONDAY - timedelta(days=30))
    notify(people["member"], badge="helpful", level="bronze", now=MONDAY - timedelta(days=2))
    services.notification_preferences_set(
        user=people["member"], frequencies={"badge_earned": "weekly"}
    )
    run_digests(MONDAY)
    [message] = mail.outbox
    assert "“Helpful”, level Bronze" in message.body
    assert "Improver" not in message.body


def test_immediate_kinds_and_notifications_from_the_future_are_left_out(people):
    """Only digest kinds created up to the moment of the run are in it."""
    notify(people["member"], kind="round_invitation", url="", title="T", now=MONDAY)
    notify(people["member"], now=MONDAY + timedelta(hours=1))
    run_digests(MONDAY)
    assert all("digest" not in message.subject for message in mail.outbox)


def test_each_person_gets_their_own_digest_in_their_language(people):
    """One email per person, written in their language."""
    people["other_member"].language = "lt"
    people["other_member"].save()
    notify(people["member"], now=MONDAY - timedelta(hours=1))
    notify(people["other_member"], url="/me/progress/", now=MONDAY - timedelta(hours=1))
    run_digests(MONDAY)
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {people["member"].email, people["other_member"].email}
    assert "/lt/me/progress/" in by_address[people["other_member"].email].body


def test_a_bad_now_is_refused(db):
    """The command says what is wrong with --now rather than crashing."""
    with pytest.raises(CommandError):
        call_command("send_notification_digests", now="yesterday", verbosity=0)
