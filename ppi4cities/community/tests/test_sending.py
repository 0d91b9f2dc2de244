"""Sending a notification: the row, the unread count, the immediate email and its headers, and
the producers (badges, round invitations, moderation decisions)."""

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation

from ppi4cities.community import services
from ppi4cities.community.models import Frequency, Notification
from ppi4cities.community.selectors import notification_line
from ppi4cities.gamification.badges import BADGES, badge_earned
from ppi4cities.gamification.models import BadgeNotice

from .conftest import notify


def unread(user):
    user.refresh_from_db()
    return user.unread_notifications


def test_sending_stores_the_notification_and_counts_it_unread(people):
    """The recipient has one more unread notification, in the same transaction."""
    notification = notify(people["member"])
    assert Notification.objects.get() == notification
    assert notification.is_unread
    assert unread(people["member"]) == 1


def test_an_immediate_kind_is_emailed_after_commit_with_unsubscribe_headers(people, committed):
    """A round invitation leaves at once, with a one-click unsubscribe link and its headers."""
    with committed():
        notify(
            people["member"],
            kind="round_invitation",
            url="/assessment/",
            title="Spring review",
            organisation="Panevėžys",
            inviter="Ona Admin",
        )
    [message] = mail.outbox
    assert message.to == [people["member"].email]
    assert "Ona Admin invites you" in message.subject
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith(f"<{settings.SITE_URL}/notifications/unsubscribe/")
    assert unsubscribe[1:-1] in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Notification.objects.get().emailed_at is not None


def test_the_email_is_in_the_recipients_language(people, committed):
    """A person reading Lithuanian gets the Lithuanian address of the page."""
    people["member"].language = "lt"
    people["member"].save()
    with committed():
        notify(people["member"], kind="round_invitation", url="/assessment/", title="T")
    [message] = mail.outbox
    assert f"{settings.SITE_URL}/lt/assessment/" in message.body
    assert f"{settings.SITE_URL}/lt/notifications/unsubscribe/" in message.body


def test_a_digest_kind_is_not_emailed_at_once(people, committed):
    """Badges default to the daily digest: nothing leaves when the badge is earned."""
    with committed():
        notify(people["member"])
    assert mail.outbox == []


def test_a_kind_set_to_never_is_never_emailed(people, committed):
    """ "Never" stops the email; the notification still appears on the platform."""
    services.notification_preferences_set(
        user=people["member"], frequencies={"round_invitation": Frequency.NEVER}
    )
    with committed():
        notify(people["member"], kind="round_invitation", url="", title="T")
    assert mail.outbox == []
    assert unread(people["member"]) == 1


def test_nobody_without_a_verified_address_is_emailed(people, committed):
    """An unverified address may not be the person's: nothing is sent to it."""
    with committed():
        notify(people["unverified"], kind="round_invitation", url="", title="T")
    assert mail.outbox == []


def test_a_rolled_back_notification_sends_nothing_and_counts_nothing(people, committed):
    """A transaction that fails takes the notification, its count and its email with it."""
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        notify(people["member"], kind="round_invitation", url="", title="T")
        raise RuntimeError
    assert mail.outbox == [] and not Notification.objects.exists()
    assert unread(people["member"]) == 0


@pytest.mark.parametrize(
    ("kind", "url", "field"),
    [("no-such-kind", "/", "kind"), ("badge_earned", "https://evil.example/", "url")],
)
def test_bad_input_is_refused_with_the_field(people, kind, url, field):
    """An unknown kind or a link off the platform is refused and nothing is saved."""
    with pytest.raises(ValidationError) as refusal:
        services.notification_send(recipient=people["member"], kind=kind, data={}, url=url)
    assert field in refusal.value.message_dict
    assert not Notification.objects.exists()
    assert unread(people["member"]) == 0


def test_a_url_is_stored_without_the_language_prefix(people):
    """Each reader later follows the link in their own language."""
    with translation.override("lt"):
        notification = notify(people["member"], url="/lt/assessment/")
    assert notification.url == "/assessment/"


def test_earning_a_badge_notifies_once(people):
    """badge_earned records the notice and notifies the person, once per level."""
    badge = BADGES["self-assessed"]
    badge_earned(user=people["member"], badge=badge, level=badge.levels[0])
    badge_earned(user=people["member"], badge=badge, level=badge.levels[0])
    assert BadgeNotice.objects.filter(user=people["member"]).count() == 1
    [notification] = Notification.objects.filter(recipient=people["member"])
    assert notification.kind == "badge_earned"
    assert notification.url == "/me/progress/"
    assert notification_line(notification) == "You earned the badge “Self-assessed”, level Bronze."
