"""The honeypot on public forms: invisible to people, fatal to form-filling robots."""

import pytest
from allauth.account.models import EmailAddress
from django import forms
from django.urls import reverse

from ppi4cities.accounts.models import User
from ppi4cities.core.honeypot import FIELD_NAME, HoneypotMixin
from ppi4cities.moderation.models import Report

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "new.person@city.example",
    "password1": "a-long-Passphrase-42",
    "password2": "a-long-Passphrase-42",
    "full_name": "New Person",
}


class ContactForm(HoneypotMixin, forms.Form):
    message = forms.CharField()


def test_an_empty_trap_lets_the_form_through():
    assert ContactForm({"message": "Hello", FIELD_NAME: ""}).is_valid()


def test_a_filled_trap_refuses_the_whole_form():
    form = ContactForm({"message": "Hello", FIELD_NAME: "https://spam.example"})
    assert not form.is_valid()
    assert "looked as if a program had filled it in" in form.non_field_errors()[0]


def test_the_trap_is_hidden_from_everyone_and_out_of_reach():
    """Inside a `hidden` wrapper (not shown, not read out), skipped by Tab, no autofill."""
    html = str(ContactForm()[FIELD_NAME])
    assert html.startswith('<div class="honeypot" hidden>')
    assert 'tabindex="-1"' in html
    assert 'autocomplete="off"' in html
    assert ContactForm()[FIELD_NAME].is_hidden


def test_the_signup_form_carries_the_trap_hidden(client):
    page = client.get(reverse("account_signup")).content.decode()
    assert f'name="{FIELD_NAME}"' in page
    assert '<div class="honeypot" hidden>' in page


def test_a_robot_filling_the_signup_trap_gets_400_and_no_account(client):
    response = client.post(reverse("account_signup"), {**SIGNUP, FIELD_NAME: "http://x.example"})
    assert response.status_code == 400
    assert "looked as if a program had filled it in" in response.content.decode()
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


def test_a_person_signing_up_is_not_caught(client):
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
    assert EmailAddress.objects.filter(email=SIGNUP["email"]).exists()


def test_a_robot_filling_the_report_trap_gets_400_and_no_report(client, people):
    client.force_login(people["member"])
    url = reverse("moderation:report", args=["profile", people["other_member"].pk])
    assert f'name="{FIELD_NAME}"' in client.get(url).content.decode()
    response = client.post(url, {"reason": "spam", FIELD_NAME: "buy now"})
    assert response.status_code == 400
    assert "looked as if a program had filled it in" in response.content.decode()
    assert not Report.objects.exists()
