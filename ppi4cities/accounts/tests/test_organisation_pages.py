"""Creating, editing and reading organisation profiles through the pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import make_organisation, make_person
from ppi4cities.accounts.models import Membership, Organisation, Role
from ppi4cities.core.models import Theme

from .images import fake_image_upload, oversized_upload, png_upload

pytestmark = pytest.mark.django_db


def _valid_form(**changes):
    data = {
        "name": "Tampere City",
        "kind": "municipality",
        "size": "",
        "country": "FI",
        "city": "Tampere",
        "nuts3": "FI197",
        "latitude": "61.4978",
        "longitude": "23.761",
        "website": "https://www.tampere.fi",
        "original_language": "fi",
        "description_en": "A city in the Pirkanmaa region.",
        "description_fi": "Kaupunki Pirkanmaalla.",
        "themes": [str(Theme.objects.get(code="mobility").pk)],
        "expertise": "autonomous buses, smart lighting",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_a_verified_member_creates_an_organisation_and_becomes_its_admin(client, people):
    """The creator lands on the new public page and administers the organisation."""
    client.force_login(people["member"])
    response = client.post("/organisations/new/", _valid_form(logo=png_upload()))
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Tampere City")
    assert response["Location"] == f"/organisations/{organisation.slug}/"
    assert Membership.objects.get(organisation=organisation).role == Role.ADMIN
    assert organisation.member_count == 1
    assert organisation.logo.name.startswith("logos/logo-")
    assert sorted(t.name for t in organisation.expertise.all()) == [
        "autonomous buses",
        "smart lighting",
    ]
    page = client.get(response["Location"]).content.decode()
    assert "Tampere City" in page and "Sustainable mobility" in page


def test_an_unverified_person_cannot_create_an_organisation(client, people):
    """Creating needs a verified email address."""
    client.force_login(people["unverified"])
    assert client.get("/organisations/new/").status_code == 403
    assert client.post("/organisations/new/", _valid_form()).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    """The create page asks anonymous visitors to sign in."""
    response = client.get("/organisations/new/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"kind": ""}, "kind"),
        ({"kind": "castle"}, "kind"),
        ({"country": "XX"}, "country"),
        ({"latitude": "91"}, "latitude"),
        ({"longitude": "-181"}, "longitude"),
        ({"latitude": "north"}, "latitude"),
        ({"longitude": None}, "longitude"),
        ({"nuts3": "EE008"}, "nuts3"),
        ({"nuts3": "FI1"}, "nuts3"),
        ({"website": "not a url"}, "website"),
        ({"kind": "company", "size": ""}, "size"),
        ({"city": "x" * 101}, "city"),
        ({"description_en": "x" * 5001}, "description_en"),
        ({"expertise": ", ".join(f"tag {i}" for i in range(16))}, "expertise"),
        ({"themes": ["999999"]}, "themes"),
    ],
)
def test_bad_input_is_refused_beside_the_field_and_nothing_is_saved(client, people, changes, field):
    """Each kind of bad input answers 400 with the message next to its field."""
    client.force_login(people["member"])
    before = Organisation.objects.count()
    response = client.post("/organisations/new/", _valid_form(**changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    body = response.content.decode()
    assert "There is a problem" in body
    assert (
        f'id="id_{field}_error"' in body or f'id="id_{field}_0_error"' in body or field == "themes"
    )
    assert Organisation.objects.count() == before


def test_a_file_that_is_not_an_image_is_refused_as_logo(client, people):
    """A script named logo.png is recognised by its content and refused."""
    client.force_login(people["member"])
    response = client.post("/organisations/new/", _valid_form(logo=fake_image_upload()))
    assert response.status_code == 400
    assert "not an image" in str(response.context["form"].errors["logo"])
    assert not Organisation.objects.filter(name="Tampere City").exists()


def test_an_oversized_logo_is_refused(client, people):
    """A logo over the size limit is refused with the limit in the message."""
    client.force_login(people["member"])
    response = client.post("/organisations/new/", _valid_form(logo=oversized_upload()))
    assert response.status_code == 400
    assert "limit" in str(response.context["form"].errors["logo"])


def test_an_admin_edits_the_profile_and_bad_input_keeps_what_was_saved(client, people):
    """A valid edit is saved; a later invalid edit changes nothing."""
    organisation = people["organisation"]
    client.force_login(people["org_admin"])
    url = f"/organisations/{organisation.slug}/edit/"
    assert client.get(url).status_code == 200
    data = _valid_form(name="Panevėžys City", country="LT", nuts3="LT025", city="Panevėžys")
    assert client.post(url, data).status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Panevėžys City"
    response = client.post(url, {**data, "name": "", "latitude": "200"})
    assert response.status_code == 400
    organisation.refresh_from_db()
    assert organisation.name == "Panevėžys City"
    assert organisation.latitude == pytest.approx(61.4978)


def test_only_admins_and_staff_may_edit(client, people):
    """Members, other members and moderators are refused the edit page."""
    url = f"/organisations/{people['organisation'].slug}/edit/"
    for role in ["org_member", "other_member", "member", "moderator"]:
        client.force_login(people[role])
        assert client.get(url).status_code == 403, role
    client.force_login(people["staff"])
    assert client.get(url).status_code == 200


def test_a_missing_translation_falls_back_to_the_original_language_with_a_note(client, people):
    """A Lithuanian description shows in Lithuanian to a German reader, with a note saying so."""
    organisation = make_organisation(
        people["member"],
        name="Vilniaus miesto savivaldybė",
        data={"original_language": "lt", "country": "LT", "nuts3": "LT011"},
        descriptions={"lt": "Lietuvos sostinės savivaldybė."},
    )
    page = client.get(f"/de/organisations/{organisation.slug}/").content.decode()
    assert "Lietuvos sostinės savivaldybė." in page
    assert 'lang="lt"' in page
    assert "translation-note" in page
    page = client.get(f"/lt/organisations/{organisation.slug}/").content.decode()
    assert "Lietuvos sostinės savivaldybė." in page
    assert "translation-note" not in page


def test_members_only_profiles_are_hidden_from_anonymous_visitors(client, people):
    """Anonymous visitors see only public member profiles on an organisation page."""
    organisation = people["organisation"]
    admin = people["org_admin"]
    admin.visibility = "public"
    admin.save()
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert admin.full_name in page
    assert people["org_member"].full_name not in page
    client.force_login(people["member"])
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert people["org_member"].full_name in page


def test_an_unknown_organisation_is_a_designed_404(client, db):
    """A wrong address shows the platform's own not-found page."""
    response = client.get("/organisations/no-such-city/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def _page_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_the_organisation_page_makes_the_same_number_of_queries_whatever_its_size(client, people):
    """Adding members, themes and tags does not add queries to the organisation page."""
    organisation = people["organisation"]
    client.force_login(people["member"])
    small = _page_queries(client, organisation.get_absolute_url())
    for index in range(15):
        person = make_person(f"extra{index}@city.example", f"Extra {index}")
        Membership.objects.create(user=person, organisation=organisation)
    organisation.themes.set(Theme.objects.all())
    large = _page_queries(client, organisation.get_absolute_url())
    assert large == small


def test_editing_in_another_language_keeps_each_translation_in_its_place(client, people):
    """Saving the form from the German interface changes no column but the ones filled in."""
    client.force_login(people["member"])
    data = _valid_form(
        original_language="lt",
        country="LT",
        nuts3="LT025",
        description_en="",
        description_fi="",
        description_lt="Miestas.",
    )
    assert client.post("/de/organisations/new/", data).status_code == 302
    organisation = Organisation.objects.get(name="Tampere City")
    assert organisation.description_lt == "Miestas."
    assert organisation.description_de in ("", None)
    assert organisation.description_en in ("", None)
