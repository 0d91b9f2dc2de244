"""Moderation in a person's privacy download: the reports they made and the measures taken
about their account. Who reported them is not theirs to know, so it is not included."""

from ppi4cities.accounts.personal_data import when

from .models import Report, Sanction


def moderation_section(user) -> dict:
    return {
        "reports_made": [
            {
                "kind": report.kind,
                "item": report.object_id,
                "reason": report.reason,
                "note": report.note,
                "created": when(report.created_at),
                "status": report.status,
            }
            for report in Report.objects.filter(reporter=user).order_by("created_at", "pk")
        ],
        "measures_about_me": [
            {
                "kind": sanction.kind,
                "reason": sanction.reason,
                "created": when(sanction.created_at),
                "until": when(sanction.until),
                "lifted": when(sanction.lifted_at),
            }
            for sanction in Sanction.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }
