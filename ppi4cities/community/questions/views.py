"""Pages of questions and answers: the list, asking, a question with its answers, editing,
history, votes, acceptance, follows, expert requests and the expert setting."""

from functools import cached_property

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ppi4cities.accounts.models import Organisation
from ppi4cities.core.forms import add_service_errors
from ppi4cities.core.ratelimit import RateLimited

from . import permissions, selectors, services
from .forms import (
    AnswerForm,
    AskForm,
    AvailabilityForm,
    ExpertRequestForm,
    QuestionForm,
    filters_from,
)
from .models import AnswerRevision, ExpertAvailability, Facet, QuestionRevision
from .vocabularies import facet_choices, tag_label

PAGE_SIZE = 20
ANSWERS_PER_PAGE = 20
# The list counts at most this many questions: past it, "more than 1,000" is all a reader
# needs, and counting every visible question would cost more than the page itself.
COUNT_CAP = 1000


class CappedPaginator(Paginator):
    """Pages over at most COUNT_CAP + 1 questions of a queryset; a search's results are
    counted whole (their ids are in memory already)."""

    @cached_property
    def count(self):
        if isinstance(self.object_list, QuerySet):
            return self.object_list[: COUNT_CAP + 1].count()
        return super().count

    @property
    def capped(self) -> bool:
        return self.count > COUNT_CAP


def _question_or_404(request, question_id: int):
    question = selectors.question_for(viewer=request.user, question_id=question_id)
    if question is None:
        raise Http404
    return question


def _answer_or_404(request, answer_id: int):
    answer = selectors.answer_for(viewer=request.user, answer_id=answer_id)
    if answer is None:
        raise Http404
    return answer


def _save(form, write) -> int | None:
    """Run a service for a valid form; on refusal put the message on the form and return the
    status to answer with (nothing typed is lost)."""
    try:
        write()
    except RateLimited as limited:
        form.add_error(None, limited.message)
        return 429
    except ValidationError as error:
        add_service_errors(form, error)
        return 400
    return None


def question_list(request):
    filters = filters_from(request.GET, signed_in=request.user.is_authenticated)
    questions = selectors.question_list(viewer=request.user, filters=filters)
    page = CappedPaginator(questions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "questions/list.html",
        {
            "page": page,
            "count_cap": COUNT_CAP,
            "filters": filters,
            "facets": {
                "theme": facet_choices(Facet.THEME),
                "stage": facet_choices(Facet.STAGE),
                "procedure": facet_choices(Facet.PROCEDURE),
                "country": facet_choices(Facet.COUNTRY),
            },
            "can_ask": permissions.can_ask(request.user),
            "can_follow": permissions.can_follow(request.user),
            "follow_tags": _follow_tags(request.user, filters),
        },
    )


def _follow_tags(user, filters) -> list[dict]:
    """The tags chosen in the filters that a member may follow, and whether they do."""
    chosen = [
        (facet, filters[facet])
        for facet in (Facet.THEME, Facet.STAGE, Facet.COUNTRY)
        if filters.get(facet)
    ]
    if not chosen or not permissions.can_follow(user):
        return []
    followed = selectors.followed_tags(user=user)
    return [
        {
            "facet": facet,
            "value": value,
            "label": tag_label(facet, value),
            "following": (facet, value) in followed,
        }
        for facet, value in chosen
    ]


@require_GET
def similar(request):
    """Questions like the title being typed, for the ask form (htmx)."""
    title = (request.GET.get("title") or "")[:200]
    return render(
        request,
        "questions/includes/similar.html",
        {"similar": selectors.similar_questions(title=title), "title": title},
    )


@login_required
def question_ask(request):
    if not permissions.can_ask(request.user):
        raise PermissionDenied(_("Verify your email address before asking a question."))
    form = AskForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            created = {}

            def write():
                created["question"] = services.question_ask(
                    author=request.user,
                    title=form.cleaned_data["title"],
                    body=form.cleaned_data["body"],
                    tags=form.tags(),
                    organisation=form.cleaned_data["organisation"],
                    address_country=form.cleaned_data["address_country"],
                    address_kind=form.cleaned_data["address_kind"],
                )

            status = _save(form, write)
            if status is None:
                messages.success(request, _("Your question is published."))
                return redirect(created["question"])
    return render(request, "questions/ask.html", {"form": form}, status=status)


def question_detail(request, question_id: int):
    question = _question_or_404(request, question_id)
    return _detail(request, question, AnswerForm())


def _detail(request, question, answer_form, status=200):
    user = request.user
    page = Paginator(selectors.answers_for(question=question, viewer=user), ANSWERS_PER_PAGE)
    page = page.get_page(request.GET.get("page"))
    answers = list(page.object_list)
    for answer in answers:
        answer.question = question
        answer.can_edit = permissions.can_edit(user, answer)
        answer.can_vote = permissions.can_vote(user, answer) if user.is_authenticated else False
    following, following_organisation = selectors.follows_of(user=user, question=question)
    return render(
        request,
        "questions/detail.html",
        {
            "question": question,
            "tags": [(tag, tag_label(tag.facet, tag.value)) for tag in question.tags.all()],
            "answers": answers,
            "page": page,
            "answer_form": answer_form,
            "can_answer": permissions.can_answer(user, question),
            "can_accept": permissions.can_accept(user, question),
            "can_edit": permissions.can_edit(user, question),
            "can_follow": permissions.can_follow(user),
            "following": following,
            "following_organisation": following_organisation,
        },
        status=status,
    )


@require_GET
def answer_link(request, answer_id: int):
    """An answer's address: the page of its question that shows it, at the answer."""
    answer = selectors.answer_for(viewer=request.user, answer_id=answer_id)
    if answer is None:
        raise Http404
    order = list(
        selectors.answers_for(question=answer.question, viewer=request.user).values_list(
            "pk", flat=True
        )
    )
    number = order.index(answer.pk) // ANSWERS_PER_PAGE + 1 if answer.pk in order else 1
    query = f"?page={number}" if number > 1 else ""
    return redirect(f"{answer.question.get_absolute_url()}{query}#answer-{answer.pk}")


@login_required
@require_POST
def answer_post(request, question_id: int):
    question = _question_or_404(request, question_id)
    if not permissions.can_answer(request.user, question):
        raise PermissionDenied(_("Verify your email address before answering."))
    form = AnswerForm(request.POST)
    status = 400
    if form.is_valid():
        created = {}

        def write():
            created["answer"] = services.answer_post(
                author=request.user, question=question, body=form.cleaned_data["body"]
            )

        status = _save(form, write)
        if status is None:
            messages.success(request, _("Your answer is published."))
            return redirect(created["answer"].get_absolute_url())
    return _detail(request, question, form, status=status)


@login_required
def question_edit(request, question_id: int):
    question = _question_or_404(request, question_id)
    if not permissions.can_edit(request.user, question):
        raise PermissionDenied(_("Only the asker and the moderators can edit this question."))
    initial = {"title": question.title, "body": question.body}
    for facet, field in services.TAG_FIELDS.items():
        initial[field] = [tag.value for tag in question.tags.all() if tag.facet == facet]
    form = QuestionForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            status = _save(
                form,
                lambda: services.question_edit(
                    editor=request.user,
                    question=question,
                    title=form.cleaned_data["title"],
                    body=form.cleaned_data["body"],
                    tags=form.tags(),
                ),
            )
            if status is None:
                messages.success(request, _("Your changes are saved."))
                return redirect(question)
    return render(
        request, "questions/edit.html", {"form": form, "question": question}, status=status
    )


@login_required
def answer_edit(request, answer_id: int):
    answer = _answer_or_404(request, answer_id)
    if not permissions.can_edit(request.user, answer):
        raise PermissionDenied(_("Only its author and the moderators can edit this answer."))
    form = AnswerForm(request.POST or None, initial={"body": answer.body})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            status = _save(
                form,
                lambda: services.answer_edit(
                    editor=request.user, answer=answer, body=form.cleaned_data["body"]
                ),
            )
            if status is None:
                messages.success(request, _("Your changes are saved."))
                return redirect(answer.get_absolute_url())
    return render(
        request,
        "questions/answer_edit.html",
        {"form": form, "answer": answer, "question": answer.question},
        status=status,
    )


def question_history(request, question_id: int):
    question = _question_or_404(request, question_id)
    revisions = QuestionRevision.objects.filter(question=question).select_related("editor")
    return render(
        request,
        "questions/history.html",
        {"question": question, "revisions": revisions, "current_body": question.body},
    )


def answer_history(request, answer_id: int):
    answer = _answer_or_404(request, answer_id)
    revisions = AnswerRevision.objects.filter(answer=answer).select_related("editor")
    return render(
        request,
        "questions/answer_history.html",
        {"answer": answer, "question": answer.question, "revisions": revisions},
    )


@login_required
@require_POST
def answer_vote(request, answer_id: int):
    answer = _answer_or_404(request, answer_id)
    try:
        voted = services.answer_vote_toggle(user=request.user, answer=answer)
    except RateLimited as limited:
        return _respond(request, answer, limited.message, status=429)
    except PermissionDenied as refused:
        return _respond(request, answer, str(refused), status=403)
    message = _("Your vote is counted.") if voted else _("Your vote is taken back.")
    answer.voted = voted
    return _respond(request, answer, message)


def _respond(request, answer, message, status=200):
    """htmx swaps the vote button and announces the message (a refusal too, so htmx shows
    it); without JavaScript the page reloads with the message."""
    if request.headers.get("HX-Request"):
        answer.can_vote = permissions.can_vote(request.user, answer)
        if not hasattr(answer, "voted"):
            answer.voted = False
        return render(
            request,
            "questions/includes/vote.html",
            {"answer": answer, "vote_message": message},
        )
    if status == 200:
        messages.success(request, message)
    else:
        messages.error(request, message)
    return redirect(answer.get_absolute_url())


@login_required
@require_POST
def answer_accept(request, answer_id: int):
    answer = _answer_or_404(request, answer_id)
    question = answer.question
    if not permissions.can_accept(request.user, question):
        raise PermissionDenied(_("Only the asker can accept an answer."))
    services.answer_accept(user=request.user, question=question, answer=answer)
    messages.success(request, _("You accepted this answer. Your question is marked answered."))
    return redirect(answer.get_absolute_url())


@login_required
@require_POST
def question_mark_answered(request, question_id: int):
    question = _question_or_404(request, question_id)
    if not permissions.can_accept(request.user, question):
        raise PermissionDenied(_("Only the asker can mark this question answered."))
    answered = request.POST.get("answered") != "0"
    services.question_mark_answered(user=request.user, question=question, answered=answered)
    messages.success(
        request,
        _("Your question is marked answered.") if answered else _("Your question is open again."),
    )
    return redirect(question)


@login_required
@require_POST
def question_follow(request, question_id: int):
    question = _question_or_404(request, question_id)
    following = request.POST.get("follow") != "0"
    services.follow_set(user=request.user, following=following, question=question)
    messages.success(
        request,
        _("You follow this question.") if following else _("You no longer follow this question."),
    )
    return redirect(question)


@login_required
@require_POST
def follow(request):
    """Follow or stop following a tag (facet and value) or an organisation (slug)."""
    following = request.POST.get("follow") != "0"
    slug = request.POST.get("organisation")
    if slug:
        organisation = get_object_or_404(Organisation, slug=slug)
        services.follow_set(user=request.user, following=following, organisation=organisation)
        name = organisation.name
    else:
        facet, value = request.POST.get("facet", ""), request.POST.get("value", "")
        try:
            services.follow_set(user=request.user, following=following, facet=facet, value=value)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("questions:index")
        name = tag_label(facet, value)
    if following:
        messages.success(request, _("You follow “%(name)s”.") % {"name": name})
    else:
        messages.success(request, _("You no longer follow “%(name)s”.") % {"name": name})
    return redirect(_back(request))


def _back(request) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "questions:index"


@login_required
def ask_expert(request, question_id: int):
    question = _question_or_404(request, question_id)
    if not permissions.can_ask_expert(request.user, question):
        raise PermissionDenied(_("Only the asker can send this question to an expert."))
    experts = list(selectors.experts_for(question=question, viewer=request.user))
    form = ExpertRequestForm(request.POST or None, experts=experts)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            expert = form.chosen()
            status = _save(
                form,
                lambda: services.expert_request_send(
                    asker=request.user,
                    question=question,
                    expert=expert,
                    message=form.cleaned_data["message"],
                ),
            )
            if status is None:
                messages.success(
                    request,
                    _("Your question is sent to %(name)s.") % {"name": expert.full_name},
                )
                return redirect(question)
    return render(
        request,
        "questions/ask_expert.html",
        {"form": form, "question": question, "experts": experts},
        status=status,
    )


@login_required
def expert_settings(request):
    if not permissions.can_set_expert_availability(request.user):
        raise PermissionDenied(_("Verify your email address first."))
    availability = ExpertAvailability.objects.filter(user=request.user).first()
    form = AvailabilityForm(
        request.POST or None,
        initial={"accepts_requests": bool(availability and availability.accepts_requests)},
    )
    if request.method == "POST" and form.is_valid():
        services.expert_availability_set(
            user=request.user, accepts_requests=form.cleaned_data["accepts_requests"]
        )
        messages.success(request, _("Your expert setting is saved."))
        return redirect("questions:expert_settings")
    expertise = list(request.user.expertise.all())
    return render(request, "questions/expert_settings.html", {"form": form, "expertise": expertise})
