"""Calls hidden and restored by the moderators, through the moderation services."""

import pytest
from django.urls import reverse

from conftest import client_for
from ppi4cities.community.models import Notification
from ppi4cities.community.partners import services
from ppi4cities.core import fulltext
from ppi4cities.moderation.reporting import REPORTABLES
from ppi4cities.moderation.services import content_hide, content_restore

pytestmark = pytest.mark.django_db


def found(query="lighting"):
    return fulltext.search(services.SEARCH_KIND, query).ids


def test_a_partner_call_is_reportable(people, call):
    reportable = REPORTABLES["partner_call"]
    assert reportable.author(call) == people["org_member"]
    assert reportable.url(call) == call.get_absolute_url()
    page = client_for(people["member"]).get(call.get_absolute_url()).content.decode()
    assert (
        reverse("moderation:report", kwargs={"kind": "partner_call", "object_id": call.pk}) in page
    )


def test_hiding_takes_the_call_out_of_search_and_notifications_and_restoring_brings_it_back(
    people, call
):
    services.interest_express(call=call, person=people["member"], message="Hello.")
    assert Notification.objects.filter(kind="call_interest").exists()
    content_hide(subject=call, actor=people["moderator"], reason="Advertising, not a call.")
    assert call.pk not in found()
    assert not Notification.objects.filter(kind="call_interest").exists()
    assert client_for(people["member"]).get(call.get_absolute_url()).status_code == 404
    api = client_for(None).get("/api/v1/partners/calls", {"q": "lighting"}).json()
    assert api["count"] == 0
    content_restore(subject=call, actor=people["moderator"], reason="The author explained it.")
    assert call.pk in found()
    assert client_for(people["member"]).get(call.get_absolute_url()).status_code == 200
