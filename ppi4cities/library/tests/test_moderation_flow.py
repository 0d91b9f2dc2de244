"""Contributions through moderation, end to end through the pages, with the emails each step
sends: submit, ask for changes, resubmit, approve or reject, and edits of published resources."""

import pytest
from django.conf import settings
from django.core import mail

from ppi4cities.library import services
from ppi4cities.library.models import Resource, ResourceRevision
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Action, Status

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "member", "org_member", "other_member", "org_admin"]
ROLES += ["moderator", "staff"]
EDITORS = {"org_member", "org_admin", "staff"}
# Who sees a draft (else 404) among those who are not its editors (else 403).
SEE_DRAFTS = {"moderator"}


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
        "links": "https://example.org/clauses Model clauses",
        "action": "submit",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST through the test client, then run what the request committed (the emails)."""

    def send(url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return send


def _as(client, person):
    client.logout()
    if person is not None:
        client.force_login(person)


def _published(people, title="Market consultation notice"):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "template", "original_language": "en", "year": 2024},
        texts={"en": {"title": title, "summary": "A template notice.", "body": "Publish early."}},
        facets={"stage": ["market-consultation"], "country": ["LT"]},
        submit=True,
    )
    services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _draft(people):
    return services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Pilot report", "summary": "What the pilot found."}},
        facets={},
    )


def _edit_form(people, **changes):
    return _form(people, organisation=None, **changes)


def test_a_member_submits_only_on_behalf_of_their_own_organisation(client, people, post):
    """The submission waits in the queue; another organisation is refused beside the field."""
    _as(client, people["org_member"])
    refused = post("/library/new/", _form(people, organisation=people["other_organisation"].pk))
    assert refused.status_code == 400
    assert "organisation" in refused.context["form"].errors
    assert not Resource.objects.exists()
    assert mail.outbox == []
    assert post("/library/new/", _form(people)).status_code == 302
    resource = Resource.objects.get()
    assert (resource.status, resource.organisation) == (Status.PENDING, people["organisation"])
    _as(client, people["moderator"])
    assert (
        "Innovation partnership contract clauses"
        in client.get("/library/moderation/").content.decode()
    )


def test_changes_requested_then_resubmitted_then_published_and_found(client, people, post):
    """The whole round: every step shows on the pages and sends its emails."""
    _as(client, people["org_member"])
    post("/library/new/", _form(people))
    resource = Resource.objects.get()
    assert sorted(m.to[0] for m in mail.outbox) == [
        "moderator@ppi4cities.example",
        "staff@ppi4cities.example",
    ]
    assert mail.outbox[0].subject == (
        "[PPI4Cities] Waiting for moderation: Innovation partnership contract clauses"
    )
    assert f"{settings.SITE_URL}/library/moderation/" in mail.outbox[0].body

    mail.outbox.clear()
    _as(client, people["moderator"])
    decide = f"/library/moderation/resource/{resource.pk}/"
    post(decide, {"decision": "changes", "message": "Please name the legal basis."})
    assert [m.to for m in mail.outbox] == [["member@city.example"]]
    assert mail.outbox[0].subject.startswith("[PPI4Cities] Changes requested: ")
    assert "Please name the legal basis." in mail.outbox[0].body
    assert f"{settings.SITE_URL}/library/{resource.pk}/" in mail.outbox[0].body

    _as(client, people["org_member"])
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "Changes requested" in page and "Please name the legal basis." in page
    edit = client.get(f"/library/{resource.pk}/edit/")
    assert "Please name the legal basis." in edit.content.decode()
    mail.outbox.clear()
    summary = "Clauses for the R&D phase, under Article 31 of Directive 2014/24/EU."
    response = post(f"/library/{resource.pk}/edit/", _edit_form(people, summary=summary))
    assert response.status_code == 302
    resource.refresh_from_db()
    assert (resource.status, resource.summary_en) == (Status.PENDING, summary)
    assert len(mail.outbox) == 2
    assert mail.outbox[0].subject.startswith("[PPI4Cities] Sent again for moderation: ")

    mail.outbox.clear()
    _as(client, people["moderator"])
    post(decide, {"decision": "approve", "message": "Thank you!"})
    resource.refresh_from_db()
    assert resource.status == Status.PUBLISHED
    assert mail.outbox[0].subject.startswith("[PPI4Cities] Published: ")
    assert "Thank you!" in mail.outbox[0].body

    _as(client, None)
    found = client.get("/library/?q=Directive+2014").content.decode()
    assert "Innovation partnership contract clauses" in found


def test_a_rejection_gives_the_reason_and_the_author_can_try_again(client, people, post):
    """The author reads the reason on the page and in the email, reworks and resubmits."""
    _as(client, people["org_member"])
    post("/library/new/", _form(people))
    resource = Resource.objects.get()
    mail.outbox.clear()
    _as(client, people["moderator"])
    post(
        f"/library/moderation/resource/{resource.pk}/",
        {"decision": "reject", "message": "This is a copy of an existing template."},
    )
    assert mail.outbox[0].subject.startswith("[PPI4Cities] Not published: ")
    assert "This is a copy of an existing template." in mail.outbox[0].body
    _as(client, people["org_member"])
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "Rejected" in page and "This is a copy of an existing template." in page
    post(f"/library/{resource.pk}/submit/")
    resource.refresh_from_db()
    assert resource.status == Status.PENDING


def test_an_edit_of_a_published_resource_waits_while_the_published_text_stays(client, people, post):
    """The proposed edit is in the queue with what it changes; approval applies it."""
    resource = _published(people)
    mail.outbox.clear()
    _as(client, people["org_member"])
    new_title = "Market consultation notice, 2025 edition"
    response = post(f"/library/{resource.pk}/edit/", _edit_form(people, title=new_title))
    assert response.status_code == 302
    revision = ResourceRevision.objects.get()
    assert revision.status == Status.PENDING
    assert sorted(m.to[0] for m in mail.outbox) == [
        "moderator@ppi4cities.example",
        "staff@ppi4cities.example",
    ]
    assert mail.outbox[0].subject == (
        "[PPI4Cities] Waiting for moderation: Market consultation notice (proposed edit)"
    )

    editor_page = client.get(resource.get_absolute_url()).content.decode()
    assert "your proposed edit is waiting for the moderators" in editor_page
    _as(client, None)
    public = client.get(resource.get_absolute_url()).content.decode()
    assert '<h1 lang="en">Market consultation notice</h1>' in public
    assert "2025 edition" not in public and "proposed edit" not in public

    _as(client, people["moderator"])
    queue = client.get("/library/moderation/").content.decode()
    assert "What the edit changes" in queue
    assert '<span class="visually-hidden" lang="en">Added: </span>, 2025 edition</ins>' in queue

    mail.outbox.clear()
    post(f"/library/moderation/revision/{revision.pk}/", {"decision": "approve"})
    resource.refresh_from_db()
    assert resource.title_en == new_title and resource.status == Status.PUBLISHED
    assert [m.to for m in mail.outbox] == [["member@city.example"]]
    assert mail.outbox[0].subject == (
        "[PPI4Cities] Published: Market consultation notice, 2025 edition (proposed edit)"
    )
    _as(client, None)
    assert new_title in client.get("/library/?q=2025+edition").content.decode()


def test_changes_to_a_proposed_edit_are_requested_and_reworked(client, people, post):
    """A proposed edit sent back shows the message to its editors, who rework and resend it."""
    resource = _published(people)
    _as(client, people["org_member"])
    post(f"/library/{resource.pk}/edit/", _edit_form(people, title="Renamed notice"))
    revision = ResourceRevision.objects.get()
    _as(client, people["moderator"])
    mail.outbox.clear()
    post(
        f"/library/moderation/revision/{revision.pk}/",
        {"decision": "changes", "message": "Keep the word consultation in the title."},
    )
    assert mail.outbox[0].to == ["member@city.example"]
    assert "Keep the word consultation in the title." in mail.outbox[0].body
    _as(client, people["org_admin"])
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "the moderators asked for changes to your proposed edit" in page
    assert "Keep the word consultation in the title." in page
    form = client.get(f"/library/{resource.pk}/edit/").content.decode()
    assert 'value="Renamed notice"' in form
    post(f"/library/{resource.pk}/edit/", _edit_form(people, title="Renamed consultation notice"))
    revision.refresh_from_db()
    assert revision.status == Status.PENDING
    assert revision.data["texts"]["en"]["title"] == "Renamed consultation notice"
    assert ResourceRevision.objects.count() == 1
    resource.refresh_from_db()
    assert resource.title_en == "Market consultation notice"


def test_every_decision_is_recorded_with_who_and_when(client, people, post):
    """The resource page lists each decision on it and on its proposed edits, with the person."""
    _as(client, people["org_member"])
    post("/library/new/", _form(people))
    resource = Resource.objects.get()
    _as(client, people["moderator"])
    decide = f"/library/moderation/resource/{resource.pk}/"
    post(decide, {"decision": "changes", "message": "Add the CPV codes."})
    _as(client, people["org_member"])
    post(f"/library/{resource.pk}/submit/")
    _as(client, people["moderator"])
    post(decide, {"decision": "approve"})
    _as(client, people["org_member"])
    post(f"/library/{resource.pk}/edit/", _edit_form(people, title="Clauses, second edition"))
    post(f"/library/{resource.pk}/withdraw/")

    history = moderation.moderation_history(resource)
    assert [(d.action, d.actor) for d in history] == [
        (Action.APPROVED, people["moderator"]),
        (Action.SUBMITTED, people["org_member"]),
        (Action.CHANGES_REQUESTED, people["moderator"]),
        (Action.SUBMITTED, people["org_member"]),
    ]
    assert all(d.created_at for d in history)
    revision_history = moderation.moderation_history(ResourceRevision.objects.get())
    assert [d.action for d in revision_history] == [Action.WITHDRAWN, Action.SUBMITTED]
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "Moderation history" in page
    assert page.count("(Mona Moderator)") == 2
    assert "Withdrawn (proposed edit) (Petras Member)" in page


def test_an_author_who_reads_lithuanian_gets_links_in_lithuanian(client, people, post):
    """The decision email's link opens the Lithuanian page."""
    people["org_member"].language = "lt"
    people["org_member"].save()
    _as(client, people["org_member"])
    post("/library/new/", _form(people))
    resource = Resource.objects.get()
    mail.outbox.clear()
    _as(client, people["moderator"])
    post(
        f"/library/moderation/resource/{resource.pk}/",
        {"decision": "changes", "message": "Nurodykite teisinį pagrindą."},
    )
    assert mail.outbox[0].to == ["member@city.example"]
    assert f"{settings.SITE_URL}/lt/library/{resource.pk}/" in mail.outbox[0].body
    assert "Nurodykite teisinį pagrindą." in mail.outbox[0].body


def test_withdrawing_returns_the_item_to_drafts_and_sends_no_email(client, people, post):
    """Withdrawn items leave the queue quietly; a withdrawn edit keeps the published text."""
    _as(client, people["org_member"])
    post("/library/new/", _form(people))
    resource = Resource.objects.get()
    mail.outbox.clear()
    response = post(f"/library/{resource.pk}/withdraw/")
    assert response.status_code == 302
    resource.refresh_from_db()
    assert resource.status == Status.DRAFT
    assert mail.outbox == []
    _as(client, people["moderator"])
    assert "Innovation partnership" not in client.get("/library/moderation/").content.decode()

    published = _published(people, title="Needs assessment guide")
    _as(client, people["org_member"])
    post(f"/library/{published.pk}/edit/", _edit_form(people, title="Needs guide"))
    mail.outbox.clear()
    post(f"/library/{published.pk}/withdraw/")
    assert ResourceRevision.objects.get().status == Status.DRAFT
    assert mail.outbox == []
    page = client.get(published.get_absolute_url()).content.decode()
    assert "your proposed edit is not with the moderators" in page
    post(f"/library/{published.pk}/submit/")
    assert ResourceRevision.objects.get().status == Status.PENDING
    assert len(mail.outbox) == 2


def test_a_decision_that_fails_sends_no_email(client, people, post):
    """Deciding twice on the same item is refused and tells nobody anything."""
    _as(client, people["org_member"])
    post("/library/new/", _form(people))
    resource = Resource.objects.get()
    _as(client, people["moderator"])
    post(f"/library/moderation/resource/{resource.pk}/", {"decision": "approve"})
    mail.outbox.clear()
    post(f"/library/moderation/resource/{resource.pk}/", {"decision": "reject", "message": "No."})
    resource.refresh_from_db()
    assert resource.status == Status.PUBLISHED
    assert mail.outbox == []


@pytest.mark.parametrize("state", ["draft", "published"])
@pytest.mark.parametrize("role", ROLES)
def test_who_may_open_and_save_the_edit_form(client, people, post, role, state):
    """Editors open and save it; others get 404 for what they cannot see, 403 otherwise."""
    resource = _draft(people) if state == "draft" else _published(people)
    _as(client, people[role])
    url = f"/library/{resource.pk}/edit/"
    data = _edit_form(people, title="Changed title", action="draft")
    if role == "anonymous":
        expected = 302
    elif role in EDITORS:
        expected = 200
    elif state == "draft" and role not in SEE_DRAFTS:
        expected = 404
    else:
        expected = 403
    response = client.get(url)
    assert response.status_code == expected
    if role == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    response = post(url, data)
    assert response.status_code == (302 if role in EDITORS else expected)
    resource.refresh_from_db()
    changed = resource.title_en == "Changed title" or resource.revisions.exists()
    assert changed == (role in EDITORS)


@pytest.mark.parametrize("state", ["resource", "proposed edit"])
@pytest.mark.parametrize("role", ROLES)
def test_who_may_withdraw_from_moderation(client, people, post, role, state):
    """Only the resource's editors take a waiting item back."""
    if state == "resource":
        resource = _draft(people)
        services.resource_submit(resource=resource, actor=people["org_member"])
        waiting = resource
    else:
        resource = _published(people)
        waiting = services.resource_update(
            resource=resource,
            actor=people["org_member"],
            data={},
            texts={"en": {"title": "Renamed"}},
            facets={},
        )
    _as(client, people[role])
    response = post(f"/library/{resource.pk}/withdraw/")
    if role in EDITORS:
        assert response.status_code == 302
        assert response["Location"] == resource.get_absolute_url()
    elif role == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    elif state == "resource" and role not in SEE_DRAFTS:
        assert response.status_code == 404
    else:
        assert response.status_code == 403
    waiting.refresh_from_db()
    assert waiting.status == (Status.DRAFT if role in EDITORS else Status.PENDING)


def test_withdrawing_needs_a_post(client, people):
    """A link or a prefetch cannot take an item out of the queue."""
    resource = _draft(people)
    services.resource_submit(resource=resource, actor=people["org_member"])
    _as(client, people["org_member"])
    assert client.get(f"/library/{resource.pk}/withdraw/").status_code == 405
    resource.refresh_from_db()
    assert resource.status == Status.PENDING
