"""The benchmark's synthetic library: deterministic, searchable, faceted, and easy to remove."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ppi4cities.core import fulltext
from ppi4cities.core.models import SearchEntry
from ppi4cities.library import selectors
from ppi4cities.library.management.commands.seed_library_scale import (
    plan_resource,
    synthetic_resources,
)
from ppi4cities.library.models import Resource, ResourceFacet
from ppi4cities.library.selectors import LibraryFilters
from ppi4cities.library.vocabularies import Facet
from ppi4cities.moderation.models import Status

pytestmark = pytest.mark.django_db


def _seed(n, **options):
    call_command("seed_library_scale", resources=n, verbosity=0, **options)


def test_plans_depend_only_on_seed_and_index():
    """The same (seed, index) gives the same resource in any process; another seed differs."""
    assert plan_resource(1, 7) == plan_resource(1, 7)
    assert plan_resource(1, 7) != plan_resource(2, 7)
    assert plan_resource(1, 7)["external_id"] == "bench-library-000007"


def test_seeds_resources_facets_and_the_index():
    """Every resource gets its facets; the published ones, and only those, are indexed."""
    _seed(60)
    assert synthetic_resources().count() == 60
    published = set(
        synthetic_resources().filter(status=Status.PUBLISHED).values_list("pk", flat=True)
    )
    indexed = set(SearchEntry.objects.filter(kind="resource").values_list("object_id", flat=True))
    assert published and indexed == published
    for facet in (Facet.THEME, Facet.STAGE, Facet.COUNTRY, Facet.LANGUAGE):
        with_facet = ResourceFacet.objects.filter(facet=facet).values("resource").distinct()
        assert with_facet.count() == 60
    resource = synthetic_resources().get(external_id="bench-library-000003")
    assert resource.title == resource.title_en or resource.original_language != "en"
    plan = plan_resource(1, 3)
    assert resource.title == plan["title"]
    assert (
        sorted(resource.facets.filter(facet=Facet.THEME).values_list("value", flat=True))
        == (plan["facets"][Facet.THEME])
    )


def test_the_page_finds_seeded_resources():
    """Search, facets and snippets work on the seeded rows as on real ones."""
    _seed(40)
    plan = next(
        plan_resource(1, i) for i in range(40) if plan_resource(1, i)["status"] == "published"
    )
    number = plan["external_id"][-6:]
    found = list(selectors.resource_list(LibraryFilters(q=number), None))
    assert [r.external_id for r in found] == [plan["external_id"]]
    facets = selectors.resource_facets(LibraryFilters(q=number), None)
    assert sum(item["count"] for item in facets["kind"]) == 1
    assert fulltext.suggest("resource", plan["title"][:6])


def test_is_idempotent_and_grows_to_the_same_data():
    """A second run adds nothing; growing 10 → 25 equals seeding 25 at once."""
    _seed(10)
    _seed(10)
    assert synthetic_resources().count() == 10
    _seed(25)
    grown = list(synthetic_resources().order_by("external_id").values_list("external_id", "title"))
    _seed(25, reset=True)
    fresh = list(synthetic_resources().order_by("external_id").values_list("external_id", "title"))
    assert grown == fresh and len(fresh) == 25


def test_reset_removes_only_synthetic_resources(people):
    """--reset deletes the synthetic resources, their facets and index entries, nothing else."""
    from ppi4cities.library import services

    own = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "guidance", "original_language": "en", "year": 2025},
        texts={"en": {"title": "Smart lighting guide", "summary": "Real resource."}},
        facets={"theme": ["energy"]},
        submit=True,
    )
    services.resource_approve(resource=own, actor=people["moderator"])
    _seed(15)
    _seed(0, reset=True)
    assert list(Resource.objects.all()) == [own]
    assert list(ResourceFacet.objects.values_list("resource_id", flat=True)) == [own.pk]
    assert fulltext.search("resource", "lighting").ids == [own.pk]


def test_refuses_to_run_in_production(settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        _seed(1)
    assert not Resource.objects.exists()
