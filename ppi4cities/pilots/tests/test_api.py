"""The pilots API: the list with the page's filters and facets, detail, map data and submitting."""

import gzip
import json
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ppi4cities.accounts import services as accounts
from ppi4cities.moderation.models import Status
from ppi4cities.pilots import services
from ppi4cities.pilots.models import Pilot, PilotDocument, PilotRevision, Project

from .test_ocds import full_pilot, make_pilot

pytestmark = pytest.mark.django_db

LIST_URL = "/api/v1/pilots"
MAP_URL = "/api/v1/pilots/map"
BALTIC = "10,50,35,65"


def detail_url(pk):
    return f"{LIST_URL}/{pk}"


def bearer(user):
    """Authorization headers carrying a fresh personal token of `user`."""
    _token, key = accounts.api_token_create(user=user, name="test script")
    return {"Authorization": f"Bearer {key}"}


def post_json(client, payload, **kwargs):
    return client.post(LIST_URL, json.dumps(payload), content_type="application/json", **kwargs)


def error_fields(response):
    return [error["field"] for error in response.json()["errors"]]


def _draft(people, title="Secret draft"):
    return services.pilot_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={
            "country": "LT",
            "city": "Panevėžys",
            "latitude": 55.7333,
            "longitude": 24.35,
            "approach": "pcp",
            "state": "planned",
        },
        texts={"en": {"title": title, "summary": "Not yet."}},
        themes=["energy"],
    )


@pytest.fixture
def pilots(people):
    """Four published pilots in three countries, states and approaches, and one draft."""
    made = [
        make_pilot(
            title="Tallinn e-bus",
            country="EE",
            city="Tallinn",
            latitude=59.437,
            longitude=24.7536,
            state="completed",
            approach="pcp",
            award_date=date(2023, 5, 1),
            is_good_practice=True,
        ),
        make_pilot(
            title="Tartu smart lamps",
            country="EE",
            city="Tartu",
            latitude=58.378,
            longitude=26.729,
            state="ongoing",
            themes=("energy",),
            tender_date=date(2024, 2, 1),
        ),
        make_pilot(title="Gdańsk shuttle", procedure="innovation", award_date=date(2024, 6, 1)),
        make_pilot(
            title="Riga digital permits",
            country="LV",
            city="Riga",
            latitude=56.9496,
            longitude=24.1052,
            approach="other",
            themes=("digital",),
        ),
    ]
    _draft(people)
    return made


def valid_payload(people, **changes):
    payload = {
        "organisation": people["organisation"].slug,
        "data": {
            "original_language": "en",
            "country": "LT",
            "city": "Panevėžys",
            "nuts3": "LT025",
            "latitude": 55.7333,
            "longitude": 24.35,
            "state": "ongoing",
            "approach": "ppi",
            "procedure": "innovation",
            "innovation_types": ["prod-innov"],
            "cpv_codes": ["34144900-7"],
            "estimated_value": "1200000.00",
            "currency": "EUR",
            "tender_date": "2024-03-01",
            "award_date": "2024-09-01",
        },
        "texts": {
            "en": {"title": "Electric school buses", "summary": "Quiet buses for pupils."},
            "lt": {"title": "Elektriniai mokykliniai autobusai"},
        },
        "themes": ["mobility"],
        "suppliers": [{"name": "Auve Tech", "country": "EE", "size": "small"}],
    }
    payload.update(changes)
    return payload


def with_data(people, **changes):
    payload = valid_payload(people)
    payload["data"].update(changes)
    return payload


# Listing ---------------------------------------------------------------------------------


def test_an_anonymous_visitor_lists_only_published_pilots(client, pilots):
    """The draft is neither listed nor counted for the public."""
    body = client.get(LIST_URL).json()

    titles = [r["title"] for r in body["results"]]
    assert body["count"] == 4 and len(titles) == 4
    assert "Secret draft" not in titles
    assert {r["status"] for r in body["results"]} == {"published"}
    countries = {o["value"]: o["count"] for o in body["facets"]["country"]}
    assert countries == {"EE": 2, "LV": 1, "PL": 1}
    assert body["good_practice_count"] == 1


def test_a_list_entry_says_what_a_card_and_the_map_show(client, people):
    """Each result carries its texts, language, place, state, approach, themes and address."""
    pilot = full_pilot(people)

    [entry] = client.get(LIST_URL).json()["results"]

    assert entry["id"] == pilot.pk
    assert entry["url"] == f"http://testserver/pilots/{pilot.pk}/"
    assert (entry["title"], entry["language"]) == ("Autonomous last-mile bus", "en")
    assert entry["summary"].startswith("A self-driving shuttle")
    assert (entry["country"], entry["city"], entry["nuts3"]) == ("PL", "Gdańsk", "")
    assert (entry["latitude"], entry["longitude"]) == (54.352, 18.6466)
    assert (entry["state"], entry["approach"], entry["procedure"]) == (
        "completed",
        "ppi",
        "innovation",
    )
    assert entry["themes"] == ["mobility"]
    assert entry["good_practice"] is False and entry["published_at"]


def test_titles_come_in_english_or_else_the_original_language(client, people):
    """The API reads in English; a pilot written only in Lithuanian shows its Lithuanian title."""
    make_pilot(title="Smart lamps", title_lt="Išmanūs žibintai")
    make_pilot(
        title="",
        summary="",
        title_lt="Skaitmeniniai leidimai",
        summary_lt="Greitai.",
        original_language="lt",
    )

    body = client.get(LIST_URL).json()

    shown = {(r["title"], r["summary"], r["language"]) for r in body["results"]}
    assert ("Skaitmeniniai leidimai", "Greitai.", "lt") in shown
    assert ("Smart lamps", "lt") not in {(r["title"], r["language"]) for r in body["results"]}
    assert "Smart lamps" in {r["title"] for r in body["results"]}


@pytest.mark.parametrize(
    ("role", "count"),
    [
        ("anonymous", 4),
        ("member", 4),
        ("other_member", 4),
        ("org_member", 5),
        ("org_admin", 5),
        ("moderator", 5),
    ],
)
def test_who_sees_the_draft_in_the_list(client, people, pilots, role, count):
    """The draft is listed, and counted in the facets, for its circle and the moderators only."""
    headers = bearer(people[role]) if people[role] else {}

    body = client.get(LIST_URL, headers=headers).json()

    assert body["count"] == count
    assert ("Secret draft" in [r["title"] for r in body["results"]]) == (count == 5)
    countries = {o["value"]: o["count"] for o in body["facets"]["country"]}
    assert countries.get("LT", 0) == count - 4


def test_a_bad_token_is_refused_rather_than_read_as_anonymous(client, pilots):
    """A script whose token is wrong learns it (401) instead of silently seeing less."""
    for url in [LIST_URL, MAP_URL, detail_url(pilots[0].pk)]:
        response = client.get(url, headers={"Authorization": "Bearer ppi_wrong"})
        assert response.status_code == 401, url
        assert response.json()["detail"]


@pytest.mark.parametrize(
    "query_string",
    [
        "",
        "country=EE",
        "country=EE&country=LV&state=completed",
        "theme=energy&theme=digital",
        "approach=pcp&year=2023",
        "year=2024",
        "procedure=innovation",
        "good_practice=1",
        "country=XX&state=flying&year=abc&theme=poetry",
    ],
)
def test_filters_and_facet_counts_equal_the_pages(client, pilots, query_string):
    """For the same query string the API lists what /pilots/ lists, with the same counts."""
    page = client.get(f"/pilots/?{query_string}")
    body = client.get(f"{LIST_URL}?{query_string}").json()

    assert [r["id"] for r in body["results"]] == [p.pk for p in page.context["page"].object_list]
    assert body["count"] == page.context["page"].paginator.count

    def counts(facets):
        return {
            name: [(o["value"], o["count"], o["selected"]) for o in options]
            for name, options in facets.items()
            if name not in ("good_practice", "total")
        }

    assert counts(body["facets"]) == counts(page.context["facets"])
    assert page.context["facets"]["total"] == body["count"]
    assert body["good_practice_count"] == page.context["facets"]["good_practice"]


def test_page_size_limits_the_results(client, pilots):
    """page_size and page cut the list; the count and the number of pages say what is left."""
    first = client.get(LIST_URL, {"page_size": 3}).json()
    second = client.get(LIST_URL, {"page_size": 3, "page": 2}).json()
    beyond = client.get(LIST_URL, {"page_size": 3, "page": 99}).json()

    assert (first["count"], first["pages"], len(first["results"])) == (4, 2, 3)
    assert len(second["results"]) == 1
    assert {r["id"] for r in first["results"] + second["results"]} == {p.pk for p in pilots}
    assert beyond["results"] == [] and beyond["pages"] == 2
    assert client.get(LIST_URL, {"page_size": 100}).status_code == 200


@pytest.mark.parametrize(
    "params, field",
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": 101}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"page": 0}, "page"),
        ({"page": "x"}, "page"),
        ({"good_practice": "maybe"}, "good_practice"),
    ],
)
def test_bad_paging_is_refused_naming_the_parameter(client, db, params, field):
    """Values the API does not serve are a 422 that names the parameter."""
    response = client.get(LIST_URL, params)

    assert response.status_code == 422
    assert field in error_fields(response)


def test_the_list_makes_the_same_queries_whatever_the_number_of_results(client, people):
    """Ten more matching pilots add no query to a filtered list with facets."""
    make_pilot(title="Bus 0")
    headers = bearer(people["org_member"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(LIST_URL, {"theme": "mobility"}, headers=headers)
        assert response.status_code == 200
        return len(captured.captured_queries), response.json()["count"]

    queries()  # the token's first use is recorded once
    before, found = queries()
    for index in range(1, 11):
        make_pilot(title=f"Bus {index}")
    assert found == 1
    assert queries() == (before, 11)


# Detail ----------------------------------------------------------------------------------


def test_the_detail_gives_every_field_translation_and_relation(client, people):
    """A pilot shows every translation, buyers, suppliers, dates, values, documents, project."""
    pilot = full_pilot(people)
    pilot.project = Project.objects.create(slug="bsr-pilots", name="BSR pilots")
    pilot.title_lt = "Autonominis autobusas"
    pilot.save()
    PilotDocument.objects.create(pilot=pilot, title="Tender", url="https://example.org/tender")

    body = client.get(detail_url(pilot.pk)).json()

    assert body["texts"]["lt"]["title"] == "Autonominis autobusas"
    assert body["texts"]["en"]["title"] == "Autonomous last-mile bus"
    assert body["texts"]["en"]["why_it_worked"] == ""
    assert body["buyers"] == [
        {"slug": people["organisation"].slug, "name": "Panevėžys City Municipality"},
        {"slug": people["other_organisation"].slug, "name": "Tartu City Government"},
    ]
    assert body["suppliers"] == [
        {"name": "Shuttle Robotics Oy", "country": "FI", "size": ""},
        {"name": "Baltic Mobility Sp. z o.o.", "country": "PL", "size": ""},
    ]
    assert body["cpv_codes"] == ["34144900-7", "73000000-2"]
    assert body["dates"]["award_date"] == "2023-01-20"
    assert body["dates"]["contract_end"] == "2024-12-31"
    assert Decimal(body["contract_value"]) == Decimal("990000.50")
    assert body["currency"] == "EUR"
    [document] = pilot.documents.all()
    assert body["documents"] == [
        {"id": document.pk, "title": "Tender", "url": "https://example.org/tender"}
    ]
    assert body["photos"] == []
    assert body["project"] == {
        "slug": "bsr-pilots",
        "name": "BSR pilots",
        "url": "http://testserver/pilots/projects/bsr-pilots/",
    }


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("anonymous", False),
        ("member", False),
        ("other_member", False),
        ("org_member", True),
        ("org_admin", True),
        ("moderator", True),
    ],
)
def test_a_draft_is_a_json_404_outside_its_circle(client, people, role, sees):
    """Visitors and other members get 404; the author, the organisation's admin and the
    moderators see the draft."""
    draft = _draft(people)
    headers = bearer(people[role]) if people[role] else {}

    response = client.get(detail_url(draft.pk), headers=headers)

    if sees:
        assert response.status_code == 200
        assert response.json()["status"] == "draft"
    else:
        assert response.status_code == 404
        assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999999", "-1"])
def test_unknown_ids_are_a_json_404(client, db, pk):
    """Ids that name no pilot, even past the database's integers, answer 404."""
    response = client.get(detail_url(pk))

    assert response.status_code == 404
    assert response.json()["detail"]


# Map data --------------------------------------------------------------------------------


def _count(feature):
    return feature["properties"]["count"] if feature["properties"].get("cluster") else 1


@pytest.mark.parametrize("zoom", [0, 4, 8, 12])
def test_the_map_counts_add_up_to_the_visible_pilots(client, people, pilots, zoom):
    """Clusters and single pilots together count every visible pilot in the box once."""
    public = client.get(MAP_URL, {"bbox": BALTIC, "zoom": zoom})
    own = client.get(MAP_URL, {"bbox": BALTIC, "zoom": zoom}, headers=bearer(people["org_admin"]))

    assert public["Content-Type"] == "application/geo+json"
    assert public.json()["type"] == "FeatureCollection"
    assert sum(_count(f) for f in public.json()["features"]) == 4
    assert sum(_count(f) for f in own.json()["features"]) == 5


def test_the_map_answers_like_the_page_endpoint_with_filters(client, pilots):
    """With the same parameters the API gives what /pilots/map.geojson gives."""
    params = {"bbox": BALTIC, "zoom": 12, "country": "EE"}

    body = client.get(MAP_URL, params).json()

    assert body == client.get("/pilots/map.geojson", params).json()
    assert {f["properties"]["city"] for f in body["features"]} == {"Tallinn", "Tartu"}


def test_the_map_is_compressed_for_clients_that_accept_gzip(client, pilots):
    """Like the page endpoint, the API's map data is served gzip-compressed when accepted."""
    params = {"bbox": BALTIC, "zoom": 12}
    packed = client.get(MAP_URL, params, HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(packed.content)) == client.get(MAP_URL, params).json()


def test_the_map_without_a_box_covers_the_world(client, pilots):
    """Leaving out bbox and zoom counts every published pilot."""
    features = client.get(MAP_URL).json()["features"]

    assert sum(_count(f) for f in features) == 4


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "west,south,east,north"}, "bbox"),
        ({"bbox": "10,50,5,60"}, "bbox"),
        ({"bbox": "nan,1,2,3"}, "bbox"),
        ({"zoom": 19}, "zoom"),
        ({"zoom": -1}, "zoom"),
        ({"zoom": "far"}, "zoom"),
    ],
)
def test_bad_map_parameters_are_a_422_naming_them(client, db, params, field):
    """A box or zoom the map cannot use is refused, saying which parameter is wrong."""
    response = client.get(MAP_URL, params)

    assert response.status_code == 422
    assert field in error_fields(response)
    assert all(error["message"] for error in response.json()["errors"])


# Creating --------------------------------------------------------------------------------


@pytest.mark.parametrize("submit, status", [(False, Status.DRAFT), (True, Status.PENDING)])
def test_a_member_submits_a_pilot_for_their_organisation(client, people, submit, status):
    """A member's token creates a draft, or sends it to the moderators; 201 with the detail."""
    response = post_json(
        client, valid_payload(people, submit=submit), headers=bearer(people["org_member"])
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    pilot = Pilot.objects.get()
    assert (body["id"], body["status"]) == (pilot.pk, status)
    assert pilot.author == people["org_member"]
    assert pilot.organisation == people["organisation"]
    assert body["texts"]["lt"]["title"] == "Elektriniai mokykliniai autobusai"
    assert body["buyers"] == [
        {"slug": people["organisation"].slug, "name": "Panevėžys City Municipality"}
    ]
    assert body["themes"] == ["mobility"]
    assert body["suppliers"] == [{"name": "Auve Tech", "country": "EE", "size": "small"}]
    assert body["cpv_codes"] == ["34144900-7"]
    assert Decimal(body["estimated_value"]) == Decimal("1200000")
    assert (body["nuts3"], body["latitude"]) == ("LT025", 55.7333)
    assert client.get(detail_url(pilot.pk)).status_code == 404


def test_a_pilot_names_its_buyers_and_project(client, people):
    """Buyers are given by slug, in order, and a project by its slug."""
    Project.objects.create(slug="bsr-pilots", name="BSR pilots")
    payload = valid_payload(
        people,
        buyers=[people["other_organisation"].slug, people["organisation"].slug],
        project="bsr-pilots",
    )

    response = post_json(client, payload, headers=bearer(people["org_member"]))

    assert response.status_code == 201, response.json()
    body = response.json()
    assert {b["slug"] for b in body["buyers"]} == {
        people["organisation"].slug,
        people["other_organisation"].slug,
    }
    assert body["project"]["slug"] == "bsr-pilots"


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("unverified", 403),
        ("member", 403),
        ("other_member", 403),
        ("org_member", 201),
        ("org_admin", 201),
    ],
)
def test_only_members_of_the_organisation_may_submit(client, people, role, status):
    """Anyone outside the organisation gets 403 and nothing is saved."""
    # Unverified people cannot create tokens; they come with their browser session.
    client.force_login(people[role])
    response = post_json(client, valid_payload(people))

    assert response.status_code == status, response.json()
    assert Pilot.objects.exists() == (status == 201)
    if status == 403:
        assert response.json()["detail"]


@pytest.mark.parametrize("enforce_csrf_checks", [False, True])
def test_an_anonymous_visitor_must_sign_in_to_submit(people, enforce_csrf_checks):
    """Without a session or token the answer is 401 in JSON."""
    response = post_json(Client(enforce_csrf_checks=enforce_csrf_checks), valid_payload(people))

    assert response.status_code == 401
    assert response.json()["detail"]
    assert not Pilot.objects.exists()


def test_a_browser_session_must_send_the_csrf_token(people):
    """Without its CSRF token the browser session is refused; with it the pilot is created."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people["org_member"])
    browser.get("/pilots/new/")

    refused = post_json(browser, valid_payload(people))
    assert refused.status_code == 403
    assert not Pilot.objects.exists()

    accepted = post_json(
        browser,
        valid_payload(people),
        headers={"X-CSRFToken": browser.cookies["csrftoken"].value},
    )
    assert accepted.status_code == 201
    assert Pilot.objects.count() == 1


def _texts(**changes):
    return {"en": {"title": "A title", "summary": "A summary.", **changes}}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"texts": _texts(title="")}, "texts.en.title"),
        ({"texts": {"en": {"summary": "No title."}}}, "texts.en.title"),
        ({"texts": {"lt": {"title": "Tik lietuviškai", "summary": "Ne."}}}, "texts.en.title"),
        ({"texts": _texts(title="x" * 251)}, "texts.en.title"),
        ({"texts": _texts(title="Nul\x00")}, "texts.en.title"),
        ({"texts": {"xx": {"title": "Hello"}}}, "texts.xx"),
        ({"texts": _texts(colour="red")}, "texts.en.colour"),
        ({"data": None}, "data"),
        ({"themes": ["poetry"]}, "themes.0"),
        ({"suppliers": [{"name": ""}]}, "suppliers"),
        ({"suppliers": [{"name": "Auve Tech", "country": "XX"}]}, "suppliers"),
        ({"suppliers": [{"name": "Auve Tech", "size": "huge"}]}, "suppliers.0.size"),
        ({"suppliers": [{"name": "Auve Tech"}] * 31}, "suppliers"),
        ({"buyers": ["no-such-organisation"]}, "buyers"),
        ({"project": "no-such-project"}, "project"),
        ({"organisation": "no-such-organisation"}, "organisation"),
        ({"organisation": "bad\x00slug"}, "organisation"),
        ({"photos": ["bus.jpg"]}, "photos"),
        ({"titel": "A typo"}, "titel"),
    ],
)
def test_bad_input_is_refused_naming_the_field(client, people, changes, field):
    """Each kind of bad input is a 422 whose errors name the field, and nothing is saved."""
    response = post_json(
        client, valid_payload(people, **changes), headers=bearer(people["org_member"])
    )

    assert response.status_code == 422, response.json()
    body = response.json()
    assert field in error_fields(response), body
    assert all(error["message"] for error in body["errors"])
    assert not Pilot.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"latitude": 91}, "data.latitude"),
        ({"latitude": "north"}, "data.latitude"),
        ({"longitude": -181}, "data.longitude"),
        ({"country": "XX"}, "data.country"),
        ({"city": ""}, "data.city"),
        ({"nuts3": "EE008"}, "data.nuts3"),
        ({"approach": "magic"}, "data.approach"),
        ({"state": "dreaming"}, "data.state"),
        ({"procedure": "auction"}, "data.procedure"),
        ({"innovation_types": ["shiny"]}, "data.innovation_types.0"),
        ({"cpv_codes": ["12345"]}, "data.cpv_codes.0"),
        ({"estimated_value": -1}, "data.estimated_value"),
        ({"contract_value": "1.234"}, "data.contract_value"),
        ({"currency": "BTC"}, "data.currency"),
        ({"tender_date": "yesterday"}, "data.tender_date"),
        ({"award_date": "2023-01-01"}, "data.award_date"),
        ({"contact_email": "not an address"}, "data.contact_email"),
        ({"original_language": "xx"}, "data.original_language"),
        ({"external_id": "ocds-1"}, "data.external_id"),
        ({"is_demo": True}, "data.is_demo"),
    ],
)
def test_bad_pilot_data_is_refused_naming_the_field(client, people, changes, field):
    """Bad values inside `data` are a 422 naming `data.<field>`, and nothing is saved."""
    response = post_json(client, with_data(people, **changes), headers=bearer(people["org_member"]))

    assert response.status_code == 422, response.json()
    assert field in error_fields(response), response.json()
    assert not Pilot.objects.exists()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("", "application/json"),
        ("not json", "application/json"),
        ("[]", "application/json"),
        ("null", "application/json"),
        ("title=Hello&city=Riga", "application/x-www-form-urlencoded"),
        ("--x--", "multipart/form-data; boundary=x"),
    ],
)
def test_unreadable_bodies_are_refused_without_a_crash(client, people, body, content_type):
    """Bodies that are not a JSON object get a 4xx JSON error, never a 500."""
    response = client.post(
        LIST_URL, body, content_type=content_type, headers=bearer(people["org_member"])
    )

    assert 400 <= response.status_code < 500
    assert response.json()["detail"]
    assert not Pilot.objects.exists()


def test_the_openapi_document_lists_the_pilot_endpoints(client, db):
    """openapi.json documents the list, detail, map data, create and edit of pilots."""
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths["/api/v1/pilots"]) == {"get", "post"}
    assert set(paths["/api/v1/pilots/{pilot_id}"]) == {"get", "patch"}
    assert set(paths["/api/v1/pilots/map"]) == {"get"}


# Editing -------------------------------------------------------------------------------------


def patch_json(client, pk, payload, **kwargs):
    return client.patch(
        detail_url(pk), json.dumps(payload), content_type="application/json", **kwargs
    )


def _published(people, title="Public shuttle"):
    pilot = _draft(people, title=title)
    services.pilot_submit(pilot=pilot, actor=people["org_member"])
    services.pilot_approve(pilot=pilot, actor=people["moderator"])
    return pilot


def test_a_patch_changes_a_draft_in_place(client, people):
    """Only what is given changes: a title, the buyers by slug and a project by slug."""
    Project.objects.create(slug="bsr-pilots", name="BSR pilots")
    pilot = _draft(people)
    response = patch_json(
        client,
        pilot.pk,
        {
            "texts": {"en": {"title": "Open draft"}},
            "data": {"city": "Kaunas", "nuts3": "LT022"},
            "buyers": [people["other_organisation"].slug, people["organisation"].slug],
            "project": "bsr-pilots",
        },
        headers=bearer(people["org_member"]),
    )

    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["title"], body["summary"], body["city"]) == ("Open draft", "Not yet.", "Kaunas")
    assert {buyer["slug"] for buyer in body["buyers"]} == {
        people["other_organisation"].slug,
        people["organisation"].slug,
    }
    assert body["project"]["slug"] == "bsr-pilots"
    assert body["status"] == Status.DRAFT
    assert body["approach"] == "pcp"
    response = patch_json(client, pilot.pk, {"project": None}, headers=bearer(people["org_member"]))
    assert response.json()["project"] is None


def test_a_patch_may_send_a_draft_to_the_moderators(client, people):
    """`submit` sends the draft on."""
    pilot = _draft(people)
    response = patch_json(client, pilot.pk, {"submit": True}, headers=bearer(people["org_admin"]))

    assert response.status_code == 200
    assert response.json()["status"] == Status.PENDING


def test_a_patch_of_a_published_pilot_waits_for_the_moderators(client, people):
    """202 with the proposed edit; the published pilot is unchanged; a second patch reworks
    the same edit."""
    pilot = _published(people)
    response = patch_json(
        client,
        pilot.pk,
        {"texts": {"en": {"title": "Edited"}}},
        headers=bearer(people["org_member"]),
    )

    assert response.status_code == 202, response.json()
    body = response.json()
    assert body["status"] == Status.PENDING
    assert body["pilot"] == f"http://testserver/pilots/{pilot.pk}/"
    assert client.get(detail_url(pilot.pk)).json()["title"] == "Public shuttle"
    again = patch_json(
        client,
        pilot.pk,
        {"data": {"city": "Kaunas", "nuts3": "LT022"}},
        headers=bearer(people["org_admin"]),
    )
    assert again.json()["id"] == body["id"]
    revision = PilotRevision.objects.get()
    assert (revision.data["texts"]["en"]["title"], revision.data["fields"]["city"]) == (
        "Edited",
        "Kaunas",
    )


@pytest.mark.parametrize(
    ("role", "draft_status", "published_status"),
    [
        ("member", 404, 403),
        ("other_member", 404, 403),
        ("org_member", 200, 202),
        ("org_admin", 200, 202),
        ("moderator", 200, 202),
        ("staff", 200, 202),
    ],
)
def test_who_may_patch(client, people, role, draft_status, published_status):
    """The pilot's editors may; who cannot see a draft gets a 404, others a 403."""
    draft, published = _draft(people), _published(people)
    payload = {"data": {"city": "Kaunas", "nuts3": "LT022"}}
    headers = bearer(people[role])

    assert patch_json(client, draft.pk, payload, headers=headers).status_code == draft_status
    assert patch_json(client, published.pk, payload, headers=headers).status_code == (
        published_status
    )
    draft.refresh_from_db()
    assert (draft.city == "Kaunas") is (draft_status == 200)


def test_an_anonymous_patch_is_refused(client, people):
    """Without a session or token: 401, and nothing changes."""
    pilot = _draft(people)
    response = patch_json(client, pilot.pk, {"data": {"city": "Kaunas"}})

    assert response.status_code == 401
    pilot.refresh_from_db()
    assert pilot.city == "Panevėžys"


@pytest.mark.parametrize("published", [False, True])
@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"buyers": []}, "buyers"),
        ({"buyers": ["no-such-organisation"]}, "buyers"),
        ({"project": "no-such-project"}, "project"),
        ({"texts": {"en": {"title": ""}}}, "texts.en.title"),
        ({"data": {"latitude": 91}}, "data.latitude"),
        ({"data": {"city": None}}, "data.city"),
        ({"data": {"tender_date": "2024-01-01", "award_date": "2023-01-01"}}, "data.award_date"),
        ({"data": {"is_demo": True}}, "data.is_demo"),
        ({"themes": ["poetry"]}, "themes.0"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_a_bad_patch_is_refused_naming_the_field(client, people, published, payload, field):
    """A 422 naming the field; neither the pilot nor a proposed edit changes."""
    pilot = _published(people) if published else _draft(people)
    payload = {**payload, "texts": payload.get("texts", {"en": {"summary": "Changed."}})}
    response = patch_json(client, pilot.pk, payload, headers=bearer(people["org_member"]))

    assert response.status_code == 422, response.json()
    assert field in error_fields(response), response.json()
    pilot.refresh_from_db()
    assert pilot.summary_en == "Not yet."
    assert not PilotRevision.objects.exists()
