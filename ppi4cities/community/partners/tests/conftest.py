"""Helpers of the partner search tests: calls posted the real way, and signed-in clients."""

import datetime

import pytest
from django.utils import timezone

from ppi4cities.community.partners import services


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def make_call(author, organisation, **overrides):
    """A call posted through the service; `today` lets a test post one that has expired."""
    data = {
        "title": "Partners for an Interreg application on smart street lighting",
        "purpose": "eu-funding",
        "programme": "Interreg Baltic Sea Region",
        "call_name": "Fourth call",
        "description": "We look for two cities to **test** adaptive street lighting.",
        "language": "en",
        "deadline": in_days(30),
    }
    data.update(overrides.pop("data", {}))
    return services.partner_call_create(
        author=author,
        organisation=organisation,
        data=data,
        partner_kinds=overrides.pop("partner_kinds", ["municipality"]),
        countries=overrides.pop("countries", ["FI", "EE"]),
        themes=overrides.pop("themes", ["energy", "smart-city"]),
        expertise=overrides.pop("expertise", ["smart lighting"]),
        **overrides,
    )


def expire(call, days_ago: int = 1):
    """Move a call's deadline into the past, as time passing would."""
    call.deadline = timezone.localdate() - datetime.timedelta(days=days_ago)
    call.save(update_fields=["deadline"])
    return call


@pytest.fixture
def call(people):
    """An open call of `organisation` (Lithuanian municipality) by its member."""
    return make_call(people["org_member"], people["organisation"])
