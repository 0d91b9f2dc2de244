"""Reads of reports, the moderation queue, sanctions and the moderation log, shared by pages
and tests. Each read issues a bounded number of queries whatever the number of rows."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q
from django.utils import timezone

from .models import Decision, Reason, Report, ReportStatus, Sanction, SanctionKind
from .reporting import REPORTABLES, Reportable, item_text, reportable_for_model

HIDDEN_SHOWN = 20


def reportable_item(kind: str, object_id: int) -> tuple[Reportable | None, object | None]:
    """The registered kind and the item, whoever may see it; (None, None) when unknown."""
    reportable = REPORTABLES.get(kind)
    if reportable is None:
        return None, None
    return reportable, _items(reportable).filter(pk=object_id).first()


def has_open_report(*, reporter, kind: str, object_id: int) -> bool:
    """Whether the person already reported the item and the moderators have not yet acted."""
    return Report.objects.filter(
        reporter=reporter, kind=kind, object_id=object_id, status=ReportStatus.OPEN
    ).exists()


def _items(reportable: Reportable):
    """The kind's items with the people they point to (author, sender…) and the relations the
    kind asks for, so that titles and authors need no query of their own."""
    people = [
        field.name
        for field in reportable.model._meta.concrete_fields
        if field.many_to_one and field.related_model is get_user_model()
    ]
    related = {*people, *reportable.related}
    queryset = reportable.model._default_manager.all()
    return queryset.select_related(*sorted(related)) if related else queryset


@dataclass
class Entry:
    """One reported item in the queue, with its open reports."""

    reportable: Reportable
    object_id: int
    item: object = None
    reports: list = field(default_factory=list)
    sanction: Sanction | None = None

    @property
    def title(self):
        return self.reportable.title(self.item) if self.item is not None else ""

    @property
    def url(self):
        if self.item is None or self.reportable.private:
            return ""
        return self.reportable.url(self.item)

    @property
    def text(self):
        return item_text(self.reportable, self.item) if self.item is not None else ""

    @property
    def author(self):
        return self.reportable.author(self.item) if self.item is not None else None

    @property
    def hidden(self):
        return getattr(self.item, "hidden_at", None) is not None

    @property
    def count(self):
        return len(self.reports)

    @property
    def reasons(self):
        labels = dict(Reason.choices)
        counts = Counter(report.reason for report in self.reports)
        return [(labels.get(reason, reason), n) for reason, n in counts.most_common()]


def report_groups():
    """The reported items with open reports, most recently reported first (to paginate)."""
    return (
        Report.objects.filter(status=ReportStatus.OPEN, kind__in=list(REPORTABLES))
        .values("kind", "object_id")
        .annotate(count=Count("pk"), latest=Max("created_at"))
        .order_by("-latest", "kind", "object_id")
    )


def report_entries(groups) -> list[Entry]:
    """The queue's entries for a page of `report_groups()`: items, reports and the sanction in
    force on each author, in one query per kind of item and three more."""
    groups = list(groups)
    if not groups:
        return []
    entries = {
        (g["kind"], g["object_id"]): Entry(REPORTABLES[g["kind"]], g["object_id"]) for g in groups
    }
    ids = defaultdict(list)
    for kind, object_id in entries:
        ids[kind].append(object_id)
    for kind, object_ids in ids.items():
        for item in _items(REPORTABLES[kind]).filter(pk__in=object_ids):
            entries[(kind, item.pk)].item = item
    which = Q()
    for kind, object_ids in ids.items():
        which |= Q(kind=kind, object_id__in=object_ids)
    reports = (
        Report.objects.filter(which, status=ReportStatus.OPEN)
        .select_related("reporter")
        .order_by("created_at", "pk")
    )
    for report in reports:
        entries[(report.kind, report.object_id)].reports.append(report)
    authors = {entry.author.pk for entry in entries.values() if entry.author is not None}
    in_force = sanctions_in_force().filter(user_id__in=authors)
    by_user = {}
    for sanction in in_force:
        by_user.setdefault(sanction.user_id, sanction)
    for entry in entries.values():
        if entry.author is not None:
            entry.sanction = by_user.get(entry.author.pk)
    return [entries[(g["kind"], g["object_id"])] for g in groups]


def hidden_entries(limit: int = HIDDEN_SHOWN) -> list[Entry]:
    """The most recently hidden items of every kind, to restore; one query per kind."""
    found = []
    for reportable in REPORTABLES.values():
        if not reportable.hideable:
            continue
        items = _items(reportable).filter(hidden_at__isnull=False).order_by("-hidden_at")
        found += [Entry(reportable, item.pk, item) for item in items[:limit]]
    found.sort(key=lambda entry: entry.item.hidden_at, reverse=True)
    return found[:limit]


def sanctions_in_force(*, now=None):
    """Blocks and running suspensions, newest first, with the person and the moderator."""
    now = now or timezone.now()
    return (
        Sanction.objects.filter(
            Q(kind=SanctionKind.BLOCK) | Q(kind=SanctionKind.SUSPEND, until__gt=now),
            lifted_at__isnull=True,
        )
        .select_related("user", "actor")
        .order_by("kind", "-created_at", "-pk")
    )


def decision_log(*, action: str = "", moderator_id: int | None = None):
    """Every moderation decision, newest first, optionally of one action or one moderator."""
    decisions = Decision.objects.select_related("actor", "content_type")
    if action:
        decisions = decisions.filter(action=action)
    if moderator_id:
        decisions = decisions.filter(actor_id=moderator_id)
    return decisions.order_by("-created_at", "-pk")


def log_moderators():
    """Everyone who has made a moderation decision, for the log's filter."""
    actors = Decision.objects.exclude(actor=None).values("actor_id").distinct()
    return get_user_model().objects.filter(pk__in=actors).order_by("full_name", "pk")


@dataclass
class Subject:
    """What a decision was about, as the log names and links it."""

    title: str
    url: str
    kind: object


def decision_subjects(decisions) -> None:
    """Set `subject_shown` on each decision of a page: one query per kind of subject."""
    by_type = defaultdict(set)
    for decision in decisions:
        by_type[decision.content_type_id].add(decision.object_id)
    found = {}
    for type_id, object_ids in by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:
            continue
        reportable = reportable_for_model(model)
        items = _items(reportable) if reportable else model._default_manager.all()
        for item in items.filter(pk__in=object_ids):
            found[(type_id, item.pk)] = _subject(model, reportable, item)
    for decision in decisions:
        decision.subject_shown = found.get((decision.content_type_id, decision.object_id))


def _subject(model, reportable, item) -> Subject:
    if reportable is not None:
        url = "" if reportable.private else reportable.url(item)
        return Subject(reportable.title(item), url, reportable.name)
    if hasattr(item, "moderation_title"):
        return Subject(item.moderation_title(), item.moderation_url(), model._meta.verbose_name)
    url = item.get_absolute_url() if hasattr(item, "get_absolute_url") else ""
    return Subject(str(item), url, model._meta.verbose_name)
