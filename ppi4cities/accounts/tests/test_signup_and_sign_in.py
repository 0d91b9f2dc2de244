"""Sign-up with email verification, sign-in, sign-out and password reset through the real pages."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from ppi4cities.accounts.models import User

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-Passphrase-2026"


def _link_in(message) -> str:
    return re.search(r"https?://[^\s]+", message.body).group(0)


def _signup(client, email="ona@panevezys.example", name="Ona Jonaitė"):
    return client.post(
        "/accounts/signup/",
        {"email": email, "full_name": name, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_signup_sends_a_verification_email_and_verification_signs_in(client):
    """A newcomer signs up, receives the verification link, follows it and is signed in."""
    response = _signup(client)
    assert response.status_code == 302
    user = User.objects.get(email="ona@panevezys.example")
    assert user.full_name == "Ona Jonaitė"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    link = _link_in(mail.outbox[0])
    path = link.split("127.0.0.1:8000", 1)[-1].split("testserver", 1)[-1]
    confirm_page = client.get(path)
    assert confirm_page.status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.get("/me/").status_code == 200


def test_signup_in_lithuanian_sends_the_email_in_lithuanian(client):
    """The verification email follows the language the person signed up in."""
    client.post(
        "/lt/accounts/signup/",
        {
            "email": "jonas@kaunas.example",
            "full_name": "Jonas",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert User.objects.get(email="jonas@kaunas.example").language == "lt"
    assert len(mail.outbox) == 1
    assert "Confirm" not in mail.outbox[0].subject


def test_unverified_person_cannot_sign_in(client):
    """Signing in before verifying the address only resends the verification mail."""
    _signup(client)
    client.logout()
    mail.outbox.clear()
    response = client.post(
        "/accounts/login/", {"login": "ona@panevezys.example", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/me/").status_code == 302
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "data, field",
    [
        ({"email": "", "full_name": "A", "password1": PASSWORD, "password2": PASSWORD}, "email"),
        (
            {
                "email": "not-an-email",
                "full_name": "A",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
            "email",
        ),
        (
            {"email": "a@b.example", "full_name": "", "password1": PASSWORD, "password2": PASSWORD},
            "full_name",
        ),
        (
            {
                "email": "a@b.example",
                "full_name": "x" * 121,
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
            "full_name",
        ),
        (
            {"email": "a@b.example", "full_name": "A", "password1": "short", "password2": "short"},
            "password1",
        ),
        (
            {
                "email": "a@b.example",
                "full_name": "A",
                "password1": PASSWORD,
                "password2": PASSWORD + "x",
            },
            "password2",
        ),
    ],
)
def test_signup_refuses_bad_input_with_a_message_beside_the_field(client, data, field):
    """Bad sign-up input answers 400 with the error next to the field and creates nobody."""
    response = client.post("/accounts/signup/", data)
    assert response.status_code == 400
    assert response.context["form"].errors.get(field)
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not User.objects.exists()


def test_signup_with_a_registered_address_creates_nothing_and_warns_the_owner(client):
    """A second sign-up with a known address (any letter case) makes no account and does not
    reveal that the address is registered; the owner is told by email instead."""
    _signup(client)
    client.logout()
    mail.outbox.clear()
    response = _signup(client, email="ONA@panevezys.example")
    assert response.status_code == 302
    assert User.objects.count() == 1
    assert [message.to for message in mail.outbox] == [["ona@panevezys.example"]]


def test_sign_in_and_sign_out(client, people):
    """A verified member signs in with email and password and signs out with the header button."""
    response = client.post(
        "/accounts/login/", {"login": "member@nowhere.example", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert client.get("/me/").status_code == 200
    page = client.get("/").content.decode()
    assert 'action="/accounts/logout/"' in page
    client.post("/accounts/logout/")
    assert client.get("/me/").status_code == 302


def test_wrong_password_is_refused_with_a_message(client, people):
    """A wrong password answers 400 with a message and no session."""
    response = client.post(
        "/accounts/login/", {"login": "member@nowhere.example", "password": "wrong-password"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors
    assert client.get("/me/").status_code == 302


def test_password_reset_sends_a_link_that_sets_a_new_password(client, people):
    """The reset email's link lets the person choose a new password and sign in with it."""
    response = client.post("/accounts/password/reset/", {"email": "member@nowhere.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    path = re.search(r"/accounts/password/reset/key/[^\s]+", mail.outbox[0].body).group(0)
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    new = "another-Long-passphrase-9"
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else path,
        {"password1": new, "password2": new},
    )
    assert response.status_code == 302
    assert User.objects.get(email="member@nowhere.example").check_password(new)


def test_change_password_page_works_for_a_signed_in_member(client, people):
    """A signed-in member changes their password after giving the current one."""
    client.force_login(people["member"])
    new = "brand-New-passphrase-77"
    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": "correct-horse-battery", "password1": new, "password2": new},
    )
    assert response.status_code == 302
    assert User.objects.get(pk=people["member"].pk).check_password(new)


def test_change_email_adds_an_address_to_verify(client, people):
    """A member adds a new address; it waits for verification before it counts."""
    client.force_login(people["member"])
    response = client.post("/accounts/email/", {"action_add": "", "email": "maija@new.example"})
    assert response.status_code == 302
    address = EmailAddress.objects.get(email="maija@new.example")
    assert not address.verified
    assert len(mail.outbox) == 1


@pytest.fixture
def fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def test_failed_sign_ins_lock_the_account_for_a_while(client, people, settings, fresh_cache):
    """After repeated wrong passwords even the right one is refused for a while."""
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/key"}
    for attempt in range(3):
        client.post(
            "/accounts/login/", {"login": "member@nowhere.example", "password": f"no-{attempt}"}
        )
    response = client.post(
        "/accounts/login/", {"login": "member@nowhere.example", "password": "correct-horse-battery"}
    )
    assert response.status_code == 400
    assert "too many" in str(response.context["form"].errors).lower()
    assert client.get("/me/").status_code == 302


@pytest.mark.parametrize(
    "url, data",
    [
        ("/accounts/login/", {"login": "x@y.example", "password": "whatever-123"}),
        (
            "/accounts/signup/",
            {"email": "x@y.example", "full_name": "X", "password1": "a", "password2": "b"},
        ),
        ("/accounts/password/reset/", {"email": "x@y.example"}),
    ],
)
def test_sign_in_sign_up_and_reset_are_rate_limited_per_address(
    client, settings, fresh_cache, url, data
):
    """Too many posts from one address answer 429."""
    settings.ACCOUNT_RATE_LIMITS = {
        "login": "2/m/ip",
        "signup": "2/m/ip",
        "reset_password": "2/m/ip",
    }
    responses = [client.post(url, data) for _ in range(4)]
    assert responses[-1].status_code == 429
    assert "Too many attempts" in responses[-1].content.decode()
