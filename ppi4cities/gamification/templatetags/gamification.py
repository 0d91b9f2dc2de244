"""Badges and journey progress shown on the pages of other apps (profiles, organisations, the
dashboard)."""

from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("gamification/includes/person_badges.html")
def person_badges(person):
    return {"person": person, "earned": selectors.badges_for(person)}


@register.inclusion_tag("gamification/includes/organisation_progress.html")
def organisation_progress(organisation):
    return {"organisation": organisation, "journey": selectors.organisation_journey(organisation)}


@register.inclusion_tag("gamification/includes/badge_notices.html")
def badge_notices(user):
    """The person's new badge notices (they stay new until My progress shows them)."""
    return {"notices": selectors.badge_notices(user, unseen_only=True)}
