"""Reads of people and organisations that pages, the API and tasks share."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Prefetch, Q

from ppi4cities.core.caching import cached, digest, generation
from ppi4cities.core.models import Theme
from ppi4cities.core.search import filter_by_words, query_words
from ppi4cities.core.vocabularies import ThemeCode, country_name

from . import permissions, personal_data
from .models import (
    ApiToken,
    Invitation,
    InvitationStatus,
    JoinRequest,
    Membership,
    Organisation,
    OrganisationKind,
    ProfileVisibility,
    RequestStatus,
    User,
)

SORTS = {
    "name": ["name", "pk"],
    "-created": ["-created_at", "-pk"],
    "country": ["country", "name", "pk"],
    "-members": ["-member_count", "name", "pk"],
}
DEFAULT_SORT = "name"
# The cache family of everything derived from organisations (see core.caching).
ORGANISATIONS = "organisations"


@dataclass
class DirectoryFilters:
    q: str = ""
    kinds: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    sort: str = DEFAULT_SORT

    @property
    def active(self) -> bool:
        return bool(self.q or self.kinds or self.countries or self.themes)


def _filtered(filters: DirectoryFilters, skip: str = ""):
    queryset = Organisation.objects.all()
    if filters.q:
        queryset = filter_by_words(queryset, filters.q)
    if filters.kinds and skip != "kind":
        queryset = queryset.filter(kind__in=filters.kinds)
    if filters.countries and skip != "country":
        queryset = queryset.filter(country__in=filters.countries)
    if filters.themes and skip != "theme":
        # A semi-join, not a join with DISTINCT: an organisation with several of the chosen
        # themes is counted once in the facets' GROUP BY (DISTINCT did not dedupe there), and
        # no DISTINCT runs over every column of the list (see docs/benchmark.md).
        queryset = queryset.filter(
            pk__in=Organisation.themes.through.objects.filter(
                theme__code__in=filters.themes
            ).values("organisation_id")
        )
    return queryset


def organisation_list(filters: DirectoryFilters):
    """Organisations matching the filters, sorted, with what a list card shows."""
    ordering = SORTS.get(filters.sort, SORTS[DEFAULT_SORT])
    return (
        _filtered(filters)
        .order_by(*ordering)
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("position")))
    )


def organisation_facets(filters: DirectoryFilters) -> dict:
    """Counts per type, country and theme; each counts within the other active filters.

    The counts scan the whole table, so they are cached until organisations change.
    """
    counts = cached(ORGANISATIONS, _facet_parts(filters), lambda: _facet_counts(filters))
    kind_counts, country_counts, theme_counts = counts
    return _facet_options(filters, kind_counts, country_counts, theme_counts)


def organisation_facets_version(filters: DirectoryFilters) -> str:
    """Changes whenever the facets for these filters may change: a key for cached HTML."""
    return f"{generation(ORGANISATIONS)}:{digest(_facet_parts(filters))}"


def _facet_parts(filters: DirectoryFilters) -> list:
    return [
        "facets",
        query_words(filters.q),
        sorted(filters.kinds),
        sorted(filters.countries),
        sorted(filters.themes),
    ]


def _facet_counts(filters: DirectoryFilters):
    kind_counts = dict(
        _filtered(filters, skip="kind").order_by().values_list("kind").annotate(n=Count("pk"))
    )
    country_counts = dict(
        _filtered(filters, skip="country").order_by().values_list("country").annotate(n=Count("pk"))
    )
    theme_base = _filtered(filters, skip="theme").order_by().values("pk")
    theme_counts = dict(
        Organisation.themes.through.objects.filter(organisation_id__in=theme_base)
        .values_list("theme__code")
        # (organisation, theme) pairs are unique in the link table, so a plain count is the
        # number of organisations; DISTINCT made this the directory's slowest query.
        .annotate(n=Count("organisation_id"))
    )
    return kind_counts, country_counts, theme_counts


def _facet_options(filters, kind_counts, country_counts, theme_counts) -> dict:
    return {
        "kind": [
            {
                "value": value,
                "label": label,
                "count": kind_counts.get(value, 0),
                "selected": value in filters.kinds,
            }
            for value, label in OrganisationKind.choices
        ],
        "country": sorted(
            [
                {
                    "value": code,
                    "label": country_name(code),
                    "count": count,
                    "selected": code in filters.countries,
                }
                for code, count in country_counts.items()
            ],
            key=lambda item: (-item["count"], item["label"]),
        ),
        "theme": [
            {
                "value": code,
                "label": label,
                "count": theme_counts.get(code, 0),
                "selected": code in filters.themes,
            }
            for code, label in ThemeCode.choices
        ],
    }


def organisation_detail(slug: str):
    return Organisation.objects.prefetch_related("themes", "expertise").filter(slug=slug).first()


def organisation_members(organisation, viewer):
    """The members a viewer may see, administrators first."""
    memberships = (
        Membership.objects.filter(organisation=organisation, user__is_active=True)
        .select_related("user")
        .order_by("role", "user__full_name")
    )
    if not permissions.can_see_member_list(viewer, organisation):
        memberships = memberships.filter(user__visibility=ProfileVisibility.PUBLIC)
    return memberships


def organisation_pending(organisation):
    """Requests and invitations waiting for the administrators."""
    return {
        "join_requests": JoinRequest.objects.filter(
            organisation=organisation, status=RequestStatus.PENDING
        ).select_related("user"),
        "invitations": Invitation.objects.filter(
            organisation=organisation, status=InvitationStatus.PENDING
        ).select_related("invited_by"),
    }


def organisation_recent(limit: int = 6):
    return Organisation.objects.order_by("-created_at", "-pk").prefetch_related("themes")[:limit]


def platform_stats() -> dict:
    return cached(ORGANISATIONS, ["stats"], _platform_stats)


def _platform_stats() -> dict:
    counts = Organisation.objects.aggregate(
        organisations=Count("pk"),
        public_bodies=Count(
            "pk",
            filter=Q(kind__in=["municipality", "regional-authority", "public-authority"]),
        ),
    )
    counts["countries"] = Organisation.objects.order_by().values("country").distinct().count()
    return counts


def person_memberships(user):
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def person_dashboard(user) -> dict:
    return {
        "memberships": person_memberships(user),
        "invitations": Invitation.objects.filter(
            email__iexact=user.email, status=InvitationStatus.PENDING
        ).select_related("organisation"),
        "join_requests": JoinRequest.objects.filter(
            user=user, status=RequestStatus.PENDING
        ).select_related("organisation"),
    }


def account_export(user: User) -> dict:
    """Everything the platform holds about a person, for the privacy download."""
    from allauth.account.models import EmailAddress

    when = personal_data.when
    return {
        "format": "ppi4cities-personal-data/1",
        "profile": {
            "email": user.email,
            "name": user.full_name,
            "job_title": user.job_title,
            "bio": user.bio,
            "languages": user.languages,
            "expertise": [tag.name for tag in user.expertise.all()],
            "visibility": user.visibility,
            "preferred_language": user.language,
            "avatar": user.avatar.url if user.avatar else None,
            "joined": when(user.date_joined),
            "last_login": when(user.last_login),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user)
        ],
        "memberships": [
            {
                "organisation": m.organisation.name,
                "slug": m.organisation.slug,
                "role": m.role,
                "joined": when(m.joined_at),
            }
            for m in person_memberships(user)
        ],
        "join_requests": [
            {
                "organisation": r.organisation.name,
                "message": r.message,
                "status": r.status,
                "asked": when(r.created_at),
            }
            for r in JoinRequest.objects.filter(user=user).select_related("organisation")
        ],
        "invitations_sent": [
            {
                "organisation": i.organisation.name,
                "email": i.email,
                "status": i.status,
                "sent": when(i.created_at),
            }
            for i in Invitation.objects.filter(invited_by=user).select_related("organisation")
        ],
        "invitations_received": [
            {"organisation": i.organisation.name, "status": i.status, "sent": when(i.created_at)}
            for i in Invitation.objects.filter(email__iexact=user.email).select_related(
                "organisation"
            )
        ],
        "organisations_created": [
            {"name": o.name, "slug": o.slug, "created": when(o.created_at)}
            for o in Organisation.objects.filter(created_by=user)
        ],
        "api_tokens": [
            {
                "name": t.name,
                "starts_with": t.prefix,
                "created": when(t.created_at),
                "last_used": when(t.last_used_at),
                "revoked": when(t.revoked_at),
            }
            for t in ApiToken.objects.filter(user=user)
        ],
        **personal_data.sections(user),
        "site": settings.SITE_URL,
    }
