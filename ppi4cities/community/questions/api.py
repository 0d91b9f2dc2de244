"""API endpoints of questions and answers (mounted at /api/v1/questions/).

Reads are public and show what the caller may see; writes need a signed-in session or a
personal token and follow the same rules and rate limits as the pages (429 with a message).
"""

from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import AuthenticationError

from ppi4cities.accounts.api import ErrorOut
from ppi4cities.accounts.models import Organisation
from ppi4cities.api.auth import PersonalToken, signed_in
from ppi4cities.core.ratelimit import RateLimited

from . import permissions, selectors, services
from .forms import filters_from
from .models import ANSWER_MAX, BODY_MAX, MESSAGE_MAX, TITLE_MAX, Facet
from .vocabularies import tag_label

router = Router(tags=["questions"])

MAX_PAGE_SIZE = 100


class TagOut(Schema):
    facet: str
    value: str
    label: str


class PersonOut(Schema):
    id: int
    name: str


class QuestionOut(Schema):
    id: int
    title: str
    url: str
    status: str = Field(description="open or answered")
    answer_count: int
    author: PersonOut | None
    organisation: str | None = Field(description="The organisation's address (slug)")
    tags: list[TagOut]
    created_at: datetime
    edited_at: datetime | None
    answered_at: datetime | None
    hidden: bool = Field(description="Hidden by the moderators (seen only by its author)")


class AnswerOut(Schema):
    id: int
    body: str = Field(description="Markdown as written")
    html: str = Field(description="Sanitised HTML")
    author: PersonOut | None
    score: int
    accepted: bool
    voted: bool = Field(description="Whether the caller voted for it")
    created_at: datetime
    edited_at: datetime | None
    hidden: bool


class QuestionDetailOut(QuestionOut):
    body: str
    html: str
    accepted_answer: int | None
    answers: list[AnswerOut]


class QuestionPage(Schema):
    count: int
    page: int
    pages: int
    results: list[QuestionOut]


class ListQuery(Schema):
    q: str = Field("", max_length=200, description="Words to search for")
    status: str = Field("", description="unanswered, open or answered")
    theme: str = ""
    stage: str = ""
    country: str = ""
    procedure: str = ""
    followed: bool = Field(False, description="Only what the caller follows")
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class QuestionIn(Schema):
    title: str = Field(max_length=TITLE_MAX)
    body: str = Field(max_length=BODY_MAX)
    themes: list[str] = []
    stages: list[str] = []
    countries: list[str] = []
    procedures: list[str] = []
    organisation: str | None = Field(None, description="Slug of an organisation you belong to")
    address_country: str = ""
    address_kind: str = ""


class AnswerIn(Schema):
    body: str = Field(max_length=ANSWER_MAX)


class VoteOut(Schema):
    voted: bool
    score: int


class QuestionEditIn(Schema):
    title: str = Field(max_length=TITLE_MAX)
    body: str = Field(max_length=BODY_MAX)
    themes: list[str] | None = Field(
        None, description="Left out with the other tag lists: unchanged"
    )
    stages: list[str] | None = None
    countries: list[str] | None = None
    procedures: list[str] | None = None


class AnsweredIn(Schema):
    answered: bool = Field(True, description="false opens the question again")


class FollowIn(Schema):
    following: bool = Field(True, description="false stops following")
    question: int | None = None
    organisation: str | None = Field(None, description="An organisation's address (slug)")
    facet: str = Field("", description="theme, stage or country, with value")
    value: str = ""


class FollowOut(Schema):
    following: bool


class ExpertOut(Schema):
    id: int
    name: str
    expertise: list[str]


class ExpertRequestIn(Schema):
    expert: int = Field(description="The id of one of the question's experts")
    message: str = Field("", max_length=MESSAGE_MAX)


class ExpertRequestOut(Schema):
    expert: PersonOut
    created_at: datetime


def _person(user) -> dict | None:
    return {"id": user.pk, "name": user.full_name} if user else None


def _question(question) -> dict:
    return {
        "id": question.pk,
        "title": question.title,
        "url": question.get_absolute_url(),
        "status": question.status,
        "answer_count": question.answer_count,
        "author": _person(question.author),
        "organisation": question.organisation.slug if question.organisation else None,
        "tags": [
            {"facet": tag.facet, "value": tag.value, "label": tag_label(tag.facet, tag.value)}
            for tag in question.tags.all()
        ],
        "created_at": question.created_at,
        "edited_at": question.edited_at,
        "answered_at": question.answered_at,
        "hidden": question.hidden_at is not None,
    }


def _answer(answer) -> dict:
    return {
        "id": answer.pk,
        "body": answer.body,
        "html": answer.body_html,
        "author": _person(answer.author),
        "score": answer.score,
        "accepted": bool(answer.accepted),
        "voted": bool(answer.voted),
        "created_at": answer.created_at,
        "edited_at": answer.edited_at,
        "hidden": answer.hidden_at is not None,
    }


def _detail(question, user) -> dict:
    answers = list(selectors.answers_for(question=question, viewer=user))
    return {
        **_question(question),
        "body": question.body,
        "html": question.body_html,
        "accepted_answer": question.accepted_answer_id,
        "answers": [_answer(answer) for answer in answers],
    }


def _reader(request):
    """Reads are public; a bearer token, when sent, reads as its owner and must be valid."""
    if "Authorization" not in request.headers:
        return request.user
    if PersonalToken()(request) is None:
        raise AuthenticationError
    return request.user


def _limited(limited: RateLimited):
    return Status(429, {"detail": limited.message})


def _question_or_404(user, question_id: int):
    question = selectors.question_for(viewer=user, question_id=question_id)
    if question is None:
        raise Http404
    return question


@router.get(
    "",
    response={200: QuestionPage, 422: ErrorOut},
    summary="Questions, newest first (best match first with q)",
)
def question_list(request, query: Query[ListQuery]):
    user = _reader(request)
    filters = filters_from(query.model_dump(), signed_in=user.is_authenticated)
    filters["followed"] = query.followed and user.is_authenticated
    questions = selectors.question_list(viewer=user, filters=filters)
    count = questions.count()
    start = (query.page - 1) * query.page_size
    rows = list(questions[start : start + query.page_size]) if start < count else []
    return {
        "count": count,
        "page": query.page,
        "pages": max(1, -(-count // query.page_size)),
        "results": [_question(question) for question in rows],
    }


@router.get(
    "/{int:question_id}",
    response={200: QuestionDetailOut, 404: ErrorOut},
    summary="One question with its answers (accepted first, then by votes, then oldest)",
)
def question_detail(request, question_id: int):
    user = _reader(request)
    return _detail(_question_or_404(user, question_id), user)


@router.post(
    "",
    auth=signed_in,
    response={201: QuestionDetailOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Ask a question",
)
def question_create(request, payload: QuestionIn):
    organisation = None
    if payload.organisation:
        organisation = Organisation.objects.filter(slug=payload.organisation).first()
        if organisation is None:
            raise ValidationError({"organisation": _("Unknown organisation.")})
    try:
        question = services.question_ask(
            author=request.user,
            title=payload.title,
            body=payload.body,
            tags={
                Facet.THEME: payload.themes,
                Facet.STAGE: payload.stages,
                Facet.COUNTRY: payload.countries,
                Facet.PROCEDURE: payload.procedures,
            },
            organisation=organisation,
            address_country=payload.address_country,
            address_kind=payload.address_kind,
        )
    except RateLimited as limited:
        return _limited(limited)
    return Status(201, _detail(_question_or_404(request.user, question.pk), request.user))


@router.post(
    "/{int:question_id}/answers",
    auth=signed_in,
    response={
        201: AnswerOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
        429: ErrorOut,
    },
    summary="Answer a question",
)
def answer_create(request, question_id: int, payload: AnswerIn):
    question = _question_or_404(request.user, question_id)
    try:
        answer = services.answer_post(author=request.user, question=question, body=payload.body)
    except RateLimited as limited:
        return _limited(limited)
    answer.accepted, answer.voted = False, False
    return Status(201, _answer(answer))


@router.post(
    "/answers/{int:answer_id}/vote",
    auth=signed_in,
    response={200: VoteOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 429: ErrorOut},
    summary="Vote for an answer, or take the vote back (a toggle; not on your own answer)",
)
def answer_vote(request, answer_id: int):
    answer = selectors.answer_for(viewer=request.user, answer_id=answer_id)
    if answer is None:
        raise Http404
    try:
        voted = services.answer_vote_toggle(user=request.user, answer=answer)
    except RateLimited as limited:
        return _limited(limited)
    return {"voted": voted, "score": answer.score}


@router.post(
    "/answers/{int:answer_id}/accept",
    auth=signed_in,
    response={200: QuestionDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Accept an answer to your question (the question becomes answered)",
)
def answer_accept(request, answer_id: int):
    answer = selectors.answer_for(viewer=request.user, answer_id=answer_id)
    if answer is None:
        raise Http404
    if not permissions.can_accept(request.user, answer.question):
        raise PermissionDenied(_("Only the asker can accept an answer."))
    services.answer_accept(user=request.user, question=answer.question, answer=answer)
    return _detail(_question_or_404(request.user, answer.question_id), request.user)


def _tags_in(payload) -> dict | None:
    lists = {
        Facet.THEME: payload.themes,
        Facet.STAGE: payload.stages,
        Facet.COUNTRY: payload.countries,
        Facet.PROCEDURE: payload.procedures,
    }
    if all(values is None for values in lists.values()):
        return None
    return {facet: values or [] for facet, values in lists.items()}


@router.put(
    "/{int:question_id}",
    auth=signed_in,
    response={200: QuestionDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Edit your question (the version it replaces stays in its history)",
)
def question_update(request, question_id: int, payload: QuestionEditIn):
    question = _question_or_404(request.user, question_id)
    services.question_edit(
        editor=request.user,
        question=question,
        title=payload.title,
        body=payload.body,
        tags=_tags_in(payload),
    )
    return _detail(_question_or_404(request.user, question_id), request.user)


@router.post(
    "/{int:question_id}/answered",
    auth=signed_in,
    response={200: QuestionDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Mark your question answered, or open it again",
)
def question_answered(request, question_id: int, payload: AnsweredIn):
    question = _question_or_404(request.user, question_id)
    services.question_mark_answered(user=request.user, question=question, answered=payload.answered)
    return _detail(_question_or_404(request.user, question_id), request.user)


@router.put(
    "/answers/{int:answer_id}",
    auth=signed_in,
    response={200: AnswerOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Edit your answer (the text it replaces stays in its history)",
)
def answer_update(request, answer_id: int, payload: AnswerIn):
    answer = selectors.answer_for(viewer=request.user, answer_id=answer_id)
    if answer is None:
        raise Http404
    services.answer_edit(editor=request.user, answer=answer, body=payload.body)
    edited = selectors.answers_for(question=answer.question, viewer=request.user).get(pk=answer.pk)
    return _answer(edited)


@router.post(
    "/follows",
    auth=signed_in,
    response={200: FollowOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Follow a question, an organisation or a tag (theme, stage, country), or stop",
)
def follow(request, payload: FollowIn):
    target = {}
    if payload.question is not None:
        target["question"] = _question_or_404(request.user, payload.question)
    elif payload.organisation:
        organisation = Organisation.objects.filter(slug=payload.organisation).first()
        if organisation is None:
            raise ValidationError({"organisation": _("Unknown organisation.")})
        target["organisation"] = organisation
    else:
        target = {"facet": payload.facet, "value": payload.value}
    following = services.follow_set(user=request.user, following=payload.following, **target)
    return {"following": following}


def _expert_question(request, question_id: int):
    question = _question_or_404(request.user, question_id)
    if not permissions.can_ask_expert(request.user, question):
        raise PermissionDenied(_("Only the asker can send this question to an expert."))
    return question


@router.get(
    "/{int:question_id}/experts",
    auth=signed_in,
    response={200: list[ExpertOut], 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="Members who accept requests and whose expertise matches your question",
)
def expert_list(request, question_id: int):
    question = _expert_question(request, question_id)
    return [
        {
            "id": expert.pk,
            "name": expert.full_name,
            "expertise": [tag.name for tag in expert.expertise.all()],
        }
        for expert in selectors.experts_for(question=question, viewer=request.user)
    ]


@router.post(
    "/{int:question_id}/expert-requests",
    auth=signed_in,
    response={
        201: ExpertRequestOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
        429: ErrorOut,
    },
    summary="Send your question to one of its experts (once per expert)",
)
def expert_request_create(request, question_id: int, payload: ExpertRequestIn):
    question = _expert_question(request, question_id)
    expert = get_user_model().objects.filter(pk=payload.expert, is_active=True).first()
    if expert is None:
        raise ValidationError(
            {"expert": _("Choose one of the members who accept questions on these topics.")}
        )
    try:
        sent = services.expert_request_send(
            asker=request.user, question=question, expert=expert, message=payload.message
        )
    except RateLimited as limited:
        return _limited(limited)
    return Status(201, {"expert": _person(expert), "created_at": sent.created_at})
