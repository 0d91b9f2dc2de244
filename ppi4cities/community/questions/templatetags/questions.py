"""Template helpers of questions and answers."""

from django import template
from django.utils.safestring import mark_safe

from ..vocabularies import tag_label

register = template.Library()


@register.filter
def post_html(post):
    """A question's or answer's sanitised HTML, rendered when it was written (a new account's
    links stay text)."""
    return mark_safe(post.body_html)  # noqa: S308


@register.filter
def tag_name(tag):
    return tag_label(tag.facet, tag.value)


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")
