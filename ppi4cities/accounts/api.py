"""API endpoints for organisations and the current user (mounted at /api/v1/)."""

from datetime import datetime
from typing import Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import slug_re
from django.http import Http404, QueryDict
from ninja import Field, Query, Router, Schema, Status
from pydantic import BaseModel, ConfigDict

from ppi4cities.api.auth import signed_in
from ppi4cities.api.errors import field_errors_from_form
from ppi4cities.core.models import Theme
from ppi4cities.core.translation import translated_field
from ppi4cities.core.vocabularies import ThemeCode, country_name

from . import permissions, selectors, services
from .forms import DirectoryForm, OrganisationForm
from .models import CompanySize, Organisation, OrganisationKind

router = Router(tags=["organisations"])

Kind = Literal[tuple(OrganisationKind.values)]  # type: ignore[valid-type]
Size = Literal[("", *CompanySize.values)]  # type: ignore[valid-type]
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
MAX_PAGE_SIZE = 100


class OrganisationOut(Schema):
    slug: str
    name: str
    kind: str
    kind_label: str
    size: str
    country: str
    country_name: str
    city: str
    nuts3: str
    latitude: float | None
    longitude: float | None
    website: str
    description: str
    description_language: str
    themes: list[str]
    expertise: list[str]
    member_count: int
    url: str
    logo: str | None
    created_at: datetime
    updated_at: datetime


class OrganisationDetailOut(OrganisationOut):
    descriptions: dict[str, str]
    original_language: str


class OrganisationPage(Schema):
    count: int
    page: int
    pages: int
    results: list[OrganisationOut]


class JsonObject(BaseModel):
    """A request body: a JSON object whose unknown fields are refused, so a typo never passes
    silently. (ninja's Schema would also read a JSON list as an object with no fields.)"""

    model_config = ConfigDict(extra="forbid")


class OrganisationIn(JsonObject):
    name: str = Field(..., max_length=200)
    kind: Kind
    size: Size = ""
    country: str = Field(..., min_length=2, max_length=2, description="ISO 3166-1 alpha-2")
    city: str = Field("", max_length=100)
    nuts3: str = Field("", max_length=5)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    website: str = Field("", max_length=300)
    original_language: Language = "en"
    descriptions: dict[Language, str] = Field(default_factory=dict)
    themes: list[str] = Field(default_factory=list)
    expertise: list[str] = Field(default_factory=list, max_length=15)


class OrganisationPatch(JsonObject):
    name: str | None = Field(None, max_length=200)
    kind: Kind | None = None
    size: Size | None = None
    country: str | None = Field(None, min_length=2, max_length=2)
    city: str | None = Field(None, max_length=100)
    nuts3: str | None = Field(None, max_length=5)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    website: str | None = Field(None, max_length=300)
    original_language: Language | None = None
    descriptions: dict[Language, str] | None = None
    themes: list[str] | None = None
    expertise: list[str] | None = Field(None, max_length=15)


class DirectoryQuery(Schema):
    q: str = ""
    kind: list[str] = Field(default_factory=list)
    country: list[str] = Field(default_factory=list)
    theme: list[str] = Field(default_factory=list)
    sort: str = "name"
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class MeOut(Schema):
    id: int
    email: str
    name: str
    job_title: str
    language: str
    is_moderator: bool
    is_staff: bool
    organisations: list[dict]


class ErrorOut(Schema):
    detail: str
    errors: list[dict] = Field(default_factory=list)


def _serialise(organisation, request, detail=False) -> dict:
    description = translated_field(organisation, "description", organisation.original_language)
    data = {
        "slug": organisation.slug,
        "name": organisation.name,
        "kind": organisation.kind,
        "kind_label": str(organisation.kind_label),
        "size": organisation.size,
        "country": str(organisation.country),
        "country_name": country_name(organisation.country),
        "city": organisation.city,
        "nuts3": organisation.nuts3,
        "latitude": organisation.latitude,
        "longitude": organisation.longitude,
        "website": organisation.website,
        "description": description.text,
        "description_language": description.language,
        "themes": [theme.code for theme in organisation.themes.all()],
        "expertise": [tag.name for tag in organisation.expertise.all()],
        "member_count": organisation.member_count,
        "url": request.build_absolute_uri(organisation.get_absolute_url()),
        "logo": request.build_absolute_uri(organisation.logo.url) if organisation.logo else None,
        "created_at": organisation.created_at,
        "updated_at": organisation.updated_at,
    }
    if detail:
        data["original_language"] = organisation.original_language
        data["descriptions"] = {
            code: getattr(organisation, f"description_{code}") or ""
            for code, _name in settings.LANGUAGES
        }
    return data


def _form_data(values: dict) -> QueryDict:
    """Turn API input into the data of the organisation form, which holds the rules."""
    data = QueryDict(mutable=True)
    for key in ["name", "kind", "size", "country", "city", "nuts3", "website", "original_language"]:
        if values.get(key) is not None:
            data[key] = values[key]
    for key in ["latitude", "longitude"]:
        if values.get(key) is not None:
            data[key] = str(values[key])
    for code, text in (values.get("descriptions") or {}).items():
        data[f"description_{code}"] = text
    codes = values.get("themes") or []
    # Checked against the vocabulary before the database sees them: PostgreSQL refuses some
    # strings (a NUL character) outright.
    unknown = [code for code in codes if code not in ThemeCode.values]
    if unknown:
        raise ValidationError({"themes": f"Unknown themes: {', '.join(map(repr, unknown))}."})
    known = dict(Theme.objects.filter(code__in=codes).values_list("code", "pk"))
    data.setlist("themes", [str(known[code]) for code in codes])
    data["expertise"] = ", ".join(values.get("expertise") or [])
    return data


# The form names each translation of the description apart; the API sends them in one object.
_API_FIELD_NAMES = {
    f"description_{code}": f"descriptions.{code}" for code, _name in settings.LANGUAGES
}


def _validated_form(values: dict, instance=None) -> OrganisationForm:
    form = OrganisationForm(data=_form_data(values), instance=instance)
    if not form.is_valid():
        errors = {}
        for item in field_errors_from_form(form):
            field = _API_FIELD_NAMES.get(item["field"], item["field"]) or "__all__"
            errors.setdefault(field, []).append(item["message"])
        raise ValidationError(errors)
    return form


def _organisation_or_404(slug: str) -> Organisation:
    # Anything but a slug finds nothing; PostgreSQL would refuse some strings (a NUL) outright.
    organisation = selectors.organisation_detail(slug) if slug_re.match(slug) else None
    if organisation is None:
        raise Http404
    return organisation


@router.get("/organisations", response=OrganisationPage, summary="Search the directory")
def organisation_list(request, query: Query[DirectoryQuery]):
    params = QueryDict(mutable=True)
    params["q"] = query.q
    params["sort"] = query.sort
    params.setlist("kind", query.kind)
    params.setlist("country", query.country)
    params.setlist("theme", query.theme)
    filters = DirectoryForm(params).filters()
    queryset = selectors.organisation_list(filters).prefetch_related("expertise")
    count = queryset.count()
    pages = max(1, -(-count // query.page_size))
    start = (query.page - 1) * query.page_size
    # Past the last page there is nothing to fetch, and a huge offset would overflow the
    # database's integer.
    page = queryset[start : start + query.page_size] if start < count else []
    results = [_serialise(o, request) for o in page]
    return {"count": count, "page": query.page, "pages": pages, "results": results}


@router.get(
    "/organisations/{slug}",
    response={200: OrganisationDetailOut, 404: ErrorOut},
    summary="One organisation",
)
def organisation_detail(request, slug: str):
    return _serialise(_organisation_or_404(slug), request, detail=True)


@router.post(
    "/organisations",
    auth=signed_in,
    response={201: OrganisationDetailOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    summary="Create an organisation (you become its administrator)",
)
def organisation_create(request, payload: OrganisationIn):
    if not permissions.can_create_organisation(request.user):
        raise PermissionDenied("Verify your email address before creating an organisation.")
    form = _validated_form(payload.model_dump())
    organisation = services.organisation_create(creator=request.user, **form.service_arguments())
    return Status(
        201, _serialise(selectors.organisation_detail(organisation.slug), request, detail=True)
    )


@router.patch(
    "/organisations/{slug}",
    auth=signed_in,
    response={
        200: OrganisationDetailOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
    },
    summary="Update an organisation (its administrators and staff)",
)
def organisation_update(request, slug: str, payload: OrganisationPatch):
    organisation = _organisation_or_404(slug)
    if not permissions.can_edit_organisation(request.user, organisation):
        raise PermissionDenied("Only the organisation's administrators can edit it.")
    current = _serialise(organisation, request, detail=True)
    changes = payload.model_dump(exclude_unset=True)
    merged = {**current, **{k: v for k, v in changes.items() if k != "descriptions"}}
    merged["descriptions"] = {**current["descriptions"], **(changes.get("descriptions") or {})}
    form = _validated_form(merged, instance=organisation)
    services.organisation_update(
        organisation=organisation, actor=request.user, **form.service_arguments()
    )
    return Status(200, _serialise(selectors.organisation_detail(slug), request, detail=True))


@router.get(
    "/me",
    auth=signed_in,
    response={200: MeOut, 401: ErrorOut},
    tags=["people"],
    summary="The signed-in person",
)
def me(request):
    user = request.user
    return {
        "id": user.pk,
        "email": user.email,
        "name": user.full_name,
        "job_title": user.job_title,
        "language": user.language,
        "is_moderator": user.is_moderator,
        "is_staff": user.is_staff,
        "organisations": [
            {"slug": m.organisation.slug, "name": m.organisation.name, "role": m.role}
            for m in selectors.person_memberships(user)
        ],
    }
