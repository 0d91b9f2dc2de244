"""Creating, editing, submitting and moderating library resources through the services."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ppi4cities.library import permissions, services
from ppi4cities.library.models import Resource, ResourceFile, ResourceRevision
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Decision, Status

from . import documents

pytestmark = pytest.mark.django_db

TEXTS = {
    "en": {
        "title": "Market consultation notice",
        "summary": "A template notice.",
        "body": "Use **this** notice.",
    }
}
FACETS = {
    "theme": ["mobility"],
    "stage": ["market-consultation"],
    "procedure": ["innovation"],
    "country": ["LT", "EU"],
    "language": ["en"],
}


def _create(people, **overrides):
    arguments = {
        "author": people["org_member"],
        "organisation": people["organisation"],
        "data": {"kind": "template", "original_language": "en", "year": 2025},
        "texts": TEXTS,
        "facets": FACETS,
    }
    arguments.update(overrides)
    return services.resource_create(**arguments)


def test_a_member_drafts_a_resource_for_their_organisation(people):
    """A draft keeps its facets and files and is visible only to its circle."""
    resource = _create(
        people,
        files=[documents.pdf(), documents.docx()],
        links=[{"url": "https://example.org/guide", "title": "Guide"}],
    )
    assert resource.status == Status.DRAFT
    assert sorted(resource.facets.values_list("facet", "value")) == sorted(
        (facet, value) for facet, values in FACETS.items() for value in values
    )
    assert [f.name for f in resource.files.all()] == ["guide.pdf", "template.docx"]
    assert resource.links.get().title == "Guide"
    visible = Resource.objects.filter(permissions.visible_filter(people["member"]))
    assert resource not in visible
    for role in ["org_member", "org_admin", "moderator", "staff"]:
        assert resource in Resource.objects.filter(permissions.visible_filter(people[role])), role
    assert resource not in Resource.objects.filter(permissions.visible_filter(None))


def test_only_members_of_the_organisation_may_submit_for_it(people):
    """Someone outside the organisation cannot publish in its name."""
    with pytest.raises(PermissionDenied):
        _create(people, author=people["other_member"])
    with pytest.raises(PermissionDenied):
        _create(people, author=people["unverified"])


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"texts": {"en": {"title": "", "summary": "x"}}}, "title"),
        ({"facets": {"stage": ["flying"]}}, "stage"),
        ({"facets": {"colour": ["red"]}}, "facets"),
        ({"data": {"kind": "poem", "original_language": "en"}}, "kind"),
        ({"data": {"kind": "guidance", "original_language": "en", "year": 1800}}, "year"),
        ({"data": {"kind": "guidance", "original_language": "en", "cpv_codes": ["7300"]}}, None),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(people, changes, field):
    """Invalid content raises ValidationError and leaves no row behind."""
    with pytest.raises(ValidationError) as raised:
        _create(people, **changes)
    if field:
        assert field in raised.value.message_dict
    assert not Resource.objects.exists()


@pytest.mark.parametrize(
    "upload", [documents.html_named_pdf, documents.plain_zip_named_docx, documents.empty]
)
def test_files_are_checked_by_content(people, upload):
    """A right extension over the wrong content, or an empty file, is refused."""
    with pytest.raises(ValidationError):
        _create(people, files=[upload()])
    assert not Resource.objects.exists()
    assert not ResourceFile.objects.exists()


def test_files_over_the_limit_are_refused(people, settings):
    """The size limit applies before anything is stored."""
    settings.LIBRARY_FILE_MAX_BYTES = 10
    with pytest.raises(ValidationError, match="limit"):
        _create(people, files=[documents.pdf()])


def test_open_document_and_spreadsheet_formats_are_recognised(people):
    """ODT and XLSX are named by their content."""
    resource = _create(people, files=[documents.odt("a.bin"), documents.xlsx("b")])
    assert [f.name for f in resource.files.all()] == ["a.odt", "b.xlsx"]


def test_moderation_flow_records_every_decision(people):
    """Submit, ask for changes, resubmit, approve: each step recorded with who and why."""
    resource = _create(people)
    services.resource_submit(resource=resource, actor=people["org_member"])
    assert resource.status == Status.PENDING
    moderation.moderation_request_changes(
        subject=resource, actor=people["moderator"], message="Add the legal basis."
    )
    assert resource.status == Status.CHANGES_REQUESTED
    assert resource.moderation_message == "Add the legal basis."
    services.resource_submit(resource=resource, actor=people["org_member"])
    services.resource_approve(resource=resource, actor=people["moderator"])
    resource.refresh_from_db()
    assert resource.status == Status.PUBLISHED and resource.published_at
    history = list(moderation.moderation_history(resource).values_list("action", "actor__email"))
    assert history == [
        ("approved", "moderator@ppi4cities.example"),
        ("submitted", "member@city.example"),
        ("changes-requested", "moderator@ppi4cities.example"),
        ("submitted", "member@city.example"),
    ]
    assert resource in Resource.objects.filter(permissions.visible_filter(None))


def test_only_moderators_decide_and_reasons_are_required(people):
    """Authors cannot approve their own work; rejecting needs a reason."""
    resource = _create(people, submit=True)
    with pytest.raises(PermissionDenied):
        moderation.moderation_approve(subject=resource, actor=people["org_admin"])
    with pytest.raises(ValidationError):
        moderation.moderation_reject(subject=resource, actor=people["moderator"], message=" ")
    moderation.moderation_reject(subject=resource, actor=people["moderator"], message="Off topic")
    assert resource.status == Status.REJECTED
    with pytest.raises(ValidationError):
        moderation.moderation_approve(subject=resource, actor=people["moderator"])
    assert Decision.objects.count() == 2


def test_an_edit_of_a_published_resource_waits_and_the_published_text_stays(people):
    """The published version stays until the edit is approved, then the edit replaces it."""
    resource = _create(people, submit=True)
    services.resource_approve(resource=resource, actor=people["moderator"])
    revision = services.resource_update(
        resource=resource,
        actor=people["org_member"],
        data={"kind": "template", "original_language": "en"},
        texts={"en": {"title": "Market consultation notice, 2nd edition", "summary": "New."}},
        facets={"stage": ["market-consultation", "tender-documents"]},
    )
    assert isinstance(revision, ResourceRevision) and revision.status == Status.PENDING
    resource.refresh_from_db()
    assert resource.title_en == "Market consultation notice"
    moderation.moderation_approve(subject=revision, actor=people["moderator"])
    resource.refresh_from_db()
    assert resource.title_en == "Market consultation notice, 2nd edition"
    assert resource.status == Status.PUBLISHED
    assert sorted(resource.facets.filter(facet="stage").values_list("value", flat=True)) == [
        "market-consultation",
        "tender-documents",
    ]


def test_a_new_version_supersedes_the_old_one(people):
    """The old version stays reachable and knows it has been replaced."""
    first = _create(people, submit=True)
    services.resource_approve(resource=first, actor=people["moderator"])
    second = _create(
        people,
        previous_version=first,
        data={"kind": "template", "original_language": "en", "version_label": "2.0"},
    )
    first.refresh_from_db()
    assert first.is_superseded and first.next_version == second
    assert not second.is_superseded


def test_only_authors_and_admins_edit(people):
    """Members of other organisations and plain members cannot edit someone's resource."""
    resource = _create(people)
    for role in ["other_member", "member", "moderator"]:
        with pytest.raises(PermissionDenied):
            services.resource_update(
                resource=resource, actor=people[role], data={}, texts={}, facets={}
            )
    services.resource_update(
        resource=resource,
        actor=people["org_admin"],
        data={},
        texts={"en": {"title": "Renamed"}},
        facets={},
    )
    resource.refresh_from_db()
    assert resource.title_en == "Renamed"
