"""The organisations API: the public directory, creating and editing, and refusing bad input."""

import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import make_organisation, make_person
from ppi4cities.accounts import permissions, services
from ppi4cities.accounts.models import Organisation, Role
from ppi4cities.core.models import Theme

LIST_URL = "/api/v1/organisations"


def detail_url(slug):
    return f"/api/v1/organisations/{slug}"


def bearer(user):
    """Authorization headers carrying a fresh personal token of `user`."""
    _token, key = services.api_token_create(user=user, name="test script")
    return {"Authorization": f"Bearer {key}"}


def post_json(client, url, payload, **kwargs):
    return client.post(url, json.dumps(payload), content_type="application/json", **kwargs)


def patch_json(client, url, payload, **kwargs):
    return client.patch(url, json.dumps(payload), content_type="application/json", **kwargs)


def error_fields(response):
    return [error["field"] for error in response.json()["errors"]]


def valid_payload(**changes):
    payload = {
        "name": "Gdańsk Innovation Agency",
        "kind": "innovation-agency",
        "country": "PL",
        "city": "Gdańsk",
        "nuts3": "PL634",
        "latitude": 54.352,
        "longitude": 18.646,
        "website": "https://innovation.gdansk.example",
        "original_language": "en",
        "descriptions": {"en": "We buy innovation for Gdańsk.", "pl": "Kupujemy innowacje."},
        "themes": ["energy", "smart-city"],
        "expertise": ["district heating", "pre-commercial procurement"],
    }
    payload.update(changes)
    return payload


@pytest.fixture
def directory(people):
    """Six organisations of several kinds, countries and themes (two come from `people`)."""
    founder = people["member"]
    make_organisation(
        founder,
        name="Helsinki Mobility Start-up",
        data={
            "kind": "startup",
            "size": "micro",
            "country": "FI",
            "city": "Helsinki",
            "nuts3": "FI1B1",
            "latitude": 60.17,
            "longitude": 24.94,
        },
        themes=Theme.objects.filter(code="mobility"),
        expertise=["mobility as a service"],
    )
    make_organisation(
        founder,
        name="Turku Energy Company",
        data={
            "kind": "company",
            "size": "large",
            "country": "FI",
            "city": "Turku",
            "nuts3": "FI1C1",
            "latitude": 60.45,
            "longitude": 22.27,
        },
        themes=Theme.objects.filter(code="energy"),
        expertise=["district heating"],
    )
    make_organisation(
        founder,
        name="Lund University Lighting Lab",
        data={
            "kind": "research",
            "country": "SE",
            "city": "Lund",
            "nuts3": "SE224",
            "latitude": 55.7,
            "longitude": 13.19,
        },
        themes=Theme.objects.filter(code__in=["energy", "smart-city"]),
        expertise=["smart lighting"],
    )
    make_organisation(
        founder,
        name="Riga Planning Region",
        data={
            "kind": "regional-authority",
            "country": "LV",
            "city": "Riga",
            "nuts3": "LV006",
            "latitude": 56.95,
            "longitude": 24.1,
        },
        themes=Theme.objects.filter(code="digital"),
        expertise=[],
    )
    return people


# Listing ----------------------------------------------------------------------------------


def test_the_list_is_public_and_paginated(client, directory):
    """Anyone reads the directory page by page, with the total and the number of pages."""
    first = client.get(LIST_URL, {"page_size": 4})
    last = client.get(LIST_URL, {"page_size": 4, "page": 2})

    assert first.status_code == 200
    body = first.json()
    assert (body["count"], body["page"], body["pages"]) == (6, 1, 2)
    assert len(body["results"]) == 4
    assert len(last.json()["results"]) == 2
    seen = {o["slug"] for o in body["results"]} | {o["slug"] for o in last.json()["results"]}
    assert seen == set(Organisation.objects.values_list("slug", flat=True))


def test_a_list_entry_says_what_a_card_shows(client, people):
    """Each result carries the organisation's public facts and its page's address."""
    body = client.get(LIST_URL, {"q": "panevezys"}).json()

    [entry] = body["results"]
    assert entry["name"] == "Panevėžys City Municipality"
    assert entry["kind"] == "municipality"
    assert entry["country"] == "LT"
    assert entry["themes"] == ["mobility", "digital"]
    assert entry["expertise"] == ["smart lighting"]
    assert entry["member_count"] == 2
    assert entry["url"].endswith(f"/organisations/{people['organisation'].slug}/")


def test_a_page_size_of_100_is_accepted(client, directory):
    """The largest page a client may ask for is 100 organisations."""
    response = client.get(LIST_URL, {"page_size": 100})

    assert response.status_code == 200
    assert response.json()["pages"] == 1


@pytest.mark.parametrize("page_size", ["0", "1000", "101", "-5", "many"])
def test_a_page_size_outside_1_to_100_is_refused_naming_the_field(client, db, page_size):
    """A page size the API does not serve is a 422 that names page_size."""
    response = client.get(LIST_URL, {"page_size": page_size})

    assert response.status_code == 422
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "page_size" in error_fields(response)


@pytest.mark.parametrize("page", ["0", "-1", "first"])
def test_a_page_number_below_1_is_refused_naming_the_field(client, db, page):
    """Page numbers start at 1."""
    response = client.get(LIST_URL, {"page": page})

    assert response.status_code == 422
    assert "page" in error_fields(response)


@pytest.mark.parametrize("page", ["3", "99", str(10**30)])
def test_a_page_beyond_the_last_is_empty_rather_than_an_error(client, directory, page):
    """Asking past the end returns no results and the real page count, never a crash."""
    response = client.get(LIST_URL, {"page": page})

    assert response.status_code == 200
    assert response.json()["results"] == []
    assert response.json()["pages"] == 1


def test_filters_combine(client, directory):
    """Kind, country, theme and words narrow the list together."""
    response = client.get(
        LIST_URL, {"kind": ["company", "startup"], "country": "FI", "theme": "energy"}
    )

    assert [o["name"] for o in response.json()["results"]] == ["Turku Energy Company"]


def test_word_search_ignores_accents_and_case(client, directory):
    """Searching "PANEVEZYS" finds Panevėžys."""
    response = client.get(LIST_URL, {"q": "PANEVEZYS"})

    assert [o["name"] for o in response.json()["results"]] == ["Panevėžys City Municipality"]


def _directory_page_slugs(client, query_string):
    html = client.get(f"/organisations/?{query_string}").content.decode()
    return re.findall(r'class="card org-card">.*?href="/organisations/([^/"]+)/"', html, re.S)


@pytest.mark.parametrize(
    "query_string",
    [
        "",
        "kind=municipality",
        "kind=company&kind=startup",
        "country=FI",
        "country=LT&country=EE",
        "theme=energy",
        "theme=energy&theme=mobility&country=FI",
        "q=lighting",
        "q=district+heating&kind=company",
        "kind=research&theme=smart-city&country=SE&q=lund",
        "kind=castle&country=XX&theme=unicorns",
        "sort=-members",
        "sort=country&kind=municipality",
        "sort=-created",
        "sort=nonsense",
    ],
)
def test_the_api_lists_what_the_directory_page_shows(client, directory, query_string):
    """For the same query string the API and the directory page list the same organisations."""
    api_slugs = [o["slug"] for o in client.get(f"{LIST_URL}?{query_string}").json()["results"]]

    assert api_slugs
    assert api_slugs == _directory_page_slugs(client, query_string)


def test_sorting_by_members_puts_the_largest_first(client, directory):
    """sort=-members orders by member count, then by name."""
    results = client.get(LIST_URL, {"sort": "-members"}).json()["results"]

    assert results[0]["name"] == "Panevėžys City Municipality"
    assert [o["member_count"] for o in results] == sorted(
        (o["member_count"] for o in results), reverse=True
    )


def test_sorting_by_country_groups_countries(client, directory):
    """sort=country orders by country code, then by name."""
    results = client.get(LIST_URL, {"sort": "country"}).json()["results"]

    assert [o["country"] for o in results] == ["EE", "FI", "FI", "LT", "LV", "SE"]
    assert [o["name"] for o in results][1:3] == [
        "Helsinki Mobility Start-up",
        "Turku Energy Company",
    ]


def test_sorting_by_newest_puts_the_last_created_first(client, directory):
    """sort=-created shows the newest organisation first."""
    results = client.get(LIST_URL, {"sort": "-created"}).json()["results"]

    assert results[0]["name"] == "Riga Planning Region"


def test_the_list_issues_the_same_queries_whatever_the_number_of_results(client, people):
    """A page of 20 organisations costs as many queries as a page of 2."""
    with CaptureQueriesContext(connection) as few:
        client.get(LIST_URL)
    for number in range(18):
        make_organisation(people["member"], name=f"Town number {number}")
    with CaptureQueriesContext(connection) as many:
        response = client.get(LIST_URL)

    assert len(response.json()["results"]) == 20
    assert len(many) == len(few)


# One organisation -------------------------------------------------------------------------


def test_the_detail_gives_every_description(client, people):
    """The detail shows the organisation with its description in every language."""
    organisation = people["organisation"]

    response = client.get(detail_url(organisation.slug))

    assert response.status_code == 200
    body = response.json()
    assert body["name"] == organisation.name
    assert body["original_language"] == "en"
    assert body["descriptions"]["en"] == "A city in northern Lithuania."
    assert body["descriptions"]["lt"] == ""


def test_an_unknown_organisation_is_a_json_404(client, db):
    """An address that names no organisation answers 404 in JSON."""
    response = client.get(detail_url("no-such-organisation"))

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize("slug", ["%00", "%E2%98%83", "a%00b"])
def test_a_strange_slug_is_a_404_not_a_crash(client, db, slug):
    """Slugs with control or non-ASCII characters find nothing, on every database."""
    response = client.get(detail_url(slug))

    assert response.status_code == 404


# Creating ---------------------------------------------------------------------------------


def test_a_verified_member_creates_an_organisation_with_a_token(client, people):
    """A script with a personal token creates an organisation; its creator administers it."""
    member = people["member"]

    response = post_json(client, LIST_URL, valid_payload(), headers=bearer(member))

    assert response.status_code == 201
    body = response.json()
    organisation = Organisation.objects.get(slug=body["slug"])
    assert organisation.name == "Gdańsk Innovation Agency"
    assert organisation.description_pl == "Kupujemy innowacje."
    assert sorted(body["themes"]) == ["energy", "smart-city"]
    assert sorted(body["expertise"]) == ["district heating", "pre-commercial procurement"]
    assert permissions.role_in(member, organisation) == Role.ADMIN
    assert client.get(detail_url(body["slug"])).status_code == 200


def test_the_created_organisation_appears_in_the_directory(client, people):
    """What the API creates is found by the directory search at once."""
    post_json(client, LIST_URL, valid_payload(), headers=bearer(people["member"]))

    response = client.get(LIST_URL, {"q": "gdansk heating"})

    assert [o["name"] for o in response.json()["results"]] == ["Gdańsk Innovation Agency"]


def test_a_browser_session_must_send_the_csrf_token(people):
    """Without its CSRF token the browser session is refused; with it the creation succeeds."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people["member"])
    browser.get("/organisations/new/")
    count = Organisation.objects.count()

    refused = post_json(browser, LIST_URL, valid_payload())
    assert refused.status_code == 403
    assert Organisation.objects.count() == count

    accepted = post_json(
        browser,
        LIST_URL,
        valid_payload(),
        headers={"X-CSRFToken": browser.cookies["csrftoken"].value},
    )
    assert accepted.status_code == 201
    assert Organisation.objects.count() == count + 1


@pytest.mark.parametrize("enforce_csrf_checks", [False, True])
def test_an_anonymous_visitor_must_sign_in_to_create(people, enforce_csrf_checks):
    """Without a session or token the answer is 401 in JSON, whether CSRF is checked or not."""
    anonymous = Client(enforce_csrf_checks=enforce_csrf_checks)
    count = Organisation.objects.count()

    response = post_json(anonymous, LIST_URL, valid_payload())

    assert response.status_code == 401
    assert "detail" in response.json()
    assert Organisation.objects.count() == count


def test_a_revoked_token_cannot_create(people):
    """A script whose token was revoked gets 401, not a CSRF refusal."""
    token, key = services.api_token_create(user=people["member"], name="old script")
    services.api_token_revoke(token=token, user=people["member"])
    script = Client(enforce_csrf_checks=True)

    response = post_json(
        script, LIST_URL, valid_payload(), headers={"Authorization": f"Bearer {key}"}
    )

    assert response.status_code == 401


def test_an_unverified_person_cannot_create(client, people):
    """Signed in without a verified email: 403, and nothing is created."""
    client.force_login(people["unverified"])
    count = Organisation.objects.count()

    response = post_json(client, LIST_URL, valid_payload())

    assert response.status_code == 403
    assert "detail" in response.json()
    assert Organisation.objects.count() == count


def _without(key):
    payload = valid_payload()
    del payload[key]
    return payload


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (_without("name"), "name"),
        (valid_payload(name="   "), "name"),
        (valid_payload(name="x" * 201), "name"),
        (valid_payload(name=42), "name"),
        (valid_payload(latitude="north"), "latitude"),
        (valid_payload(latitude=91), "latitude"),
        (valid_payload(latitude=float("nan")), "latitude"),
        (valid_payload(longitude=-180.5), "longitude"),
        (valid_payload(longitude=None), "longitude"),
        (valid_payload(latitude=None), "latitude"),
        (valid_payload(kind="castle"), "kind"),
        (_without("kind"), "kind"),
        (valid_payload(themes=["energy", "unicorns"]), "themes"),
        (valid_payload(themes=["\x00"]), "themes"),
        (valid_payload(themes="energy"), "themes"),
        (valid_payload(kind="company"), "size"),
        (valid_payload(kind="company", size="gigantic"), "size"),
        (valid_payload(country="LT", nuts3="EE008"), "nuts3"),
        (valid_payload(nuts3="12"), "nuts3"),
        (valid_payload(country="XX"), "country"),
        (valid_payload(country="Poland"), "country"),
        (valid_payload(website="javascript:alert(1)"), "website"),
        (valid_payload(city="Gda\x00nsk"), "city"),
        (valid_payload(original_language="xx"), "original_language"),
        (valid_payload(descriptions={"en": "x" * 5001}), "descriptions.en"),
        (valid_payload(descriptions={"xx": "Hello"}), "descriptions.xx"),
        (valid_payload(expertise=[f"tag {n}" for n in range(16)]), "expertise"),
        (valid_payload(expertise=["x" * 61]), "expertise"),
        (valid_payload(nmae="A typo"), "nmae"),
    ],
)
def test_bad_input_is_refused_naming_the_field(client, people, payload, field):
    """Each kind of bad input is a 422 whose errors name the field, and nothing is saved."""
    count = Organisation.objects.count()

    response = post_json(client, LIST_URL, payload, headers=bearer(people["member"]))

    assert response.status_code == 422
    body = response.json()
    assert body["detail"]
    assert field in error_fields(response), body
    assert all(error["message"] for error in body["errors"])
    assert Organisation.objects.count() == count


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("", "application/json"),
        ("not json at all", "application/json"),
        ('{"name": "Half', "application/json"),
        ("[]", "application/json"),
        (json.dumps([valid_payload()]), "application/json"),
        ("null", "application/json"),
        ("42", "application/json"),
        ('"a string"', "application/json"),
        ("name=Gdansk&kind=municipality&country=PL", "application/x-www-form-urlencoded"),
        (b"\xff\xfe\x00garbage", "application/json"),
    ],
)
def test_unreadable_bodies_are_refused_without_a_crash(client, people, body, content_type):
    """Bodies that are not a JSON object get a 4xx JSON error, never a 500."""
    count = Organisation.objects.count()

    response = client.post(
        LIST_URL, body, content_type=content_type, headers=bearer(people["member"])
    )

    assert 400 <= response.status_code < 500
    assert response.json()["detail"]
    assert Organisation.objects.count() == count


# Updating ---------------------------------------------------------------------------------


def test_an_organisation_admin_updates_only_what_they_send(client, people):
    """PATCH changes the fields sent and keeps the others, translations and themes included."""
    organisation = people["organisation"]

    response = patch_json(
        client,
        detail_url(organisation.slug),
        {"name": "Panevėžys City", "descriptions": {"lt": "Miestas šiaurės Lietuvoje."}},
        headers=bearer(people["org_admin"]),
    )

    assert response.status_code == 200
    organisation.refresh_from_db()
    assert organisation.name == "Panevėžys City"
    assert organisation.description_lt == "Miestas šiaurės Lietuvoje."
    assert organisation.description_en == "A city in northern Lithuania."
    assert organisation.nuts3 == "LT025"
    assert sorted(organisation.themes.values_list("code", flat=True)) == ["digital", "mobility"]
    assert response.json()["name"] == "Panevėžys City"


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("org_admin", 200),
        ("staff", 200),
        ("org_member", 403),
        ("other_member", 403),
        ("moderator", 403),
        ("member", 403),
    ],
)
def test_only_the_organisation_admins_and_staff_may_update(client, people, role, status):
    """Members, outsiders and moderators are refused; admins and staff succeed."""
    organisation = people["organisation"]

    response = patch_json(
        client, detail_url(organisation.slug), {"city": "Elsewhere"}, headers=bearer(people[role])
    )

    assert response.status_code == status
    organisation.refresh_from_db()
    assert (organisation.city == "Elsewhere") == (status == 200)


def test_an_anonymous_visitor_must_sign_in_to_update(client, people):
    """PATCH without a session or token is a 401."""
    response = patch_json(client, detail_url(people["organisation"].slug), {"city": "X"})

    assert response.status_code == 401


def test_updating_an_unknown_organisation_is_a_json_404(client, people):
    """PATCH on a slug that names no organisation answers 404 in JSON."""
    response = patch_json(
        client, detail_url("no-such-organisation"), {"city": "X"}, headers=bearer(people["staff"])
    )

    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"latitude": 91}, "latitude"),
        ({"latitude": None}, "latitude"),
        ({"nuts3": "EE008"}, "nuts3"),
        ({"country": "EE"}, "nuts3"),
        ({"kind": "company"}, "size"),
        ({"name": ""}, "name"),
        ({"themes": ["unicorns"]}, "themes"),
        ({"country": "XX"}, "country"),
        ({"citty": "Elsewhere"}, "citty"),
    ],
)
def test_a_refused_update_changes_nothing(client, people, changes, field):
    """A PATCH with bad input is a 422 naming the field, and the organisation is unchanged."""
    organisation = people["organisation"]
    before = client.get(detail_url(organisation.slug)).json()

    response = patch_json(
        client, detail_url(organisation.slug), changes, headers=bearer(people["org_admin"])
    )

    assert response.status_code == 422
    assert field in error_fields(response)
    assert client.get(detail_url(organisation.slug)).json() == before


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("", "application/json"),
        ("{not json", "application/json"),
        ("[]", "application/json"),
        ('[{"city": "X"}]', "application/json"),
        ("city=X", "application/x-www-form-urlencoded"),
    ],
)
def test_unreadable_update_bodies_are_refused_without_a_crash(client, people, body, content_type):
    """PATCH bodies that are not a JSON object get a 4xx JSON error, never a 500."""
    organisation = people["organisation"]

    response = client.patch(
        detail_url(organisation.slug),
        body,
        content_type=content_type,
        headers=bearer(people["org_admin"]),
    )

    assert 400 <= response.status_code < 500
    assert response.json()["detail"]
    organisation.refresh_from_db()
    assert organisation.city == "Panevėžys"


def test_an_empty_update_keeps_everything(client, people):
    """PATCH with an empty object succeeds and changes nothing people can see."""
    organisation = people["organisation"]
    before = client.get(detail_url(organisation.slug)).json()

    response = patch_json(
        client, detail_url(organisation.slug), {}, headers=bearer(people["org_admin"])
    )

    assert response.status_code == 200
    after = response.json()
    assert {k: v for k, v in after.items() if k != "updated_at"} == {
        k: v for k, v in before.items() if k != "updated_at"
    }


def test_a_new_admin_can_update_after_joining(client, people):
    """Rights follow the role: a member promoted to admin may then edit."""
    organisation = people["organisation"]
    newcomer = make_person("newcomer@city.example", "Nora Newcomer")
    invitation = services.invitation_create(
        organisation=organisation, actor=people["org_admin"], email=newcomer.email, role=Role.ADMIN
    )
    services.invitation_accept(invitation=invitation, user=newcomer)

    response = patch_json(
        client,
        detail_url(organisation.slug),
        {"city": "Panevėžys centre"},
        headers=bearer(newcomer),
    )

    assert response.status_code == 200
