"""Fixtures shared by every test: people in each role, and organisations to act on."""

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from ppi4cities.accounts import services
from ppi4cities.accounts.models import Role, User
from ppi4cities.core.models import Theme


def make_person(email, name="Test Person", verified=True, **extra):
    """A person created the way sign-up creates one, with a verified address by default."""
    user = User.objects.create_user(
        email=email, password="correct-horse-battery", full_name=name, **extra
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def client_for(user=None):
    """A test client signed in as `user` (None: an anonymous visitor)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def make_organisation(creator, name="Panevėžys City Municipality", **overrides):
    data = {
        "name": name,
        "kind": "municipality",
        "size": "",
        "country": "LT",
        "city": "Panevėžys",
        "nuts3": "LT025",
        "latitude": 55.7333,
        "longitude": 24.35,
        "website": "https://www.panevezys.lt",
        "original_language": "en",
    }
    data.update(overrides.pop("data", {}))
    return services.organisation_create(
        creator=creator,
        data=data,
        descriptions=overrides.pop("descriptions", {"en": "A city in northern Lithuania."}),
        themes=overrides.pop("themes", Theme.objects.filter(code__in=["mobility", "digital"])),
        expertise=overrides.pop("expertise", ["smart lighting"]),
    )


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request to a /de/ page leaves German active
    in the thread that served it, which the next test would otherwise inherit."""
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache, as its database starts empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def people(db):
    """One person per role, and the organisations that give them those roles.

    org_admin administers `organisation`; org_member belongs to it; other_member belongs to
    `other_organisation`; member belongs to none; moderator and staff have those flags.
    """
    org_admin = make_person("admin@city.example", "Ona Admin")
    org_member = make_person("member@city.example", "Petras Member")
    other_member = make_person("someone@other.example", "Kari Other")
    member = make_person("member@nowhere.example", "Maija Member")
    moderator = make_person("moderator@ppi4cities.example", "Mona Moderator", is_moderator=True)
    staff = make_person("staff@ppi4cities.example", "Stan Staff", is_staff=True)
    unverified = make_person("new@nowhere.example", "Una Unverified", verified=False)
    organisation = make_organisation(org_admin)
    services._add_member(organisation, org_member, Role.MEMBER)
    other_organisation = make_organisation(
        other_member,
        name="Tartu City Government",
        data={"country": "EE", "city": "Tartu", "nuts3": "EE008"},
    )
    return {
        "anonymous": None,
        "unverified": unverified,
        "member": member,
        "org_member": org_member,
        "other_member": other_member,
        "org_admin": org_admin,
        "moderator": moderator,
        "staff": staff,
        "organisation": organisation,
        "other_organisation": other_organisation,
    }


@pytest.fixture
def demo_content(db):
    call_command("load_demo", verbosity=0)
