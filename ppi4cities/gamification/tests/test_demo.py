"""The demo content shows the self-assessment, the leaderboard and the journeys alive."""

import pytest
from django.test import Client

from ppi4cities.accounts.models import Organisation, User
from ppi4cities.assessment import selectors as assessment_selectors
from ppi4cities.assessment.demo import ROUND_TITLE, ROUNDS, load_assessment_demo
from ppi4cities.assessment.models import Round
from ppi4cities.gamification import selectors
from ppi4cities.gamification.demo import load_gamification_demo
from ppi4cities.gamification.services import points_recompute

pytestmark = pytest.mark.django_db


def test_demo_municipalities_are_enough_for_a_peer_benchmark(demo_content):
    """Vilnius's closed round compares with five other municipalities, with figures."""
    vilnius = Round.objects.get(title=ROUND_TITLE, organisation__slug="vilnius-city-municipality")
    assert Round.objects.filter(title=ROUND_TITLE, closed_at__isnull=False).count() == len(ROUNDS)
    result = assessment_selectors.round_result(vilnius)
    assert result.respondents == 4
    benchmark = assessment_selectors.peer_benchmark(
        result.dimensions, organisation=vilnius.organisation, group="kind"
    )
    assert benchmark.benchmark is not None
    assert benchmark.organisations == len(ROUNDS) - 1


def test_demo_people_and_organisations_are_on_the_leaderboard(demo_content):
    """Those opted in appear with points the demo content earned them (awarded on commit,
    which the test's transaction never reaches, so the ledger is rebuilt here)."""
    points_recompute()
    people = selectors.leaderboard(kind="person")
    organisations = selectors.leaderboard(kind="organisation")
    assert len(people) >= 3 and all(row.points > 0 for row in people)
    assert "Vilnius City Municipality" in [row.name for row in organisations]


def test_a_demo_journey_mixes_platform_evidence_and_confirmations(demo_content):
    """Vilnius's journey shows its closed round and the milestones its admin confirmed."""
    page = Client().get("/organisations/vilnius-city-municipality/journey/")
    assert page.status_code == 200
    text = page.content.decode()
    assert ROUND_TITLE in text
    assert "Two-day innovation procurement course" in text


def test_loading_the_demo_again_writes_nothing(demo_content):
    """Both loaders find their content and add nothing."""
    before = (Round.objects.count(), User.objects.count(), Organisation.objects.count())
    assert load_assessment_demo() == 0
    assert load_gamification_demo() == 0
    assert (Round.objects.count(), User.objects.count(), Organisation.objects.count()) == before
