"""The library's search-as-you-type endpoint: published titles only, never a failure."""

import re

import pytest

from ppi4cities.library import services

pytestmark = pytest.mark.django_db


def _resource(people, title, submit=True, approve=True):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "template", "original_language": "en", "year": 2025},
        texts={"en": {"title": title, "summary": "A template."}},
        facets={},
        submit=submit,
    )
    if submit and approve:
        services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _options(response) -> list[str]:
    return re.findall(r'<a role="option"[^>]*>([^<]*)</a>', response.content.decode())


def test_it_suggests_published_titles_with_a_count(people, client):
    """Typing the start of a title offers it as a linked option and announces the count."""
    resource = _resource(people, "Market consultation notice")
    response = client.get("/library/suggest/", {"q": "mark"})
    assert response.status_code == 200
    assert _options(response) == ["Market consultation notice"]
    body = response.content.decode()
    assert f'href="{resource.get_absolute_url()}"' in body
    assert f'id="library-suggestion-{resource.pk}"' in body
    assert "1 suggestion<" in body


def test_drafts_and_pending_resources_are_never_suggested(people, client):
    """Only published resources appear, even to their author and to moderators."""
    _resource(people, "Market consultation notice")
    _resource(people, "Market draft", submit=False)
    _resource(people, "Market pending", approve=False)
    for person in [None, people["org_member"], people["moderator"]]:
        if person:
            client.force_login(person)
        response = client.get("/library/suggest/", {"q": "market"})
        assert _options(response) == ["Market consultation notice"], person


def test_empty_or_short_input_suggests_nothing_and_announces_nothing(people, client):
    """No text, blanks or a single letter give an empty list and an empty live region."""
    _resource(people, "Market consultation notice")
    for query in [None, "", "   ", "m"]:
        response = client.get("/library/suggest/", {} if query is None else {"q": query})
        assert response.status_code == 200
        assert _options(response) == []
        assert "suggestion" not in re.sub(r"id=\"[^\"]*\"", "", response.content.decode())


def test_hostile_input_never_fails(people, client):
    """Operators, stray quotes, markup and very long text answer 200 with escaped output."""
    _resource(people, "Market consultation notice")
    queries = ['"unbalanced', "NEAR(a b)", "*", "-", "a AND OR NOT", "😀", "x" * 300, "'; --"]
    for query in [*queries, "<script>alert(1)</script>", "mark\x00et", "%", "_"]:
        response = client.get("/library/suggest/", {"q": query})
        assert response.status_code == 200, query
        assert "<script>" not in response.content.decode()


def test_it_answers_only_get(client):
    """The endpoint only reads."""
    assert client.post("/library/suggest/", {"q": "market"}).status_code == 405
