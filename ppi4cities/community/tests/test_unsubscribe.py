"""The one-click unsubscribe link: valid, forged, expired, and someone else's kind."""

import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.test import Client

from conftest import client_for
from ppi4cities.community import selectors, unsubscribe

from .conftest import notify


def link(user, kind="round_invitation"):
    return f"/notifications/unsubscribe/{unsubscribe.token_make(user=user, kind=kind)}/"


def test_the_link_shows_one_button_and_works_signed_out(people):
    """Opening it changes nothing; the button (a POST with no CSRF token) unsubscribes."""
    url = link(people["member"])
    page = Client().get(url)
    assert page.status_code == 200
    assert "Stop the emails about: Invitations to a self-assessment round?" in page.content.decode()
    assert selectors.notification_frequencies(user=people["member"])["round_invitation"] == (
        "immediately"
    )
    done = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert "You will no longer get emails about" in done.content.decode()
    frequencies = selectors.notification_frequencies(user=people["member"])
    assert frequencies["round_invitation"] == "never"
    assert frequencies["moderation_decision"] == "immediately"


def test_the_link_in_an_email_unsubscribes_from_its_kind(people, committed, settings):
    """The List-Unsubscribe address, posted as a mail client does, stops that kind."""
    with committed():
        notify(people["member"], kind="round_invitation", url="", title="T")
    address = mail.outbox[0].extra_headers["List-Unsubscribe"][1:-1]
    Client().post(address.removeprefix(settings.SITE_URL))
    assert selectors.notification_frequencies(user=people["member"])["round_invitation"] == (
        "never"
    )


def test_the_digest_link_unsubscribes_from_everything(people):
    """A digest mixes kinds, so its link stops every kind."""
    Client().post(link(people["member"], kind=unsubscribe.ALL))
    assert set(selectors.notification_frequencies(user=people["member"]).values()) == {"never"}


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: "x" + token,
        lambda token: "not-a-token",
    ],
)
def test_a_forged_or_altered_link_is_refused(people, tamper):
    """Any change to the token breaks its signature: 400, "not valid", nothing changed."""
    token = unsubscribe.token_make(user=people["member"], kind="round_invitation")
    response = Client().post(f"/notifications/unsubscribe/{tamper(token)}/")
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    assert selectors.notification_frequencies(user=people["member"])["round_invitation"] == (
        "immediately"
    )


def test_a_token_signed_for_another_purpose_is_refused(people):
    """The salt is the unsubscribe link's own: a value signed elsewhere does not pass."""
    token = signing.dumps({"user": people["member"].pk, "kind": "all"})
    assert Client().post(f"/notifications/unsubscribe/{token}/").status_code == 400


def test_an_expired_link_says_so_and_points_to_the_settings(people, settings):
    url = link(people["member"])
    """Past NOTIFICATION_UNSUBSCRIBE_MAX_AGE_DAYS the link is refused, saying why."""
    settings.NOTIFICATION_UNSUBSCRIBE_MAX_AGE_DAYS = 60
    with mock.patch("time.time", return_value=time.time() + 61 * 86400):
        response = Client().post(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "This link has expired" in page and "/notifications/settings/" in page
    assert selectors.notification_frequencies(user=people["member"])["round_invitation"] == (
        "immediately"
    )


def test_a_link_changes_only_its_owners_settings(people):
    """Whoever opens someone's link, even signed in as someone else, changes the owner's only."""
    client_for(people["other_member"]).post(link(people["member"]))
    assert selectors.notification_frequencies(user=people["member"])["round_invitation"] == (
        "never"
    )
    assert selectors.notification_frequencies(user=people["other_member"])["round_invitation"] == (
        "immediately"
    )


def test_a_link_for_an_unknown_kind_is_refused(people):
    """A kind retired since the email was sent cannot be unsubscribed from: 400."""
    response = Client().post(link(people["member"], kind="no-such-kind"))
    assert response.status_code == 400
    assert set(selectors.notification_frequencies(user=people["member"]).values()) != {"never"}
