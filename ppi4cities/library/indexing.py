"""Keeping the full-text index in step with published resources."""

from django.conf import settings

from ppi4cities.core import fulltext
from ppi4cities.moderation.models import Status

SEARCH_KIND = "resource"
TEXT_FIELDS = ("title", "summary", "body")


def _texts(resource, field: str) -> str:
    """Every translation of a field, the original language first, so a search in any of the
    interface languages finds the resource."""
    codes = [resource.original_language] + [
        code for code, _name in settings.LANGUAGES if code != resource.original_language
    ]
    seen, parts = set(), []
    for code in codes:
        text = (getattr(resource, f"{field}_{code}", "") or "").strip()
        if text and text not in seen:
            seen.add(text)
            parts.append(text)
    return "\n".join(parts)


def resource_document(resource) -> fulltext.Document:
    return fulltext.Document(
        object_id=resource.pk,
        language=resource.original_language,
        title=_texts(resource, "title"),
        summary=_texts(resource, "summary"),
        body=_texts(resource, "body"),
        keywords=" ".join(filter(None, [resource.authors, *resource.cpv_codes])),
    )


def resource_index(resource) -> None:
    """Index a published resource in all its languages; take anything else out of the index."""
    if resource.status == Status.PUBLISHED:
        fulltext.index_many(SEARCH_KIND, [resource_document(resource)])
    else:
        fulltext.remove(SEARCH_KIND, resource.pk)
