"""Template helpers of questions and answers."""

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
def pair_label(pair):
    """The label of a [facet, value] pair kept in a question's history."""
    facet, value = pair
    return tag_label(facet, value)


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")


@register.simple_tag(takes_context=True)
def answer_vote(context, answer, message=""):
    """An answer's votes and, for those who may vote, the "Helpful" toggle (an htmx form that
    replaces this block and announces `message`). Rendered in one call: a long thread shows
    it on every answer."""
    button = ""
    if getattr(answer, "can_vote", False):
        url = reverse("questions:vote", args=[answer.pk])
        button = format_html(
            '<form method="post" action="{url}" hx-post="{url}" hx-target="#answer-vote-{pk}" '
            'hx-swap="outerHTML"><input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
            '<button type="submit" class="button button--small{secondary}" '
            'aria-pressed="{pressed}">{helpful}<span class="visually-hidden"> ({hint})</span>'
            "</button></form>",
            url=url,
            pk=answer.pk,
            # The page's token, made once for all its forms (as {% csrf_token %} does).
            token=context.get("csrf_token") or get_token(context["request"]),
            secondary="" if answer.voted else " button--secondary",
            pressed="true" if answer.voted else "false",
            helpful=_("Helpful"),
            hint=_("vote for this answer"),
        )
    votes = ngettext("%(counter)s vote", "%(counter)s votes", answer.score) % {
        "counter": answer.score
    }
    return format_html(
        '<div class="answer-vote" id="answer-vote-{pk}"><p class="answer-vote__score">{votes}</p>'
        '{button}<p class="visually-hidden" role="status">{message}</p></div>',
        pk=answer.pk,
        votes=votes,
        button=button,
        message=message,
    )
