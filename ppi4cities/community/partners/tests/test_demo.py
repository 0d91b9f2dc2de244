"""The demo partner calls: loaded once, marked demo, with an interest that opened a
conversation."""

import pytest
from django.core.management import call_command

from ppi4cities.community.partners.demo import CALLS, DEMO_MARK, load_partner_demo
from ppi4cities.community.partners.models import Interest, PartnerCall


@pytest.mark.django_db
def test_the_demo_calls_load_once_and_say_they_are_demo():
    call_command("load_demo", verbosity=0)
    calls = PartnerCall.objects.all()
    assert calls.count() == len(CALLS)
    assert all(call.is_demo and DEMO_MARK in call.description and call.is_open for call in calls)
    interest = Interest.objects.get()
    assert interest.conversation is not None
    assert load_partner_demo(verbosity=0) == 0
    assert PartnerCall.objects.count() == len(CALLS)
