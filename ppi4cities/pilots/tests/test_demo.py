"""The demo pilots: coverage of the region, real places, good practices, marks and re-runs."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from ppi4cities.moderation.models import Status
from ppi4cities.pilots.demo import BSR_COUNTRIES, DEMO_MARKS, PILOTS, load_pilot_demo
from ppi4cities.pilots.models import Pilot, Project

pytestmark = pytest.mark.django_db

# Rough bounding boxes (south, north, west, east) of each country, islands included.
BOXES = {
    "DK": (54.5, 57.8, 8.0, 15.2),
    "DE": (47.2, 55.1, 5.8, 15.1),
    "EE": (57.5, 59.7, 21.7, 28.3),
    "FI": (59.7, 70.1, 20.5, 31.6),
    "LV": (55.6, 58.1, 20.9, 28.3),
    "LT": (53.8, 56.5, 20.9, 26.9),
    "PL": (49.0, 54.9, 14.1, 24.2),
    "SE": (55.3, 69.1, 11.0, 24.2),
    "NO": (57.9, 71.2, 4.5, 31.2),
    "IS": (63.2, 66.6, -24.6, -13.4),
    "UA": (44.3, 52.4, 22.1, 40.3),
}


@pytest.fixture
def pilot_demo(db):
    """The whole demo, as `make run` loads it (load_demo calls the pilot loader last)."""
    call_command("load_demo", verbosity=0)


def test_at_least_40_pilots_most_of_them_published(pilot_demo):
    """The demo creates at least 40 pilots, and visitors see most of them."""
    assert Pilot.objects.filter(external_id__startswith="demo-pilot-").count() >= 40
    assert Pilot.objects.filter(status=Status.PUBLISHED).count() >= 35


def test_every_bsr_country_has_published_pilots(pilot_demo):
    """Each country of the Baltic Sea Region appears on the map."""
    published = Pilot.objects.filter(status=Status.PUBLISHED)
    countries = {str(code) for code in published.values_list("country", flat=True)}
    assert set(BSR_COUNTRIES) <= countries


def test_coordinates_lie_inside_their_country(pilot_demo):
    """Every pilot's marker falls inside the rough outline of its country."""
    for pilot in Pilot.objects.all():
        south, north, west, east = BOXES[str(pilot.country)]
        assert south <= pilot.latitude <= north, (pilot.city, pilot.latitude)
        assert west <= pilot.longitude <= east, (pilot.city, pilot.longitude)


def test_codes_and_dates_are_well_formed(pilot_demo):
    """CPV codes have their check digit, NUTS codes match the country, dates run in order."""
    steps = [
        "needs_assessment_date",
        "market_consultation_date",
        "tender_date",
        "award_date",
        "contract_start",
        "contract_end",
    ]
    for pilot in Pilot.objects.all():
        assert pilot.cpv_codes
        assert all(re.fullmatch(r"\d{8}-\d", code) for code in pilot.cpv_codes)
        assert not pilot.nuts3 or pilot.nuts3.startswith(str(pilot.country))
        dates = [getattr(pilot, step) for step in steps if getattr(pilot, step)]
        assert dates == sorted(dates), pilot.external_id


def test_no_money_figures_are_invented(pilot_demo):
    """No demo pilot states an estimated or contract value."""
    assert not Pilot.objects.filter(estimated_value__isnull=False).exists()
    assert not Pilot.objects.filter(contract_value__isnull=False).exists()


def test_good_practices_say_why_they_worked_and_how_to_replicate(pilot_demo):
    """Between 8 and 10 published pilots are good practices with both explanations."""
    good = Pilot.objects.filter(is_good_practice=True)
    assert 8 <= good.count() <= 10
    for pilot in good:
        assert pilot.status == Status.PUBLISHED
        assert pilot.why_it_worked_en and pilot.how_to_replicate_en


def test_buyers_suppliers_and_projects_are_linked(pilot_demo):
    """Most pilots name a buyer and suppliers, and each demo project lists pilots."""
    pilots = Pilot.objects.all()
    assert pilots.filter(buyers__isnull=False).distinct().count() >= 25
    assert pilots.filter(suppliers__isnull=False).distinct().count() >= 35
    projects = Project.objects.filter(is_demo=True)
    assert projects.count() == 3
    for project in projects:
        assert project.pilots.filter(status=Status.PUBLISHED).exists()
        assert project.summary_en.endswith(DEMO_MARKS["en"])


def test_some_pilots_stay_in_moderation(pilot_demo):
    """Drafts and a pending pilot show moderation at work."""
    statuses = list(Pilot.objects.values_list("status", flat=True))
    assert statuses.count(Status.DRAFT) >= 2
    assert statuses.count(Status.PENDING) >= 1


def test_every_pilot_is_demo_and_marked_in_each_language(pilot_demo):
    """Every pilot is flagged as demo and every summary ends with its language's mark."""
    pilots = Pilot.objects.all()
    local = 0
    for pilot in pilots:
        assert pilot.is_demo
        assert pilot.summary_en.endswith(DEMO_MARKS["en"])
        for language, mark in DEMO_MARKS.items():
            summary = getattr(pilot, f"summary_{language}") or ""
            if summary:
                assert summary.endswith(mark), (pilot.external_id, language)
                local += language != "en"
    assert local >= 10


def test_second_run_creates_nothing_in_one_query(pilot_demo, django_assert_max_num_queries):
    """Running the loader again writes nothing, with a single query."""
    count = Pilot.objects.count()
    with django_assert_max_num_queries(1):
        counts = load_pilot_demo()
    assert counts["created"] == 0
    assert Pilot.objects.count() == count


def test_a_missing_pilot_is_recreated_and_edits_are_kept(pilot_demo):
    """A deleted demo pilot comes back; an edited one keeps its edits."""
    Pilot.objects.filter(external_id="demo-pilot-001").delete()
    Pilot.objects.filter(external_id="demo-pilot-002").update(title_en="Edited title")
    counts = load_pilot_demo()
    assert counts["created"] == 1
    assert Pilot.objects.count() == len(PILOTS)
    assert Pilot.objects.get(external_id="demo-pilot-002").title_en == "Edited title"


def test_every_pilot_is_loaded_again_after_all_were_deleted(db):
    """With the demo people in place, an emptied repository is filled again in full."""
    call_command("load_demo", verbosity=0)
    Pilot.objects.all().delete()
    counts = load_pilot_demo()
    assert counts["created"] == len(PILOTS)


def test_nothing_is_created_without_the_demo_people(db):
    """Without load_demo's organisations and people, the loader creates nothing."""
    counts = load_pilot_demo()
    assert counts["created"] == 0
    assert not Pilot.objects.exists()


def test_refuses_to_run_in_production(db, settings):
    """With PRODUCTION on, the loader stops and writes nothing."""
    settings.PRODUCTION = True
    with pytest.raises(ImproperlyConfigured, match="production"):
        load_pilot_demo()
    assert not Pilot.objects.exists()
