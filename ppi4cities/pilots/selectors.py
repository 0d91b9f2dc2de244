"""Reads of pilots that pages, open data and the API share: the filtered list, its counts, one
pilot with everything its page shows, the moderation queue and projects."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import Coalesce, ExtractYear
from django.shortcuts import get_object_or_404

from ppi4cities.core.vocabularies import Procedure, ThemeCode, country_name
from ppi4cities.moderation.models import Status

from . import permissions
from .models import Pilot, Project
from .vocabularies import Approach, PilotState

# The filters, each a URL parameter holding any number of values.
FACETS = ["theme", "country", "state", "approach", "procedure", "year"]


@dataclass
class PilotFilters:
    theme: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    state: list[str] = field(default_factory=list)
    approach: list[str] = field(default_factory=list)
    procedure: list[str] = field(default_factory=list)
    year: list[int] = field(default_factory=list)
    good_practice: bool = False

    @property
    def active(self) -> bool:
        return self.good_practice or any(getattr(self, facet) for facet in FACETS)


def _visible(user):
    return Pilot.objects.filter(permissions.visible_filter(user)).annotate(
        year=Coalesce(ExtractYear("award_date"), ExtractYear("tender_date"))
    )


def _filtered(filters: PilotFilters, user, *, without: str = ""):
    """The visible pilots that match every filter but `without`."""
    pilots = _visible(user)
    if filters.theme and without != "theme":
        pilots = pilots.filter(
            pk__in=Pilot.themes.through.objects.filter(theme__code__in=filters.theme).values(
                "pilot_id"
            )
        )
    for facet in ("country", "state", "approach", "procedure", "year"):
        values = getattr(filters, facet)
        if values and without != facet:
            pilots = pilots.filter(**{f"{facet}__in": values})
    if filters.good_practice and without != "good_practice":
        pilots = pilots.filter(is_good_practice=True)
    return pilots


def pilot_list(filters: PilotFilters, user):
    """The matching pilots a person may see, newest first, with what a card shows."""
    return (
        _filtered(filters, user)
        .select_related("organisation")
        .order_by(Coalesce("published_at", "submitted_at", "created_at").desc(), "-pk")
    )


def _grouped(pilots, column: str) -> dict:
    rows = pilots.order_by().values(column).annotate(count=Count("pk", distinct=True))
    return {row[column]: row["count"] for row in rows}


def _label(facet: str, value, labels: dict) -> str:
    if facet in labels:
        return str(labels[facet].get(value, value))
    return country_name(value) if facet == "country" else str(value)


def pilot_facets(filters: PilotFilters, user) -> dict:
    """Counts per value of every filter, each within the other active filters (one grouped
    query per filter, whatever the number of pilots)."""
    themes = _grouped(
        Pilot.themes.through.objects.filter(
            pilot_id__in=_filtered(filters, user, without="theme").values("pk")
        ),
        "theme__code",
    )
    labels = {
        "theme": dict(ThemeCode.choices),
        "state": dict(PilotState.choices),
        "approach": dict(Approach.choices),
        "procedure": dict(Procedure.choices),
    }
    counts = {"theme": themes}
    for facet in ("country", "state", "approach", "procedure", "year"):
        counts[facet] = _grouped(_filtered(filters, user, without=facet), facet)
    result = {}
    for facet in FACETS:
        chosen = getattr(filters, facet)
        if facet in labels:
            values = list(labels[facet])
        else:
            found = [value for value, count in counts[facet].items() if value and count]
            values = sorted({*found, *chosen}, reverse=facet == "year")
        result[facet] = [
            {
                "value": value,
                "label": _label(facet, value, labels),
                "count": counts[facet].get(value, 0),
                "selected": value in chosen,
            }
            for value in values
        ]
    result["good_practice"] = (
        _filtered(filters, user, without="good_practice").filter(is_good_practice=True).count()
    )
    return result


def pilot_visible(pk: int, user):
    """One pilot if the person may see it, with what its page shows, else None."""
    return (
        Pilot.objects.filter(permissions.visible_filter(user), pk=pk)
        .select_related("organisation", "author", "project")
        .prefetch_related("buyers", "themes", "suppliers", "documents", "photos")
        .first()
    )


def moderation_queue():
    """Pilots waiting for a moderator, oldest first."""
    return (
        Pilot.objects.filter(status=Status.PENDING)
        .select_related("organisation", "author")
        .order_by("submitted_at", "pk")
    )


def project_with_pilots(slug: str):
    """A project and its published pilots, or 404."""
    project = get_object_or_404(Project, slug=slug)
    pilots = (
        Pilot.objects.filter(project=project, status=Status.PUBLISHED)
        .select_related("organisation")
        .order_by("-published_at", "-pk")
    )
    return project, pilots
