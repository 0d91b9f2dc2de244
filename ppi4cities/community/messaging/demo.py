"""Demo conversations between demo people, so that `/messages/` shows a living inbox on a
development database. Every subject and message carries the demo mark; a second run adds
nothing (conversations are found by their subject among those demo people started)."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from ppi4cities.accounts.demo import demo_person

from . import services
from .models import Conversation

MARK = "(Demo content on the PPI4Cities platform.)"

# (subject, starter, others, [(sender, hours ago, text)]): the first message starts it.
CONVERSATIONS = [
    (
        "Minutes of our market consultation (demo)",
        "jonas.pavyzdys",
        ("aino.esimerkki",),
        [
            (
                "jonas.pavyzdys",
                50,
                "Hello Aino, we are preparing a market consultation for a digital school "
                "admissions service. Would you share how you documented the meetings with "
                "companies in yours?",
            ),
            (
                "aino.esimerkki",
                30,
                "Gladly. We kept minutes of every meeting in the same template and published "
                "a summary for all tenderers. I can send you the empty template.",
            ),
            ("jonas.pavyzdys", 6, "That would help a lot, thank you."),
        ],
    ),
    (
        "Planning a joint CityLab workshop (demo)",
        "rasa.pavyzdyte",
        ("kadri.naidis", "janis.paraugs"),
        [
            (
                "rasa.pavyzdyte",
                26,
                "Dear both, shall we prepare a joint CityLab workshop on smart street "
                "lighting for our three cities? I suggest an online planning call first.",
            ),
            (
                "kadri.naidis",
                20,
                "Good idea. Tallinn's team could present the needs assessment we started.",
            ),
        ],
    ),
    (
        "Looking for a Finnish partner (demo)",
        "ola.nordmann",
        ("laura.pavyzdiene",),
        [
            (
                "ola.nordmann",
                3,
                "Hello Laura, I saw your profile. Do you know a Finnish city interested in a "
                "joint innovation procurement on accessible public transport?",
            ),
        ],
    ),
]


def load_messaging_demo(stdout=None, verbosity=1) -> int:
    """Add the demo conversations that are missing; return how many were added."""
    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured("The messages demo refuses to load in production.")
    existing = set(
        Conversation.objects.filter(
            subject__in=[subject for subject, *_rest in CONVERSATIONS],
            created_by__is_demo=True,
        ).values_list("subject", flat=True)
    )
    added = 0
    now = timezone.now()
    # Demo content arrives in one go from a command, not from people posting.
    with override_settings(POSTING_RATE_LIMITS_ENABLED=False), transaction.atomic():
        for subject, starter, others, messages in CONVERSATIONS:
            if subject in existing:
                continue
            people = {handle: demo_person(handle) for handle in (starter, *others)}
            if None in people.values():
                continue
            (_sender, hours, text), *replies = messages
            conversation = services.conversation_start(
                starter=people[starter],
                others=[people[handle] for handle in others],
                subject=subject,
                text=f"{text} {MARK}",
                now=now - timedelta(hours=hours),
            )
            for sender, hours, text in replies:
                services.message_send(
                    conversation=conversation,
                    sender=people[sender],
                    text=f"{text} {MARK}",
                    now=now - timedelta(hours=hours),
                )
            added += 1
    if stdout is not None and verbosity >= 1:
        stdout.write(f"Demo conversations: {added} created, {len(existing)} unchanged")
    return added
