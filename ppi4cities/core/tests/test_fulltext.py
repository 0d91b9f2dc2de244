"""Full-text search through core.fulltext, on whichever database the suite runs against."""

import random

import pytest
from django.db import connection

from ppi4cities.core import fulltext
from ppi4cities.core.models import SearchEntry, Theme

pytestmark = pytest.mark.django_db
KIND = "resource"


def titles(result):
    found = dict(SearchEntry.objects.filter(kind=KIND).values_list("object_id", "title"))
    return [found[object_id] for object_id in result.ids]


def add(object_id, title, language="en", **text):
    fulltext.index(KIND, object_id, language=language, title=title, **text)


def test_english_plurals_find_the_singular():
    """English plurals find the singular: porter on SQLite, the english config on PostgreSQL."""
    add(1, "Procurement of innovation", body="A guide for cities.")
    add(2, "Street lighting", body="Lamps and poles.")
    assert fulltext.search(KIND, "procurements").ids == [1]
    assert fulltext.search(KIND, "guides").ids == [1]


def test_german_plurals_find_the_singular():
    """ "Beschaffungen" finds "Beschaffung" in a German record."""
    add(1, "Innovative Beschaffung", language="de", body="Ein Leitfaden für Städte.")
    assert fulltext.search(KIND, "Beschaffungen").ids == [1]


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_postgresql_stems_with_the_records_language():
    """PostgreSQL's german stemmer matches a form no prefix rule reaches (Städte → Stadt)."""
    add(1, "Innovative Beschaffung", language="de", body="Ein Leitfaden für Städte.")
    assert fulltext.search(KIND, "stadt").ids == [1]


def test_quoted_phrases_match_words_in_that_order():
    """A quoted phrase finds the words side by side, not merely both present."""
    add(1, "Smart street lighting")
    add(2, "Lighting for a smart street")
    assert sorted(fulltext.search(KIND, '"smart street"').ids) == [1, 2]
    assert fulltext.search(KIND, '"street lighting"').ids == [1]
    assert fulltext.search(KIND, '"lighting smart"').ids == []


def test_every_word_must_match():
    """Plain words are joined by AND: a record with only one of them is left out."""
    add(1, "Smart lighting pilot")
    add(2, "Smart parking pilot")
    assert fulltext.search(KIND, "smart lighting").ids == [1]
    assert sorted(fulltext.search(KIND, "smart pilot").ids) == [1, 2]


@pytest.mark.parametrize(
    ("query", "title"),
    [("panevezys", "Panevėžys"), ("gdansk", "Gdańsk"), ("malmo", "Malmö"), ("lodz", "Łódź")],
)
def test_diacritics_are_folded(query, title):
    """A query typed without diacritics finds the city written with them, and back."""
    add(1, f"Mobility plan of {title}", language="lt")
    assert fulltext.search(KIND, query).ids == [1]
    assert fulltext.search(KIND, title.upper()).ids == [1]


def test_a_title_match_ranks_above_a_summary_and_a_body_match():
    """Title matches come before summary matches, which come before body matches."""
    add(1, "Street lamps", body="An overview of tendering for energy efficient bridges.")
    add(2, "Bridges", summary="Public tendering rules.")
    add(3, "Tendering guide", body="Everything about public buying.")
    assert fulltext.search(KIND, "tendering").ids == [3, 2, 1]


def test_ranked_keeps_the_callers_queryset_lazy_and_ordered():
    """ranked() filters and orders any queryset in SQL, and callers can filter it further."""
    codes = dict(Theme.objects.values_list("code", "pk"))
    add(codes["energy"], "Energy", body="efficient lighting")
    add(codes["mobility"], "Mobility lighting")
    add(codes["digital"], "Digital services")
    result = fulltext.search(KIND, "lighting")
    queryset = result.ranked(Theme.objects.all())
    assert [theme.code for theme in queryset] == ["mobility", "energy"]
    assert queryset.filter(code="energy").count() == 1
    assert Theme.objects.filter(pk__in=result.matching).count() == 2


def test_suggest_completes_the_word_being_typed():
    """Search-as-you-type offers titles starting with the text, then titles with the word."""
    add(1, "Smart lighting in Tartu")
    add(2, "Procurement of smart lighting")
    add(3, "Smartphone apps")
    add(4, "Street lamps")
    suggestions = fulltext.suggest(KIND, "smart li")
    assert [s.title for s in suggestions] == [
        "Smart lighting in Tartu",
        "Procurement of smart lighting",
    ]
    assert {s.object_id for s in fulltext.suggest(KIND, "smar")} == {1, 2, 3}
    assert fulltext.suggest(KIND, "s") == []


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        'smart "lighting',
        "*",
        "-",
        "light*",
        "-lighting",
        "NEAR(smart lighting)",
        "smart AND OR NOT",
        "title: smart",
        "{title}: x",
        "''; DROP TABLE core_searchentry; --",
        "\\' \\\" % _ :* & | ! <-> ()",
        "😀 日本語 ǅ ﬁ ½ \u0301 \x00",
        "a" * 1000,
        "smart " * 200,
        "",
        "   ",
    ],
)
def test_hostile_input_never_raises(query):
    """Any input gives results or nothing, through every entry point."""
    add(1, "Smart lighting", body="Street lamps")
    result = fulltext.search(KIND, query)
    list(result.ranked(Theme.objects.all()))
    assert isinstance(result.ids, list)
    fulltext.suggest(KIND, query)
    fulltext.snippets(KIND, [1], query)


def test_random_unicode_never_raises():
    """Two hundred random strings of letters, marks, symbols and operators all search cleanly."""
    add(1, "Smart lighting", body="Street lamps")
    alphabet = "abc ąčęėįšųūž \"*-:^(){}[]+&|!<>'\\%_NEAR AND 😀日本\u0301\u200b\t\n"
    rng = random.Random(7)
    for _ in range(200):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        assert isinstance(fulltext.search(KIND, query).ids, list)
        fulltext.suggest(KIND, query)


def test_remove_takes_a_record_out():
    """A removed record is no longer found, and removing it again is harmless."""
    add(1, "Smart lighting")
    fulltext.remove(KIND, 1)
    fulltext.remove(KIND, 1)
    assert fulltext.search(KIND, "lighting").ids == []
    assert fulltext.suggest(KIND, "smart") == []


def test_indexing_again_replaces_the_old_text():
    """Re-indexing a record replaces its text: the old words no longer find it."""
    add(1, "Smart lighting")
    add(1, "Electric buses")
    assert fulltext.search(KIND, "lighting").ids == []
    assert fulltext.search(KIND, "buses").ids == [1]
    assert SearchEntry.objects.filter(kind=KIND).count() == 1


def test_kinds_are_kept_apart():
    """A record indexed under one kind is not found when searching another."""
    add(1, "Smart lighting")
    fulltext.index("question", 1, language="en", title="Who has bought smart lighting?")
    assert fulltext.search("question", "lighting").ids == [1]
    fulltext.remove("question", 1)
    assert fulltext.search(KIND, "lighting").ids == [1]


def test_a_typo_finds_the_title_when_nothing_matches_exactly():
    """ "prcurement" finds "Procurement" through the typo-tolerant fallback, flagged fuzzy."""
    add(1, "Procurement of innovation")
    add(2, "Street lighting")
    result = fulltext.search(KIND, "prcurement")
    assert result.fuzzy
    assert result.ids == [1]
    assert [theme.pk for theme in result.ranked(Theme.objects.all())] == [1]
    exact = fulltext.search(KIND, "procurement")
    assert not exact.fuzzy and exact.ids == [1]


def test_snippets_escape_html_and_mark_the_matches():
    """Snippets show matched words in <mark> and never pass the record's markup through."""
    add(1, "Lighting", summary="", body="<script>alert(1)</script> Smart <b>lighting</b> & more")
    add(2, "Buses", summary="Electric buses for Tartu")
    snippets = fulltext.snippets(KIND, [1, 2], "lighting")
    assert snippets[1] == (
        "&lt;script&gt;alert(1)&lt;/script&gt; Smart &lt;b&gt;<mark>lighting</mark>"
        "&lt;/b&gt; &amp; more"
    )
    assert snippets[2] == "Electric buses for Tartu"


def test_snippets_cut_long_text_around_the_first_match():
    """A long body is shortened to a passage around the first matched word."""
    body = " ".join(f"word{n}" for n in range(100)) + " Panevėžys " + "tail " * 100
    add(1, "Plan", body=body)
    snippet = fulltext.snippets(KIND, [1], "panevezys")[1]
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>Panevėžys</mark>" in snippet
    assert len(snippet.split()) < 40


def test_bulk_indexing_two_thousand_records():
    """index_many indexes thousands of records at once; searching and replacing still works."""
    rows = [
        {"object_id": n, "language": "en", "title": f"Record {n}", "body": f"topic{n % 10}"}
        for n in range(1, 2001)
    ]
    fulltext.index_many(KIND, rows)
    assert SearchEntry.objects.filter(kind=KIND).count() == 2000
    assert len(fulltext.search(KIND, "topic3").ids) == 200
    fulltext.index_many(KIND, [{**row, "body": "renamed"} for row in rows[:500]])
    assert len(fulltext.search(KIND, "topic3").ids) == 150
    assert len(fulltext.search(KIND, "renamed").ids) == 500
    assert connection.vendor in {"sqlite", "postgresql"}


def test_match_gives_every_match_and_which_hold_the_words_in_the_title():
    """match() returns all matching ids, flags the title matches and ranks few matches."""
    add(1, "Tendering guide", body="Everything about public buying.")
    add(2, "Bridges", summary="Public tendering rules.")
    add(3, "Street lamps")
    found = fulltext.match(KIND, "tendering")
    assert found.ids.tolist() == [1, 2]
    assert found.in_title.tolist() == [True, False]
    assert found.scores[0] > found.scores[1]


def test_match_sees_a_change_of_the_index_at_once():
    """The per-process cache of matches is dropped when the index of that kind changes."""
    add(1, "Heat pumps")
    assert fulltext.match(KIND, "pumps").ids.tolist() == [1]
    add(2, "Water pumps")
    assert fulltext.match(KIND, "pumps").ids.tolist() == [1, 2]
    fulltext.remove(KIND, 1)
    add(1, "Solar panels")
    assert fulltext.match(KIND, "pumps").ids.tolist() == [2]
    assert fulltext.match(KIND, "solar").ids.tolist() == [1]


def test_match_falls_back_to_similar_titles_for_a_typo():
    """Nothing matches "prcurement" exactly, so the typo-tolerant titles come instead."""
    add(1, "Procurement of innovation")
    add(2, "Bridges")
    found = fulltext.match(KIND, "prcurement")
    assert found.fuzzy
    assert found.ids.tolist() == [1]
