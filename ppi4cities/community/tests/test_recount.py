"""Repairing the unread count: the service and `manage.py recount_notifications`."""

from django.contrib.auth import get_user_model
from django.core.management import call_command

from ppi4cities.community import services

from .conftest import notify


def test_a_drifted_count_is_put_right(people):
    """A count that no longer matches the notifications is set from them again."""
    for _ in range(3):
        notify(people["member"])
    notify(people["other_member"])
    get_user_model().objects.filter(pk=people["member"].pk).update(unread_notifications=9)
    get_user_model().objects.filter(pk=people["staff"].pk).update(unread_notifications=2)
    call_command("recount_notifications", verbosity=0)
    counts = dict(get_user_model().objects.values_list("email", "unread_notifications"))
    assert counts[people["member"].email] == 3
    assert counts[people["other_member"].email] == 1
    assert counts[people["staff"].email] == 0


def test_one_persons_count_is_repaired_alone(people):
    notify(people["member"])
    get_user_model().objects.update(unread_notifications=5)
    assert services.notifications_recount(user=people["member"]) == 1
    people["member"].refresh_from_db()
    people["staff"].refresh_from_db()
    assert (people["member"].unread_notifications, people["staff"].unread_notifications) == (1, 5)


def test_opening_with_a_count_too_low_recounts_rather_than_going_negative(people):
    notification = notify(people["member"])
    notify(people["member"])
    get_user_model().objects.filter(pk=people["member"].pk).update(unread_notifications=0)
    services.notification_read(user=people["member"], notification=notification)
    people["member"].refresh_from_db()
    assert people["member"].unread_notifications == 1
