"""Listing and facet counts of the library, and who sees drafts and pending items."""

from dataclasses import replace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.library import selectors, services
from ppi4cities.library.selectors import LibraryFilters

pytestmark = pytest.mark.django_db


def _resource(people, title, kind, facets, year=2024, publish=True):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": kind, "original_language": "en", "year": year},
        texts={"en": {"title": title, "summary": f"About {title}."}},
        facets=facets,
        submit=publish,
    )
    if publish:
        services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


@pytest.fixture
def library(people):
    return [
        _resource(
            people,
            "Notice template",
            "template",
            {"stage": ["market-consultation"], "country": ["LT"], "theme": ["mobility"]},
        ),
        _resource(
            people,
            "Evaluation grid",
            "template",
            {"stage": ["procedure-evaluation"], "country": ["LT", "EE"], "theme": ["digital"]},
            year=2023,
        ),
        _resource(
            people,
            "Tampere case",
            "case-study",
            {
                "stage": ["market-consultation", "impact-scaling"],
                "country": ["FI"],
                "theme": ["mobility", "digital"],
            },
        ),
        _resource(
            people,
            "EU guidance",
            "guidance",
            {"stage": ["needs"], "country": ["EU"], "theme": ["other"]},
            year=2021,
        ),
        _resource(
            people,
            "Unfinished draft",
            "template",
            {"stage": ["market-consultation"], "country": ["LT"]},
            publish=False,
        ),
    ]


def _titles(queryset):
    return sorted(r.title_en for r in queryset)


def test_visitors_see_only_published_resources(people, library):
    """The draft shows to its author, their organisation's admins and moderators only."""
    assert "Unfinished draft" not in _titles(selectors.resource_list(LibraryFilters(), None))
    assert "Unfinished draft" not in _titles(
        selectors.resource_list(LibraryFilters(), people["other_member"])
    )
    for role in ["org_member", "org_admin", "moderator"]:
        assert "Unfinished draft" in _titles(
            selectors.resource_list(LibraryFilters(), people[role])
        ), role


def test_filters_combine_across_facets_and_widen_within_one(people, library):
    """Two stages widen; a stage and a country narrow."""
    filters = LibraryFilters(values={"stage": ["market-consultation", "needs"]})
    assert _titles(selectors.resource_list(filters, None)) == [
        "EU guidance",
        "Notice template",
        "Tampere case",
    ]
    filters = LibraryFilters(values={"stage": ["market-consultation"], "country": ["LT"]})
    assert _titles(selectors.resource_list(filters, None)) == ["Notice template"]
    filters = LibraryFilters(kinds=["template"], years=[2023])
    assert _titles(selectors.resource_list(filters, None)) == ["Evaluation grid"]


def test_facet_counts_follow_the_other_filters(people, library):
    """Each facet counts within every other active filter, never its own."""
    filters = LibraryFilters(kinds=["template"], values={"country": ["LT"]})
    facets = selectors.resource_facets(filters, None)
    kinds = {o["value"]: o["count"] for o in facets["kind"]}
    assert kinds["template"] == 2 and kinds["case-study"] == 0
    countries = {o["value"]: o["count"] for o in facets["country"]}
    assert countries == {"LT": 2, "EE": 1}
    stages = {o["value"]: o["count"] for o in facets["stage"]}
    assert stages["market-consultation"] == 1 and stages["procedure-evaluation"] == 1
    assert {o["value"]: o["count"] for o in facets["year"]} == {2024: 1, 2023: 1}
    eu = [
        o
        for o in selectors.resource_facets(LibraryFilters(), None)["country"]
        if o["value"] == "EU"
    ]
    assert eu[0]["label"] == "EU-wide" and eu[0]["count"] == 1


def test_drafts_never_count_in_public_facets(people, library):
    """A draft's facets are not counted for visitors."""
    facets = selectors.resource_facets(LibraryFilters(kinds=["template"]), None)
    assert {o["value"]: o["count"] for o in facets["country"]}["LT"] == 2


def _queries(filters):
    # A new filters object, as each request makes: it keeps its selection for the request.
    filters = replace(filters)
    with CaptureQueriesContext(connection) as captured:
        list(selectors.resource_list(filters, None)[:20])
        selectors.resource_facets(filters, None)
    return len(captured.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_library(people, library):
    """Twenty more resources add no query to a filtered listing with facets."""
    filters = LibraryFilters(kinds=["template"], values={"stage": ["market-consultation"]})
    before = _queries(filters)
    for index in range(20):
        _resource(people, f"Extra {index}", "template", {"stage": ["market-consultation"]})
    assert _queries(filters) == before
