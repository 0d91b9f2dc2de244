"""Reads of the library that pages, the API, feeds and exports share."""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Q, Sum, Value, When
from django.urls import reverse
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from ppi4cities.accounts.models import Membership, Role
from ppi4cities.core import fulltext
from ppi4cities.core.translation import translated_field
from ppi4cities.core.vocabularies import country_name
from ppi4cities.moderation.changes import Change, list_change, merged, text_changes
from ppi4cities.moderation.models import Decision, Status

from . import permissions
from .indexing import SEARCH_KIND
from .listing import Results, Selection
from .models import (
    RESOURCE_FIELDS,
    Bookmark,
    Collection,
    CollectionItem,
    Resource,
    ResourceFeedback,
    ResourceRevision,
)
from .vocabularies import EU_WIDE, Facet, Licence, ResourceType, fixed_facet_labels

SORTS = ("relevance", "-published", "-useful")
MULTI_FACETS = [Facet.THEME, Facet.STAGE, Facet.PROCEDURE, Facet.COUNTRY, Facet.LANGUAGE]


@dataclass
class LibraryFilters:
    q: str = ""
    kinds: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    values: dict[str, list[str]] = field(default_factory=dict)  # multi-valued facet → values
    sort: str = "relevance"
    _selections: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def selection(self, user) -> Selection:
        """The matching resources the person may see, worked out once per request however
        often the listing and the facets ask."""
        key = getattr(user, "pk", None)
        if key not in self._selections:
            self._selections[key] = Selection(self, user)
        return self._selections[key]

    @property
    def active(self) -> bool:
        return bool(self.q or self.kinds or self.years or any(self.values.values()))


def resource_list(filters: LibraryFilters, user) -> Results:
    """The matching resources a person may see, in the requested order (relevance when
    searching: see `listing`), fetched a page at a time."""
    sort = filters.sort if filters.sort in SORTS else "relevance"
    if sort == "relevance" and not filters.q:
        sort = "-published"
    return Results(filters.selection(user), sort)


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
    selection = filters.selection(user)
    kinds = selection.counts("kind")
    result = {
        "kind": [
            {
                "value": value,
                "label": label,
                "count": kinds.get(value, 0),
                "selected": value in filters.kinds,
            }
            for value, label in ResourceType.choices
        ]
    }
    years = selection.counts("year")
    result["year"] = [
        {"value": year, "label": str(year), "count": count, "selected": year in filters.years}
        for year, count in sorted(years.items(), reverse=True)
        if count
    ]
    for facet in MULTI_FACETS:
        labels = fixed_facet_labels(facet)
        chosen = filters.values.get(facet, [])
        counts = {value: n for value, n in selection.counts(facet).items() if n or value in chosen}
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
        .prefetch_related("resource__facets", "resource__links", "resource__files")
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


# Curated collections ------------------------------------------------------------------------


def collection_texts(collection) -> dict:
    """Title and summary in the reader's language. Collections have no original language, so
    a missing title falls back to the first language that has one, and the summary follows."""
    title = translated_field(collection, "title", settings.LANGUAGE_CODE)
    summary = translated_field(collection, "summary", title.language)
    return {"title": title, "summary": summary}


def _visible_resource_ids(user):
    return Resource.objects.filter(permissions.visible_filter(user)).values("pk")


def collection_list(user):
    """The collections a person may see, in the curators' order, each with `resource_count`:
    how many of its resources that person may see."""
    queryset = Collection.objects.all()
    if not permissions.can_curate(user):
        queryset = queryset.filter(is_published=True)
    visible = Count("items", filter=Q(items__resource_id__in=_visible_resource_ids(user)))
    return queryset.annotate(resource_count=visible).order_by("position", "pk")


def collection_featured(user, limit: int = 4) -> list:
    """The first published collections, for the library's front page."""
    return list(collection_list(user).filter(is_published=True)[:limit])


def collection_visible(slug: str, user, with_facets: bool = False):
    """One collection if the person may see it, else None. Its `shown_items` are its items in
    order, leaving out resources the person may not see (no longer published, for example)."""
    collection = Collection.objects.filter(slug=slug).first()
    if collection is None or not permissions.can_view_collection(user, collection):
        return None
    items = (
        CollectionItem.objects.filter(
            collection=collection, resource_id__in=_visible_resource_ids(user)
        )
        .select_related("resource", "resource__organisation")
        .order_by("position", "pk")
    )
    if with_facets:
        items = items.prefetch_related("resource__facets")
    collection.shown_items = list(items)
    return collection


def collections_with_resource(resource) -> list:
    """The published collections that contain the resource, in the curators' order."""
    return list(
        Collection.objects.filter(is_published=True, items__resource=resource).order_by(
            "position", "pk"
        )
    )


def collections_without_resource(resource):
    """Every collection the resource is not yet in, for a curator to add it to."""
    return Collection.objects.exclude(items__resource=resource).order_by("position", "pk")


# Feedback, bookmarks, contributions and related resources -----------------------------------

FEEDBACK_COMMENTS_SHOWN = 20
REVISIONS_SHOWN = 20
RELATED_LIMIT = 5
# A shared stage or procedure says more about how a resource helps than a shared theme.
RELATED_WEIGHTS = {Facet.STAGE: 2, Facet.PROCEDURE: 2, Facet.THEME: 1}
# Contributions waiting on their authors come first.
NEEDS_ATTENTION = [Status.CHANGES_REQUESTED, Status.REJECTED, Status.DRAFT, Status.PENDING]


def feedback_of(resource, user):
    """The person's own answer to "was this useful?", or None."""
    if not (user and user.is_authenticated):
        return None
    return ResourceFeedback.objects.filter(resource=resource, user=user).first()


def feedback_comments(resource, limit: int = FEEDBACK_COMMENTS_SHOWN) -> tuple[list, int]:
    """The newest answers that carry a comment, with who wrote them, and how many there are."""
    with_comment = ResourceFeedback.objects.filter(resource=resource).exclude(comment="")
    newest = list(with_comment.select_related("user").order_by("-updated_at", "-pk")[:limit])
    total = len(newest) if len(newest) < limit else with_comment.count()
    return newest, total


def is_bookmarked(resource, user) -> bool:
    if not (user and user.is_authenticated):
        return False
    return Bookmark.objects.filter(user=user, resource=resource).exists()


def bookmarks_of(user):
    """The person's bookmarks of resources they may still see, most recently saved first."""
    return (
        Bookmark.objects.filter(
            user=user,
            resource_id__in=Resource.objects.filter(permissions.visible_filter(user)).values("pk"),
        )
        .select_related("resource__organisation")
        .order_by("-created_at", "-pk")
    )


def contributions_of(user):
    """Resources the person submitted or that belong to an organisation they administer:
    those waiting on their authors first, then the newest."""
    administered = Membership.objects.filter(user=user, role=Role.ADMIN).values("organisation_id")
    attention = Case(
        *(When(status=status, then=Value(rank)) for rank, status in enumerate(NEEDS_ATTENTION)),
        default=Value(len(NEEDS_ATTENTION)),
    )
    return (
        Resource.objects.filter(Q(author=user) | Q(organisation_id__in=administered))
        .select_related("organisation")
        .annotate(attention=attention)
        .order_by("attention", "-created_at", "-pk")
    )


def revisions_of(user, limit: int = REVISIONS_SHOWN) -> list:
    """The edits the person proposed, newest first, with the resource each one changes."""
    return list(
        ResourceRevision.objects.filter(author=user)
        .select_related("resource")
        .order_by("-created_at", "-pk")[:limit]
    )


def _later_versions(resource) -> list[int]:
    """Ids of the versions that replace the resource, following the chain forwards."""
    found = []
    current = resource.pk
    while True:
        current = (
            Resource.objects.filter(previous_version_id=current)
            .values_list("pk", flat=True)
            .first()
        )
        if current is None or current in found or current == resource.pk:
            return found
        found.append(current)


def related_resources(resource, user, limit: int = RELATED_LIMIT) -> list:
    """Published resources that share stages, procedures and themes with the resource, the
    closest first (by the weighted number of shared values), then the most useful and newest.

    Leaves out the resource itself, its versions and every superseded version. One grouped
    query (uses the resource's prefetched facets), plus one per later version of a
    superseded resource."""
    shared = Q()
    for item in resource.facets.all():
        if item.facet in RELATED_WEIGHTS:
            shared |= Q(facets__facet=item.facet, facets__value=item.value)
    if not shared:
        return []
    excluded = [resource.pk, *(_later_versions(resource) if resource.is_superseded else [])]
    # Filtering before annotating makes the sum count only the shared values.
    weight = Case(
        *(When(facets__facet=facet, then=Value(w)) for facet, w in RELATED_WEIGHTS.items()),
        default=Value(0),
    )
    return list(
        Resource.objects.filter(
            permissions.visible_filter(user),
            status=Status.PUBLISHED,
            next_version__isnull=True,
        )
        .exclude(pk__in=excluded)
        .filter(shared)
        .annotate(relatedness=Sum(weight))
        .order_by("-relatedness", "-useful_count", "-published_at", "-pk")[:limit]
    )


# Editing and moderation ---------------------------------------------------------------------

FACET_LABELS = {
    Facet.THEME: _lazy("Themes"),
    Facet.STAGE: _lazy("PPI stages"),
    Facet.PROCEDURE: _lazy("Procedures"),
    Facet.COUNTRY: _lazy("Legal frameworks"),
    Facet.LANGUAGE: _lazy("Languages of the material"),
}
# The fields a contributor sets, but CPV codes, which are compared as a list below.
COMPARED_FIELDS = [name for name in RESOURCE_FIELDS if name != "cpv_codes"]


def resource_open_revision(resource):
    """The resource's proposed edit that is not yet approved (waiting, sent back, rejected or
    withdrawn), or None. Editing the resource again reworks this one."""
    return (
        ResourceRevision.objects.filter(resource=resource)
        .exclude(status=Status.PUBLISHED)
        .select_related("author")
        .order_by("-created_at", "-pk")
        .first()
    )


def resource_history(resource) -> list:
    """Every moderation decision on the resource and on its proposed edits, newest first, with
    who made it; `on_proposed_edit` tells the two apart."""
    resource_type = ContentType.objects.get_for_model(Resource)
    revision_type = ContentType.objects.get_for_model(ResourceRevision)
    revisions = ResourceRevision.objects.filter(resource=resource).values("pk")
    decisions = list(
        Decision.objects.filter(
            Q(content_type=resource_type, object_id=resource.pk)
            | Q(content_type=revision_type, object_id__in=revisions)
        ).select_related("actor")
    )
    for decision in decisions:
        decision.on_proposed_edit = decision.content_type_id == revision_type.pk
    return decisions


def proposed_files(resource, revision=None) -> list[dict]:
    """The resource's files, or those it will have once `revision` is approved. Each has `key`
    (what `services.resource_update` takes in `remove_files`), `name`, `size`, `url` and
    `is_new`. Uses the resource's prefetched files."""
    changes = (revision.data.get("files") if revision else None) or {}
    removed = set(changes.get("remove", []))
    shown = [
        {
            "key": str(item.pk),
            "name": item.name,
            "size": item.size,
            "url": reverse("library:file", args=[item.pk]),
            "is_new": False,
        }
        for item in resource.files.all()
        if item.pk not in removed
    ]
    for entry in changes.get("add", []):
        shown.append(
            {
                "key": entry["key"],
                "name": entry["name"],
                "size": entry["size"],
                "url": reverse("library:proposed_file", args=[revision.pk, entry["key"]]),
                "is_new": True,
            }
        )
    return shown


def _shown_value(name: str, value) -> str:
    if value in (None, ""):
        return ""
    if name == "kind":
        return str(dict(ResourceType.choices).get(value, value))
    if name == "licence":
        return str(dict(Licence.choices).get(value, value))
    if name == "original_language":
        return dict(settings.LANGUAGES).get(value, value)
    if name == "publication_date":
        value = value if isinstance(value, date) else date.fromisoformat(value)
        return formats.date_format(value)
    return str(value)


def revision_changes(revision) -> list[Change]:
    """What a proposed edit changes in its published resource, field by field, for the
    moderators. Uses the resource's prefetched facets, links and files."""
    resource, data = revision.resource, revision.data
    fields, names = data["fields"], dict(settings.LANGUAGES)
    original = fields.get("original_language") or resource.original_language
    changes = []
    for code in [original, *(code for code in names if code != original)]:
        proposed = data["texts"].get(code, {})
        for name in ("title", "summary", "body"):
            before = getattr(resource, f"{name}_{code}", "") or ""
            after = proposed.get(name, before) or ""
            if before != after:
                label = capfirst(Resource._meta.get_field(name).verbose_name)
                if code != original:
                    label = f"{label} ({names[code]})"
                changes.append(Change(label, *text_changes(before, after), language=code))
    for name in COMPARED_FIELDS:
        before = _shown_value(name, getattr(resource, name))
        after = _shown_value(name, fields.get(name))
        if before != after:
            label = capfirst(Resource._meta.get_field(name).verbose_name)
            changes.append(Change(label, merged([(before, "removed")]), merged([(after, "added")])))
    current = {}
    for item in resource.facets.all():
        current.setdefault(item.facet, []).append(item.value)
    for facet, label in FACET_LABELS.items():
        if facet not in data.get("facets", {}):
            continue
        labels = fixed_facet_labels(facet)
        changes.append(
            list_change(
                label,
                [(value, _label(facet, value, labels), "") for value in current.get(facet, [])],
                [(value, _label(facet, value, labels), "") for value in data["facets"][facet]],
            )
        )
    changes.append(
        list_change(
            capfirst(Resource._meta.get_field("cpv_codes").verbose_name),
            [(code, code, "") for code in resource.cpv_codes or []],
            [(code, code, "") for code in fields.get("cpv_codes") or []],
        )
    )
    if data.get("links") is not None:
        changes.append(
            list_change(
                _("Links"),
                [
                    ((link.url, link.title), link.title or link.url, "")
                    for link in resource.links.all()
                ],
                [
                    ((link["url"], link["title"]), link["title"] or link["url"], "")
                    for link in data["links"]
                ],
            )
        )
    changes.append(
        list_change(
            _("Files"),
            [(f["key"], f["name"], f["url"]) for f in proposed_files(resource)],
            [(f["key"], f["name"], f["url"]) for f in proposed_files(resource, revision)],
        )
    )
    return [change for change in changes if change is not None]


def visible_resource(pk: int, user):
    """The resource alone (no related rows) if the person may see it, else None."""
    return Resource.objects.filter(permissions.visible_filter(user), pk=pk).first()
