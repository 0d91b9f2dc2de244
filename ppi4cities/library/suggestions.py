"""Search-as-you-type for the library: titles of published resources that match the typed text."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ppi4cities.core import fulltext
from ppi4cities.core.translation import translated_field
from ppi4cities.moderation.models import Status

from .forms import MAX_QUERY
from .models import Resource
from .selectors import SEARCH_KIND

MAX_SUGGESTIONS = 8
TITLE_FIELDS = [f"title_{code}" for code, _name in settings.LANGUAGES]


def resource_suggestions(query: str, limit: int = MAX_SUGGESTIONS) -> list[Resource]:
    """Published resources whose titles match the text, best first, with `shown_title` in the
    reader's language (the index holds every translation of a title in one field)."""
    found = [suggestion.object_id for suggestion in fulltext.suggest(SEARCH_KIND, query, limit)]
    if not found:
        return []
    # The index holds only published resources; the status check keeps that true if it lags.
    resources = (
        Resource.objects.filter(status=Status.PUBLISHED)
        .only("pk", "original_language", *TITLE_FIELDS)
        .in_bulk(found)
    )
    suggestions = [resources[pk] for pk in found if pk in resources]
    for resource in suggestions:
        resource.shown_title = translated_field(resource, "title", resource.original_language)
    return suggestions


@require_GET
def suggest(request):
    """The options of the library search box's listbox, and the count for its live region."""
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY]
    context = {
        "suggestions": resource_suggestions(query),
        "announce": len(query) >= fulltext.MIN_SUGGEST_CHARS,
    }
    return render(request, "library/includes/suggestions.html", context)
