"""The demo content of the knowledge library: coverage, languages, versions and moderation."""

import time

import pytest
from django.core.management import call_command

from ppi4cities.core.vocabularies import ThemeCode
from ppi4cities.library.demo import BSR_COUNTRIES, DEMO_MARKS, load_library_demo
from ppi4cities.library.models import Resource, ResourceFacet
from ppi4cities.library.vocabularies import EU_WIDE, Procedure, ResourceType, Stage
from ppi4cities.moderation.models import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def library_demo(db):
    call_command("load_demo", verbosity=0)
    load_library_demo()


def _published_values(facet):
    return set(
        ResourceFacet.objects.filter(facet=facet, resource__status=Status.PUBLISHED).values_list(
            "value", flat=True
        )
    )


def test_at_least_150_resources(library_demo):
    """The demo creates at least 150 resources, most of them published."""
    assert Resource.objects.filter(external_id__startswith="demo-library-").count() >= 150
    assert Resource.objects.filter(status=Status.PUBLISHED).count() >= 150


def test_every_vocabulary_value_is_covered_by_published_resources(library_demo):
    """Every type, theme, stage, procedure and BSR country (plus EU) is present when published."""
    kinds = set(Resource.objects.filter(status=Status.PUBLISHED).values_list("kind", flat=True))
    assert kinds == set(ResourceType.values)
    assert set(ThemeCode.values) <= _published_values("theme")
    assert set(Stage.values) <= _published_values("stage")
    assert set(Procedure.values) <= _published_values("procedure")
    assert {*BSR_COUNTRIES, EU_WIDE} <= _published_values("country")


def test_at_least_30_resources_have_a_local_original(library_demo):
    """At least 30 resources were written in a language of the region other than English."""
    local = Resource.objects.exclude(original_language="en")
    assert local.count() >= 30
    assert set(local.values_list("original_language", flat=True)) == set(DEMO_MARKS) - {"en"}
    for resource in local:
        title = getattr(resource, f"title_{resource.original_language}")
        assert title, resource.external_id


def test_templates_have_versions_and_the_old_one_is_superseded(library_demo):
    """Second versions replace first versions, which are then marked superseded."""
    newer = Resource.objects.filter(previous_version__isnull=False).select_related(
        "previous_version"
    )
    assert newer.count() >= 3
    for resource in newer:
        assert resource.version_label == "2.0"
        assert resource.previous_version.version_label == "1.0"
        assert resource.previous_version.is_superseded
        assert resource.kind == ResourceType.TEMPLATE


def test_drafts_pending_and_changes_requested_exist(library_demo):
    """Some contributions stay in moderation, and requests for changes carry a message."""
    statuses = set(Resource.objects.values_list("status", flat=True))
    assert {Status.DRAFT, Status.PENDING, Status.CHANGES_REQUESTED} <= statuses
    for resource in Resource.objects.filter(status=Status.CHANGES_REQUESTED):
        assert resource.moderation_message.strip()


def test_every_resource_is_demo_and_marked_in_each_language(library_demo):
    """Every resource is flagged as demo and each summary ends with its language's mark."""
    resources = Resource.objects.all()
    assert resources.exists()
    for resource in resources:
        assert resource.is_demo
        for language, mark in DEMO_MARKS.items():
            summary = getattr(resource, f"summary_{language}") or ""
            if summary:
                assert summary.endswith(mark), (resource.external_id, language)
        assert getattr(resource, f"summary_{resource.original_language}")


def test_titles_are_unique(library_demo):
    """No two demo resources share a title in the same language."""
    for language in DEMO_MARKS:
        titles = [
            title for title in Resource.objects.values_list(f"title_{language}", flat=True) if title
        ]
        assert len(titles) == len(set(titles)), language


def test_second_run_creates_nothing_and_is_fast(library_demo, django_assert_max_num_queries):
    """Running the loader again writes nothing, in one query and well under a second."""
    count = Resource.objects.count()
    started = time.perf_counter()
    with django_assert_max_num_queries(1):
        counts = load_library_demo()
    assert time.perf_counter() - started < 0.5
    assert counts["created"] == 0
    assert Resource.objects.count() == count


def test_nothing_is_created_without_the_demo_people(db):
    """Without load_demo's organisations and people, the loader creates nothing."""
    counts = load_library_demo()
    assert counts["created"] == 0
    assert not Resource.objects.exists()
