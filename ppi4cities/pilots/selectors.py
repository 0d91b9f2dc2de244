"""Reads of pilots that pages, open data and the API share: the filtered list, its counts, one
pilot with everything its page shows, the moderation queue with what proposed edits change, and
projects."""

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.db.models.functions import Coalesce, ExtractYear
from django.shortcuts import get_object_or_404
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ppi4cities.accounts.models import Organisation
from ppi4cities.core import caching
from ppi4cities.core.vocabularies import Procedure, ThemeCode, country_name
from ppi4cities.moderation.changes import Change, list_change, text_changes
from ppi4cities.moderation.models import Decision, Status

from . import permissions
from .models import EDITABLE_FIELDS, Pilot, PilotRevision, Project
from .vocabularies import Approach, InnovationType, PilotState, SupplierSize

# The filters, each a URL parameter holding any number of values.
# The cache family of what every visitor sees of the pilots (core/caching.py).
PILOTS = "pilots"
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


def _facet_counts(filters: PilotFilters, user) -> dict:
    """How many pilots each value of every filter gives within the other active filters (one
    grouped query per filter, whatever the number of pilots)."""
    counts = {
        "theme": _grouped(
            Pilot.themes.through.objects.filter(
                pilot_id__in=_filtered(filters, user, without="theme").values("pk")
            ),
            "theme__code",
        )
    }
    for facet in ("country", "state", "approach", "procedure", "year"):
        counts[facet] = _grouped(_filtered(filters, user, without=facet), facet)
    counts["good_practice"] = (
        _filtered(filters, user, without="good_practice").filter(is_good_practice=True).count()
    )
    return counts


def pilot_facets(filters: PilotFilters, user) -> dict:
    """Counts per value of every filter, each within the other active filters, with labels in
    the active language, and `total`: how many pilots match all the filters.

    Visitors who are not signed in all see the same pilots, so their counts are cached per
    filter combination until a pilot changes (`PILOTS`, bumped by the signals in apps.py).
    """
    if getattr(user, "is_authenticated", False):
        counts = _facet_counts(filters, user)
    else:
        counts = caching.cached(
            PILOTS, ["facets", asdict(filters)], lambda: _facet_counts(filters, user)
        )
    labels = {
        "theme": dict(ThemeCode.choices),
        "state": dict(PilotState.choices),
        "approach": dict(Approach.choices),
        "procedure": dict(Procedure.choices),
    }
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
    result["good_practice"] = counts["good_practice"]
    # Every pilot has exactly one state, and the state counts leave out only the state filter.
    states = filters.state or list(counts["state"])
    result["total"] = sum(counts["state"].get(state, 0) for state in states)
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


def revision_queue():
    """Proposed edits waiting for a moderator, oldest first, with the published pilot and
    everything `revision_changes` compares."""
    return (
        PilotRevision.objects.filter(status=Status.PENDING)
        .select_related("pilot__organisation", "pilot__project", "author")
        .prefetch_related("pilot__buyers", "pilot__themes", "pilot__suppliers")
        .order_by("submitted_at", "pk")
    )


def pilot_open_revision(pilot):
    """The pilot's proposed edit that is not yet approved (waiting, sent back, rejected or
    withdrawn), or None. Editing the pilot again reworks this one."""
    return (
        PilotRevision.objects.filter(pilot=pilot)
        .exclude(status=Status.PUBLISHED)
        .select_related("author")
        .order_by("-created_at", "-pk")
        .first()
    )


def pilot_history(pilot) -> list:
    """Every moderation decision on the pilot and on its proposed edits, newest first, with who
    made it; `on_proposed_edit` tells the two apart."""
    pilot_type = ContentType.objects.get_for_model(Pilot)
    revision_type = ContentType.objects.get_for_model(PilotRevision)
    decisions = list(
        Decision.objects.filter(
            Q(content_type=pilot_type, object_id=pilot.pk)
            | Q(
                content_type=revision_type,
                object_id__in=PilotRevision.objects.filter(pilot=pilot).values("pk"),
            )
        ).select_related("actor")
    )
    for decision in decisions:
        decision.on_proposed_edit = decision.content_type_id == revision_type.pk
    return decisions


CHOICE_LABELS = {
    "original_language": dict(settings.LANGUAGES),
    "state": dict(PilotState.choices),
    "approach": dict(Approach.choices),
    "procedure": dict(Procedure.choices),
}


def _shown_value(name: str, value) -> str:
    """A field's value as the pilot's page shows it ("" when empty)."""
    if value in (None, "", []):
        return ""
    if name in CHOICE_LABELS:
        return str(CHOICE_LABELS[name].get(value, value))
    if name == "country":
        return country_name(str(value))
    if name == "innovation_types":
        labels = dict(InnovationType.choices)
        return ", ".join(str(labels.get(code, code)) for code in value)
    if name == "cpv_codes":
        return ", ".join(
            str(entry.get("code", "")) if isinstance(entry, dict) else str(entry) for entry in value
        )
    if name.endswith(("_date", "_start", "_end")):
        return formats.date_format(value if isinstance(value, date) else date.fromisoformat(value))
    if name.endswith("_value"):
        return formats.number_format(Decimal(str(value)), 2, use_l10n=True, force_grouping=True)
    return str(value)


def _field_label(name: str) -> str:
    return capfirst(Pilot._meta.get_field(name).verbose_name)


def _supplier_text(row: dict) -> str:
    size = str(dict(SupplierSize.choices).get(row["size"], row["size"]))
    details = [country_name(row["country"]) if row["country"] else "", size]
    details = [item for item in details if item]
    return f"{row['name']} ({', '.join(details)})" if details else row["name"]


def revision_changes(revision, names: dict | None = None) -> list[Change]:
    """What a proposed edit changes in its published pilot, field by field, for the moderators.
    Uses the pilot's prefetched buyers, themes and suppliers; `names` are the organisations and
    projects the edit names, by id (see `revision_names`)."""
    pilot, content = revision.pilot, revision.data
    fields, languages = content["fields"], dict(settings.LANGUAGES)
    names = names if names is not None else revision_names([revision])
    original = fields.get("original_language") or pilot.original_language
    changes = []
    for code in [original, *(code for code in languages if code != original)]:
        proposed = content["texts"].get(code, {})
        for name in ("title", "summary", "challenge", "solution", "results", "lessons_learned"):
            before = getattr(pilot, f"{name}_{code}", "") or ""
            after = proposed.get(name, before) or ""
            if before != after:
                label = _field_label(name)
                if code != original:
                    label = f"{label} ({languages[code]})"
                changes.append(Change(label, *text_changes(before, after), language=code))
    for name in EDITABLE_FIELDS:
        before = _shown_value(name, getattr(pilot, name))
        after = _shown_value(name, fields.get(name))
        if before != after:
            changes.append(
                Change(
                    _field_label(name),
                    [(before, "removed")] if before else [],
                    [(after, "added")] if after else [],
                )
            )
    organisations, projects = names["organisations"], names["projects"]
    changes.append(
        list_change(
            _field_label("buyers"),
            [(item.pk, item.name, None) for item in pilot.buyers.all()],
            [(pk, organisations[pk], None) for pk in content["buyers"] if pk in organisations],
            ordered=True,
        )
    )
    theme_labels = dict(ThemeCode.choices)
    changes.append(
        list_change(
            _field_label("themes"),
            [
                (item.code, str(theme_labels.get(item.code, item)), None)
                for item in pilot.themes.all()
            ],
            [(code, str(theme_labels.get(code, code)), None) for code in content["themes"]],
            ordered=True,
        )
    )
    before = [
        _supplier_text({"name": s.name, "country": str(s.country or ""), "size": s.size})
        for s in pilot.suppliers.all()
    ]
    after = [_supplier_text(row) for row in content["suppliers"]]
    changes.append(
        list_change(
            _("Suppliers"),
            [(text, text, None) for text in before],
            [(text, text, None) for text in after],
            ordered=True,
        )
    )
    before = pilot.project.name if pilot.project else ""
    after = projects.get(content["project"], "")
    if before != after:
        changes.append(
            Change(
                _field_label("project"),
                [(before, "removed")] if before else [],
                [(after, "added")] if after else [],
            )
        )
    return [change for change in changes if change is not None]


def revision_names(revisions) -> dict:
    """The names of the organisations and projects the proposed edits name, in two queries."""
    buyers = {pk for revision in revisions for pk in revision.data["buyers"]}
    projects = {revision.data["project"] for revision in revisions} - {None}
    return {
        "organisations": dict(Organisation.objects.filter(pk__in=buyers).values_list("pk", "name")),
        "projects": dict(Project.objects.filter(pk__in=projects).values_list("pk", "name")),
    }


def project_with_pilots(slug: str):
    """A project and its published pilots, or 404."""
    project = get_object_or_404(Project, slug=slug)
    pilots = (
        Pilot.objects.filter(project=project, status=Status.PUBLISHED)
        .select_related("organisation")
        .order_by("-published_at", "-pk")
    )
    return project, pilots
