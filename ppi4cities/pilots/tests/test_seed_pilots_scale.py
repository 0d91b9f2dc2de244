"""The benchmark's synthetic pilots: deterministic, published, spread over the region, and easy
to remove without touching real pilots."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from ppi4cities.moderation.models import Status
from ppi4cities.pilots.management.commands.seed_pilots_scale import (
    plan_pilot,
    synthetic_pilots,
)
from ppi4cities.pilots.models import Pilot

from .test_ocds import make_pilot

pytestmark = pytest.mark.django_db


def _seed(n, **options):
    call_command("seed_pilots_scale", pilots=n, stdout=StringIO(), **options)


def test_plans_depend_only_on_seed_and_index():
    """The same (seed, index) gives the same pilot in any process; another seed differs."""
    assert plan_pilot(1, 7) == plan_pilot(1, 7)
    assert plan_pilot(1, 7) != plan_pilot(2, 7)
    assert plan_pilot(1, 7)["external_id"] == "bench-pilot-000007"


def test_seeds_published_demo_pilots_with_themes_and_a_buyer():
    """Every synthetic pilot is published, marked as demo content, has a theme and a buyer."""
    _seed(40)
    pilots = synthetic_pilots()
    assert pilots.count() == 40
    assert set(pilots.values_list("status", flat=True)) == {Status.PUBLISHED}
    assert all(pilots.values_list("is_demo", flat=True))
    assert not pilots.filter(themes=None).exists()
    assert not pilots.filter(buyers=None).exists()
    assert pilots.values("country").distinct().count() > 3


def test_the_synthetic_pilots_appear_on_the_list_and_the_map(client):
    """The seeded pilots are real published pilots: the list counts them, the map groups them."""
    _seed(25)
    response = client.get(reverse("pilots:geojson"), {"bbox": "-30,45,35,72", "zoom": 3})
    found = response.json()["features"]
    assert sum(f["properties"].get("count", 1) for f in found) == 25


def test_growing_keeps_the_existing_pilots_and_adds_the_missing_ones():
    """Seeding 20 then 30 gives the same pilots as seeding 30 at once."""
    _seed(20)
    first = dict(synthetic_pilots().values_list("external_id", "latitude"))
    _seed(30)
    after = dict(synthetic_pilots().values_list("external_id", "latitude"))
    assert len(after) == 30
    assert {key: after[key] for key in first} == first
    _seed(30)
    assert synthetic_pilots().count() == 30


def test_reset_deletes_only_the_synthetic_pilots():
    """--reset removes the benchmark's pilots and leaves a real one alone."""
    real = make_pilot(external_id="tender-2024-17")
    _seed(10)
    _seed(5, reset=True)
    assert synthetic_pilots().count() == 5
    assert Pilot.objects.filter(pk=real.pk).exists()


def test_it_refuses_production_settings(settings):
    """It never fills a production database."""
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        _seed(5)
    assert not Pilot.objects.exists()
