"""API endpoints of pilot procurements (mounted at /api/v1/pilots/): the list with the page's
filters and facet counts, one pilot, the map's data, and submitting and editing a pilot."""

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import slug_re
from django.http import Http404, JsonResponse, QueryDict
from django.urls import reverse
from django.views.decorators.gzip import gzip_page
from ninja import Field, File, Form, Query, Router, Schema, Status, UploadedFile
from ninja.decorators import decorate_view
from ninja.errors import AuthenticationError

from ppi4cities.accounts.api import ErrorOut, JsonObject
from ppi4cities.accounts.models import Organisation
from ppi4cities.api.auth import PersonalToken, signed_in
from ppi4cities.api.fields import CpvCode, Text
from ppi4cities.core.translation import translated_field
from ppi4cities.core.vocabularies import Procedure, ThemeCode

from . import geo, selectors, services
from .forms import filters_from
from .models import PilotRevision, Project
from .vocabularies import CURRENCIES, Approach, InnovationType, PilotState, SupplierSize

router = Router(tags=["pilots"])

Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
StateCode = Literal[tuple(PilotState.values)]  # type: ignore[valid-type]
ApproachCode = Literal[tuple(Approach.values)]  # type: ignore[valid-type]
ProcedureCode = Literal[("", *Procedure.values)]  # type: ignore[valid-type]
InnovationCode = Literal[tuple(InnovationType.values)]  # type: ignore[valid-type]
Theme = Literal[tuple(ThemeCode.values)]  # type: ignore[valid-type]
Currency = Literal[tuple(CURRENCIES)]  # type: ignore[valid-type]
SizeCode = Literal[("", *SupplierSize.values)]  # type: ignore[valid-type]
MAX_PAGE_SIZE = 100
ALL_TEXT_FIELDS = [*services.TEXT_FIELDS, *services.GOOD_PRACTICE_FIELDS]


class PilotQuery(Schema):
    theme: list[str] = Field(default_factory=list, description="Theme code (repeatable)")
    country: list[str] = Field(default_factory=list, description="ISO code (repeatable)")
    state: list[str] = Field(default_factory=list, description="planned, ongoing, completed…")
    approach: list[str] = Field(default_factory=list, description="pcp, ppi or other")
    procedure: list[str] = Field(default_factory=list, description="eForms procedure code")
    year: list[str] = Field(default_factory=list, description="Year of award (else of tender)")
    good_practice: bool = Field(False, description="Only good practices")


class PilotListQuery(PilotQuery):
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class MapQuery(PilotQuery):
    bbox: str = Field(
        "", description="west,south,east,north in degrees; the whole world when left out"
    )
    zoom: int = Field(
        0,
        ge=0,
        le=geo.MAX_ZOOM,
        description="Pilots are grouped below zoom 12, and at any zoom when the box holds "
        f"more than {geo.MAX_POINTS}",
    )


class OrganisationRef(Schema):
    slug: str
    name: str


class PilotOut(Schema):
    id: int
    url: str
    status: str
    title: str
    summary: str
    language: str = Field(description="The language of the title and summary shown")
    organisation: OrganisationRef | None
    country: str
    city: str
    nuts3: str
    latitude: float
    longitude: float
    state: str
    approach: str
    procedure: str
    themes: list[str]
    good_practice: bool
    published_at: datetime | None


class FacetOption(Schema):
    value: str | int
    label: str
    count: int
    selected: bool


class PilotPage(Schema):
    count: int
    page: int
    pages: int
    results: list[PilotOut]
    facets: dict[str, list[FacetOption]]
    good_practice_count: int = Field(description="Good practices among the other filters")


class TextsOut(Schema):
    title: str
    summary: str
    challenge: str
    solution: str
    results: str
    lessons_learned: str
    why_it_worked: str
    how_to_replicate: str


class SupplierOut(Schema):
    name: str
    country: str
    size: str


class DocumentOut(Schema):
    id: int
    title: str
    url: str


class PhotoOut(Schema):
    id: int
    url: str
    alt_text: str
    caption: str


class ProjectOut(Schema):
    slug: str
    name: str
    url: str


class DatesOut(Schema):
    needs_assessment_date: date | None
    market_consultation_date: date | None
    tender_date: date | None
    award_date: date | None
    contract_start: date | None
    contract_end: date | None


class PilotDetailOut(PilotOut):
    original_language: str
    texts: dict[str, TextsOut]
    buyers: list[OrganisationRef]
    suppliers: list[SupplierOut]
    innovation_types: list[str]
    cpv_codes: list[str]
    dates: DatesOut
    estimated_value: Decimal | None = Field(description="A decimal number, as a string")
    contract_value: Decimal | None = Field(description="A decimal number, as a string")
    currency: str
    contact_name: str
    contact_email: str
    documents: list[DocumentOut]
    photos: list[PhotoOut]
    project: ProjectOut | None
    created_at: datetime
    updated_at: datetime


class GeometryOut(Schema):
    type: str
    coordinates: list[float] = Field(description="Longitude, latitude")


class FeatureOut(Schema):
    type: str
    geometry: GeometryOut
    properties: dict[str, Any] = Field(
        description="A group: cluster and count. A pilot: id, title, city, country, state, "
        "good_practice and url"
    )


class FeatureCollectionOut(Schema):
    type: str
    features: list[FeatureOut]


class TextsIn(JsonObject):
    title: Text = Field("", max_length=250)
    summary: Text = Field("", max_length=2000)
    challenge: Text = Field("", max_length=20000)
    solution: Text = Field("", max_length=20000)
    results: Text = Field("", max_length=20000)
    lessons_learned: Text = Field("", max_length=20000)


class PilotDataIn(JsonObject):
    original_language: Language = "en"
    country: Text = Field(..., min_length=2, max_length=2, description="ISO 3166-1 alpha-2")
    city: Text = Field(..., max_length=120)
    nuts3: Text = Field("", max_length=5)
    latitude: float = Field(..., ge=-90, le=90, allow_inf_nan=False)
    longitude: float = Field(..., ge=-180, le=180, allow_inf_nan=False)
    state: StateCode = PilotState.PLANNED.value
    approach: ApproachCode
    procedure: ProcedureCode = ""
    innovation_types: list[InnovationCode] = Field(default_factory=list)
    cpv_codes: list[CpvCode] = Field(default_factory=list)
    estimated_value: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=2)
    contract_value: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=2)
    currency: Currency = "EUR"
    needs_assessment_date: date | None = None
    market_consultation_date: date | None = None
    tender_date: date | None = None
    award_date: date | None = None
    contract_start: date | None = None
    contract_end: date | None = None
    contact_name: Text = Field("", max_length=150)
    contact_email: Text = Field("", max_length=254)


class SupplierIn(JsonObject):
    name: Text = Field(..., max_length=200)
    country: Text = Field("", max_length=2, description="ISO 3166-1 alpha-2")
    size: SizeCode = ""


class PilotIn(JsonObject):
    organisation: Text = Field(..., description="Slug of an organisation you belong to")
    data: PilotDataIn
    texts: dict[Language, TextsIn] = Field(
        ..., description="Texts by language; a title and summary in the original are required"
    )
    buyers: list[Text] | None = Field(
        None,
        min_length=1,
        description="Slugs of the buying organisations; your organisation when left out",
    )
    themes: list[Theme] = Field(default_factory=list)
    suppliers: list[SupplierIn] = Field(default_factory=list, max_length=services.MAX_SUPPLIERS)
    project: Text | None = Field(None, description="Slug of a project")
    submit: bool = Field(False, description="Send to the moderators rather than keep a draft")


class PilotDataPatch(PilotDataIn):
    """The pilot's data to change: only the fields given change."""

    country: Text | None = Field(None, min_length=2, max_length=2, description="ISO 3166-1")
    city: Text | None = Field(None, max_length=120)
    latitude: float | None = Field(None, ge=-90, le=90, allow_inf_nan=False)
    longitude: float | None = Field(None, ge=-180, le=180, allow_inf_nan=False)
    approach: ApproachCode | None = None


class PilotPatchIn(JsonObject):
    data: PilotDataPatch | None = Field(None, description="Only the fields given change")
    texts: dict[Language, TextsIn] | None = Field(
        None, description="Texts by language; only the languages and fields given change"
    )
    buyers: list[Text] | None = Field(
        None, min_length=1, description="Slugs of the buying organisations, replacing them"
    )
    themes: list[Theme] | None = Field(None, description="Replace the themes")
    suppliers: list[SupplierIn] | None = Field(
        None, max_length=services.MAX_SUPPLIERS, description="Replace the suppliers"
    )
    project: Text | None = Field(
        None, description="Slug of a project; null or an empty string takes the pilot out of it"
    )
    submit: bool = Field(
        False,
        description="Send a draft to the moderators as well; edits of a published pilot always "
        "go to them",
    )


class ProposedEditOut(Schema):
    id: int
    status: str = Field(description="pending: waiting for the moderators")
    pilot: str = Field(description="The published pilot, unchanged until the edit is approved")
    submitted_at: datetime | None


def _reader(request):
    """Reads are public; a bearer token, when sent, reads as its owner and must be valid."""
    if "Authorization" not in request.headers:
        return request.user
    if PersonalToken()(request) is None:
        raise AuthenticationError
    return request.user


def _params(query: PilotQuery) -> QueryDict:
    params = QueryDict(mutable=True)
    for name in ["theme", "country", "state", "approach", "procedure", "year"]:
        params.setlist(name, getattr(query, name))
    if query.good_practice:
        params["good_practice"] = "1"
    return params


def _organisation(organisation) -> dict | None:
    return {"slug": organisation.slug, "name": organisation.name} if organisation else None


def _serialise(pilot, request) -> dict:
    title = translated_field(pilot, "title", pilot.original_language)
    summary = translated_field(pilot, "summary", pilot.original_language)
    return {
        "id": pilot.pk,
        "url": request.build_absolute_uri(pilot.get_absolute_url()),
        "status": pilot.status,
        "title": title.text,
        "summary": summary.text,
        "language": title.language,
        "organisation": _organisation(pilot.organisation),
        "country": pilot.country.code,
        "city": pilot.city,
        "nuts3": pilot.nuts3,
        "latitude": pilot.latitude,
        "longitude": pilot.longitude,
        "state": pilot.state,
        "approach": pilot.approach,
        "procedure": pilot.procedure,
        "themes": [theme.code for theme in pilot.themes.all()],
        "good_practice": pilot.is_good_practice,
        "published_at": pilot.published_at,
    }


def _cpv_codes(pilot) -> list[str]:
    # Imported pilots may hold {"code": ..., "description": ...} entries.
    codes = []
    for entry in pilot.cpv_codes or []:
        code = entry.get("code") if isinstance(entry, dict) else entry
        if code and str(code).strip():
            codes.append(str(code).strip())
    return codes


def _serialise_detail(pilot, request) -> dict:
    project = pilot.project
    return {
        **_serialise(pilot, request),
        "original_language": pilot.original_language,
        "texts": {
            code: {field: getattr(pilot, f"{field}_{code}") or "" for field in ALL_TEXT_FIELDS}
            for code in services.LANGUAGE_CODES
        },
        "buyers": [_organisation(buyer) for buyer in pilot.buyers.all()],
        "suppliers": [
            {"name": item.name, "country": str(item.country or ""), "size": item.size}
            for item in pilot.suppliers.all()
        ],
        "innovation_types": list(pilot.innovation_types or []),
        "cpv_codes": _cpv_codes(pilot),
        "dates": {name: getattr(pilot, name) for name in services.DATE_ORDER},
        "estimated_value": pilot.estimated_value,
        "contract_value": pilot.contract_value,
        "currency": pilot.currency,
        "contact_name": pilot.contact_name,
        "contact_email": pilot.contact_email,
        "documents": [
            {
                "id": item.pk,
                "title": item.title,
                "url": request.build_absolute_uri(reverse("pilots:document", args=[item.pk]))
                if item.file
                else item.url,
            }
            for item in pilot.documents.all()
        ],
        "photos": [
            {
                "id": item.pk,
                "url": request.build_absolute_uri(reverse("pilots:photo", args=[item.pk])),
                "alt_text": item.alt_text,
                "caption": item.caption,
            }
            for item in pilot.photos.all()
        ],
        "project": (
            {
                "slug": project.slug,
                "name": project.name,
                "url": request.build_absolute_uri(project.get_absolute_url()),
            }
            if project
            else None
        ),
        "created_at": pilot.created_at,
        "updated_at": pilot.updated_at,
    }


def _facets_out(facets: dict) -> dict:
    return {
        name: [{**option, "label": str(option["label"])} for option in options]
        for name, options in facets.items()
        if name not in ("good_practice", "total")
    }


# Where the services name a field differently from the API's input.
def _api_field(field: str, original_language: str) -> str:
    if field in services.TEXT_FIELDS:
        return f"texts.{original_language}.{field}"
    if field in services.PILOT_FIELDS:
        return f"data.{field}"
    return field


def _organisations(slugs, field: str) -> list:
    """The organisations with these slugs, in order, or a 422 naming the field."""
    valid = [slug for slug in slugs if slug_re.match(slug)]
    found = {item.slug: item for item in Organisation.objects.filter(slug__in=valid)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise ValidationError({field: f"No organisation has this slug: {', '.join(missing)}."})
    return [found[slug] for slug in dict.fromkeys(slugs)]


def _project(slug) -> Project | None:
    """The project with this slug, None for no slug, or a 422 naming the field."""
    if not slug:
        return None
    project = Project.objects.filter(slug=slug).first()
    if project is None:
        raise ValidationError({"project": "No project has this slug."})
    return project


def _named_for_api(error: ValidationError, original_language: str) -> ValidationError:
    """A service's refusal with each field named as the API's input names it."""
    if not hasattr(error, "error_dict"):
        return error
    return ValidationError(
        {
            _api_field(field, original_language): messages
            for field, messages in error.message_dict.items()
        }
    )


@router.get("", response={200: PilotPage, 401: ErrorOut}, summary="List pilots")
def pilot_list(request, query: Query[PilotListQuery]):
    user = _reader(request)
    filters = filters_from(_params(query))
    queryset = selectors.pilot_list(filters, user).prefetch_related("themes")
    count = queryset.count()
    pages = max(1, -(-count // query.page_size))
    start = (query.page - 1) * query.page_size
    # Past the last page there is nothing to fetch, and a huge offset would overflow the
    # database's integer.
    page = list(queryset[start : start + query.page_size]) if start < count else []
    facets = selectors.pilot_facets(filters, user)
    return {
        "count": count,
        "page": query.page,
        "pages": pages,
        "results": [_serialise(pilot, request) for pilot in page],
        "facets": _facets_out(facets),
        "good_practice_count": facets["good_practice"],
    }


@router.get(
    "/map",
    response={200: FeatureCollectionOut, 401: ErrorOut, 422: ErrorOut},
    summary="The map's data: pilots in a box as GeoJSON, grouped at low zoom",
)
@decorate_view(gzip_page)
def pilot_map(request, query: Query[MapQuery]):
    user = _reader(request)
    try:
        bbox = geo.parse_bbox(query.bbox)
    except geo.BadRequest as error:
        raise ValidationError({"bbox": str(error)}) from None
    pilots = selectors.pilot_list(filters_from(_params(query)), user)
    response = JsonResponse(
        geo.map_features(pilots, bbox, query.zoom), json_dumps_params={"ensure_ascii": False}
    )
    response["Content-Type"] = "application/geo+json"
    return response


@router.get(
    "/{pilot_id}",
    response={200: PilotDetailOut, 401: ErrorOut, 404: ErrorOut},
    summary="One pilot, with every translation, buyers, suppliers, documents and photos",
)
def pilot_detail(request, pilot_id: int):
    pilot = selectors.pilot_visible(pilot_id, _reader(request))
    if pilot is None:
        raise Http404
    return _serialise_detail(pilot, request)


@router.post(
    "",
    auth=signed_in,
    response={201: PilotDetailOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    summary="Submit a pilot on behalf of your organisation (JSON only, no files)",
)
def pilot_create(request, payload: PilotIn):
    [organisation] = _organisations([payload.organisation], "organisation")
    buyers = (
        _organisations(payload.buyers, "buyers") if payload.buyers is not None else [organisation]
    )
    project = _project(payload.project)
    values = payload.model_dump()
    language = values["data"]["original_language"]
    try:
        pilot = services.pilot_create(
            author=request.user,
            organisation=organisation,
            data=values["data"],
            texts=values["texts"],
            buyers=buyers,
            themes=values["themes"],
            suppliers=values["suppliers"],
            project=project,
            submit=values["submit"],
        )
    except ValidationError as error:
        raise _named_for_api(error, language) from None
    created = selectors.pilot_visible(pilot.pk, request.user)
    return Status(201, _serialise_detail(created, request))


@router.patch(
    "/{pilot_id}",
    auth=signed_in,
    response={
        200: PilotDetailOut,
        202: ProposedEditOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
    },
    summary="Edit a pilot: an unpublished one changes at once (200); an edit of a published "
    "one waits for the moderators as its proposed edit (202)",
)
def pilot_update(request, pilot_id: int, payload: PilotPatchIn):
    pilot = selectors.pilot_visible(pilot_id, request.user)
    if pilot is None:
        raise Http404
    values = payload.model_dump(exclude_unset=True)
    data = values.get("data") or {}
    language = data.get("original_language") or pilot.original_language
    try:
        saved = services.pilot_update(
            pilot=pilot,
            actor=request.user,
            data=data,
            texts=values.get("texts") or {},
            buyers=_organisations(payload.buyers, "buyers") if payload.buyers is not None else None,
            themes=values.get("themes"),
            suppliers=values.get("suppliers"),
            project=_project(payload.project) if "project" in values else services.UNCHANGED,
            submit=payload.submit,
        )
    except ValidationError as error:
        raise _named_for_api(error, language) from None
    if isinstance(saved, PilotRevision):
        return Status(
            202,
            {
                "id": saved.pk,
                "status": saved.status,
                "pilot": request.build_absolute_uri(pilot.get_absolute_url()),
                "submitted_at": saved.submitted_at,
            },
        )
    return _serialise_detail(selectors.pilot_visible(pilot.pk, request.user), request)


# Documents and photos ------------------------------------------------------------------------


class DocumentFileOut(Schema):
    id: int
    title: str
    url: str
    content_type: str
    size: int | None = Field(description="In bytes")


class PhotoFileOut(Schema):
    id: int
    url: str
    alt_text: str
    caption: str


FILE_ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _pilot_for_files(request, pilot_id: int):
    """The pilot, if the person may see it; the services decide whether they may change it."""
    pilot = selectors.pilot_visible(pilot_id, request.user)
    if pilot is None:
        raise Http404
    return pilot


def _document_out(document, request) -> dict:
    return {
        "id": document.pk,
        "title": document.title,
        "url": request.build_absolute_uri(reverse("pilots:document", args=[document.pk])),
        "content_type": document.content_type,
        "size": document.size,
    }


def _photo_out(photo, request) -> dict:
    return {
        "id": photo.pk,
        "url": request.build_absolute_uri(reverse("pilots:photo", args=[photo.pk])),
        "alt_text": photo.alt_text,
        "caption": photo.caption,
    }


# The multipart fields are optional to the schema so that the services, which check them for
# the pages too, answer a missing one with an error naming it as the form does.
@router.post(
    "/{pilot_id}/documents",
    auth=signed_in,
    response={201: DocumentFileOut, **FILE_ERRORS},
    summary="Attach a document (multipart: file, title); PDF or an office format, checked by "
    "its content",
)
def pilot_document_add(
    request, pilot_id: int, file: File[UploadedFile] = None, title: Form[str] = ""
):
    document = services.pilot_document_add(
        pilot=_pilot_for_files(request, pilot_id), actor=request.user, upload=file, title=title
    )
    return Status(201, _document_out(document, request))


@router.delete(
    "/{pilot_id}/documents/{document_id}",
    auth=signed_in,
    response={204: None, **FILE_ERRORS},
    summary="Remove a document, and its file",
)
def pilot_document_remove(request, pilot_id: int, document_id: int):
    pilot = _pilot_for_files(request, pilot_id)
    document = pilot.documents.filter(pk=document_id).first()
    if document is None:
        raise Http404
    services.pilot_document_remove(document=document, actor=request.user)
    return Status(204, None)


@router.post(
    "/{pilot_id}/photos",
    auth=signed_in,
    response={201: PhotoFileOut, **FILE_ERRORS},
    summary="Add a photo (multipart: image, alt_text, caption); re-encoded without metadata",
)
def pilot_photo_add(
    request,
    pilot_id: int,
    image: File[UploadedFile] = None,
    alt_text: Form[str] = "",
    caption: Form[str] = "",
):
    photo = services.pilot_photo_add(
        pilot=_pilot_for_files(request, pilot_id),
        actor=request.user,
        upload=image,
        alt_text=alt_text,
        caption=caption,
    )
    return Status(201, _photo_out(photo, request))


@router.delete(
    "/{pilot_id}/photos/{photo_id}",
    auth=signed_in,
    response={204: None, **FILE_ERRORS},
    summary="Remove a photo, and its file",
)
def pilot_photo_remove(request, pilot_id: int, photo_id: int):
    pilot = _pilot_for_files(request, pilot_id)
    photo = pilot.photos.filter(pk=photo_id).first()
    if photo is None:
        raise Http404
    services.pilot_photo_remove(photo=photo, actor=request.user)
    return Status(204, None)
