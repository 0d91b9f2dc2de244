"""Tests of `manage.py load_demo`: what it loads, that it is idempotent, safe and quick."""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count

from ppi4cities.accounts.management.commands.load_demo import (
    DEMO_DOMAIN,
    DEMO_MARKS,
    ORGANISATIONS,
    PEOPLE,
)
from ppi4cities.accounts.models import (
    BUSINESS_KINDS,
    Membership,
    Organisation,
    OrganisationKind,
    Role,
    User,
)
from ppi4cities.core.models import Tag


def _run(verbosity=1) -> str:
    out = StringIO()
    call_command("load_demo", verbosity=verbosity, stdout=out)
    return out.getvalue()


def _row_counts() -> dict:
    return {
        "organisations": Organisation.objects.count(),
        "people": User.objects.count(),
        "memberships": Membership.objects.count(),
        "emails": EmailAddress.objects.count(),
        "tags": Tag.objects.count(),
        "admins": Membership.objects.filter(role=Role.ADMIN).count(),
    }


@pytest.mark.django_db
def test_loads_about_thirty_demo_organisations_of_every_kind(demo_content):
    """An empty database gets ~30 demo organisations covering every kind, placed in the region."""
    organisations = list(Organisation.objects.all())
    assert 28 <= len(organisations) <= 40
    assert {o.kind for o in organisations} == set(OrganisationKind.values)
    for organisation in organisations:
        assert organisation.is_demo
        assert 53 <= organisation.latitude <= 66, organisation.slug
        assert 8 <= organisation.longitude <= 30, organisation.slug
        assert organisation.themes.exists(), organisation.slug
        assert organisation.memberships.filter(role=Role.ADMIN).exists(), organisation.slug
        assert organisation.member_count == organisation.memberships.count()
        assert bool(organisation.size) == (organisation.kind in BUSINESS_KINDS)
        if organisation.is_business:
            assert "(demo)" in organisation.name
    sizes = set(Organisation.objects.exclude(size="").values_list("size", flat=True))
    assert sizes == {"micro", "small", "medium", "large"}


@pytest.mark.django_db
def test_every_description_carries_the_demo_mark(demo_content):
    """Each description, in English and in any local language, says it is demo content."""
    for organisation in Organisation.objects.all():
        assert organisation.description_en.endswith(DEMO_MARKS["en"]), organisation.slug
        for code, mark in DEMO_MARKS.items():
            text = getattr(organisation, f"description_{code}") or ""
            assert not text or text.endswith(mark), (organisation.slug, code)
    local = Organisation.objects.exclude(original_language="en")
    assert local.count() >= 5
    assert Organisation.objects.filter(original_language="en").count() >= 5


@pytest.mark.django_db
def test_local_original_keeps_its_english_translation(demo_content):
    """An organisation written in Lithuanian keeps both its Lithuanian and English texts."""
    centre = Organisation.objects.get(slug="lithuanian-innovation-centre")
    assert centre.original_language == "lt"
    assert centre.description_lt.startswith("Lietuvos inovacijų centras")
    assert centre.description_lt.endswith(DEMO_MARKS["lt"])
    assert centre.description_en.startswith("The Lithuanian Innovation Centre")
    assert not centre.description_de


@pytest.mark.django_db
def test_demo_people_fill_every_role(demo_content):
    """Staff, moderator, admins, plain members and a member of no organisation all exist."""
    people = User.objects.annotate(n=Count("memberships"))
    assert people.count() == len(PEOPLE)
    assert all(person.is_demo and person.email.endswith(f"@{DEMO_DOMAIN}") for person in people)
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == len(PEOPLE)
    staff = User.objects.get(email=f"staff@{DEMO_DOMAIN}")
    assert staff.is_staff and staff.is_superuser
    assert User.objects.get(email=f"moderator@{DEMO_DOMAIN}").is_moderator
    assert people.filter(n=0, is_staff=False).exists()
    assert people.filter(n__gte=3, memberships__role=Role.MEMBER).exists()
    assert {p.visibility for p in people} == {"public", "members"}
    vilnius = Organisation.objects.get(slug="vilnius-city-municipality")
    assert vilnius.memberships.filter(role=Role.ADMIN).count() == 2
    assert vilnius.memberships.filter(role=Role.MEMBER).count() >= 2


@pytest.mark.django_db
def test_second_run_changes_nothing_and_is_cheap(demo_content, django_assert_max_num_queries):
    """Running again keeps every count, reports nothing created, and only reads a few queries
    (a handful per capability whose demo content it loads, however much content there is)."""
    before = _row_counts()
    with django_assert_max_num_queries(30):
        output = _run()
    assert _row_counts() == before
    assert f"Demo organisations: 0 created, {len(ORGANISATIONS)} unchanged" in output
    assert f"Demo people: 0 created, {len(PEOPLE)} unchanged" in output


@pytest.mark.django_db
def test_demo_accounts_sign_in_through_the_login_page(demo_content, client, settings):
    """The demo accounts in the printed table sign in with the demo password."""
    for person in [p for p in PEOPLE if p.sign_in_role]:
        response = client.post(
            "/accounts/login/",
            {"login": person.email, "password": settings.DEMO_ACCOUNTS_PASSWORD},
        )
        assert response.status_code == 302, person.email
        user = User.objects.get(email=person.email)
        assert client.session["_auth_user_id"] == str(user.pk)
        client.logout()


@pytest.mark.django_db
def test_refuses_to_run_in_production(settings):
    """With PRODUCTION on, the command stops with a clear message and writes nothing."""
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        _run()
    assert not Organisation.objects.exists()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_leaves_non_demo_organisations_untouched(people):
    """Real profiles that hold a demo slug keep every column and member; the rest still loads."""
    real = [people["organisation"], people["other_organisation"]]
    assert {o.slug for o in real} <= {spec.slug for spec in ORGANISATIONS}

    def snapshot():
        rows = Organisation.objects.rewrite(False).filter(pk__in=[o.pk for o in real])
        return (
            list(rows.order_by("pk").values()),
            sorted(Membership.objects.filter(organisation__in=real).values_list("pk", "role")),
        )

    before = snapshot()
    output = _run()
    assert snapshot() == before
    assert "panevezys-city-municipality" in output
    assert Organisation.objects.filter(is_demo=True).count() == len(ORGANISATIONS) - 2
    assert not Organisation.objects.filter(pk__in=[o.pk for o in real], is_demo=True).exists()


@pytest.mark.django_db
def test_keeps_what_people_changed_in_demo_rows(demo_content):
    """Edits made on the site to demo rows survive the next run, which only adds what is missing."""
    vilnius = Organisation.objects.get(slug="vilnius-city-municipality")
    Organisation.objects.filter(pk=vilnius.pk).update(city="Elsewhere")
    User.objects.filter(email=f"ola.nordmann@{DEMO_DOMAIN}").update(job_title="Edited")
    removed = Membership.objects.filter(organisation=vilnius, user__email__startswith="paulius.")
    removed.delete()
    Organisation.objects.filter(slug="city-of-tampere").delete()
    output = _run()
    vilnius.refresh_from_db()
    assert vilnius.city == "Elsewhere"
    assert User.objects.get(email=f"ola.nordmann@{DEMO_DOMAIN}").job_title == "Edited"
    assert not vilnius.memberships.filter(user__email__startswith="paulius.").exists()
    assert Organisation.objects.filter(slug="city-of-tampere", is_demo=True).exists()
    assert "Demo organisations: 1 created" in output


@pytest.mark.django_db
def test_prints_the_sign_in_table_only_when_asked(settings):
    """Verbosity 1 prints the accounts and the password; verbosity 0 prints nothing."""
    loud = _run(verbosity=1)
    assert f"staff@{DEMO_DOMAIN}" in loud and "Moderator" in loud
    assert settings.DEMO_ACCOUNTS_PASSWORD in loud
    assert "Demo organisations:" in loud
    assert _run(verbosity=0) == ""
