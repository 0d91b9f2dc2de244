"""Template tags that show network activity on the dashboard and the home page."""

from django import template

from ppi4cities.community import activity

register = template.Library()


@register.inclusion_tag("community/includes/network_activity.html")
def network_activity(user):
    return activity.network_activity(user)


@register.inclusion_tag("community/includes/public_activity.html")
def public_activity():
    return activity.public_activity()
