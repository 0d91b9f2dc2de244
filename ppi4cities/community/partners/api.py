"""API endpoints of partner search (mounted at /api/v1/partners/): list and read calls, post
one, edit it, express interest, close one."""

from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import slug_re
from django.http import Http404, QueryDict
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import AuthenticationError, HttpError

from ppi4cities.accounts.api import ErrorOut, JsonObject
from ppi4cities.accounts.models import Organisation
from ppi4cities.api.auth import PersonalToken, signed_in
from ppi4cities.api.fields import Text
from ppi4cities.core.ratelimit import RateLimited

from . import permissions, selectors, services
from .forms import InterestForm, PartnerCallForm, filters_from
from .models import MAX_INTEREST_MESSAGE

router = Router(tags=["partners"])
MAX_PAGE_SIZE = 100


class CallQuery(Schema):
    q: str = Field("", description="Words and quoted phrases; only the first 200 characters count")
    status: str = Field("open", description="open (the default) or closed")
    purpose: list[str] = Field(default_factory=list, description="Purpose code (repeatable)")
    kind: list[str] = Field(
        default_factory=list,
        description="Type of partner sought (repeatable); calls naming no type match any",
    )
    country: list[str] = Field(
        default_factory=list,
        description="ISO code of a country sought (repeatable); calls naming none match any",
    )
    theme: list[str] = Field(default_factory=list)
    expertise: list[str] = Field(default_factory=list, description="Expertise tag (slug or name)")
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class OrganisationRef(Schema):
    slug: str
    name: str
    country: str


class CallOut(Schema):
    id: int
    url: str
    title: str
    language: str
    purpose: str
    programme: str
    call_name: str
    organisation: OrganisationRef
    deadline: date
    status: str = Field(description="open, closed (by its author or its deadline) or withdrawn")
    is_open: bool = Field(description="Takes expressions of interest today")
    closed_on: date | None
    partner_kinds: list[str]
    countries: list[str]
    themes: list[str]
    created_at: datetime


class InterestOut(Schema):
    id: int
    person: str
    organisation: str | None
    message: str
    conversation_url: str | None
    created_at: datetime


class CallDetailOut(CallOut):
    description: str = Field(description="Markdown, as written")
    expertise: list[str]
    interests: list[InterestOut] | None = Field(
        None, description="For the author, the organisation's administrators and moderators"
    )


class CallPage(Schema):
    count: int
    page: int
    pages: int
    results: list[CallOut]


class CallEditIn(JsonObject):
    title: Text = Field(..., max_length=200)
    purpose: Text
    programme: Text = ""
    call_name: Text = ""
    description: Text = Field(..., max_length=10000)
    language: Text = "en"
    deadline: date = Field(..., description="The last day to express interest; not in the past")
    partner_kinds: list[Text] = Field(default_factory=list)
    countries: list[Text] = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes")
    themes: list[Text] = Field(default_factory=list, description="Theme codes")
    expertise: list[Text] = Field(default_factory=list, max_length=15)


class CallIn(CallEditIn):
    organisation: Text = Field(..., description="Slug of an organisation you belong to")


class InterestIn(JsonObject):
    message: Text = Field(..., max_length=MAX_INTEREST_MESSAGE)
    organisation: Text = Field("", description="Slug of an organisation of yours, or empty")


class InterestCreatedOut(Schema):
    id: int
    conversation_url: str


class CloseIn(JsonObject):
    withdraw: bool = Field(False, description="The project will not go ahead")


def _reader(request):
    """Reads are public; a bearer token, when sent, reads as its owner and must be valid."""
    if "Authorization" not in request.headers:
        return request.user
    if PersonalToken()(request) is None:
        raise AuthenticationError
    return request.user


def _serialise(call, request) -> dict:
    organisation = call.organisation
    return {
        "id": call.pk,
        "url": request.build_absolute_uri(call.get_absolute_url()),
        "title": call.title,
        "language": call.language,
        "purpose": call.purpose,
        "programme": call.programme,
        "call_name": call.call_name,
        "organisation": {
            "slug": organisation.slug,
            "name": organisation.name,
            "country": str(organisation.country),
        },
        "deadline": call.deadline,
        "status": call.status if call.status != "open" or call.is_open else "closed",
        "is_open": call.is_open,
        "closed_on": call.closed_on,
        "partner_kinds": call.partner_kinds,
        "countries": call.countries,
        "themes": [theme.code for theme in call.themes.all()],
        "created_at": call.created_at,
    }


def _serialise_detail(call, request) -> dict:
    interests = None
    if permissions.can_see_interests(request.user, call):
        interests = [
            {
                "id": item.pk,
                "person": item.person.full_name,
                "organisation": item.organisation.name if item.organisation else None,
                "message": item.message,
                "conversation_url": (
                    request.build_absolute_uri(item.conversation.get_absolute_url())
                    if item.conversation
                    else None
                ),
                "created_at": item.created_at,
            }
            for item in selectors.call_interests(call)
        ]
    return {
        **_serialise(call, request),
        "description": call.description,
        "expertise": [tag.name for tag in call.expertise.all()],
        "interests": interests,
    }


def _call_or_404(call_id: int, user):
    call = selectors.call_visible(call_id, user)
    if call is None:
        raise Http404
    return call


def _organisation(slug: str):
    organisation = Organisation.objects.filter(slug=slug).first() if slug_re.match(slug) else None
    if organisation is None:
        raise ValidationError({"organisation": _("No organisation has this slug.")})
    return organisation


def _form_errors(form) -> ValidationError:
    return ValidationError({field: list(messages) for field, messages in form.errors.items()})


@router.get("/calls", response={200: CallPage, 401: ErrorOut}, summary="Search partner calls")
def call_list(request, query: Query[CallQuery]):
    user = _reader(request)
    params = QueryDict(mutable=True)
    params["q"], params["status"] = query.q, query.status
    for name in ("purpose", "kind", "country", "theme", "expertise"):
        params.setlist(name, getattr(query, name))
    queryset = selectors.call_list(filters_from(params), user)
    count = queryset.count()
    pages = max(1, -(-count // query.page_size))
    start = (query.page - 1) * query.page_size
    # Past the last page there is nothing to fetch, and a huge offset would overflow the
    # database's integer.
    page = list(queryset[start : start + query.page_size]) if start < count else []
    return {
        "count": count,
        "page": query.page,
        "pages": pages,
        "results": [_serialise(call, request) for call in page],
    }


@router.get(
    "/calls/{call_id}",
    response={200: CallDetailOut, 401: ErrorOut, 404: ErrorOut},
    summary="One partner call; its expressions of interest for those who answer for it",
)
def call_detail(request, call_id: int):
    return _serialise_detail(_call_or_404(call_id, _reader(request)), request)


@router.post(
    "/calls",
    auth=signed_in,
    response={201: CallDetailOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Post a partner call on behalf of your organisation",
)
def call_create(request, payload: CallIn):
    values = payload.model_dump()
    organisation = _organisation(values.pop("organisation"))
    if not permissions.can_create_for(request.user, organisation):
        raise PermissionDenied(_("Post calls on behalf of an organisation you belong to."))
    values["expertise"] = ", ".join(values["expertise"])
    form = PartnerCallForm({**values, "organisation": organisation.pk}, user=request.user)
    if not form.is_valid():
        raise _form_errors(form)
    try:
        call = services.partner_call_create(
            author=request.user, organisation=organisation, **form.service_arguments()
        )
    except RateLimited as error:
        raise HttpError(429, error.message) from None
    return Status(201, _serialise_detail(selectors.call_visible(call.pk, request.user), request))


@router.put(
    "/calls/{call_id}",
    auth=signed_in,
    response={200: CallDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Edit a call (its author and the organisation's administrators); every field is "
    "replaced, and a changed deadline cannot be in the past",
)
def call_update(request, call_id: int, payload: CallEditIn):
    call = _call_or_404(call_id, request.user)
    if not permissions.can_edit(request.user, call):
        raise PermissionDenied(_("Only the author and the organisation's administrators edit it."))
    values = payload.model_dump()
    values["expertise"] = ", ".join(values["expertise"])
    form = PartnerCallForm(values, instance=call, user=request.user)
    if not form.is_valid():
        raise _form_errors(form)
    services.partner_call_update(call=call, actor=request.user, **form.service_arguments())
    return _serialise_detail(selectors.call_visible(call.pk, request.user), request)


@router.post(
    "/calls/{call_id}/interest",
    auth=signed_in,
    response={
        201: InterestCreatedOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
        429: ErrorOut,
    },
    summary="Express interest in a call: opens a private conversation with the caller",
)
def interest_express(request, call_id: int, payload: InterestIn):
    call = _call_or_404(call_id, request.user)
    organisation = _organisation(payload.organisation) if payload.organisation else None
    form = InterestForm(
        {"message": payload.message, "organisation": organisation.pk if organisation else ""},
        user=request.user,
    )
    if not form.is_valid():
        raise _form_errors(form)
    try:
        interest = services.interest_express(
            call=call,
            person=request.user,
            message=form.cleaned_data["message"],
            organisation=form.cleaned_data["organisation"],
        )
    except RateLimited as error:
        raise HttpError(429, error.message) from None
    return Status(
        201,
        {
            "id": interest.pk,
            "conversation_url": request.build_absolute_uri(
                interest.conversation.get_absolute_url()
            ),
        },
    )


@router.post(
    "/calls/{call_id}/close",
    auth=signed_in,
    response={200: CallDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Close a call before its deadline, or withdraw it (its author and administrators)",
)
def call_close(request, call_id: int, payload: CloseIn):
    call = _call_or_404(call_id, request.user)
    services.partner_call_close(call=call, actor=request.user, withdraw=payload.withdraw)
    return _serialise_detail(selectors.call_visible(call.pk, request.user), request)
