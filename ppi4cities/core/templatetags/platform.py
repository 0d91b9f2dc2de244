"""Template helpers used by the base layout and many pages."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, override

from ppi4cities.core import vocabularies
from ppi4cities.core.markdown import render_markdown

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every interface language, for the language switcher."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": _in_language(request, path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


def _in_language(request, path: str, code: str) -> str:
    """`path` in another language: the request's own URL match reversed in it (resolving the
    path again for every language would cost more than the rest of the header)."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.view_name:
        return translate_url(path, code)
    with override(code):
        try:
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return translate_url(path, code)
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None or '' removes one)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    encoded = urlencode(sorted(params.lists()), doseq=True)
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def select_options(choices, selected):
    """The <option>s of a select, those in `selected` (one value or several) marked: one call
    instead of a loop in the template, which costs much more for long lists such as the
    countries."""
    if isinstance(selected, list | tuple | set | frozenset):
        chosen = {str(value) for value in selected}
    else:
        chosen = {str(selected)} if selected not in (None, "") else set()
    return mark_safe(  # noqa: S308 - every value and label is escaped
        "".join(
            f'<option value="{escape(value)}"{" selected" if str(value) in chosen else ""}>'
            f"{escape(label)}</option>"
            for value, label in choices
        )
    )


@register.simple_tag
def timestamp(value, format_name="DATE_FORMAT", css=""):
    """A <time> element: the moment in ISO 8601 for machines, in the reader's language and
    time zone for people ("" without a value). One call instead of two date filters, for
    lists that show a date on every row."""
    if not value:
        return ""
    local = template_localtime(value)
    return format_html(
        '<time{} datetime="{}">{}</time>',
        format_html(' class="{}"', css) if css else "",
        local.isoformat(),
        date_format(local, format_name),
    )


@register.filter
def markdown(text):
    """Member-written Markdown as sanitised HTML."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3


@register.filter
def country_name(code):
    return vocabularies.country_name(code)


@register.filter
def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


@register.filter
def widget_type(bound_field):
    return bound_field.field.widget.__class__.__name__.lower()


@register.filter
def choice_count(bound_field):
    return len(bound_field.field.choices)


@register.simple_tag
def field_widget(bound_field):
    """The field's input, tied to its help text and error message for screen readers."""
    attrs = {}
    described = []
    if bound_field.help_text:
        described.append(f"{bound_field.auto_id}_help")
    if bound_field.errors:
        described.append(f"{bound_field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return bound_field.as_widget(attrs=attrs)


@register.filter
def page_window(paginator, current):
    """Page numbers around the current page, with None where numbers are skipped."""
    last = paginator.num_pages
    wanted = {1, last, current - 1, current, current + 1}
    numbers = [n for n in sorted(wanted) if 1 <= n <= last]
    window = []
    for number in numbers:
        if window and number - window[-1] > 1:
            window.append(None)
        window.append(number)
    return window
