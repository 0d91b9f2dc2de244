"""Reads of the library that pages, the API, feeds and exports share."""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from ppi4cities.core import fulltext
from ppi4cities.core.vocabularies import country_name

from . import permissions
from .indexing import SEARCH_KIND
from .models import Resource, ResourceFacet
from .vocabularies import EU_WIDE, Facet, ResourceType, fixed_facet_labels

SORTS = {
    "relevance": None,
    "-published": ["-published_at", "-pk"],
    "-useful": ["-useful_count", "-published_at", "-pk"],
}
MULTI_FACETS = [Facet.THEME, Facet.STAGE, Facet.PROCEDURE, Facet.COUNTRY, Facet.LANGUAGE]


@dataclass
class LibraryFilters:
    q: str = ""
    kinds: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    values: dict[str, list[str]] = field(default_factory=dict)  # multi-valued facet → values
    sort: str = "relevance"
    _search: object = field(default=None, repr=False, compare=False)

    def text_search(self):
        """The full-text search for `q`, run once however often the listing and facets ask."""
        if self._search is None:
            self._search = fulltext.search(SEARCH_KIND, self.q)
        return self._search

    @property
    def active(self) -> bool:
        return bool(self.q or self.kinds or self.years or any(self.values.values()))


def _base(filters: LibraryFilters, user, skip: str = "", text: bool = True):
    queryset = Resource.objects.filter(permissions.visible_filter(user))
    if filters.kinds and skip != "kind":
        queryset = queryset.filter(kind__in=filters.kinds)
    if filters.years and skip != "year":
        queryset = queryset.filter(year__in=filters.years)
    for facet, values in filters.values.items():
        if values and facet != skip:
            # Any of the chosen values within a facet; every facet must match.
            queryset = queryset.filter(
                pk__in=ResourceFacet.objects.filter(facet=facet, value__in=values).values(
                    "resource_id"
                )
            )
    if filters.q and text:
        queryset = queryset.filter(pk__in=filters.text_search().matching)
    return queryset


def resource_list(filters: LibraryFilters, user):
    """The matching resources a person may see, in the requested order (relevance when
    searching: title matches first, then summary, then text)."""
    ordering = SORTS.get(filters.sort)
    if filters.q and ordering is None:
        queryset = _base(filters, user, text=False).select_related("organisation")
        return filters.text_search().ranked(queryset)
    queryset = _base(filters, user).select_related("organisation")
    return queryset.order_by(*(ordering or SORTS["-published"]))


def resource_snippets(resources, query: str) -> dict:
    """For a page of results: a passage of each with the matched words marked."""
    if not query:
        return {}
    return fulltext.snippets(SEARCH_KIND, [resource.pk for resource in resources], query)


def _label(facet: str, value: str, labels: dict) -> str:
    if facet == Facet.COUNTRY:
        from django.utils.translation import gettext as _

        return _("EU-wide") if value == EU_WIDE else country_name(value)
    return str(labels.get(value, value))


def resource_facets(filters: LibraryFilters, user) -> dict:
    """Counts per value of every facet, each within the other active filters."""
    result = {}
    kinds = dict(
        _base(filters, user, skip="kind").order_by().values_list("kind").annotate(n=Count("pk"))
    )
    result["kind"] = [
        {
            "value": value,
            "label": label,
            "count": kinds.get(value, 0),
            "selected": value in filters.kinds,
        }
        for value, label in ResourceType.choices
    ]
    years = dict(
        _base(filters, user, skip="year")
        .exclude(year__isnull=True)
        .order_by()
        .values_list("year")
        .annotate(n=Count("pk"))
    )
    result["year"] = [
        {"value": year, "label": str(year), "count": count, "selected": year in filters.years}
        for year, count in sorted(years.items(), reverse=True)
    ]
    # Facets without an active filter share one grouped query over the same base.
    plain = [f for f in MULTI_FACETS if not filters.values.get(f)]
    counted = {}
    if plain:
        rows = (
            ResourceFacet.objects.filter(
                facet__in=plain, resource_id__in=_base(filters, user).values("pk")
            )
            .values_list("facet", "value")
            .annotate(n=Count("resource_id"))
        )
        for facet, value, count in rows:
            counted.setdefault(facet, {})[value] = count
    for facet in MULTI_FACETS:
        if facet in plain:
            continue
        counted[facet] = dict(
            ResourceFacet.objects.filter(
                facet=facet, resource_id__in=_base(filters, user, skip=facet).values("pk")
            )
            .values_list("value")
            .annotate(n=Count("resource_id"))
        )
    for facet in MULTI_FACETS:
        labels = fixed_facet_labels(facet)
        chosen = filters.values.get(facet, [])
        counts = counted.get(facet, {})
        values = (
            list(labels)
            if facet in (Facet.THEME, Facet.STAGE, Facet.PROCEDURE)
            else [value for value, _count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        )
        result[facet] = [
            {
                "value": value,
                "label": _label(facet, value, labels),
                "count": counts.get(value, 0),
                "selected": value in chosen,
            }
            for value in values
        ]
    return result


def resource_visible(pk: int, user):
    """One resource if the person may see it, with what its page shows, else None."""
    resource = (
        Resource.objects.filter(permissions.visible_filter(user), pk=pk)
        .select_related("organisation", "author", "previous_version")
        .prefetch_related("facets", "files", "links")
        .first()
    )
    return resource


def moderation_queue():
    """Resources and proposed edits waiting for a moderator, oldest first."""
    from ppi4cities.moderation.models import Status

    from .models import ResourceRevision

    return {
        "resources": Resource.objects.filter(status=Status.PENDING)
        .select_related("organisation", "author")
        .order_by("submitted_at"),
        "revisions": ResourceRevision.objects.filter(status=Status.PENDING)
        .select_related("resource", "author")
        .order_by("submitted_at"),
    }


def resource_counts_by_status(user) -> dict:
    return dict(
        Resource.objects.filter(Q(author=user))
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
    )


def resource_facet_labels(resource) -> dict[str, list[str]]:
    """The resource's facet values as labels, by facet (uses the prefetched facets)."""
    labels = {}
    for item in resource.facets.all():
        labels.setdefault(item.facet, []).append(
            _label(item.facet, item.value, fixed_facet_labels(item.facet))
        )
    return labels
