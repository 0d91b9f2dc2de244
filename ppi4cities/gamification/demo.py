"""Demo leaderboard opt-ins and PPI journey confirmations, so that the leaderboard and the
journey pages show something on a development database. Points come by themselves from the
other demo content (approved resources and pilots, completed assessments)."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from ppi4cities.accounts.demo import DEMO_DOMAIN, demo_person
from ppi4cities.accounts.models import Organisation, Role, User

from . import services
from .models import LeaderboardOptIn

PEOPLE = ("rasa.pavyzdyte", "laura.pavyzdiene", "aino.esimerkki", "jonas.pavyzdys")
ORGANISATIONS = (
    "vilnius-city-municipality",
    "city-of-tampere",
    "tartu-city-government",
    "lithuanian-innovation-centre",
    "city-of-helsinki",
)
# Organisation → (admin who confirms, [(milestone, note)]).
CONFIRMATIONS = {
    "vilnius-city-municipality": (
        "jonas.pavyzdys",
        [
            ("team-trained", "Two-day innovation procurement course for 14 buyers (demo)."),
            ("market-consulted", "Open market dialogue on school meal logistics (demo)."),
        ],
    ),
    "city-of-tampere": (
        "aino.esimerkki",
        [
            (
                "team-trained",
                "Procurement team trained with the national competence centre (demo).",
            ),
            ("needs-assessed", "Needs of three city divisions mapped in a CityLab (demo)."),
        ],
    ),
    "tartu-city-government": (
        "kadri.naidis",
        [("needs-assessed", "Mobility needs collected from residents and operators (demo).")],
    ),
}


def _admin(organisation) -> User | None:
    if organisation is None:
        return None
    membership = organisation.memberships.filter(role=Role.ADMIN).select_related("user").first()
    return membership.user if membership else None


def load_gamification_demo(stdout=None, verbosity=1) -> int:
    """Add the demo opt-ins and confirmations when missing; return how many rows were added."""

    def say(message):
        if stdout is not None and verbosity >= 1:
            stdout.write(message)

    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured("The gamification demo refuses to load in production.")
    if LeaderboardOptIn.objects.filter(user__email=f"{PEOPLE[0]}@{DEMO_DOMAIN}").exists():
        say("Demo leaderboard and journeys: already there")
        return 0
    organisations = Organisation.objects.filter(is_demo=True).in_bulk(
        list(ORGANISATIONS) + list(CONFIRMATIONS), field_name="slug"
    )
    people = [person for person in map(demo_person, PEOPLE) if person]
    if not people:
        say("Demo leaderboard and journeys: none created; run load_demo first")
        return 0
    added = 0
    with transaction.atomic():
        for person in people:
            services.leaderboard_opt_in(actor=person, user=person)
            added += 1
        for slug in ORGANISATIONS:
            admin = _admin(organisations.get(slug))
            if admin is not None:
                services.leaderboard_opt_in(actor=admin, organisation=organisations[slug])
                added += 1
        for slug, (handle, steps) in CONFIRMATIONS.items():
            organisation, admin = organisations.get(slug), demo_person(handle)
            if organisation is None or admin is None:
                continue
            for step, note in steps:
                services.journey_step_confirm(
                    actor=admin, organisation=organisation, step=step, note=note
                )
                added += 1
    say(f"Demo leaderboard and journeys: {added} created")
    return added
