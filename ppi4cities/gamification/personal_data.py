"""Points and badges in a person's privacy download: the ledger as it stands, badge notices,
journey confirmations they made and whether they appear on the leaderboard."""

from ppi4cities.accounts.personal_data import when

from .models import BadgeNotice, JourneyConfirmation, LeaderboardOptIn, PointAward


def gamification_section(user) -> dict:
    opt_in = LeaderboardOptIn.objects.filter(user=user).first()
    return {
        "points": [
            {"action": a.action, "points": a.points, "day": a.day.isoformat()}
            for a in PointAward.objects.filter(user=user).order_by("awarded_at", "pk")
        ],
        "badge_notices": [
            {"badge": n.badge, "level": n.level, "earned": when(n.earned_at)}
            for n in BadgeNotice.objects.filter(user=user).order_by("earned_at", "pk")
        ],
        "journey_confirmations": [
            {
                "organisation": c.organisation.name,
                "milestone": c.step,
                "confirmed": when(c.confirmed_at),
                "note": c.note,
            }
            for c in JourneyConfirmation.objects.filter(confirmed_by=user)
            .select_related("organisation")
            .order_by("confirmed_at", "pk")
        ],
        "on_the_leaderboard_since": when(opt_in.created_at) if opt_in else None,
    }
