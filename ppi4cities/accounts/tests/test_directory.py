"""The organisation directory: search, filters with counts, sort, pages, shareable URLs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import make_organisation, make_person
from ppi4cities.core.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(db):
    creator = make_person("creator@example.org", "Creator")
    themes = {theme.code: theme for theme in Theme.objects.all()}
    rows = [
        ("Panevėžys City Municipality", "municipality", "LT", "LT025", ["mobility"]),
        ("Vilnius City Municipality", "municipality", "LT", "LT011", ["digital", "mobility"]),
        ("Lithuanian Innovation Centre", "innovation-agency", "LT", "LT011", ["digital"]),
        ("Tartu City Government", "municipality", "EE", "EE008", ["smart-city"]),
        ("City of Gdańsk", "municipality", "PL", "PL634", ["mobility", "environment"]),
        ("Baltic Mobility Start-up", "startup", "EE", "", ["mobility"]),
    ]
    created = {}
    for name, kind, country, nuts3, codes in rows:
        created[name] = make_organisation(
            creator,
            name=name,
            data={
                "kind": kind,
                "country": country,
                "nuts3": nuts3,
                "size": "micro" if kind == "startup" else "",
                "city": name.split()[0],
            },
            themes=[themes[code] for code in codes],
            expertise=[],
        )
    return created


def _names(response):
    return [o.name for o in response.context["page"].object_list]


def test_the_directory_lists_every_organisation_by_name(client, directory):
    """Unfiltered, the directory shows all organisations sorted by name with the total count."""
    response = client.get("/organisations/")
    assert response.status_code == 200
    assert _names(response) == sorted(directory)
    assert "6 organisations found" in response.content.decode()


def test_text_search_ignores_diacritics_and_letter_case(client, directory):
    """'panevezys' finds Panevėžys and 'GDANSK' finds Gdańsk."""
    assert _names(client.get("/organisations/?q=panevezys")) == ["Panevėžys City Municipality"]
    assert _names(client.get("/organisations/?q=GDANSK")) == ["City of Gdańsk"]
    assert _names(client.get("/organisations/?q=city+vilnius")) == ["Vilnius City Municipality"]


def test_filters_combine_and_counts_follow_the_other_filters(client, directory):
    """Country and type filters combine; each facet counts within the other active filters."""
    response = client.get("/organisations/?country=LT&kind=municipality")
    assert _names(response) == ["Panevėžys City Municipality", "Vilnius City Municipality"]
    facets = response.context["facets"]
    kinds = {o["value"]: o["count"] for o in facets["kind"]}
    assert kinds["municipality"] == 2 and kinds["innovation-agency"] == 1
    countries = {o["value"]: o["count"] for o in facets["country"]}
    assert countries == {"LT": 2, "EE": 1, "PL": 1}
    themes = {o["value"]: o["count"] for o in facets["theme"]}
    assert themes["mobility"] == 2 and themes["digital"] == 1


def test_several_values_of_one_filter_widen_the_result(client, directory):
    """Two countries show organisations of either."""
    names = _names(client.get("/organisations/?country=EE&country=PL"))
    assert names == ["Baltic Mobility Start-up", "City of Gdańsk", "Tartu City Government"]


def test_the_theme_filter_counts_each_organisation_once(client, directory):
    """An organisation with two matching themes appears once."""
    names = _names(client.get("/organisations/?theme=mobility&theme=digital"))
    assert len(names) == len(set(names)) == 5


def test_sorting_by_newest_and_country(client, directory):
    """Sort by newest puts the last created first; by country groups them."""
    assert _names(client.get("/organisations/?sort=-created"))[0] == "Baltic Mobility Start-up"
    assert _names(client.get("/organisations/?sort=country"))[0] in {
        "Baltic Mobility Start-up",
        "Tartu City Government",
    }


def test_unknown_filter_values_are_ignored_not_errors(client, directory):
    """Hand-edited URLs with unknown values still answer 200 with the valid filters applied."""
    response = client.get("/organisations/?country=XX&kind=castle&sort=drop&page=abc&theme=zzz")
    assert response.status_code == 200
    assert len(_names(response)) == 6


def test_pages_keep_the_filters_in_their_links(client, directory, settings):
    """Pagination links carry the active filters so a page can be shared."""
    settings.DIRECTORY_PAGE_SIZE = 2
    response = client.get("/organisations/?kind=municipality")
    assert len(_names(response)) == 2
    body = response.content.decode()
    assert 'href="?kind=municipality&amp;page=2"' in body
    second = client.get("/organisations/?kind=municipality&page=2")
    assert len(_names(second)) == 2
    assert set(_names(second)).isdisjoint(_names(response))


def test_an_empty_result_suggests_how_to_widen_the_search(client, directory):
    """No match says so and offers to clear the filters."""
    body = client.get("/organisations/?q=atlantis").content.decode()
    assert "0 organisations found" in body
    assert "Clear all filters" in body


def test_htmx_requests_get_only_the_results_and_the_facets(client, directory):
    """An htmx request receives the results region and facets, not the whole layout."""
    response = client.get("/organisations/?country=LT", headers={"HX-Request": "true"})
    body = response.content.decode()
    assert 'id="directory-results"' in body and 'id="facets"' in body
    assert "<header" not in body


def test_the_directory_is_translated_under_a_language_prefix(client, directory):
    """/lt/organisations/ answers in Lithuanian with html lang=lt."""
    body = client.get("/lt/organisations/").content.decode()
    assert '<html lang="lt"' in body


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "url", ["/organisations/", "/organisations/?country=LT&theme=mobility&q=city"]
)
def test_the_directory_query_count_does_not_grow_with_the_data(client, directory, url):
    """Twenty more organisations add no query to the directory page."""
    before = _queries(client, url)
    creator = make_person("more@example.org", "More")
    for index in range(20):
        make_organisation(creator, name=f"City {index}", data={"city": f"Town {index}"})
    assert _queries(client, url) == before


def test_counts_follow_a_new_organisation_at_once(client, directory):
    """Cached facet counts and home page figures change as soon as an organisation is added."""
    first = client.get("/organisations/?kind=municipality")
    assert {o["value"]: o["count"] for o in first.context["facets"]["country"]}["EE"] == 1
    make_organisation(
        make_person("late@example.org", "Late"),
        name="Pärnu City",
        data={"country": "EE", "city": "Pärnu", "nuts3": ""},
    )
    again = client.get("/organisations/?kind=municipality")
    assert {o["value"]: o["count"] for o in again.context["facets"]["country"]}["EE"] == 2
    assert client.get("/").context["stats"]["organisations"] == 7
