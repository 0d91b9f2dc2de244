"""Tests of `manage.py seed_scale`, the synthetic data set behind the benchmark."""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import CommandError

from ppi4cities.accounts.management.commands.seed_scale import (
    synthetic_organisations,
    synthetic_users,
)
from ppi4cities.accounts.models import Membership, Organisation, Role, User
from ppi4cities.accounts.services import _organisation_search_text

pytestmark = pytest.mark.django_db


def seed(**options):
    call_command("seed_scale", stdout=StringIO(), **options)


def snapshot():
    """What a seeded data set looks like, independent of primary keys."""
    return [
        (
            o.name,
            o.slug,
            o.kind,
            o.size,
            str(o.country),
            o.city,
            o.latitude,
            o.longitude,
            o.description_en,
            o.search_text,
            sorted(t.code for t in o.themes.all()),
            sorted(t.name for t in o.expertise.all()),
            sorted((m.user.email, m.user.full_name, m.role) for m in o.memberships.all()),
        )
        for o in synthetic_organisations()
        .order_by("slug")
        .prefetch_related("themes", "expertise", "memberships__user")
    ]


def test_creates_organisations_with_members_and_search_text():
    """N organisations get M verified members each, a right member_count and search_text."""
    seed(organisations=6, members_per_organisation=3, seed=5)
    organisations = list(synthetic_organisations().prefetch_related("themes", "expertise"))
    assert len(organisations) == 6
    for organisation in organisations:
        memberships = Membership.objects.filter(organisation=organisation)
        assert organisation.member_count == memberships.count() == 3
        assert memberships.filter(role=Role.ADMIN).count() == 1
        assert organisation.created_by == memberships.get(role=Role.ADMIN).user
        assert organisation.name.startswith("Bench ") and not organisation.is_demo
        assert organisation.themes.exists() and organisation.expertise.exists()
        # Sorted in Python: PostgreSQL's collation may order "GovTech" differently.
        assert organisation.search_text == _organisation_search_text(
            organisation,
            sorted(organisation.themes.all(), key=lambda theme: theme.position),
            sorted(organisation.expertise.all(), key=lambda tag: tag.name),
        )
    users = synthetic_users()
    assert users.count() == 18
    assert not any(user.has_usable_password() for user in users)
    assert EmailAddress.objects.filter(user__in=users, verified=True, primary=True).count() == 18


def test_directory_search_finds_synthetic_organisations(client):
    """A word of their description finds them through the directory page's search."""
    seed(organisations=4, members_per_organisation=1, seed=2)
    organisation = synthetic_organisations().order_by("slug").first()
    response = client.get("/organisations/", {"q": "synthetic"})
    assert response.status_code == 200
    for name in synthetic_organisations().values_list("name", flat=True):
        assert name in response.content.decode()
    response = client.get("/organisations/", {"q": organisation.city})
    assert organisation.name in response.content.decode()


def test_same_seed_gives_same_data():
    """Re-seeding with the same seed reproduces the data set; another seed changes it."""
    seed(organisations=5, members_per_organisation=2, seed=11)
    first = snapshot()
    seed(organisations=5, members_per_organisation=2, seed=11, reset=True)
    assert snapshot() == first
    seed(organisations=5, members_per_organisation=2, seed=12, reset=True)
    assert snapshot() != first


def test_seeding_more_keeps_existing_rows():
    """Seeding a larger N adds only the missing organisations, as a one-go seed would."""
    seed(organisations=3, members_per_organisation=2, seed=4)
    kept = set(synthetic_organisations().values_list("pk", flat=True))
    seed(organisations=3, members_per_organisation=2, seed=4)
    assert set(synthetic_organisations().values_list("pk", flat=True)) == kept
    seed(organisations=7, members_per_organisation=2, seed=4)
    assert synthetic_organisations().count() == 7
    assert kept < set(synthetic_organisations().values_list("pk", flat=True))
    grown = snapshot()
    seed(organisations=7, members_per_organisation=2, seed=4, reset=True)
    assert snapshot() == grown


def test_reset_removes_only_synthetic_rows(people):
    """--reset deletes synthetic organisations and people, and nothing real."""
    real_organisations = set(Organisation.objects.values_list("pk", "member_count"))
    real_people = set(User.objects.values_list("pk", flat=True))
    seed(organisations=4, members_per_organisation=2, seed=1)
    assert Organisation.objects.count() == len(real_organisations) + 4
    seed(organisations=0, reset=True)
    assert set(Organisation.objects.values_list("pk", "member_count")) == real_organisations
    assert set(User.objects.values_list("pk", flat=True)) == real_people
    assert not synthetic_users().exists()


def test_refuses_to_run_in_production(settings):
    """With production settings the command refuses rather than pollute a real database."""
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        seed(organisations=1)
    assert not synthetic_organisations().exists()


def test_directory_facets_count_each_organisation_once():
    """On seeded data, facet counts with two themes chosen add up to the number listed."""
    from ppi4cities.accounts import selectors

    seed(organisations=60, members_per_organisation=1, seed=9)
    filters = selectors.DirectoryFilters(themes=["mobility", "energy"])
    listed = selectors.organisation_list(filters).count()
    facets = selectors.organisation_facets(filters)
    assert listed > 0
    assert sum(option["count"] for option in facets["kind"]) == listed
    assert sum(option["count"] for option in facets["country"]) == listed
