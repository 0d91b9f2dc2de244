"""The library API: search with the page's filters and facets, detail, and contributing."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ppi4cities.accounts import services as accounts
from ppi4cities.library import services
from ppi4cities.library.models import Resource
from ppi4cities.moderation.models import Status

from . import documents

pytestmark = pytest.mark.django_db

LIST_URL = "/api/v1/library/resources"


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


def _publish(people, title, summary, body="", facets=None, kind="guidance", year=2025, **extra):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": kind, "original_language": "en", "year": year},
        texts={"en": {"title": title, "summary": summary, "body": body}},
        facets=facets or {},
        submit=True,
        **extra,
    )
    services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _draft(people, title="Secret draft"):
    return services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": title, "summary": "Not yet."}},
        facets={"stage": ["needs"]},
    )


@pytest.fixture
def library(people):
    """Four published resources of several types, stages, countries and years, and a draft."""
    _publish(
        people,
        "Mobility market dialogue",
        "Talking to bus makers.",
        facets={"stage": ["market-consultation"], "country": ["LT"], "theme": ["mobility"]},
        year=2024,
    )
    _publish(
        people,
        "Mobility pilot report",
        "Electric buses in Panevėžys.",
        kind="report",
        facets={"stage": ["impact-scaling"], "country": ["EU"], "theme": ["mobility"]},
    )
    _publish(
        people,
        "Energy audit template",
        "Buildings.",
        kind="template",
        facets={"stage": ["needs"], "country": ["EE"], "theme": ["energy"]},
    )
    _publish(
        people,
        "Innovation partnership clauses",
        "Contract terms.",
        kind="template",
        facets={"stage": ["tender-documents"], "procedure": ["innovation"], "country": ["LT"]},
    )
    _draft(people)


def valid_payload(people, **changes):
    payload = {
        "organisation": people["organisation"].slug,
        "kind": "template",
        "original_language": "en",
        "texts": {
            "en": {
                "title": "Pre-commercial procurement contract",
                "summary": "A model contract for the R&D phase.",
                "body": "## Scope\n\nUse with care.",
            },
            "lt": {"title": "Ikiprekybinio pirkimo sutartis"},
        },
        "facets": {"stage": ["tender-documents"], "country": ["LT", "EU"], "theme": ["digital"]},
        "year": 2025,
        "licence": "CC-BY-4.0",
        "cpv_codes": ["73000000-2"],
        "links": [{"url": "https://example.org/pcp", "title": "PCP guide"}],
    }
    payload.update(changes)
    return payload


# Listing ---------------------------------------------------------------------------------


def test_an_anonymous_visitor_lists_only_published_resources(client, library):
    """The draft is neither listed nor counted for the public."""
    body = client.get(LIST_URL).json()

    titles = [r["title"] for r in body["results"]]
    assert body["count"] == 4 and len(titles) == 4
    assert "Secret draft" not in titles
    assert {r["status"] for r in body["results"]} == {"published"}
    stages = {o["value"]: o["count"] for o in body["facets"]["stage"]}
    assert stages["needs"] == 1


def test_a_list_entry_says_what_a_result_shows(client, people):
    """Each result carries its texts, language, type, year, organisation, facets and address."""
    resource = _publish(
        people, "Street lighting guide", "Smart lamps.", facets={"stage": ["needs"]}
    )

    [entry] = client.get(LIST_URL).json()["results"]

    assert entry["id"] == resource.pk
    assert entry["url"] == f"http://testserver/library/{resource.pk}/"
    assert (entry["title"], entry["summary"], entry["language"]) == (
        "Street lighting guide",
        "Smart lamps.",
        "en",
    )
    assert (entry["type"], entry["year"], entry["licence"]) == ("guidance", 2025, "CC-BY-4.0")
    assert entry["organisation"] == {
        "slug": people["organisation"].slug,
        "name": "Panevėžys City Municipality",
    }
    assert entry["facets"] == {"stage": ["needs"]}
    assert entry["published_at"] and entry["snippet"] is None


def test_a_draft_is_listed_for_its_author_with_a_token(client, people, library):
    """With the author's token the draft is listed, and counted in the facets."""
    body = client.get(LIST_URL, headers=bearer(people["org_member"])).json()

    assert "Secret draft" in [r["title"] for r in body["results"]]
    assert body["count"] == 5
    stages = {o["value"]: o["count"] for o in body["facets"]["stage"]}
    assert stages["needs"] == 2


def test_a_bad_token_is_refused_rather_than_read_as_anonymous(client, library):
    """A script whose token is wrong learns it (401) instead of silently seeing less."""
    response = client.get(LIST_URL, headers={"Authorization": "Bearer ppi_wrong"})

    assert response.status_code == 401
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "query_string",
    [
        "",
        "stage=market-consultation&stage=needs",
        "type=template&country=LT",
        "theme=mobility&year=2024&year=2025",
        "country=EU&country=EE&sort=-published",
        "q=mobility&stage=impact-scaling",
        "q=mobility",
        "type=poem&year=abc&stage=flying&sort=drop",
    ],
)
def test_filters_and_facet_counts_equal_the_pages(client, library, query_string):
    """For the same query string the API lists what /library/ lists, with the same counts."""
    page = client.get(f"/library/?{query_string}")
    body = client.get(f"{LIST_URL}?{query_string}").json()

    assert [r["id"] for r in body["results"]] == [r.pk for r in page.context["page"].object_list]
    assert body["count"] == page.context["page"].paginator.count

    def counts(facets):
        return {
            name: [(o["value"], o["count"], o["selected"]) for o in options]
            for name, options in facets.items()
        }

    assert counts(body["facets"]) == counts(page.context["facets"])


def test_a_search_is_ranked_with_marked_snippets(client, people):
    """A title match comes first, and each result has a passage with the words in <mark>."""
    _publish(people, "Evaluation grid", "How to score bids.", body="Life-cycle cost matters.")
    _publish(people, "Life-cycle cost calculator", "A spreadsheet for life-cycle cost.")

    results = client.get(LIST_URL, {"q": "life-cycle cost"}).json()["results"]

    assert [r["title"] for r in results] == ["Life-cycle cost calculator", "Evaluation grid"]
    assert all("<mark>" in r["snippet"] for r in results)


def test_page_size_limits_the_results(client, library):
    """page_size and page cut the list; the count and the number of pages say what is left."""
    first = client.get(LIST_URL, {"page_size": 3}).json()
    second = client.get(LIST_URL, {"page_size": 3, "page": 2}).json()
    beyond = client.get(LIST_URL, {"page_size": 3, "page": 99}).json()

    assert (first["count"], first["pages"], len(first["results"])) == (4, 2, 3)
    assert len(second["results"]) == 1
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
    ],
)
def test_bad_paging_is_refused_naming_the_parameter(client, db, params, field):
    """Values the API does not serve are a 422 that names the parameter."""
    response = client.get(LIST_URL, params)

    assert response.status_code == 422
    assert field in error_fields(response)


def test_the_list_makes_the_same_queries_whatever_the_number_of_results(client, people):
    """Ten more matching resources add no query to a filtered search with facets."""
    _publish(people, "Mobility guide 0", "Buses.", facets={"stage": ["needs"]})
    headers = bearer(people["org_member"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(LIST_URL, {"q": "mobility", "stage": "needs"}, headers=headers)
        assert response.status_code == 200
        return len(captured.captured_queries), response.json()["count"]

    queries()  # the token's first use is recorded once
    before, found = queries()
    for index in range(1, 11):
        _publish(people, f"Mobility guide {index}", "Buses.", facets={"stage": ["needs"]})
    assert found == 1
    queries()  # the first search after a change rebuilds the snapshot and searches again
    assert queries() == (before, 11)


# Detail ----------------------------------------------------------------------------------


def test_the_detail_gives_translations_files_links_and_versions(client, people):
    """A resource shows every translation, its files with their download address, and links."""
    first = _publish(people, "Contract template", "Version one.")
    second = _publish(
        people,
        "Contract template",
        "Version two.",
        previous_version=first,
        links=[{"url": "https://example.org/contract", "title": "Source"}],
        files=[documents.pdf()],
    )

    body = client.get(detail_url(second.pk)).json()

    assert body["texts"]["en"] == {
        "title": "Contract template",
        "summary": "Version two.",
        "body": "",
    }
    assert body["texts"]["lt"] == {"title": "", "summary": "", "body": ""}
    [item] = body["files"]
    assert item["url"] == f"http://testserver/library/files/{item['id']}/"
    assert (item["name"], item["content_type"]) == ("guide.pdf", "application/pdf")
    assert item["size"] > 0
    assert body["links"] == [{"url": "https://example.org/contract", "title": "Source"}]
    assert body["versions"] == {"previous": first.pk, "next": None}
    assert client.get(detail_url(first.pk)).json()["versions"] == {
        "previous": None,
        "next": second.pk,
    }


def test_a_draft_is_a_json_404_to_everyone_outside_its_circle(client, people):
    """Visitors and other members get 404; the author and the organisation's admin see it."""
    draft = _draft(people)

    response = client.get(detail_url(draft.pk))
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}
    assert (
        client.get(detail_url(draft.pk), headers=bearer(people["other_member"])).status_code == 404
    )
    for role in ["org_member", "org_admin", "moderator"]:
        response = client.get(detail_url(draft.pk), headers=bearer(people[role]))
        assert response.status_code == 200, role
        assert response.json()["status"] == "draft"


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999999", "-1"])
def test_unknown_ids_are_a_json_404(client, db, pk):
    """Ids that name no resource, even past the database's integers, answer 404."""
    response = client.get(detail_url(pk))

    assert response.status_code == 404
    assert response.json()["detail"]


# Creating --------------------------------------------------------------------------------


@pytest.mark.parametrize("submit, status", [(False, Status.DRAFT), (True, Status.PENDING)])
def test_a_member_contributes_for_their_organisation(client, people, submit, status):
    """A member's token creates a draft, or sends it to the moderators; 201 with the detail."""
    response = post_json(
        client, valid_payload(people, submit=submit), headers=bearer(people["org_member"])
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    resource = Resource.objects.get()
    assert (body["id"], body["status"]) == (resource.pk, status)
    assert resource.author == people["org_member"]
    assert resource.organisation == people["organisation"]
    assert body["texts"]["lt"]["title"] == "Ikiprekybinio pirkimo sutartis"
    assert body["facets"] == {
        "country": ["EU", "LT"],
        "stage": ["tender-documents"],
        "theme": ["digital"],
    }
    assert body["links"] == [{"url": "https://example.org/pcp", "title": "PCP guide"}]
    assert body["cpv_codes"] == ["73000000-2"]
    assert client.get(detail_url(resource.pk)).status_code == 404


def test_someone_outside_the_organisation_is_refused(client, people):
    """A member of another organisation gets 403, and nothing is saved."""
    response = post_json(client, valid_payload(people), headers=bearer(people["other_member"]))

    assert response.status_code == 403
    assert response.json()["detail"]
    assert not Resource.objects.exists()


@pytest.mark.parametrize("enforce_csrf_checks", [False, True])
def test_an_anonymous_visitor_must_sign_in_to_contribute(people, enforce_csrf_checks):
    """Without a session or token the answer is 401 in JSON."""
    response = post_json(Client(enforce_csrf_checks=enforce_csrf_checks), valid_payload(people))

    assert response.status_code == 401
    assert response.json()["detail"]
    assert not Resource.objects.exists()


def test_a_browser_session_must_send_the_csrf_token(people):
    """Without its CSRF token the browser session is refused; with it the resource is created."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people["org_member"])
    browser.get("/library/new/")

    refused = post_json(browser, valid_payload(people))
    assert refused.status_code == 403
    assert not Resource.objects.exists()

    accepted = post_json(
        browser,
        valid_payload(people),
        headers={"X-CSRFToken": browser.cookies["csrftoken"].value},
    )
    assert accepted.status_code == 201
    assert Resource.objects.count() == 1


def _texts(**changes):
    return {"en": {"title": "A title", "summary": "A summary.", **changes}}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"texts": _texts(title="")}, "title"),
        ({"texts": {"en": {"summary": "No title."}}}, "title"),
        ({"texts": {"lt": {"title": "Tik lietuviškai", "summary": "Ne."}}}, "title"),
        ({"texts": _texts(title="x" * 251)}, "texts.en.title"),
        ({"texts": _texts(title="Nul\x00")}, "texts.en.title"),
        ({"texts": {"xx": {"title": "Hello"}}}, "texts.xx"),
        ({"texts": _texts(colour="red")}, "texts.en.colour"),
        ({"kind": "poem"}, "kind"),
        ({"kind": None}, "kind"),
        ({"original_language": "xx"}, "original_language"),
        ({"facets": {"stage": ["flying"]}}, "facets.stage"),
        ({"facets": {"country": ["XX"]}}, "facets.country"),
        ({"facets": {"colour": ["red"]}}, "facets"),
        ({"facets": {"stage": "needs"}}, "facets.stage"),
        ({"year": 1800}, "year"),
        ({"year": "soon"}, "year"),
        ({"licence": "WTFPL"}, "licence"),
        ({"cpv_codes": ["12345"]}, "cpv_codes.0"),
        ({"links": [{"url": "not a link"}]}, "links"),
        ({"links": [{"url": "https://example.org"}] * 21}, "links"),
        ({"organisation": "no-such-organisation"}, "organisation"),
        ({"organisation": "bad\x00slug"}, "organisation"),
        ({"files": ["guide.pdf"]}, "files"),
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
    assert not Resource.objects.exists()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("", "application/json"),
        ("not json", "application/json"),
        ("[]", "application/json"),
        ("null", "application/json"),
        ("title=Hello&kind=report", "application/x-www-form-urlencoded"),
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
    assert not Resource.objects.exists()


def test_the_openapi_document_lists_the_library_endpoints(client, db):
    """openapi.json documents search, detail and create of library resources."""
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert set(paths["/api/v1/library/resources"]) == {"get", "post"}
    assert set(paths["/api/v1/library/resources/{resource_id}"]) == {"get"}
