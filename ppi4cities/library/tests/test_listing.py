"""The result list over the in-memory snapshot: same visibility, order and counts as SQL."""

import pytest

from ppi4cities.core import fulltext
from ppi4cities.library import permissions, selectors, services, snapshot
from ppi4cities.library.models import Resource
from ppi4cities.library.selectors import LibraryFilters

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]


def _resource(people, title, *, summary="", body="", publish=True, author="org_member"):
    organisation = "other_organisation" if author == "other_member" else "organisation"
    resource = services.resource_create(
        author=people[author],
        organisation=people[organisation],
        data={"kind": "guidance", "original_language": "en", "year": 2025},
        texts={"en": {"title": title, "summary": summary or f"About {title}.", "body": body}},
        facets={"stage": ["needs"]},
        submit=publish,
    )
    if publish:
        services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _titles(results):
    return [resource.title_en for resource in results]


@pytest.mark.parametrize("role", ROLES)
def test_the_snapshot_applies_the_same_visibility_rule_as_the_database(people, role):
    """For every role, the snapshot's mask and the SQL filter let through the same resources."""
    _resource(people, "Published guide")
    _resource(people, "Draft by a member", publish=False)
    _resource(people, "Draft by another", publish=False, author="other_member")
    user = people[role]
    current = snapshot.current()
    from_mask = set(current.pks[permissions.visible_mask(current, user)].tolist())
    from_sql = set(
        Resource.objects.filter(permissions.visible_filter(user)).values_list("pk", flat=True)
    )
    assert from_mask == from_sql


def test_a_new_resource_is_listed_at_once(people):
    """A write through the services rebuilds the snapshot before the next listing."""
    _resource(people, "First guide")
    assert _titles(selectors.resource_list(LibraryFilters(), None)) == ["First guide"]
    _resource(people, "Second guide")
    assert _titles(selectors.resource_list(LibraryFilters(), None)) == [
        "Second guide",
        "First guide",
    ]


def test_above_the_exact_rank_limit_title_matches_come_first_then_the_newest(people, monkeypatch):
    """With many matches, relevance is title matches first, then the newest of the rest."""
    monkeypatch.setattr(fulltext, "EXACT_RANK_LIMIT", {"sqlite": 1, "postgresql": 1})
    old_title = _resource(people, "Heating handbook")
    _resource(people, "Older text match", body="District heating networks.")
    _resource(people, "Newer text match", summary="Heating in schools.")
    new_title = _resource(people, "Heating pumps")
    found = _titles(selectors.resource_list(LibraryFilters(q="heating"), None))
    assert found[:2] == [new_title.title_en, old_title.title_en]
    assert found[2:] == ["Newer text match", "Older text match"]


def test_pages_of_a_long_list_follow_one_another_without_gaps(people):
    """Slices of the result list are consecutive pages of one order."""
    for index in range(7):
        _resource(people, f"Guide {index}")
    results = selectors.resource_list(LibraryFilters(sort="-published"), None)
    assert results.count() == 7
    pages = _titles(results[0:3]) + _titles(results[3:6]) + _titles(results[6:9])
    assert pages == [f"Guide {index}" for index in range(6, -1, -1)]
    assert _titles(results.iterator(limit=4, chunk_size=3)) == pages[:4]


def test_most_useful_orders_by_the_members_answers(people):
    """Sorting by usefulness follows the yes-answers, newest first among equals."""
    less = _resource(people, "Less useful")
    more = _resource(people, "More useful")
    _resource(people, "Not rated")
    Resource.objects.filter(pk=more.pk).update(useful_count=5)
    Resource.objects.filter(pk=less.pk).update(useful_count=2)
    snapshot.library_changed()
    found = _titles(selectors.resource_list(LibraryFilters(sort="-useful"), None))
    assert found == ["More useful", "Less useful", "Not rated"]


def test_an_unknown_facet_value_counts_nothing_and_finds_nothing(people):
    """A value that no resource has gives an empty list, not an error."""
    _resource(people, "Guide")
    filters = LibraryFilters(values={"theme": ["no-such-theme"]})
    assert selectors.resource_list(filters, None).count() == 0
    assert selectors.resource_facets(filters, None)["stage"][0]["count"] == 0
