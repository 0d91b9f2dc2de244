"""Template helpers for reports: what a reportable kind is called, how reported text reads."""

from django import template
from django.utils.safestring import mark_safe

from ppi4cities.core.markdown import render_markdown

from ..reporting import REPORTABLES

register = template.Library()


@register.simple_tag
def reportable_name(kind):
    """The translatable name of a kind of reportable item ("question"), or "" if unknown."""
    reportable = REPORTABLES.get(kind)
    return reportable.name if reportable else ""


@register.filter
def reported_text(text):
    """Reported text as moderators read it: formatted, its links left as plain text."""
    return mark_safe(render_markdown(text, links=False))  # noqa: S308 - sanitised by nh3
