"""The pilot pages: the list with its filters and counts, the detail page with everything a
pilot holds, the project page, and a list whose query count does not grow with the data."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.pilots import services
from ppi4cities.pilots.models import PilotDocument, Project

from .test_services import make_pilot

pytestmark = pytest.mark.django_db


def _published(people, title, **data):
    return make_pilot(people, publish=True, texts={"en": {"title": title, "summary": "S."}}, **data)


@pytest.fixture
def catalogue(people):
    return {
        "gdansk": _published(
            people,
            "Gdańsk shuttle",
            country="PL",
            nuts3="PL634",
            city="Gdańsk",
            latitude=54.35,
            longitude=18.65,
            approach="pcp",
            award_date=date(2021, 5, 1),
            tender_date=date(2021, 1, 1),
        ),
        "tartu": _published(
            people,
            "Tartu bikes",
            country="EE",
            nuts3="",
            city="Tartu",
            latitude=58.38,
            longitude=26.72,
            state="completed",
        ),
        "panevezys": _published(people, "Panevėžys library"),
    }


def _titles(client, query=""):
    page = client.get(f"/pilots/{query}").content.decode()
    return {
        title for title in ("Gdańsk shuttle", "Tartu bikes", "Panevėžys library") if title in page
    }


def test_the_list_shows_each_pilot_with_place_state_and_approach(client, catalogue):
    """A card says where the pilot is, its state and approach."""
    page = client.get("/pilots/").content.decode()
    assert "3 pilots found" in page
    assert "Gdańsk, Poland" in page
    assert "Pre-commercial procurement (PCP)" in page
    assert "Completed" in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?country=PL", {"Gdańsk shuttle"}),
        ("?country=PL&country=EE", {"Gdańsk shuttle", "Tartu bikes"}),
        ("?approach=pcp", {"Gdańsk shuttle"}),
        ("?state=completed", {"Tartu bikes"}),
        ("?year=2021", {"Gdańsk shuttle"}),
        ("?year=2023", {"Tartu bikes", "Panevėžys library"}),
        ("?theme=mobility", {"Gdańsk shuttle", "Tartu bikes", "Panevėžys library"}),
        ("?theme=health", set()),
        ("?procedure=comp-dial&country=LT", {"Panevėžys library"}),
        ("?country=nowhere&year=abc", {"Gdańsk shuttle", "Tartu bikes", "Panevėžys library"}),
    ],
)
def test_filters_in_the_address_narrow_the_list(client, catalogue, query, expected):
    """Each filter in the URL narrows the list; unknown values are ignored."""
    assert _titles(client, query) == expected


def test_the_list_offers_its_pilots_as_csv_geojson_and_ocds_with_its_filters(client, catalogue):
    """The downloads keep the filters but not the page number (a package has pages of its own)."""
    page = client.get("/pilots/?country=EE&page=1").content.decode()
    for name in ("export.csv", "export.geojson", "ocds.json"):
        assert f'href="/pilots/{name}?country=EE"' in page
    assert 'href="/pilots/export.csv"' in client.get("/pilots/").content.decode()


def test_good_practice_only(client, people, catalogue):
    """The good-practice filter keeps the marked pilots, with a tag on the card."""
    services.pilot_mark_good_practice(
        pilot=catalogue["tartu"],
        actor=people["moderator"],
        why_it_worked={"en": "W"},
        how_to_replicate={"en": "H"},
    )
    assert _titles(client, "?good_practice=1") == {"Tartu bikes"}
    page = client.get("/pilots/").content.decode()
    assert 'Good practices only <span class="facet-count">(1)</span>' in page


def test_counts_are_within_the_other_filters(client, catalogue):
    """With a country chosen, the approach counts cover that country, the country counts all."""
    page = client.get("/pilots/?country=PL").content.decode()
    assert 'Pre-commercial procurement (PCP) <span class="facet-count">(1)</span>' in page
    assert 'Public procurement of innovation (PPI) <span class="facet-count">(0)</span>' in page
    assert 'Estonia <span class="facet-count">(1)</span>' in page
    assert '2021 <span class="facet-count">(1)</span>' in page


def test_the_list_is_paginated(client, people):
    """Twenty pilots a page, with a link to the next."""
    for number in range(21):
        _published(people, f"Pilot {number}")
    page = client.get("/pilots/").content.decode()
    assert page.count('class="card"') == 20
    assert 'rel="next"' in page
    assert client.get("/pilots/?page=2").content.decode().count('class="card"') == 1


def test_the_list_query_count_does_not_grow_with_the_data(client, people):
    """The list page asks the same number of queries for 3 pilots as for 25."""

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/pilots/?theme=mobility").status_code == 200
        return len(context)

    client.force_login(people["org_admin"])
    for number in range(3):
        _published(people, f"Pilot {number}")
    few = queries()
    for number in range(22):
        _published(people, f"More {number}", country="EE", nuts3="", state="completed")
    assert queries() == few


def test_visitors_counts_are_cached_until_a_pilot_changes(client, people, catalogue):
    """A second anonymous visit with the same filters skips the seven count queries; a newly
    published pilot, a deleted one and a changed theme show at once, not a minute later."""

    def visit(query=""):
        with CaptureQueriesContext(connection) as context:
            page = client.get(f"/pilots/{query}").content.decode()
        return page, len(context)

    _page, first = visit()
    page, second = visit()
    assert second == first - 7
    assert 'Estonia <span class="facet-count">(1)</span>' in page
    added = _published(people, "Tallinn lights", country="EE", nuts3="")
    page, _queries = visit()
    assert 'Estonia <span class="facet-count">(2)</span>' in page
    added.delete()
    assert 'Estonia <span class="facet-count">(1)</span>' in visit()[0]
    assert 'Estonia <span class="facet-count">(1)</span>' in visit("?theme=mobility")[0]
    catalogue["tartu"].themes.clear()
    assert 'Estonia <span class="facet-count">' not in visit("?theme=mobility")[0]


def test_the_map_page_counts_what_the_list_counts(client, catalogue):
    """The map's count line and the list's agree, with and without filters."""
    for query, expected in (("", 3), ("?country=EE", 1), ("?state=planned&state=ongoing", None)):
        listed = client.get(f"/pilots/{query}").context["page"].paginator.count
        mapped = client.get(f"/pilots/map/{query}").context["count"]
        assert mapped == listed
        if expected is not None:
            assert mapped == expected


def test_the_detail_page_shows_everything_the_pilot_holds(client, people):
    """Texts as sanitised Markdown, buyers, suppliers, dates, values, documents and project."""
    project = Project.objects.create(slug="sohjoa-baltic", name="Sohjoa Baltic")
    pilot = services.pilot_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={
            "country": "LT",
            "city": "Panevėžys",
            "latitude": 55.73,
            "longitude": 24.35,
            "approach": "ppi",
            "procedure": "innovation",
            "innovation_types": ["rd-act"],
            "cpv_codes": ["34144900-7"],
            "contract_value": 99000,
            "currency": "EUR",
            "award_date": date(2024, 2, 3),
            "contact_name": "Rasa Contact",
            "contact_email": "rasa@city.example",
        },
        texts={
            "en": {
                "title": "Smart lighting",
                "summary": "Lights that dim.",
                "solution": "**Sensors** <script>alert(1)</script>",
                "lessons_learned": "Talk to suppliers early.",
            }
        },
        buyers=[people["organisation"], people["other_organisation"]],
        themes=["energy"],
        suppliers=[{"name": "Lumen UAB", "country": "LT", "size": "medium"}],
        project=project,
        submit=True,
    )
    services.pilot_approve(pilot=pilot, actor=people["moderator"])
    PilotDocument.objects.create(pilot=pilot, title="Tender notice", url="https://example.org/t")
    page = client.get(f"/pilots/{pilot.pk}/").content.decode()
    assert page.count("<h1") == 1
    assert "<strong>Sensors</strong>" in page and "<script>alert" not in page
    assert "Talk to suppliers early." in page
    assert people["other_organisation"].get_absolute_url() in page
    assert "Lumen UAB, Lithuania (Medium-sized enterprise)" in page
    assert "99,000.00 EUR" in page
    assert "Innovation partnership" in page and "Research and development activities" in page
    assert "Energy efficiency" in page and "34144900-7" in page
    assert "Tender notice" in page and "Rasa Contact" in page
    assert project.get_absolute_url() in page
    assert "Moderation" not in page


def test_unknown_pilots_are_not_found(client, people):
    """An address with no pilot behind it gives a 404."""
    assert client.get("/pilots/999/").status_code == 404


def test_the_project_page_lists_its_published_pilots(client, people):
    """A project's page shows its published pilots, not its drafts."""
    project = Project.objects.create(slug="ppi4cities", name="PPI4Cities", programme="Interreg")
    published = _published(people, "Mobility point")
    draft = make_pilot(people, texts={"en": {"title": "Draft point", "summary": "S."}})
    for pilot in (published, draft):
        pilot.project = project
        pilot.save(update_fields=["project"])
    page = client.get("/pilots/projects/ppi4cities/").content.decode()
    assert "PPI4Cities" in page and "Mobility point" in page and "Draft point" not in page
    assert client.get("/pilots/projects/nothing/").status_code == 404
