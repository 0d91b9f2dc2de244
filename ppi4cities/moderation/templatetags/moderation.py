"""Template helpers for reports: what a reportable kind is called, how reported text reads."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from ppi4cities.core.markdown import render_markdown

from ..reporting import REPORTABLES

register = template.Library()


@register.simple_tag
def reportable_name(kind):
    """The translatable name of a kind of reportable item ("question"), or "" if unknown."""
    reportable = REPORTABLES.get(kind)
    return reportable.name if reportable else ""


@register.simple_tag(takes_context=True)
def report_link(context, kind, object_id):
    """The "Report" link of an item for signed-in people ("" for others). A tag rather than an
    included template: long pages show it on every answer or message."""
    request = context.get("request")
    if not object_id or request is None or not request.user.is_authenticated:
        return ""
    name = reportable_name(kind)
    label = _("Report this %(name)s") % {"name": name} if name else _("Report this item")
    return format_html(
        '<small class="report-link"><a href="{}" rel="nofollow" aria-label="{}">{}</a></small>',
        reverse("moderation:report", kwargs={"kind": kind, "object_id": object_id}),
        label,
        pgettext("flag content for the moderators", "Report"),
    )


@register.filter
def reported_text(text):
    """Reported text as moderators read it: formatted, its links left as plain text."""
    return mark_safe(render_markdown(text, links=False))  # noqa: S308 - sanitised by nh3
