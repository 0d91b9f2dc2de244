"""Searching the library: what matches, in which order, and what never shows."""

import pytest

from ppi4cities.library import selectors, services
from ppi4cities.library.selectors import LibraryFilters

pytestmark = pytest.mark.django_db


def _publish(people, title, summary, body="", language="en", facets=None, publish=True):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "guidance", "original_language": language, "year": 2025},
        texts={language: {"title": title, "summary": summary, "body": body}},
        facets=facets or {},
        submit=publish,
    )
    if publish:
        services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _found(query, user=None, **filters):
    return [
        r.title_en or r.title_lt
        for r in selectors.resource_list(LibraryFilters(q=query, **filters), user)
    ]


def test_words_phrases_and_diacritics(people):
    """All words must match, quotes keep a phrase together, diacritics are folded."""
    _publish(
        people, "Market consultation notice", "Template for a preliminary market consultation."
    )
    _publish(people, "Consultation with citizens", "Engaging residents in the market square.")
    _publish(people, "Panevėžio gatvių apšvietimas", "Išmanusis apšvietimas.", language="lt")
    assert sorted(_found("consultation market")) == [
        "Consultation with citizens",
        "Market consultation notice",
    ]
    assert _found('"market consultation"') == ["Market consultation notice"]
    assert _found("panevezio") == ["Panevėžio gatvių apšvietimas"]


def test_a_title_match_ranks_above_a_text_match(people):
    """The resource that has the word in its title comes first."""
    _publish(people, "Evaluation grid", "How to score bids.", body="Life-cycle cost matters.")
    _publish(people, "Life-cycle cost calculator", "A spreadsheet tool.")
    assert _found("life-cycle cost")[0] == "Life-cycle cost calculator"


def test_drafts_and_pending_items_are_never_found_by_visitors(people):
    """Unpublished resources stay out of search results for the public."""
    _publish(people, "Secret procurement plan", "Not for everyone.", publish=False)
    assert _found("secret") == []


def test_an_edit_becomes_searchable_once_approved(people):
    """The index follows the approved text, not the proposed one."""
    from ppi4cities.moderation import services as moderation

    resource = _publish(people, "Street lighting", "Smart lamps.")
    revision = services.resource_update(
        resource=resource,
        actor=people["org_member"],
        data={"kind": "guidance", "original_language": "en"},
        texts={"en": {"title": "Adaptive street lighting", "summary": "Dimmable lamps."}},
        facets={},
    )
    assert _found("dimmable") == []
    moderation.moderation_approve(subject=revision, actor=people["moderator"])
    assert _found("dimmable") == ["Adaptive street lighting"]


def test_search_combines_with_filters_and_facet_counts(people):
    """Text and filters narrow together; facet counts follow the text query."""
    _publish(people, "Mobility pilot report", "Buses.", facets={"stage": ["impact-scaling"]})
    _publish(
        people, "Mobility market dialogue", "Buses.", facets={"stage": ["market-consultation"]}
    )
    _publish(people, "Energy audit", "Buildings.", facets={"stage": ["impact-scaling"]})
    assert _found("mobility", values={"stage": ["impact-scaling"]}) == ["Mobility pilot report"]
    facets = selectors.resource_facets(LibraryFilters(q="mobility"), None)
    stages = {o["value"]: o["count"] for o in facets["stage"]}
    assert stages["impact-scaling"] == 1 and stages["market-consultation"] == 1


def test_hostile_queries_never_fail(people, client):
    """Operators, stray quotes and symbols answer 200 from the page."""
    _publish(people, "Market consultation notice", "Template.")
    for query in ['"unbalanced', "NEAR(a b)", "*", "-", "a AND OR NOT", "😀", "x" * 300, "'; --"]:
        assert client.get("/library/", {"q": query}).status_code == 200, query


def test_the_results_page_marks_matched_words(people, client):
    """Snippets show the matched words highlighted, everything else escaped."""
    _publish(people, "Notice", "Preliminary <b>market</b> consultation template.")
    body = client.get("/library/", {"q": "consultation"}).content.decode()
    assert "<mark>consultation</mark>" in body
    assert "<b>market</b>" not in body


def test_a_search_page_makes_the_same_number_of_queries_whatever_the_library_size(people, client):
    """Ten more matching resources add no query to a search results page with facets."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _publish(people, "Mobility guide 0", "Buses.", facets={"stage": ["needs"]})

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/library/", {"q": "mobility", "stage": "needs"}).status_code == 200
        return len(captured.captured_queries)

    before = queries()
    for index in range(1, 11):
        _publish(people, f"Mobility guide {index}", "Buses.", facets={"stage": ["needs"]})
    assert queries() == before
