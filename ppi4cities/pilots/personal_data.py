"""The pilots' part of a person's privacy download."""

from ppi4cities.accounts.personal_data import when

from .models import Pilot, PilotRevision


def pilots_section(user) -> dict:
    return {
        "pilots": [
            {
                "title": p.title,
                "status": p.status,
                "submitted": when(p.submitted_at),
                "published": when(p.published_at),
            }
            for p in Pilot.objects.filter(author=user).order_by("pk")
        ],
        "proposed_edits": [
            {"pilot": e.pilot.title, "status": e.status, "submitted": when(e.submitted_at)}
            for e in PilotRevision.objects.filter(author=user)
            .select_related("pilot")
            .order_by("pk")
        ],
    }
