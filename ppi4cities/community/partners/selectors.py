"""Reads of partner search that pages, the API and the dashboard share.

Every list starts from `permissions.visible_filter`, so a hidden call never shows to anyone but
its author and the moderators, whatever the channel.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from ppi4cities.accounts.models import Organisation
from ppi4cities.accounts.selectors import DirectoryFilters, organisation_list
from ppi4cities.core import fulltext
from ppi4cities.core.models import Theme

from . import permissions
from .models import CallStatus, Interest, PartnerCall, Target
from .services import SEARCH_KIND

STATUS_OPEN = "open"
STATUS_CLOSED = "closed"


@dataclass
class CallFilters:
    """What a person narrows partner search by; shared by the calls list, the find-partners
    page and the API. Kinds and countries are those sought by a call: a call that names none
    is open to every type or country and matches any choice."""

    q: str = ""
    purposes: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    expertise: list[str] = field(default_factory=list)  # tag slugs
    status: str = STATUS_OPEN

    @property
    def active(self) -> bool:
        return bool(
            self.q
            or self.purposes
            or self.kinds
            or self.countries
            or self.themes
            or self.expertise
            or self.status != STATUS_OPEN
        )


def open_filter(today: datetime.date) -> Q:
    """Calls that take interest on `today`: the deadline is their last day."""
    return Q(status=CallStatus.OPEN, deadline__gte=today)


def _seeks(facet: str, values: list[str]) -> Q:
    """Calls that seek one of `values` in `facet`, or name nothing there."""
    named = Target.objects.filter(call=OuterRef("pk"), facet=facet)
    return Q(pk__in=Target.objects.filter(facet=facet, value__in=values).values("call_id")) | ~Q(
        Exists(named)
    )


def _with_themes(queryset):
    return queryset.select_related("organisation").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("position"))
    )


def call_list(filters: CallFilters, user, *, today: datetime.date | None = None):
    """Calls matching the filters that `user` may see: open ones newest first (closed ones by
    the latest deadline), or by relevance with a query."""
    today = today or timezone.localdate()
    queryset = PartnerCall.objects.filter(permissions.visible_filter(user))
    if filters.status == STATUS_CLOSED:
        queryset = queryset.exclude(open_filter(today))
        ordering = ["-deadline", "-pk"]
    else:
        queryset = queryset.filter(open_filter(today))
        ordering = ["-created_at", "-pk"]
    if filters.purposes:
        queryset = queryset.filter(purpose__in=filters.purposes)
    if filters.kinds:
        queryset = queryset.filter(_seeks(Target.Facet.KIND, filters.kinds))
    if filters.countries:
        queryset = queryset.filter(_seeks(Target.Facet.COUNTRY, filters.countries))
    if filters.themes:
        queryset = queryset.filter(
            pk__in=PartnerCall.themes.through.objects.filter(theme__code__in=filters.themes).values(
                "partnercall_id"
            )
        )
    if filters.expertise:
        queryset = queryset.filter(
            pk__in=PartnerCall.expertise.through.objects.filter(
                tag__slug__in=filters.expertise
            ).values("partnercall_id")
        )
    queryset = _with_themes(queryset)
    if filters.q:
        return fulltext.search(SEARCH_KIND, filters.q).ranked(queryset)
    return queryset.order_by(*ordering)


def call_visible(pk: int, user):
    """One call with what its page shows, or None when it does not exist or is hidden from
    `user`."""
    return (
        _with_themes(PartnerCall.objects.filter(permissions.visible_filter(user)))
        .prefetch_related("expertise")
        .filter(pk=pk)
        .first()
    )


def call_interests(call: PartnerCall):
    """Expressions of interest in a call, newest first, with who sent them."""
    return Interest.objects.filter(call=call).select_related(
        "person", "organisation", "conversation"
    )


def interest_of(person, call: PartnerCall) -> Interest | None:
    if not (person and person.is_authenticated):
        return None
    return Interest.objects.filter(call=call, person=person).select_related("conversation").first()


def organisations_matching(filters: CallFilters):
    """Organisations for the find-partners page: the directory's filters, and expertise."""
    organisations = organisation_list(
        DirectoryFilters(
            q=filters.q, kinds=filters.kinds, countries=filters.countries, themes=filters.themes
        )
    )
    if filters.expertise:
        organisations = organisations.filter(
            pk__in=Organisation.expertise.through.objects.filter(
                tag__slug__in=filters.expertise
            ).values("organisation_id")
        )
    return organisations


def calls_matching_organisation(organisation, limit: int = 5, *, today=None) -> list:
    """Open calls of other organisations that seek the organisation's type and country (or
    name none) and share one of its themes (or name none): for its members' dashboard."""
    today = today or timezone.localdate()
    themes = list(organisation.themes.values_list("code", flat=True))
    queryset = (
        PartnerCall.objects.filter(open_filter(today), hidden_at__isnull=True)
        .exclude(organisation=organisation)
        .filter(_seeks(Target.Facet.KIND, [organisation.kind]))
        .filter(_seeks(Target.Facet.COUNTRY, [str(organisation.country)]))
    )
    call_themes = PartnerCall.themes.through.objects.filter(partnercall_id=OuterRef("pk"))
    queryset = queryset.filter(
        Q(pk__in=call_themes.filter(theme__code__in=themes).values("partnercall_id"))
        | ~Q(Exists(call_themes))
    )
    return list(_with_themes(queryset).order_by("deadline", "-pk")[:limit])


def calls_of_person(user):
    """Calls a person wrote, newest first, hidden ones included (they see them marked)."""
    return PartnerCall.objects.filter(author=user).select_related("organisation")


def interests_of_person(user):
    return (
        Interest.objects.filter(person=user)
        .select_related("call", "organisation", "conversation")
        .order_by("-created_at", "-pk")
    )
