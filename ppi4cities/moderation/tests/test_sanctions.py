"""Suspended and blocked members may read but not post; the check is one query."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from ppi4cities.moderation import services
from ppi4cities.moderation.models import Sanction
from ppi4cities.moderation.sanctions import ensure_may_post

pytestmark = pytest.mark.django_db


def test_a_member_in_good_standing_may_post(people, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        ensure_may_post(people["member"])


def test_a_warning_does_not_stop_posting(people):
    services.member_warn(user=people["member"], actor=people["moderator"], reason="Careful.")
    ensure_may_post(people["member"])


def test_a_suspended_member_is_told_until_when_and_why(people, django_assert_max_num_queries):
    services.member_suspend(
        user=people["member"], actor=people["moderator"], reason="Adverts.", days=2
    )
    with django_assert_max_num_queries(1), pytest.raises(PermissionDenied) as refused:
        ensure_may_post(people["member"])
    assert str(refused.value).startswith("Your account is suspended until ")
    assert str(refused.value).endswith(": Adverts.")


def test_a_suspension_ends_by_itself(people):
    services.member_suspend(
        user=people["member"], actor=people["moderator"], reason="Adverts.", days=1
    )
    Sanction.objects.update(until=timezone.now() - timedelta(minutes=1))
    ensure_may_post(people["member"])


def test_ending_a_suspension_early_lets_the_member_post(people):
    services.member_suspend(
        user=people["member"], actor=people["moderator"], reason="Adverts.", days=5
    )
    services.member_unblock(user=people["member"], actor=people["moderator"], reason="Sorted.")
    ensure_may_post(people["member"])


def test_a_blocked_member_is_told_why(people):
    services.member_block(user=people["member"], actor=people["moderator"], reason="Spam bot.")
    people["member"].refresh_from_db()
    with pytest.raises(PermissionDenied, match="Your account is blocked: Spam bot."):
        ensure_may_post(people["member"])


def test_a_suspended_member_cannot_ask_a_question(people, ask):
    """The posting services of the platform ask here first."""
    services.member_suspend(
        user=people["member"], actor=people["moderator"], reason="Adverts.", days=2
    )
    with pytest.raises(PermissionDenied, match="suspended"):
        ask(people["member"])


def test_signed_out_visitors_are_asked_to_sign_in(people):
    with pytest.raises(PermissionDenied, match="Sign in to post."):
        ensure_may_post(AnonymousUser())
