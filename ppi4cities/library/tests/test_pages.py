"""The library's pages: listing with filters, resource pages, contributing and moderating."""

import pytest

from ppi4cities.library import services
from ppi4cities.library.models import Resource
from ppi4cities.moderation.models import Decision, Status

from . import documents

pytestmark = pytest.mark.django_db


def _form(people, **changes):
    data = {
        "organisation": str(people["organisation"].pk),
        "kind": "template",
        "original_language": "en",
        "title": "Innovation partnership contract clauses",
        "summary": "Clauses for the research and development phase.",
        "body": "## Scope\n\nUse with care.",
        "themes": ["digital"],
        "stages": ["tender-documents"],
        "procedures": ["innovation"],
        "countries": "LT, EU",
        "languages": ["en"],
        "year": "2025",
        "licence": "CC-BY-4.0",
        "links": "https://example.org/clauses",
        "action": "submit",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def published(people):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "guidance", "original_language": "lt", "year": 2024},
        texts={
            "lt": {
                "title": "Rinkos konsultacijos gairės",
                "summary": "Kaip konsultuotis.",
                "body": "**Svarbu**",
            }
        },
        facets={"stage": ["market-consultation"], "country": ["LT"]},
        files=[documents.pdf()],
        submit=True,
    )
    services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def test_the_library_lists_published_resources_with_facets(client, published):
    """Anyone sees published resources, filters and counts."""
    response = client.get("/library/?stage=market-consultation")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Rinkos konsultacijos gairės" in body
    assert 'id="lf-stage-market-consultation" checked' in body
    assert "1 resource found" in body


def test_unknown_filters_are_ignored(client, published):
    """Hand-edited URLs never fail."""
    response = client.get("/library/?type=poem&year=abc&stage=flying&sort=drop&page=x")
    assert response.status_code == 200


def test_a_resource_page_falls_back_to_the_original_language_with_a_note(client, published):
    """A Lithuanian resource shows in Lithuanian to an English reader, marked as such."""
    body = client.get(published.get_absolute_url()).content.decode()
    assert 'lang="lt"' in body and "translation-note" in body
    assert "<strong>Svarbu</strong>" in body
    assert "guide.pdf" in body


def test_files_download_and_are_counted(client, published):
    """Downloading a file serves it as an attachment and counts the download."""
    item = published.files.get()
    response = client.get(f"/library/files/{item.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    published.refresh_from_db()
    assert published.download_count == 1


def test_drafts_are_hidden_from_everyone_outside_their_circle(client, people):
    """A draft's page and files answer 404 to visitors and other members."""
    draft = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Secret draft", "summary": "Not yet."}},
        facets={},
        files=[documents.pdf()],
    )
    item = draft.files.get()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"/library/files/{item.pk}/").status_code == 404
    assert "Secret draft" not in client.get("/library/").content.decode()
    client.force_login(people["other_member"])
    assert client.get(draft.get_absolute_url()).status_code == 404
    for role in ["org_member", "org_admin", "moderator"]:
        client.force_login(people[role])
        assert client.get(draft.get_absolute_url()).status_code == 200, role


def test_a_member_submits_and_a_moderator_approves(client, people):
    """The submission waits in the queue; approval publishes it and records who decided."""
    client.force_login(people["org_member"])
    response = client.post("/library/new/", _form(people, files=documents.docx()))
    assert response.status_code == 302
    resource = Resource.objects.get()
    assert resource.status == Status.PENDING
    assert resource.files.get().name == "template.docx"
    client.force_login(people["moderator"])
    queue = client.get("/library/moderation/")
    assert "Innovation partnership contract clauses" in queue.content.decode()
    client.post(f"/library/moderation/resource/{resource.pk}/", {"decision": "approve"})
    resource.refresh_from_db()
    assert resource.status == Status.PUBLISHED
    assert Decision.objects.filter(action="approved", actor=people["moderator"]).exists()
    client.logout()
    assert client.get(resource.get_absolute_url()).status_code == 200


def test_asking_for_changes_needs_a_message_and_the_author_sees_it(client, people):
    """A decision without its message answers 400; with it the author reads it."""
    client.force_login(people["org_member"])
    client.post("/library/new/", _form(people))
    resource = Resource.objects.get()
    client.force_login(people["moderator"])
    url = f"/library/moderation/resource/{resource.pk}/"
    assert client.post(url, {"decision": "changes", "message": ""}).status_code == 400
    client.post(url, {"decision": "changes", "message": "Please add the legal basis."})
    client.force_login(people["org_member"])
    assert "Please add the legal basis." in client.get(resource.get_absolute_url()).content.decode()
    client.post(f"/library/{resource.pk}/submit/")
    resource.refresh_from_db()
    assert resource.status == Status.PENDING


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 251}, "title"),
        ({"kind": "poem"}, "kind"),
        ({"countries": "XX"}, "countries"),
        ({"year": "1800"}, "year"),
        ({"links": "not a link"}, "links"),
        ({"organisation": "999999"}, "organisation"),
    ],
)
def test_bad_submissions_are_refused_beside_the_field(client, people, changes, field):
    """Bad input answers 400 with the message at the field, and nothing is saved."""
    client.force_login(people["org_member"])
    response = client.post("/library/new/", _form(people, **changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Resource.objects.exists()


@pytest.mark.parametrize(
    "upload", [documents.html_named_pdf, documents.plain_zip_named_docx, documents.empty]
)
def test_bad_files_are_refused(client, people, upload):
    """Wrong content behind a right name, or an empty file, answers 400 and saves nothing."""
    client.force_login(people["org_member"])
    response = client.post("/library/new/", _form(people, files=upload()))
    assert response.status_code == 400
    assert not Resource.objects.exists()


def test_only_moderators_reach_the_queue(client, people):
    """Members and admins are refused the moderation pages."""
    for role in ["member", "org_member", "org_admin"]:
        client.force_login(people[role])
        assert client.get("/library/moderation/").status_code == 403
        assert (
            client.post("/library/moderation/resource/1/", {"decision": "approve"}).status_code
            == 403
        )
    client.force_login(people["moderator"])
    assert client.get("/library/moderation/").status_code == 200


def test_the_atom_feed_keeps_filters_and_shows_only_published(client, people, published):
    """The feed lists published resources matching the filters, never drafts."""
    services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Hidden draft", "summary": "Not yet."}},
        facets={"stage": ["market-consultation"]},
    )
    response = client.get("/library/feed.atom?stage=market-consultation")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Rinkos konsultacijos gairės" in body and "Hidden draft" not in body
    assert "Rinkos" not in client.get("/library/feed.atom?stage=needs").content.decode()


def test_the_csv_export_follows_the_filters_and_visibility(client, people, published):
    """The CSV has a header and one row per visible matching resource."""
    import csv
    import io

    response = client.get("/library/export.csv?country=LT")
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["id", "url", "title"]
    assert [row[2] for row in rows[1:]] == ["Rinkos konsultacijos gairės"]
    assert rows[1][9] == "market-consultation"
    empty = client.get("/library/export.csv?country=FI")
    assert len(list(csv.reader(io.StringIO(b"".join(empty.streaming_content).decode())))) == 1
