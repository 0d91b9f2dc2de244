"""The OpenAPI document and the interactive documentation, served without any CDN."""

import json
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders


class _Sources(HTMLParser):
    """Collects the addresses a page loads scripts and stylesheets from."""

    def __init__(self):
        super().__init__()
        self.scripts = []
        self.stylesheets = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.stylesheets.append(attrs["href"])


def test_the_openapi_document_describes_the_organisation_endpoints(client, db):
    """openapi.json is valid JSON listing the organisation and /me operations."""
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "PPI4Cities API"
    paths = document["paths"]
    assert set(paths["/api/v1/organisations"]) == {"get", "post"}
    assert set(paths["/api/v1/organisations/{slug}"]) == {"get", "patch"}
    assert "get" in paths["/api/v1/me"]


def test_the_openapi_document_declares_the_bearer_token(client, db):
    """Writes are documented as needing a bearer token or the browser session."""
    document = client.get("/api/v1/openapi.json").json()

    schemes = document["components"]["securitySchemes"]
    bearer = [
        name
        for name, scheme in schemes.items()
        if scheme.get("type") == "http" and scheme.get("scheme") == "bearer"
    ]
    assert bearer
    create = document["paths"]["/api/v1/organisations"]["post"]
    assert {bearer[0]: []} in create["security"]
    assert "security" not in document["paths"]["/api/v1/organisations"]["get"]


def test_the_openapi_document_names_the_page_size_limit(client, db):
    """Clients can read from the document that page_size goes from 1 to 100."""
    document = client.get("/api/v1/openapi.json").json()

    parameters = document["paths"]["/api/v1/organisations"]["get"]["parameters"]
    [page_size] = [p for p in parameters if p["name"] == "page_size"]
    assert (page_size["schema"]["minimum"], page_size["schema"]["maximum"]) == (1, 100)


def test_the_documentation_page_loads_everything_from_our_own_static_files(client, db):
    """/api/v1/docs is HTML whose scripts and styles come from /static/, never from a CDN."""
    response = client.get("/api/v1/docs")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    sources = _Sources()
    sources.feed(html)
    assert sources.scripts
    assert sources.stylesheets
    for address in sources.scripts + sources.stylesheets:
        assert address.startswith("/static/"), address
        assert finders.find(address.removeprefix("/static/")), address
    assert "http://" not in html
    assert "https://" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "method, path, status",
    [("get", "/api/v1/no-such-thing", 404), ("delete", "/api/v1/organisations/x", 405)],
)
def test_unknown_paths_and_methods_answer_in_json(client, method, path, status):
    """Errors outside the routers still answer JSON under /api/."""
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
