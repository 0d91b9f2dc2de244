"""Editing pilots: drafts change in place, a published pilot gets one proposed edit that waits
for the moderators, and the moderators see what it changes before they approve it."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status
from ppi4cities.pilots import permissions, services
from ppi4cities.pilots.models import Pilot, PilotRevision, Project

from .test_services import make_pilot

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "member", "org_member", "other_member", "org_admin"]
ROLES += ["moderator", "staff"]
# The pilots' author is org_member; org_admin administers their organisation.
EDITORS = {"org_member", "org_admin", "moderator", "staff"}


def _as(client, person):
    client.logout()
    if person is not None:
        client.force_login(person)


def _form(pilot, **changes):
    """The edit form as its page fills it for `pilot`, with `changes`."""
    data = {
        "original_language": "en",
        "title": pilot.title_en,
        "summary": pilot.summary_en,
        "challenge": pilot.challenge_en,
        "country": "LT",
        "city": pilot.city,
        "nuts3": pilot.nuts3,
        "latitude": str(pilot.latitude),
        "longitude": str(pilot.longitude),
        "state": pilot.state,
        "approach": pilot.approach,
        "procedure": pilot.procedure,
        "innovation_types": pilot.innovation_types,
        "themes": [theme.code for theme in pilot.themes.all()],
        "cpv_codes": ", ".join(pilot.cpv_codes),
        "buyers": [str(buyer.pk) for buyer in pilot.buyers.all()],
        "tender_date": "2023-03-01",
        "award_date": "2023-06-01",
        "currency": "EUR",
        "suppliers": "Auve Tech; EE; small",
        "action": "submit",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def project(db):
    return Project.objects.create(slug="smart-buses", name="Smart buses for the Baltic")


# Who may edit --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_who_may_edit_drafts_and_published_pilots(people, role):
    """The author, the organisation's admins, moderators and staff edit; others do not."""
    draft = make_pilot(people)
    published = make_pilot(people, publish=True)
    assert permissions.can_edit(people[role], draft) is (role in EDITORS)
    assert permissions.can_edit(people[role], published) is (role in EDITORS)


@pytest.mark.parametrize("role", ROLES)
def test_the_edit_page_is_for_the_editors(client, people, role):
    """Editors get the form; who may see the pilot but not edit it gets a 403; who may not see
    it a 404; visitors sign in first."""
    draft = make_pilot(people)
    published = make_pilot(people, publish=True)
    _as(client, people[role])
    draft_status = client.get(f"/pilots/{draft.pk}/edit/").status_code
    published_status = client.get(f"/pilots/{published.pk}/edit/").status_code
    if role == "anonymous":
        assert (draft_status, published_status) == (302, 302)
    elif role in EDITORS:
        assert (draft_status, published_status) == (200, 200)
    else:
        assert (draft_status, published_status) == (404, 403)


@pytest.mark.parametrize("role", ["member", "other_member", "unverified"])
def test_others_cannot_save_an_edit(client, people, role):
    """A POST from someone who may not edit changes nothing."""
    published = make_pilot(people, publish=True)
    _as(client, people[role])
    response = client.post(f"/pilots/{published.pk}/edit/", _form(published, title="Hijacked"))
    assert response.status_code == 403
    assert not PilotRevision.objects.exists()
    with pytest.raises(PermissionDenied):
        services.pilot_update(
            pilot=published, actor=people[role], data={}, texts={"en": {"title": "Hijacked"}}
        )


# Unpublished pilots change in place -----------------------------------------------------------


def test_the_author_edits_a_draft_in_place_with_buyers_and_project(client, people, project):
    """The form saves a draft at once, with several buyers and a project, and can send it."""
    draft = make_pilot(people)
    _as(client, people["org_member"])
    buyers = [str(people["organisation"].pk), str(people["other_organisation"].pk)]
    response = client.post(
        f"/pilots/{draft.pk}/edit/",
        _form(draft, title="Shuttle for two cities", buyers=buyers, project=str(project.pk)),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title_en == "Shuttle for two cities"
    assert draft.status == Status.PENDING
    assert set(draft.buyers.all()) == {people["organisation"], people["other_organisation"]}
    assert draft.project == project
    assert not PilotRevision.objects.exists()


@pytest.mark.parametrize("status", ["draft", "changes-requested", "rejected"])
def test_an_unpublished_pilot_is_saved_as_a_draft_or_sent(client, people, status):
    """Draft, sent back or rejected: "save draft" keeps it with the author, "submit" sends it."""
    pilot = make_pilot(people, submit=status != "draft")
    if status == "changes-requested":
        moderation.moderation_request_changes(
            subject=pilot, actor=people["moderator"], message="Add the results."
        )
    elif status == "rejected":
        moderation.moderation_reject(subject=pilot, actor=people["moderator"], message="No.")
    _as(client, people["org_admin"])
    client.post(f"/pilots/{pilot.pk}/edit/", _form(pilot, results="Fewer cars.", action="draft"))
    pilot.refresh_from_db()
    assert (pilot.results_en, pilot.status) == ("Fewer cars.", status)
    client.post(f"/pilots/{pilot.pk}/edit/", _form(pilot, action="submit"))
    pilot.refresh_from_db()
    assert pilot.status == Status.PENDING


def test_the_edit_form_starts_from_the_pilot(client, people, project):
    """The form shows the pilot's texts, buyers and project, and no organisation choice."""
    pilot = make_pilot(people)
    services.pilot_update(
        pilot=pilot, actor=people["org_member"], data={}, texts={}, project=project
    )
    _as(client, people["org_member"])
    page = client.get(f"/pilots/{pilot.pk}/edit/").content.decode()
    assert 'value="Autonomous last-mile bus"' in page
    assert f'<option value="{project.pk}" selected>' in page
    assert f'<option value="{people["organisation"].pk}" selected>' in page
    assert 'name="organisation"' not in page


# Published pilots get a proposed edit ----------------------------------------------------------


def _propose(people, pilot, actor="org_member", **changes):
    return services.pilot_update(
        pilot=pilot,
        actor=people[actor],
        data=changes.pop("data", {}),
        texts=changes.pop("texts", {"en": {"title": "Autonomous bus to the harbour"}}),
        **changes,
    )


def test_an_edit_of_a_published_pilot_waits_for_the_moderators(people, project):
    """The edit becomes a waiting proposed edit; the published pilot does not change."""
    pilot = make_pilot(people, publish=True)
    revision = _propose(
        people,
        pilot,
        data={"city": "Vilnius", "latitude": 54.69, "longitude": 25.28, "nuts3": "LT011"},
        buyers=[people["other_organisation"]],
        project=project,
    )
    assert isinstance(revision, PilotRevision)
    assert revision.status == Status.PENDING
    assert revision.author == people["org_member"]
    pilot.refresh_from_db()
    assert (pilot.title_en, pilot.city, pilot.project) == (
        "Autonomous last-mile bus",
        "Panevėžys",
        None,
    )
    assert list(pilot.buyers.all()) == [people["organisation"]]
    assert pilot.status == Status.PUBLISHED


def test_staff_propose_edits_like_everyone(people):
    """As in the library, a published pilot changes only through moderation, even for staff."""
    pilot = make_pilot(people, publish=True)
    revision = _propose(people, pilot, actor="staff")
    assert isinstance(revision, PilotRevision)
    pilot.refresh_from_db()
    assert pilot.title_en == "Autonomous last-mile bus"


def test_a_second_edit_reworks_the_waiting_one(people):
    """One proposed edit per pilot: saving again updates it; what it leaves out keeps the
    value the first edit gave."""
    pilot = make_pilot(people, publish=True)
    first = _propose(people, pilot, data={"city": "Kaunas", "nuts3": "LT022"})
    second = _propose(
        people, pilot, actor="org_admin", texts={"en": {"summary": "A shuttle to the harbour."}}
    )
    assert second.pk == first.pk
    assert PilotRevision.objects.count() == 1
    second.refresh_from_db()
    assert second.data["fields"]["city"] == "Kaunas"
    assert second.data["texts"]["en"]["title"] == "Autonomous bus to the harbour"
    assert second.data["texts"]["en"]["summary"] == "A shuttle to the harbour."


@pytest.mark.parametrize("how", ["service", "queue"])
def test_approving_the_edit_applies_it(client, people, project, how):
    """Approval by any path (the service or the queue's form) writes the edit into the pilot."""
    pilot = make_pilot(people, publish=True)
    revision = _propose(
        people,
        pilot,
        data={"city": "Kaunas", "nuts3": "LT022", "contract_value": "300000.50"},
        buyers=[people["organisation"], people["other_organisation"]],
        themes=["energy"],
        suppliers=[{"name": "Harbour Robots", "country": "FI", "size": "medium"}],
        project=project,
    )
    if how == "service":
        moderation.moderation_approve(subject=revision, actor=people["moderator"])
    else:
        _as(client, people["moderator"])
        response = client.post(
            f"/pilots/moderation/edits/{revision.pk}/", {"decision": "approve", "message": ""}
        )
        assert response.status_code == 302
    pilot = Pilot.objects.get(pk=pilot.pk)
    assert (pilot.title_en, pilot.city, str(pilot.contract_value)) == (
        "Autonomous bus to the harbour",
        "Kaunas",
        "300000.50",
    )
    assert [buyer.pk for buyer in pilot.buyers.order_by("pk")] == sorted(
        [people["organisation"].pk, people["other_organisation"].pk]
    )
    assert [theme.code for theme in pilot.themes.all()] == ["energy"]
    assert [(s.name, str(s.country), s.size) for s in pilot.suppliers.all()] == [
        ("Harbour Robots", "FI", "medium")
    ]
    assert pilot.project == project
    assert pilot.status == Status.PUBLISHED
    revision.refresh_from_db()
    assert revision.status == Status.PUBLISHED
    # The next edit starts a new proposed edit.
    assert _propose(people, pilot).pk != revision.pk


def test_the_moderators_hear_of_an_edit_and_its_author_of_their_decision(
    client, people, django_capture_on_commit_callbacks
):
    """Sending an edit emails the moderators; sending it back emails its author with the
    moderators' message, naming the pilot as a proposed edit."""
    pilot = make_pilot(people, publish=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        revision = _propose(people, pilot)
    assert any(people["moderator"].email in message.to for message in mail.outbox)
    mail.outbox.clear()
    _as(client, people["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/pilots/moderation/edits/{revision.pk}/",
            {"decision": "changes", "message": "Say which harbour."},
        )
    [message] = mail.outbox
    assert message.to == [people["org_member"].email]
    assert "Say which harbour." in message.body
    assert "Autonomous last-mile bus (proposed edit)" in message.subject + message.body


def test_the_author_withdraws_the_proposed_edit(client, people):
    """Withdrawing takes the edit out of the queue; the published pilot stays as it was."""
    pilot = make_pilot(people, publish=True)
    revision = _propose(people, pilot)
    _as(client, people["org_member"])
    response = client.post(f"/pilots/{pilot.pk}/withdraw/")
    assert response.status_code == 302
    revision.refresh_from_db()
    pilot.refresh_from_db()
    assert (revision.status, pilot.status) == (Status.DRAFT, Status.PUBLISHED)
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert "the proposed edit is not with the moderators" in page
    client.post(f"/pilots/{pilot.pk}/submit/")
    revision.refresh_from_db()
    assert revision.status == Status.PENDING


def test_an_edit_sent_back_goes_to_the_moderators_again_when_saved(people):
    """After "ask for changes", saving the edit again sends the same edit back to the queue."""
    pilot = make_pilot(people, publish=True)
    revision = _propose(people, pilot)
    moderation.moderation_request_changes(
        subject=revision, actor=people["moderator"], message="Keep the old title."
    )
    again = _propose(people, pilot, texts={"en": {"title": "Autonomous last-mile bus"}})
    assert again.pk == revision.pk and again.status == Status.PENDING


def test_the_pilot_page_tells_editors_an_edit_is_waiting(client, people):
    """Editors see that a proposed edit waits; visitors see only the published pilot."""
    pilot = make_pilot(people, publish=True)
    _propose(people, pilot)
    _as(client, people["org_admin"])
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert "a proposed edit is waiting for the moderators" in page
    assert f'href="/pilots/{pilot.pk}/edit/"' in page
    _as(client, None)
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert "proposed edit" not in page
    assert "Autonomous bus to the harbour" not in page
    assert "/edit/" not in page


def test_a_member_edits_a_published_pilot_through_the_page(client, people):
    """The form of a published pilot creates the proposed edit and says so."""
    pilot = make_pilot(people, publish=True)
    _as(client, people["org_member"])
    response = client.post(
        f"/pilots/{pilot.pk}/edit/",
        _form(pilot, title="Autonomous bus to the harbour"),
        follow=True,
    )
    assert "Your edit is waiting for the moderators" in response.content.decode()
    revision = PilotRevision.objects.get()
    assert revision.data["texts"]["en"]["title"] == "Autonomous bus to the harbour"
    page = client.get(f"/pilots/{pilot.pk}/edit/").content.decode()
    assert 'value="Autonomous bus to the harbour"' in page
    assert "A proposed edit is waiting for the moderators." in page


# The moderation queue ---------------------------------------------------------------------------


def test_the_queue_shows_what_the_edit_changes_field_by_field(client, people, project):
    """Before and after for each changed field: texts, place, buyers, project."""
    pilot = make_pilot(people, publish=True)
    _propose(
        people,
        pilot,
        data={"city": "Kaunas", "nuts3": "LT022"},
        buyers=[people["other_organisation"]],
        project=project,
    )
    _as(client, people["moderator"])
    page = client.get("/pilots/moderation/").content.decode()
    assert "Proposed edits of published pilots" in page
    assert "What the edit changes" in page
    assert '<ins><span class="visually-hidden"' in page
    for shown in ("harbour", "Kaunas", "Panevėžys", "Tartu City Government", project.name):
        assert shown in page
    assert '<th scope="row">Title</th>' in page
    assert '<th scope="row">City</th>' in page
    assert '<th scope="row">Buyers</th>' in page
    assert '<th scope="row">Summary</th>' not in page


def test_the_queue_makes_the_same_queries_whatever_the_number_of_edits(client, people):
    """Pilots and proposed edits in the queue are read in a fixed number of queries."""
    _as(client, people["moderator"])

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/pilots/moderation/").status_code == 200
        return len(queries)

    _propose(people, make_pilot(people, publish=True))
    one = count()
    for _ in range(3):
        _propose(people, make_pilot(people, publish=True), buyers=[people["other_organisation"]])
    assert count() == one


# Bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("published", [False, True])
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"award_date": "2022-01-01"}, "award_date", "This date comes before"),
        (
            {"contract_start": "2024-01-01", "contract_end": "2023-12-31"},
            "contract_end",
            "comes before",
        ),
        ({"latitude": "95"}, "latitude", "less than or equal to 90"),
        ({"longitude": "-181"}, "longitude", "greater than or equal to -180"),
        ({"buyers": None}, "buyers", "Choose at least one buyer."),
        ({"buyers": ["999999"]}, "buyers", "Select a valid choice."),
    ],
)
def test_bad_input_is_shown_next_to_the_field_and_saves_nothing(
    client, people, published, changes, field, message
):
    """A 400 with the message inside the field's own error; neither the pilot nor a proposed
    edit changes."""
    pilot = make_pilot(people, publish=published)
    _as(client, people["org_member"])
    response = client.post(f"/pilots/{pilot.pk}/edit/", _form(pilot, title="Changed", **changes))
    assert response.status_code == 400
    page = response.content.decode()
    error = page.split(f'id="id_{field}_error">', 1)[1].split("</p>", 1)[0]
    assert message in error
    pilot.refresh_from_db()
    assert pilot.title_en == "Autonomous last-mile bus"
    assert not PilotRevision.objects.exists()


def test_services_refuse_no_buyers_unknown_buyers_and_unknown_projects(people):
    """Buyers are organisations of the directory, at least one; a project must exist."""
    for pilot in (make_pilot(people), make_pilot(people, publish=True)):
        for changes, field in (
            ({"buyers": []}, "buyers"),
            ({"buyers": [999999]}, "buyers"),
            ({"project": 999999}, "project"),
        ):
            with pytest.raises(ValidationError) as error:
                _propose(people, pilot, **changes)
            assert field in error.value.message_dict
    assert not PilotRevision.objects.exists()
    assert all(p.title_en == "Autonomous last-mile bus" for p in Pilot.objects.all())


def test_a_new_pilot_without_buyers_is_bought_by_its_organisation(people):
    """Creating with no buyers names the organisation the pilot is shared for."""
    pilot = services.pilot_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={
            "country": "LT",
            "city": "Panevėžys",
            "latitude": 55.7,
            "longitude": 24.3,
            "approach": "pcp",
        },
        texts={"en": {"title": "Lamps", "summary": "Smart lamps."}},
    )
    assert list(pilot.buyers.all()) == [people["organisation"]]


def test_the_share_form_preselects_the_organisation_as_buyer(client, people, project):
    """A member of one organisation finds it chosen as the buyer; the project can be chosen."""
    _as(client, people["org_member"])
    page = client.get("/pilots/new/").content.decode()
    buyers = page.split('name="buyers"', 1)[1].split("</select>", 1)[0]
    assert f'<option value="{people["organisation"].pk}" selected>' in buyers
    assert f'<option value="{people["other_organisation"].pk}">' in buyers
    assert f'<option value="{project.pk}">{project.name}</option>' in page
