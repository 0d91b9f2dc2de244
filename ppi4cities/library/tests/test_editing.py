"""The edit form: it starts from the resource (or its proposed edit), removes and adds files,
refuses bad input beside the field without saving anything, and starts new versions."""

import pytest
from django.core import mail

from ppi4cities.library import services
from ppi4cities.library.models import Resource, ResourceRevision
from ppi4cities.moderation.models import Status

from . import documents

pytestmark = pytest.mark.django_db


def _resource(people, publish=False, **extra):
    arguments = {
        "author": people["org_member"],
        "organisation": people["organisation"],
        "data": {
            "kind": "template",
            "original_language": "lt",
            "year": 2024,
            "licence": "CC0-1.0",
            "authors": "Ona Jonaitė",
            "cpv_codes": ["73000000-2"],
            "version_label": "1.0",
        },
        "texts": {
            "lt": {
                "title": "Rinkos konsultacijos pranešimas",
                "summary": "Pranešimo šablonas.",
                "body": "Skelbkite **anksti**.",
            },
            "en": {"title": "Market consultation notice", "summary": "A notice template."},
        },
        "facets": {
            "stage": ["market-consultation"],
            "country": ["LT", "EU"],
            "theme": ["mobility"],
        },
        "links": [{"url": "https://example.org/notice", "title": "Model notice"}],
        "files": [documents.pdf(), documents.docx()],
    }
    arguments.update(extra)
    resource = services.resource_create(**arguments)
    if publish:
        services.resource_submit(resource=resource, actor=people["org_member"])
        services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _form(**changes):
    """What the edit form sends for the resource above, with `changes`."""
    data = {
        "kind": "template",
        "original_language": "lt",
        "title": "Rinkos konsultacijos pranešimas",
        "summary": "Pranešimo šablonas.",
        "body": "Skelbkite **anksti**.",
        "themes": ["mobility"],
        "stages": ["market-consultation"],
        "countries": "LT, EU",
        "year": "2024",
        "licence": "CC0-1.0",
        "authors": "Ona Jonaitė",
        "cpv_codes": "73000000-2",
        "version_label": "1.0",
        "links": "https://example.org/notice Model notice",
        "action": "draft",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def _field(response, name):
    return response.context["form"][name]


def test_the_form_starts_from_the_resource_in_its_original_language(client, people):
    """Texts in Lithuanian, facets ticked, links with titles, CPV, version and licence."""
    resource = _resource(people)
    client.force_login(people["org_member"])
    response = client.get(f"/library/{resource.pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="Rinkos konsultacijos pranešimas"' in body
    assert "Skelbkite **anksti**." in body
    assert 'value="market-consultation" id="id_stages_1" checked' in body
    assert 'value="EU, LT"' in body
    assert "https://example.org/notice Model notice" in body
    assert 'value="73000000-2"' in body and 'value="1.0"' in body
    assert '<option value="CC0-1.0" selected>' in body
    assert '<option value="lt" selected>' in body
    assert "guide.pdf" in body and "template.docx" in body
    assert 'name="organisation"' not in body
    assert "Panevėžys City Municipality" in body


def test_saving_keeps_the_translations_the_form_does_not_show(client, people):
    """Editing the Lithuanian text leaves the English translation alone."""
    resource = _resource(people)
    client.force_login(people["org_member"])
    response = client.post(f"/library/{resource.pk}/edit/", _form(summary="Naujas aprašymas."))
    assert response.status_code == 302
    resource.refresh_from_db()
    assert resource.summary_lt == "Naujas aprašymas."
    assert resource.title_en == "Market consultation notice"
    assert resource.links.get().title == "Model notice"
    assert resource.status == Status.DRAFT


def test_a_draft_can_be_saved_and_sent_in_one_step(
    client, people, django_capture_on_commit_callbacks
):
    """ "Save and send to the moderators" submits the draft and tells them."""
    resource = _resource(people)
    client.force_login(people["org_member"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/library/{resource.pk}/edit/", _form(action="submit"))
    resource.refresh_from_db()
    assert resource.status == Status.PENDING
    assert len(mail.outbox) == 2


def test_files_of_a_draft_are_removed_and_added_at_once(client, people):
    """Ticked files go, uploaded ones join, others stay."""
    resource = _resource(people)
    pdf = resource.files.get(name="guide.pdf")
    client.force_login(people["org_member"])
    response = client.post(
        f"/library/{resource.pk}/edit/",
        _form(remove_files=[str(pdf.pk)], files=documents.xlsx()),
    )
    assert response.status_code == 302
    assert list(resource.files.values_list("name", flat=True)) == ["template.docx", "grid.xlsx"]


def test_files_of_a_published_resource_change_only_when_the_edit_is_approved(client, people):
    """The proposed edit holds the new file aside; approval swaps the files."""
    resource = _resource(people, publish=True)
    pdf = resource.files.get(name="guide.pdf")
    client.force_login(people["org_member"])
    client.post(
        f"/library/{resource.pk}/edit/", _form(remove_files=[str(pdf.pk)], files=documents.odt())
    )
    revision = ResourceRevision.objects.get()
    assert sorted(resource.files.values_list("name", flat=True)) == ["guide.pdf", "template.docx"]
    added = revision.data["files"]["add"][0]
    url = f"/library/proposed-edits/{revision.pk}/files/{added['key']}/"

    form = client.get(f"/library/{resource.pk}/edit/").content.decode()
    assert "notice.odt" in form and "guide.pdf" not in form
    client.force_login(people["other_member"])
    assert client.get(url).status_code == 404
    client.force_login(people["moderator"])
    download = client.get(url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert download["Content-Security-Policy"] == "default-src 'none'; sandbox"
    queue = client.get("/library/moderation/").content.decode()
    assert "notice.odt" in queue and "guide.pdf" in queue

    client.post(f"/library/moderation/revision/{revision.pk}/", {"decision": "approve"})
    assert sorted(resource.files.values_list("name", flat=True)) == ["notice.odt", "template.docx"]
    new_file = resource.files.get(name="notice.odt")
    client.logout()
    assert client.get(f"/library/files/{new_file.pk}/").status_code == 200


def test_a_file_a_proposed_edit_adds_can_be_removed_again(client, people):
    """Reworking the edit can drop a file it added; the queue keeps one edit."""
    resource = _resource(people, publish=True)
    client.force_login(people["org_member"])
    client.post(f"/library/{resource.pk}/edit/", _form(files=documents.odt()))
    key = ResourceRevision.objects.get().data["files"]["add"][0]["key"]
    client.post(f"/library/{resource.pk}/edit/", _form(remove_files=[key]))
    revision = ResourceRevision.objects.get()
    assert revision.data["files"] == {"remove": [], "add": []}
    assert revision.status == Status.PENDING


def test_the_form_starts_from_the_waiting_edit_and_saving_replaces_it(client, people):
    """No second proposed edit: the waiting one is reworked, the published text stays."""
    resource = _resource(people, publish=True)
    client.force_login(people["org_member"])
    client.post(f"/library/{resource.pk}/edit/", _form(title="Pirmas pakeitimas"))
    response = client.get(f"/library/{resource.pk}/edit/")
    assert _field(response, "title").value() == "Pirmas pakeitimas"
    assert "Your proposed edit is waiting for the moderators." in response.content.decode()
    client.post(f"/library/{resource.pk}/edit/", _form(title="Antras pakeitimas"))
    assert ResourceRevision.objects.count() == 1
    assert ResourceRevision.objects.get().data["texts"]["lt"]["title"] == "Antras pakeitimas"
    resource.refresh_from_db()
    assert resource.title_lt == "Rinkos konsultacijos pranešimas"
    client.force_login(people["moderator"])
    queue = client.get("/library/moderation/").content.decode()
    assert queue.count("What the edit changes") == 1


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"title": ""}, "title"),
        ({"summary": ""}, "summary"),
        ({"kind": "poem"}, "kind"),
        ({"countries": "XX"}, "countries"),
        ({"cpv_codes": "7300"}, "cpv_codes"),
        ({"year": "1800"}, "year"),
        ({"links": "not a link"}, "links"),
        ({"links": "https://example.org " + "x" * 201}, "links"),
        ({"files": documents.html_named_pdf}, "files"),
        ({"files": documents.empty}, "files"),
        ({"remove_files": ["999999"]}, "remove_files"),
    ],
)
@pytest.mark.parametrize("publish", [False, True], ids=["draft", "published"])
def test_bad_input_is_refused_beside_the_field_and_nothing_is_saved(
    client, people, changes, field, publish
):
    """400 with the message at the field; the resource and its files are untouched."""
    resource = _resource(people, publish=publish)
    before = (resource.title_lt, resource.summary_lt, resource.year, list(resource.cpv_codes))
    files = sorted(resource.files.values_list("name", flat=True))
    changes = {key: value() if callable(value) else value for key, value in changes.items()}
    client.force_login(people["org_member"])
    response = client.post(f"/library/{resource.pk}/edit/", _form(action="submit", **changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert f'id="id_{field}_error"' in response.content.decode()
    resource.refresh_from_db()
    assert (resource.title_lt, resource.summary_lt, resource.year, resource.cpv_codes) == before
    assert sorted(resource.files.values_list("name", flat=True)) == files
    assert resource.status == (Status.PUBLISHED if publish else Status.DRAFT)
    assert not ResourceRevision.objects.exists()


def test_a_bad_rework_leaves_the_waiting_edit_as_it_was(client, people):
    """A refused save does not change the proposed edit the moderators see."""
    resource = _resource(people, publish=True)
    client.force_login(people["org_member"])
    client.post(f"/library/{resource.pk}/edit/", _form(title="Pirmas pakeitimas"))
    response = client.post(f"/library/{resource.pk}/edit/", _form(cpv_codes="12-3"))
    assert response.status_code == 400
    assert ResourceRevision.objects.get().data["texts"]["lt"]["title"] == "Pirmas pakeitimas"


def test_a_published_resource_can_start_its_next_version(client, people):
    """The form starts from the current version; the new one replaces it once published."""
    resource = _resource(people, publish=True)
    client.force_login(people["org_member"])
    page = client.get(resource.get_absolute_url()).content.decode()
    assert f'href="/library/{resource.pk}/new-version/"' in page
    form = client.get(f"/library/{resource.pk}/new-version/")
    assert form.status_code == 200
    assert _field(form, "title").value() == "Rinkos konsultacijos pranešimas"
    assert _field(form, "organisation").value() == people["organisation"].pk
    assert _field(form, "version_label").value() == ""
    data = _form(version_label="2.0", files=documents.docx(), action="submit")
    data["organisation"] = str(people["organisation"].pk)
    response = client.post(f"/library/{resource.pk}/new-version/", data)
    new = Resource.objects.exclude(pk=resource.pk).get()
    assert response["Location"] == new.get_absolute_url()
    assert (new.previous_version, new.version_label, new.status) == (
        resource,
        "2.0",
        Status.PENDING,
    )
    assert list(new.files.values_list("name", flat=True)) == ["template.docx"]
    again = client.get(f"/library/{resource.pk}/new-version/")
    assert again.status_code == 302
    assert (
        f"/library/{resource.pk}/new-version/"
        not in client.get(resource.get_absolute_url()).content.decode()
    )


def test_only_editors_of_a_published_resource_start_a_new_version(client, people):
    """Other members are refused, and drafts have no new version."""
    published = _resource(people, publish=True)
    draft = _resource(people)
    client.force_login(people["other_member"])
    assert client.get(f"/library/{published.pk}/new-version/").status_code == 403
    client.force_login(people["org_member"])
    assert client.get(f"/library/{draft.pk}/new-version/").status_code == 404
    data = _form()
    data["organisation"] = str(people["other_organisation"].pk)
    response = client.post(f"/library/{published.pk}/new-version/", data)
    assert response.status_code == 400
    assert "organisation" in response.context["form"].errors
    assert Resource.objects.count() == 2


def test_the_queue_shows_changes_escaped(client, people):
    """Markup typed into a proposed edit is shown as text to the moderators."""
    resource = _resource(people, publish=True)
    client.force_login(people["org_member"])
    client.post(f"/library/{resource.pk}/edit/", _form(body="Skelbkite <script>alert(1)</script>."))
    client.force_login(people["moderator"])
    queue = client.get("/library/moderation/").content.decode()
    assert "<script>alert(1)" not in queue
    assert "&lt;script&gt;" in queue


def test_the_queue_makes_the_same_queries_however_many_edits_wait(
    client, people, django_assert_max_num_queries
):
    """Five proposed edits with their changes cost no more queries than one."""
    client.force_login(people["moderator"])

    def propose(number):
        resource = _resource(people, publish=True)
        services.resource_update(
            resource=resource,
            actor=people["org_member"],
            data={"year": 2025},
            texts={"lt": {"title": f"Pakeitimas {number}"}},
            facets={"stage": ["needs"]},
            links=[],
            files=[documents.pdf(f"new-{number}.pdf")],
        )

    propose(0)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        assert client.get("/library/moderation/").status_code == 200
    for number in range(1, 5):
        propose(number)
    with django_assert_max_num_queries(len(one)):
        body = client.get("/library/moderation/").content.decode()
    assert body.count("What the edit changes") == 5


def test_line_breaks_sent_by_the_browser_are_not_changes(client, people):
    """A text sent back unchanged, with the browser's CRLF line breaks, changes nothing."""
    resource = _resource(
        people,
        publish=True,
        texts={"lt": {"title": "Gairės", "summary": "Apie.", "body": "Pirma.\n\nAntra."}},
    )
    client.force_login(people["org_member"])
    client.post(
        f"/library/{resource.pk}/edit/",
        _form(title="Gairės", summary="Apie.", body="Pirma.\r\n\r\nAntra."),
    )
    assert ResourceRevision.objects.get().data["texts"]["lt"]["body"] == "Pirma.\n\nAntra."
    client.force_login(people["moderator"])
    queue = client.get("/library/moderation/").content.decode()
    assert "The edit changes nothing in the published version." in queue
