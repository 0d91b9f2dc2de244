"""Template helpers of questions and answers."""

from django import template
from django.utils.safestring import mark_safe

from ppi4cities.core.markdown import render_markdown

from ..vocabularies import tag_label

register = template.Library()


@register.filter
def post_html(post):
    """A question's or answer's Markdown as sanitised HTML; a new account's links stay text."""
    return mark_safe(render_markdown(post.body, links=post.links_clickable))  # noqa: S308


@register.filter
def tag_name(tag):
    return tag_label(tag.facet, tag.value)


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")
