"""Demo partner calls, so that partner search shows something on a development database.

Every call is marked demo and says so in its text; none invents quotes, figures or real calls
of a programme. A call is keyed by its organisation and title, so a second run adds nothing.
Deadlines are counted from the day of loading.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from ppi4cities.accounts.demo import demo_person
from ppi4cities.accounts.models import Organisation

from . import services
from .models import PartnerCall

DEMO_MARK = "(Demo partner call on the PPI4Cities platform.)"


@dataclass(frozen=True)
class DemoCall:
    organisation: str  # slug of a demo organisation
    author: str  # handle of one of its demo members
    title: str
    purpose: str
    description: str
    days_open: int
    programme: str = ""
    partner_kinds: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    expertise: tuple[str, ...] = ()
    # (handle, message) of demo members who expressed interest
    interests: tuple[tuple[str, str], ...] = ()


CALLS = [
    DemoCall(
        "lithuanian-innovation-centre",
        "rasa.pavyzdyte",
        "Partners for an Interreg Baltic Sea Region application on digital public services",
        "eu-funding",
        (
            "We are preparing an application to Interreg Baltic Sea Region on buying digital "
            "public services through innovation procurement. We look for a Finnish and an "
            "Estonian municipality that would run a market dialogue and a small pilot within "
            "the project, and share what they learn with the other partners."
        ),
        days_open=45,
        programme="Interreg Baltic Sea Region",
        partner_kinds=("municipality",),
        countries=("FI", "EE"),
        themes=("digital", "smart-city"),
        expertise=("market dialogue", "innovation procurement"),
        interests=(
            (
                "ola.nordmann",
                "I advise municipalities on innovation procurement and would like to hear "
                "more about the work packages. (Demo message.)",
            ),
        ),
    ),
    DemoCall(
        "vilnius-city-municipality",
        "jonas.pavyzdys",
        "Joint procurement of electric buses",
        "joint-procurement",
        (
            "Vilnius is considering a joint procurement of electric buses with other cities "
            "of the region, to share the preparation of the specifications and the market "
            "consultation. We look for municipalities and public transport authorities in "
            "Lithuania and Latvia."
        ),
        days_open=60,
        partner_kinds=("municipality", "public-authority"),
        countries=("LT", "LV"),
        themes=("mobility", "environment"),
        expertise=("joint procurement", "e-mobility"),
    ),
    DemoCall(
        "city-of-tampere",
        "aino.esimerkki",
        "Cities for a CityLab on school meal logistics",
        "citylab",
        (
            "Tampere will run a CityLab on how schools order and receive meals. We look for "
            "two or three cities with a similar challenge, and for researchers who would "
            "document the CityLab's method."
        ),
        days_open=30,
        partner_kinds=("municipality", "research"),
        themes=("social", "education"),
        expertise=("CityLab", "co-creation"),
    ),
    DemoCall(
        "tartu-city-government",
        "kadri.naidis",
        "Companies to pilot-test mobility data tools",
        "pilot-testing",
        (
            "Tartu offers its streets and open mobility data for the pilot testing of journey "
            "planning and traffic data tools. We look for companies and start-ups from any "
            "country of the region."
        ),
        days_open=21,
        partner_kinds=("company", "startup"),
        themes=("mobility", "digital"),
        expertise=("mobility data", "open data"),
    ),
]


def load_partner_demo(stdout=None, verbosity=1) -> int:
    """Add the demo calls that are missing; return how many were added."""

    def say(message):
        if stdout is not None and verbosity >= 1:
            stdout.write(message)

    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured("The partner search demo refuses to load in production.")
    organisations = Organisation.objects.filter(is_demo=True).in_bulk(
        [spec.organisation for spec in CALLS], field_name="slug"
    )
    added = 0
    # Each demo person posts at most one call and one interest: within the hourly limits of
    # a new account, which demo accounts are on a fresh database.
    with transaction.atomic():
        for spec in CALLS:
            organisation, author = organisations.get(spec.organisation), demo_person(spec.author)
            if organisation is None or author is None:
                continue
            if PartnerCall.objects.filter(organisation=organisation, title=spec.title).exists():
                continue
            call = services.partner_call_create(
                author=author,
                organisation=organisation,
                data={
                    "title": spec.title,
                    "purpose": spec.purpose,
                    "programme": spec.programme,
                    "description": f"{spec.description}\n\n{DEMO_MARK}",
                    "language": "en",
                    "deadline": timezone.localdate() + datetime.timedelta(days=spec.days_open),
                },
                partner_kinds=spec.partner_kinds,
                countries=spec.countries,
                themes=spec.themes,
                expertise=spec.expertise,
                is_demo=True,
            )
            for handle, message in spec.interests:
                person = demo_person(handle)
                if person is not None:
                    services.interest_express(call=call, person=person, message=message)
            added += 1
    say(f"Demo partner calls: {added} created" if added else "Demo partner calls: already there")
    return added
