"""API endpoints of the knowledge library (mounted at /api/v1/library/): search, detail,
create, "was this useful?" answers and bookmarks."""

from datetime import date, datetime
from typing import Literal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import slug_re
from django.http import Http404, QueryDict
from django.urls import reverse
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import AuthenticationError

from ppi4cities.accounts.api import ErrorOut, JsonObject
from ppi4cities.accounts.models import Organisation
from ppi4cities.api.auth import PersonalToken, signed_in
from ppi4cities.api.fields import CpvCode, Text
from ppi4cities.core.translation import translated_field

from . import permissions, selectors, services
from .forms import filters_from
from .vocabularies import Facet, Licence, ResourceType

router = Router(tags=["library"])

Kind = Literal[tuple(ResourceType.values)]  # type: ignore[valid-type]
LicenceCode = Literal[tuple(Licence.values)]  # type: ignore[valid-type]
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
MAX_PAGE_SIZE = 100


class LibraryQuery(Schema):
    q: str = Field("", description='Words and "quoted phrases"; only the first 200 count')
    type: list[str] = Field(default_factory=list, description="Resource type (repeatable)")
    theme: list[str] = Field(default_factory=list)
    stage: list[str] = Field(default_factory=list)
    procedure: list[str] = Field(default_factory=list)
    country: list[str] = Field(default_factory=list, description="ISO code or EU")
    language: list[str] = Field(default_factory=list)
    year: list[str] = Field(default_factory=list)
    sort: str = Field("relevance", description="relevance, -published or -useful")
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class OrganisationRef(Schema):
    slug: str
    name: str


class ResourceOut(Schema):
    id: int
    url: str
    status: str
    title: str
    summary: str
    language: str = Field(description="The language of the title and summary shown")
    type: str
    year: int | None
    organisation: OrganisationRef | None
    facets: dict[str, list[str]]
    licence: str
    published_at: datetime | None
    snippet: str | None = Field(
        None, description="With `q`: a passage with the matched words in <mark>, HTML-escaped"
    )


class FacetOption(Schema):
    value: str | int
    label: str
    count: int
    selected: bool


class ResourcePage(Schema):
    count: int
    page: int
    pages: int
    results: list[ResourceOut]
    facets: dict[str, list[FacetOption]]


class TextsOut(Schema):
    title: str
    summary: str
    body: str


class FileOut(Schema):
    id: int
    name: str
    url: str
    size: int
    content_type: str


class LinkOut(Schema):
    url: str
    title: str


class VersionsOut(Schema):
    previous: int | None
    next: int | None


class ResourceDetailOut(ResourceOut):
    original_language: str
    texts: dict[str, TextsOut]
    authors: str
    publication_date: date | None
    cpv_codes: list[str]
    version_label: str
    files: list[FileOut]
    links: list[LinkOut]
    versions: VersionsOut
    created_at: datetime
    updated_at: datetime


class TextsIn(JsonObject):
    title: Text = Field("", max_length=250)
    summary: Text = Field("", max_length=1500)
    body: Text = Field("", max_length=50000)


class LinkIn(JsonObject):
    url: Text = Field(..., max_length=500)
    title: Text = Field("", max_length=200)


class ResourceIn(JsonObject):
    organisation: Text = Field(..., description="Slug of an organisation you belong to")
    kind: Kind
    original_language: Language = "en"
    texts: dict[Language, TextsIn] = Field(
        ..., description="Title, summary and Markdown body by language; the original is required"
    )
    facets: dict[str, list[str]] = Field(
        default_factory=dict,
        description="theme, stage, procedure, country (ISO code or EU), language: lists of codes",
    )
    year: int | None = None
    publication_date: date | None = None
    licence: LicenceCode = Licence.CC_BY.value
    authors: Text = ""
    cpv_codes: list[CpvCode] = Field(default_factory=list)
    version_label: Text = ""
    links: list[LinkIn] = Field(default_factory=list, max_length=services.MAX_LINKS)
    submit: bool = Field(False, description="Send to the moderators rather than keep a draft")


def _reader(request):
    """Reads are public; a bearer token, when sent, reads as its owner and must be valid."""
    if "Authorization" not in request.headers:
        return request.user
    if PersonalToken()(request) is None:
        raise AuthenticationError
    return request.user


def _facet_values(resource) -> dict[str, list[str]]:
    values = {}
    for item in resource.facets.all():
        values.setdefault(item.facet, []).append(item.value)
    return values


def _serialise(resource, request, snippet=None) -> dict:
    title = translated_field(resource, "title", resource.original_language)
    summary = translated_field(resource, "summary", resource.original_language)
    organisation = resource.organisation
    return {
        "id": resource.pk,
        "url": request.build_absolute_uri(resource.get_absolute_url()),
        "status": resource.status,
        "title": title.text,
        "summary": summary.text,
        "language": title.language,
        "type": resource.kind,
        "year": resource.year,
        "organisation": (
            {"slug": organisation.slug, "name": organisation.name} if organisation else None
        ),
        "facets": _facet_values(resource),
        "licence": resource.licence,
        "published_at": resource.published_at,
        "snippet": str(snippet) if snippet is not None else None,
    }


def _serialise_detail(resource, request) -> dict:
    user = request.user
    following = getattr(resource, "next_version", None)
    previous = resource.previous_version
    return {
        **_serialise(resource, request),
        "original_language": resource.original_language,
        "texts": {
            code: {
                field: getattr(resource, f"{field}_{code}") or "" for field in services.TEXT_FIELDS
            }
            for code in services.LANGUAGE_CODES
        },
        "authors": resource.authors,
        "publication_date": resource.publication_date,
        "cpv_codes": resource.cpv_codes or [],
        "version_label": resource.version_label,
        "files": [
            {
                "id": item.pk,
                "name": item.name,
                "url": request.build_absolute_uri(reverse("library:file", args=[item.pk])),
                "size": item.size,
                "content_type": item.content_type,
            }
            for item in resource.files.all()
        ],
        "links": [{"url": link.url, "title": link.title} for link in resource.links.all()],
        # Versions the reader may not see are left out rather than revealed.
        "versions": {
            "previous": previous.pk if previous and permissions.can_view(user, previous) else None,
            "next": following.pk if following and permissions.can_view(user, following) else None,
        },
        "created_at": resource.created_at,
        "updated_at": resource.updated_at,
    }


def _facets_out(facets: dict) -> dict:
    return {
        name: [{**option, "label": str(option["label"])} for option in options]
        for name, options in facets.items()
    }


# Where the services name a field differently from the API's input.
def _api_field(field: str) -> str:
    if field in Facet.values:
        return f"facets.{field}"
    return "links" if field == "url" else field


@router.get("/resources", response=ResourcePage, summary="Search the library")
def resource_list(request, query: Query[LibraryQuery]):
    user = _reader(request)
    params = QueryDict(mutable=True)
    params["q"] = query.q
    params["sort"] = query.sort
    for name in ["type", "theme", "stage", "procedure", "country", "language", "year"]:
        params.setlist(name, getattr(query, name))
    filters = filters_from(params)
    queryset = selectors.resource_list(filters, user).prefetch_related("facets")
    count = queryset.count()
    pages = max(1, -(-count // query.page_size))
    start = (query.page - 1) * query.page_size
    # Past the last page there is nothing to fetch, and a huge offset would overflow the
    # database's integer.
    page = list(queryset[start : start + query.page_size]) if start < count else []
    snippets = selectors.resource_snippets(page, filters.q)
    return {
        "count": count,
        "page": query.page,
        "pages": pages,
        "results": [
            _serialise(r, request, snippets.get(r.pk) if filters.q else None) for r in page
        ],
        "facets": _facets_out(selectors.resource_facets(filters, user)),
    }


@router.get(
    "/resources/{resource_id}",
    response={200: ResourceDetailOut, 401: ErrorOut, 404: ErrorOut},
    summary="One resource, with every translation, its files, links and versions",
)
def resource_detail(request, resource_id: int):
    resource = selectors.resource_visible(resource_id, _reader(request))
    if resource is None:
        raise Http404
    return _serialise_detail(resource, request)


@router.post(
    "/resources",
    auth=signed_in,
    response={201: ResourceDetailOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    summary="Contribute a resource on behalf of your organisation (JSON only, no files)",
)
def resource_create(request, payload: ResourceIn):
    slug = payload.organisation
    organisation = Organisation.objects.filter(slug=slug).first() if slug_re.match(slug) else None
    if organisation is None:
        raise ValidationError({"organisation": "No organisation has this slug."})
    values = payload.model_dump()
    data = {field: values[field] for field in services.RESOURCE_FIELDS if field in values}
    try:
        resource = services.resource_create(
            author=request.user,
            organisation=organisation,
            data=data,
            texts=values["texts"],
            facets=values["facets"],
            links=values["links"],
            submit=values["submit"],
        )
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            raise
        raise ValidationError(
            {_api_field(field): messages for field, messages in error.message_dict.items()}
        ) from None
    created = selectors.resource_visible(resource.pk, request.user)
    return Status(201, _serialise_detail(created, request))


# Curated collections ------------------------------------------------------------------------


class CollectionOut(Schema):
    slug: str
    url: str
    title: str
    summary: str
    language: str = Field(description="The language of the title and summary shown")
    published: bool = Field(description="Unpublished collections are listed to curators only")
    resource_count: int = Field(description="How many of its resources you may see")


class CollectionItemOut(Schema):
    position: int = Field(description="Place in the collection, counted from 1")
    note: str = Field(description="The curators' note on why the resource is here")
    resource: ResourceOut


class CollectionDetailOut(CollectionOut):
    items: list[CollectionItemOut]


def _serialise_collection(collection, request, resource_count: int) -> dict:
    texts = selectors.collection_texts(collection)
    return {
        "slug": collection.slug,
        "url": request.build_absolute_uri(collection.get_absolute_url()),
        "title": texts["title"].text,
        "summary": texts["summary"].text,
        "language": texts["title"].language,
        "published": collection.is_published,
        "resource_count": resource_count,
    }


@router.get(
    "/collections",
    response={200: list[CollectionOut], 401: ErrorOut},
    summary="Curated collections of resources, in the curators' order",
)
def collection_list(request):
    user = _reader(request)
    return [
        _serialise_collection(collection, request, collection.resource_count)
        for collection in selectors.collection_list(user)
    ]


@router.get(
    "/collections/{slug}",
    response={200: CollectionDetailOut, 401: ErrorOut, 404: ErrorOut},
    summary="One collection, with the resources you may see in the curators' order",
)
def collection_detail(request, slug: str):
    user = _reader(request)
    collection = (
        selectors.collection_visible(slug, user, with_facets=True) if slug_re.match(slug) else None
    )
    if collection is None:
        raise Http404
    items = [
        {"position": number, "note": item.note, "resource": _serialise(item.resource, request)}
        for number, item in enumerate(collection.shown_items, start=1)
    ]
    return {**_serialise_collection(collection, request, len(items)), "items": items}


# Feedback and bookmarks -------------------------------------------------------------------


class FeedbackIn(JsonObject):
    useful: bool = Field(..., description="true if the resource was useful, false if not")
    comment: Text = Field(
        "",
        max_length=services.FEEDBACK_COMMENT_MAX,
        description="Optional; read only by the resource's editors and the moderators",
    )


class FeedbackOut(Schema):
    useful: bool
    comment: str
    useful_count: int = Field(description="Members who found the resource useful")
    not_useful_count: int = Field(description="Members who did not")
    updated_at: datetime


class BookmarkOut(Schema):
    saved_at: datetime
    resource: ResourceOut


class PageQuery(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class BookmarkPage(Schema):
    count: int
    page: int
    pages: int
    results: list[BookmarkOut]


def _visible_or_404(resource_id: int, user):
    resource = selectors.visible_resource(resource_id, user)
    if resource is None:
        raise Http404
    return resource


@router.post(
    "/resources/{resource_id}/feedback",
    auth=signed_in,
    response={200: FeedbackOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary='Answer "was this useful?" (once per member; answering again changes the answer)',
)
def feedback_give(request, resource_id: int, payload: FeedbackIn):
    resource = _visible_or_404(resource_id, request.user)
    feedback = services.resource_feedback_give(
        resource=resource, user=request.user, useful=payload.useful, comment=payload.comment
    )
    return {
        "useful": feedback.useful,
        "comment": feedback.comment,
        "useful_count": resource.useful_count,
        "not_useful_count": resource.not_useful_count,
        "updated_at": feedback.updated_at,
    }


@router.delete(
    "/resources/{resource_id}/feedback",
    auth=signed_in,
    response={204: None, 401: ErrorOut, 404: ErrorOut},
    summary="Withdraw your answer (also when there is none)",
)
def feedback_withdraw(request, resource_id: int):
    resource = _visible_or_404(resource_id, request.user)
    services.resource_feedback_withdraw(resource=resource, user=request.user)
    return Status(204, None)


@router.get(
    "/bookmarks",
    auth=signed_in,
    response={200: BookmarkPage, 401: ErrorOut, 422: ErrorOut},
    summary='Your saved resources ("My library"), most recently saved first',
)
def bookmark_list(request, query: Query[PageQuery]):
    bookmarks = selectors.bookmarks_of(request.user).prefetch_related("resource__facets")
    count = bookmarks.count()
    start = (query.page - 1) * query.page_size
    rows = list(bookmarks[start : start + query.page_size]) if start < count else []
    return {
        "count": count,
        "page": query.page,
        "pages": max(1, -(-count // query.page_size)),
        "results": [
            {"saved_at": row.created_at, "resource": _serialise(row.resource, request)}
            for row in rows
        ],
    }


@router.put(
    "/bookmarks/{resource_id}",
    auth=signed_in,
    response={200: BookmarkOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="Save a resource to My library (saving it again changes nothing)",
)
def bookmark_put(request, resource_id: int):
    resource = _visible_or_404(resource_id, request.user)
    bookmark = services.bookmark_add(user=request.user, resource=resource)
    return {"saved_at": bookmark.created_at, "resource": _serialise(resource, request)}


@router.delete(
    "/bookmarks/{resource_id}",
    auth=signed_in,
    response={204: None, 401: ErrorOut},
    summary="Remove a resource from My library (also when it is not there)",
)
def bookmark_delete(request, resource_id: int):
    resource = selectors.visible_resource(resource_id, request.user)
    if resource is not None:
        services.bookmark_remove(user=request.user, resource=resource)
    return Status(204, None)
