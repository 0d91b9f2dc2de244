"""Demo self-assessments: closed rounds of six demo municipalities (enough for the peer
benchmark of municipalities to show figures), individual assessments of a few demo people, one
of them taken twice to show progress, and demo peers who agreed to be contacted.

Answers are drawn from a fixed seed per organisation and person, so every run writes the same
data. A second run finds the demo rounds and writes nothing.
"""

import random
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from ppi4cities.accounts.demo import demo_person
from ppi4cities.accounts.models import Organisation

from . import permissions, services
from .models import Assessment, Round, Variant
from .selectors import current_version, version_dimensions

ROUND_TITLE = "Readiness round, spring 2026 (demo)"

# Organisation → (admin who runs the round, colleagues invited, how mature it is on a 1–5 scale
# per dimension position; dimensions beyond the list take the last value).
ROUNDS = {
    "vilnius-city-municipality": (
        "jonas.pavyzdys",
        ("ieva.bandomoji", "laura.pavyzdiene", "paulius.bandomasis"),
        (4, 4, 3, 2, 3, 3, 4, 2, 2),
    ),
    "city-of-tampere": ("aino.esimerkki", ("laura.pavyzdiene",), (5, 4, 4, 4, 3, 4, 5, 4, 3)),
    "city-of-gdansk": ("jan.przykladowy", ("zofia.przykladowa",), (3, 3, 2, 2, 2, 3, 3, 2, 2)),
    "tartu-city-government": ("kadri.naidis", ("laura.pavyzdiene",), (4, 3, 4, 4, 3, 3, 4, 4, 3)),
    "panevezys-city-municipality": ("ieva.bandomoji", (), (2, 2, 3, 2, 2, 2, 3, 2, 1)),
    "kaunas-city-municipality": ("jonas.pavyzdys", (), (3, 3, 3, 3, 2, 3, 3, 2, 2)),
}

# Person → maturity per dimension position, for an assessment of their own.
INDIVIDUALS = {
    "rasa.pavyzdyte": (4, 5, 4, 5, 4, 4, 5, 3, 3),
    "tomas.testinis": (3, 5, 3, 3, 4, 3, 3, 2, 3),
    "aino.esimerkki": (5, 4, 4, 4, 3, 4, 5, 5, 4),
    "erika.mustermann": (3, 3, 3, 2, 3, 2, 4, 3, 2),
}
# Took the assessment twice: first with these levels, some months before the one above.
EARLIER = {"rasa.pavyzdyte": (3, 4, 3, 3, 3, 3, 4, 2, 2)}
CONTACTABLE = ("rasa.pavyzdyte", "tomas.testinis", "aino.esimerkki")


def _answers(version, levels, seed: str) -> list[tuple]:
    """A plausible set of answers around each dimension's level, now and then not applicable."""
    draw = random.Random(seed)
    answers = []
    for position, dimension in enumerate(version_dimensions(version, Variant.FULL)):
        level = levels[min(position, len(levels) - 1)]
        for statement in dimension.statements.all():
            if draw.random() < 0.04:
                answers.append((statement, None, True))
            else:
                value = min(5, max(1, level + draw.choice((-1, 0, 0, 0, 1))))
                answers.append((statement, value, False))
    return answers


def _complete(version, user, levels, seed, **kind) -> Assessment:
    assessment = services.assessment_start(version=version, variant=Variant.FULL, user=user, **kind)
    services.answers_save(assessment=assessment, answers=_answers(version, levels, seed))
    return services.assessment_complete(assessment=assessment)


def load_assessment_demo(stdout=None, verbosity=1) -> int:
    """Create the demo rounds and assessments when missing; return how many assessments."""

    def say(message):
        if stdout is not None and verbosity >= 1:
            stdout.write(message)

    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured("The self-assessment demo refuses to load in production.")
    if Round.objects.filter(title=ROUND_TITLE, organisation__is_demo=True).exists():
        say("Demo self-assessments: already there")
        return 0
    version = current_version()
    # Only demo organisations: a real profile holding a demo slug is never touched.
    organisations = Organisation.objects.filter(is_demo=True).in_bulk(
        list(ROUNDS), field_name="slug"
    )
    if version is None or not organisations:
        say("Demo self-assessments: none created; run load_demo first")
        return 0
    created = 0
    with transaction.atomic():
        for slug, (admin_handle, colleagues, levels) in ROUNDS.items():
            organisation, admin = organisations.get(slug), demo_person(admin_handle)
            if organisation is None or admin is None:
                continue
            if not permissions.can_start_round(admin, organisation):
                continue
            members = set(organisation.memberships.values_list("user_id", flat=True))
            invitees = [p for p in map(demo_person, colleagues) if p and p.pk in members]
            round = services.round_start(
                organisation=organisation,
                version=version,
                actor=admin,
                title=ROUND_TITLE,
                invitees=invitees,
            )
            for person in [admin, *invitees]:
                _complete(version, person, levels, f"{slug}:{person.email}", round=round)
                created += 1
            services.round_close(round=round, actor=admin)
        for handle, levels in INDIVIDUALS.items():
            person = demo_person(handle)
            if person is None:
                continue
            if handle in EARLIER:
                earlier = _complete(version, person, EARLIER[handle], f"{handle}:earlier")
                # Taken some months ago, so the later one shows the change since then.
                months_ago = earlier.completed_at - timedelta(days=150)
                Assessment.objects.filter(pk=earlier.pk).update(
                    started_at=months_ago, completed_at=months_ago
                )
                created += 1
            _complete(version, person, levels, handle)
            created += 1
        for person in filter(None, map(demo_person, CONTACTABLE)):
            services.peer_contact_set(user=person, contactable=True)
    say(f"Demo self-assessments: {created} created, in closed rounds and alone")
    return created
