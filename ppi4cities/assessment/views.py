"""Pages of the self-assessment: the landing page, taking it step by step, the results, sharing
them, and keeping an anonymous result after signing up."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from ppi4cities.accounts.selectors import person_memberships
from ppi4cities.core.forms import add_service_errors, form_status
from ppi4cities.core.translation import translated_field
from ppi4cities.library.vocabularies import ResourceType

from . import charts, pdf, permissions, scoring, selectors, services
from .forms import (
    AnswerForm,
    PeerContactForm,
    RoundInviteForm,
    RoundStartForm,
    StartForm,
    StepForm,
)
from .models import Assessment, Round, Statement, Variant

# The visitor's key to the short assessments they take before signing in.
SESSION_KEY = "assessment_anonymous_key"
# The short variant's nine statements fit on a few steps; the full one has a dimension a step.
SHORT_DIMENSIONS_PER_STEP = 3
HISTORY_SHOWN = 50
ORIGINAL_LANGUAGE = "en"


def _anonymous_key(request) -> str:
    return request.session.get(SESSION_KEY, "")


def _text(obj, field) -> str:
    return translated_field(obj, field, ORIGINAL_LANGUAGE).text


def _with_texts(dimensions) -> list:
    for dimension in dimensions:
        dimension.shown_name = _text(dimension, "name")
        dimension.shown_description = _text(dimension, "description")
        for statement in dimension.statements.all():
            statement.shown_text = _text(statement, "text")
            statement.shown_guidance = _text(statement, "guidance")
    return dimensions


@dataclass
class Sheet:
    """An assessment's questions split into steps, its scale and the answers so far."""

    assessment: Assessment
    dimensions: list
    scale: list
    answers: dict  # statement id → Answer

    @property
    def steps(self) -> list[list]:
        per_step = SHORT_DIMENSIONS_PER_STEP if self.assessment.variant == Variant.SHORT else 1
        return [
            self.dimensions[start : start + per_step]
            for start in range(0, len(self.dimensions), per_step)
        ]

    def unanswered(self, dimensions) -> list:
        return [
            statement
            for dimension in dimensions
            for statement in dimension.statements.all()
            if statement.pk not in self.answers
        ]

    @property
    def total(self) -> int:
        return sum(len(dimension.statements.all()) for dimension in self.dimensions)

    def first_open_step(self) -> int | None:
        for number, dimensions in enumerate(self.steps, start=1):
            if self.unanswered(dimensions):
                return number
        return None


def _sheet(assessment) -> Sheet:
    dimensions = _with_texts(selectors.version_dimensions(assessment.version, assessment.variant))
    scale = list(assessment.version.scale_options.all())
    for option in scale:
        option.shown_label = _text(option, "label")
    answers = {answer.statement_id: answer for answer in assessment.answers.all()}
    return Sheet(assessment=assessment, dimensions=dimensions, scale=scale, answers=answers)


def _assessment_or_404(pk) -> Assessment:
    related = ("version__questionnaire", "organisation", "round")
    return get_object_or_404(Assessment.objects.select_related(*related), pk=pk)


def _own_or_404(request, pk) -> Assessment:
    """The assessment, if it is this person's (or this visitor's); anyone else's is not found."""
    assessment = _assessment_or_404(pk)
    if not permissions.is_own(request.user, assessment, _anonymous_key(request)):
        raise Http404
    return assessment


def _assessable_organisations(user) -> list:
    if not permissions.can_assess_individually(user):
        return []
    return [
        membership.organisation
        for membership in person_memberships(user)
        if permissions.can_assess_for(user, membership.organisation)
    ]


def index(request, start_form=None, round_form=None):
    version = selectors.current_version()
    dimensions = _with_texts(selectors.version_dimensions(version)) if version else []
    organisations = _assessable_organisations(request.user)
    round_organisations = _round_organisations(request.user)
    unfinished, completed = [], []
    if request.user.is_authenticated:
        for assessment in selectors.person_assessments(request.user)[:HISTORY_SHOWN]:
            (completed if assessment.is_completed else unfinished).append(assessment)
    else:
        unfinished = [
            assessment
            for assessment in selectors.anonymous_assessments(_anonymous_key(request))
            if not assessment.is_completed
        ]
    context = {
        "version": version,
        "questionnaire_name": _text(version.questionnaire, "name") if version else "",
        "dimensions": dimensions,
        "statement_count": sum(len(d.statements.all()) for d in dimensions),
        "can_take_full": permissions.can_assess_individually(request.user),
        "start_form": start_form or StartForm(organisations=organisations),
        "organisations": organisations,
        "unfinished": unfinished,
        "completed": completed,
        "rounds": selectors.person_rounds(request.user)[:HISTORY_SHOWN]
        if permissions.can_assess_individually(request.user)
        else [],
        "round_organisations": round_organisations,
        "round_members": [
            (
                organisation,
                [
                    person
                    for person in selectors.organisation_members(organisation)
                    if person.pk != request.user.pk
                ],
            )
            for organisation in round_organisations
        ],
        "round_form": round_form or RoundStartForm(organisations=round_organisations),
        "contactable": selectors.is_peer_contactable(request.user),
    }
    status = 400 if start_form is not None or round_form is not None else 200
    return render(request, "assessment/index.html", context, status=status)


@require_POST
def start(request):
    version = selectors.current_version()
    if version is None:
        raise Http404
    form = StartForm(request.POST, organisations=_assessable_organisations(request.user))
    if not form.is_valid():
        return index(request, start_form=form)
    variant = form.cleaned_data["variant"]
    if variant == Variant.FULL and not request.user.is_authenticated:
        return redirect_to_login(reverse("assessment:index"))
    if variant == Variant.FULL and not permissions.can_assess_individually(request.user):
        raise PermissionDenied
    key = ""
    if not request.user.is_authenticated:
        key = _anonymous_key(request) or services.new_anonymous_key()
        request.session[SESSION_KEY] = key
    try:
        assessment = services.assessment_start(
            version=version,
            variant=variant,
            user=request.user,
            anonymous_key=key,
            organisation=form.cleaned_data["organisation"],
        )
    except ValidationError as error:
        add_service_errors(form, error)
        return index(request, start_form=form)
    return redirect("assessment:resume", pk=assessment.pk)


def resume(request, pk):
    """Back to the first step with an unanswered statement, or to the review."""
    assessment = _own_or_404(request, pk)
    if assessment.is_completed:
        return redirect("assessment:results", pk=pk)
    number = _sheet(assessment).first_open_step()
    if number is None:
        return redirect("assessment:review", pk=pk)
    return redirect("assessment:step", pk=pk, number=number)


def _answerable(request, pk):
    """The person's own assessment while they may still answer it; a completed one goes to
    its results."""
    assessment = _own_or_404(request, pk)
    if assessment.is_completed:
        return assessment, redirect("assessment:results", pk=pk)
    if not permissions.can_answer(request.user, assessment, anonymous_key=_anonymous_key(request)):
        messages.error(request, _("This round is closed; its answers can no longer change."))
        return assessment, redirect("assessment:index")
    return assessment, None


def _progress(sheet, number=None) -> dict:
    answered = sheet.total - len(sheet.unanswered(sheet.dimensions))
    return {
        "answered": answered,
        "total": sheet.total,
        "step": number,
        "steps": len(sheet.steps),
    }


def _next_address(pk, number, steps, action) -> str:
    if action == "back" and number > 1:
        return reverse("assessment:step", args=[pk, number - 1])
    if action == "review" or number >= steps:
        return reverse("assessment:review", args=[pk])
    return reverse("assessment:step", args=[pk, number + 1])


def step(request, pk, number):
    assessment, elsewhere = _answerable(request, pk)
    if elsewhere:
        return elsewhere
    sheet = _sheet(assessment)
    steps = sheet.steps
    if not 1 <= number <= len(steps):
        raise Http404
    dimensions = steps[number - 1]
    statements = [statement for dimension in dimensions for statement in dimension.statements.all()]
    form = StepForm(
        request.POST or None, statements=statements, scale=sheet.scale, answers=sheet.answers
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.answers_save(assessment=assessment, answers=form.answers())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect(_next_address(pk, number, len(steps), request.POST.get("action")))
    fields = dict(form.bound_statements())
    for statement in statements:
        statement.field = fields[statement]
    context = {
        "assessment": assessment,
        "form": form,
        "dimensions": dimensions,
        "number": number,
        "is_last": number == len(steps),
        "progress": _progress(sheet, number),
    }
    return render(request, "assessment/step.html", context, status=form_status(request, form))


@require_POST
def answer(request, pk):
    """One answer, posted by the step page as soon as a choice changes; the reply is the short
    status that a polite live region announces."""
    assessment = _own_or_404(request, pk)
    form = AnswerForm(request.POST)
    if form.is_valid():
        statement = Statement.objects.filter(pk=form.cleaned_data["statement"]).first()
        value, not_applicable = form.cleaned_data["answer"]
        try:
            if statement is None:
                raise ValidationError(
                    {"statement": _("This statement is not part of this assessment.")}
                )
            services.answer_save(
                assessment=assessment,
                statement=statement,
                value=value,
                not_applicable=not_applicable,
            )
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form}
    if not form.errors:
        if request.headers.get("HX-Request") != "true":
            return redirect("assessment:resume", pk=pk)
        context["progress"] = _progress(_sheet(assessment))
    template = "assessment/includes/answer_status.html"
    return render(request, template, context, status=form_status(request, form))


def review(request, pk):
    assessment, elsewhere = _answerable(request, pk)
    if elsewhere:
        return elsewhere
    sheet = _sheet(assessment)
    problem = ""
    if request.method == "POST":
        try:
            services.assessment_complete(assessment=assessment)
        except ValidationError as error:
            problem = " ".join(error.messages)
        else:
            messages.success(request, _("Your assessment is complete. Here are your results."))
            return redirect("assessment:results", pk=pk)
    open_steps = []
    for number, dimensions in enumerate(sheet.steps, start=1):
        unanswered = sheet.unanswered(dimensions)
        if unanswered:
            open_steps.append({"number": number, "dimensions": dimensions, "left": unanswered})
    context = {
        "assessment": assessment,
        "open_steps": open_steps,
        "left": sum(len(entry["left"]) for entry in open_steps),
        "last_step": len(sheet.steps),
        "progress": _progress(sheet),
        "problem": problem,
    }
    return render(request, "assessment/review.html", context, status=400 if problem else 200)


# What the results page recommends apart from guidance: templates, tools, cases and the rest.
OTHER_RESOURCES = [kind for kind in ResourceType.values if kind != ResourceType.GUIDANCE]


def _titled(resources) -> list:
    return [
        (resource, translated_field(resource, "title", resource.original_language))
        for resource in resources
    ]


def _result_context(assessment, viewer=None) -> dict:
    """The result's figures and, for each gap, its next steps, guidance, other library
    resources and peers to ask (none for anonymous readers)."""
    named = selectors.assessment_result(assessment)
    _with_texts(named.dimensions)
    result = named.result
    peers = selectors.contactable_peers(
        named.gaps,
        viewer=viewer,
        exclude_organisation=assessment.organisation,
    )
    recommendations = []
    for dimension in named.gaps:
        recommendations.append(
            {
                "dimension": dimension,
                "text": _text(dimension, "recommendation"),
                "guidance": _titled(
                    selectors.recommended_resources(dimension, kinds=[ResourceType.GUIDANCE])
                ),
                "resources": _titled(
                    selectors.recommended_resources(dimension, kinds=OTHER_RESOURCES)
                ),
                "peers": peers.get(dimension.code, []),
                "search": _library_search(dimension),
            }
        )
    level = result.level
    return {
        "assessment": assessment,
        "questionnaire_name": _text(assessment.version.questionnaire, "name"),
        "result": result,
        "level": level,
        "levels": scoring.LEVELS,
        "rows": [
            {"dimension": dimension, "score": score, "change": None}
            for dimension, score in named.rows
        ],
        "chart": charts.radar(
            [(dimension.shown_name, score.score) for dimension, score in named.rows]
        ),
        "strengths": named.strengths,
        "gaps": named.gaps,
        "recommendations": recommendations,
        "strength_threshold": scoring.STRENGTH,
        "gap_threshold": scoring.GAP,
        "signed_in": bool(viewer and viewer.is_authenticated),
    }


def _library_search(dimension) -> str:
    query = [("q", dimension.resource_query)] if dimension.resource_query else []
    query += [("stage", stage) for stage in dimension.stages or []]
    return f"{reverse('library:index')}?{urlencode(query)}"


def _result_or_404(request, pk):
    """The assessment whose result this person may see, and None; or, when it is unfinished,
    a redirect that sends its owner back to its questions (anyone else gets 404)."""
    assessment = _assessment_or_404(pk)
    key = _anonymous_key(request)
    if not permissions.can_view_result(request.user, assessment, anonymous_key=key):
        raise Http404
    if not assessment.is_completed:
        if permissions.can_answer(request.user, assessment, anonymous_key=key):
            return assessment, redirect("assessment:resume", pk=pk)
        raise Http404
    return assessment, None


def results(request, pk):
    assessment, unfinished = _result_or_404(request, pk)
    if unfinished:
        return unfinished
    context = _result_context(assessment, request.user)
    previous = selectors.previous_assessment(assessment)
    if previous is not None:
        before = selectors.assessment_result(previous).result
        changes = {change.code: change for change in scoring.compare(before, context["result"])}
        context["previous"] = previous
        for row in context["rows"]:
            row["change"] = changes[row["dimension"].code]
    context["can_share"] = permissions.can_share(request.user, assessment)
    if context["can_share"] and assessment.share_token:
        context["share_url"] = request.build_absolute_uri(
            reverse("assessment:shared", args=[assessment.share_token])
        )
    context["invite"] = assessment.user_id is None
    if permissions.is_own(request.user, assessment) and permissions.can_assess_individually(
        request.user
    ):
        context["contactable"] = selectors.is_peer_contactable(request.user)
        context["contact_choice"] = True
    return render(request, "assessment/results.html", context)


def shared(request, token):
    assessment = selectors.shared_assessment(token)
    if assessment is None:
        raise Http404
    context = {**_result_context(assessment, request.user), "shared": True}
    return render(request, "assessment/results.html", context)


@login_required
@require_POST
def share(request, pk):
    assessment = _assessment_or_404(pk)
    if not permissions.can_view_result(request.user, assessment):
        raise Http404
    shared = request.POST.get("shared") == "1"
    services.assessment_share(assessment=assessment, actor=request.user, shared=shared)
    if shared:
        messages.success(request, _("Anyone with the link below can now see this result."))
    else:
        messages.success(request, _("The sharing link no longer works."))
    return redirect(reverse("assessment:results", args=[pk]) + "#share")


@login_required
@require_POST
def peer_contact(request):
    """A person agrees, or stops agreeing, to be named as a peer to ask; back to where the
    form was."""
    form = PeerContactForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Choose whether others may contact you."), status=400)
    contactable = services.peer_contact_set(
        user=request.user, contactable=form.cleaned_data["contactable"]
    )
    if contactable:
        messages.success(request, _("Others may now see you as a peer to ask."))
    else:
        messages.success(request, _("You are no longer shown as a peer to ask."))
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("assessment:index")
    return redirect(back + "#peer-contact")


@login_required
def claim(request):
    """Where sign-up and sign-in lead from an anonymous result: the assessments taken in this
    browser become the person's. A GET, since allauth redirects here; the key comes from the
    person's own session, so no one else can make them claim anything."""
    key = _anonymous_key(request)
    claimed = [
        services.assessment_claim(assessment=assessment, anonymous_key=key, user=request.user)
        for assessment in selectors.anonymous_assessments(key)
    ]
    request.session.pop(SESSION_KEY, None)
    if not claimed:
        messages.info(request, _("There was no assessment in this browser to keep."))
        return redirect("assessment:index")
    messages.success(request, _("Your assessment is kept in your account."))
    newest = next((a for a in claimed if a.is_completed), claimed[0])
    if newest.is_completed:
        return redirect("assessment:results", pk=newest.pk)
    return redirect("assessment:resume", pk=newest.pk)


# Rounds ---------------------------------------------------------------------------------------

# A statement on which colleagues' answers lie this many scale points apart or more is marked
# as a disagreement, worth talking over.
DISAGREEMENT = 3
BENCHMARK_GROUP_NAMES = {
    "kind": gettext_lazy("Organisations of the same type"),
    "country": gettext_lazy("Organisations in the same country"),
    "size": gettext_lazy("Organisations of the same size"),
}


def _round_organisations(user) -> list:
    if not permissions.can_assess_individually(user):
        return []
    return [
        membership.organisation
        for membership in person_memberships(user)
        if permissions.can_start_round(user, membership.organisation)
    ]


@login_required
@require_POST
def round_start(request):
    version = selectors.current_version()
    if version is None:
        raise Http404
    form = RoundStartForm(request.POST, organisations=_round_organisations(request.user))
    if not form.is_valid():
        return index(request, round_form=form)
    try:
        round = services.round_start(
            organisation=form.cleaned_data["organisation"],
            version=version,
            actor=request.user,
            title=form.cleaned_data["title"],
            invitees=form.cleaned_data["users"],
        )
    except ValidationError as error:
        add_service_errors(form, error)
        return index(request, round_form=form)
    if form.cleaned_data["users"]:
        messages.success(request, _("The round is open. The colleagues you invited get an email."))
    else:
        messages.success(request, _("The round is open. Invite colleagues to answer it below."))
    return redirect("assessment:round", pk=round.pk)


def _round_or_404(request, pk) -> Round:
    """The round, for members of its organisation; anyone else finds nothing."""
    round = get_object_or_404(
        Round.objects.select_related("organisation", "version__questionnaire"), pk=pk
    )
    if not permissions.can_view_round_result(request.user, round):
        raise Http404
    return round


def _statement_rows(dimensions, aggregate) -> list:
    rows = []
    for dimension in dimensions:
        for statement in dimension.statements.all():
            spread = aggregate.spread(statement.code)
            wide = spread.count > 1 and spread.maximum - spread.minimum >= DISAGREEMENT
            rows.append(
                {"dimension": dimension, "statement": statement, "spread": spread, "wide": wide}
            )
    return rows


def _round_context(request, round, problem="", invite_form=None) -> dict:
    found = selectors.round_result(round)
    dimensions = _with_texts(found.dimensions)
    user = request.user
    context = {
        "invitations": [],
        "round": round,
        "questionnaire_name": _text(round.version.questionnaire, "name"),
        "respondents": found.respondents,
        "can_take_part": permissions.can_take_part(user, round),
        "can_close": permissions.can_close_round(user, round),
        "can_manage_benchmark": permissions.can_manage_benchmark(user, round.organisation),
        "opted_out": selectors.is_benchmark_opted_out(round.organisation),
        "own": selectors.person_assessments(user).filter(round=round).first(),
        "problem": problem,
        "disagreement": DISAGREEMENT,
    }
    if permissions.can_start_round(user, round.organisation):
        invitations = selectors.round_invitations(round)
        invited = {invitation.user_id for invitation in invitations}
        candidates = [
            person
            for person in selectors.organisation_members(round.organisation)
            if person.pk not in invited
        ]
        context.update(
            invitations=invitations,
            can_invite=permissions.can_invite(user, round),
            candidates=candidates,
            invite_form=invite_form or RoundInviteForm(candidates=candidates),
        )
    if found.respondents:
        rows = list(zip(dimensions, found.result.dimensions, strict=True))
        scores = {dimension.code: score.score for dimension, score in rows}
        level = found.result.level
        context.update(
            result=found.result,
            level=level,
            rows=[{"dimension": dimension, "score": score} for dimension, score in rows],
            chart=charts.radar([(dimension.shown_name, score.score) for dimension, score in rows]),
            statements=_statement_rows(dimensions, found.aggregate),
            benchmarks=[
                _benchmark_table(dimensions, scores, round.organisation, group)
                for group in selectors.BENCHMARK_GROUPS
            ],
        )
    return context


def _benchmark_table(dimensions, scores, organisation, group) -> dict:
    peers = selectors.peer_benchmark(dimensions, organisation=organisation, group=group)
    return {
        "group": group,
        "name": BENCHMARK_GROUP_NAMES[group],
        "peers": peers,
        "rows": [
            {"dimension": dimension, "quartiles": quartiles, "score": scores[dimension.code]}
            for dimension, quartiles in peers.rows
        ],
    }


def round_detail(request, pk):
    round = _round_or_404(request, pk)
    return render(request, "assessment/round.html", _round_context(request, round))


def _refused(request, round, error, status=400):
    """The round page again, with the reason the action was refused and nothing changed."""
    context = _round_context(request, round, problem=" ".join(error.messages))
    return render(request, "assessment/round.html", context, status=status)


@require_POST
def round_answer(request, pk):
    """Start, or resume, the person's own assessment in the round."""
    round = _round_or_404(request, pk)
    if not permissions.can_take_part(request.user, round):
        return _refused(request, round, ValidationError(_("This round is closed.")))
    try:
        assessment = services.assessment_start(
            version=round.version, variant=Variant.FULL, user=request.user, round=round
        )
    except ValidationError as error:
        return _refused(request, round, error)
    return redirect("assessment:resume", pk=assessment.pk)


@require_POST
def round_invite(request, pk):
    round = _round_or_404(request, pk)
    if not permissions.can_start_round(request.user, round.organisation):
        refusal = ValidationError(_("Only the organisation's admins invite colleagues."))
        return _refused(request, round, refusal, status=403)
    candidates = selectors.organisation_members(round.organisation)
    form = RoundInviteForm(request.POST, candidates=candidates)
    if form.is_valid():
        try:
            invited = services.round_invite(
                round=round, actor=request.user, users=form.cleaned_data["users"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("Invited: %(people)s. They get an email.")
                % {"people": ", ".join(str(i.user) for i in invited)}
                if invited
                else _("Everyone you selected was invited already."),
            )
            return redirect(reverse("assessment:round", args=[pk]) + "#invitations")
    context = _round_context(request, round, invite_form=form)
    return render(request, "assessment/round.html", context, status=400)


@require_POST
def round_withdraw(request, pk, user_pk):
    round = _round_or_404(request, pk)
    invitation = round.invitations.select_related("user").filter(user=user_pk).first()
    if invitation is None:
        raise Http404
    try:
        services.round_invitation_withdraw(round=round, actor=request.user, user=invitation.user)
    except ValidationError as error:
        return _refused(request, round, error)
    except PermissionDenied as error:
        return _refused(request, round, ValidationError(str(error)), status=403)
    messages.success(
        request, _("%(name)s is no longer invited to this round.") % {"name": invitation.user}
    )
    return redirect(reverse("assessment:round", args=[pk]) + "#invitations")


@require_POST
def round_close(request, pk):
    round = _round_or_404(request, pk)
    if request.POST.get("confirm") != "1":
        refusal = ValidationError(_("Tick the box to confirm that the round should close."))
        return _refused(request, round, refusal)
    try:
        services.round_close(round=round, actor=request.user)
    except ValidationError as error:
        return _refused(request, round, error)
    except PermissionDenied as error:
        return _refused(request, round, ValidationError(str(error)), status=403)
    messages.success(request, _("The round is closed. Its result stays here."))
    return redirect("assessment:round", pk=pk)


@require_POST
def round_benchmark(request, pk):
    """The organisation's admins keep its results out of others' peer benchmarks, or not."""
    round = _round_or_404(request, pk)
    opted_out = request.POST.get("opted_out") == "1"
    try:
        services.benchmark_opt_out_set(
            organisation=round.organisation, actor=request.user, opted_out=opted_out
        )
    except PermissionDenied as error:
        return _refused(request, round, ValidationError(str(error)), status=403)
    if opted_out:
        messages.success(request, _("Your organisation's results are left out of peer benchmarks."))
    else:
        messages.success(request, _("Your organisation's results count in peer benchmarks again."))
    return redirect(reverse("assessment:round", args=[pk]) + "#benchmark")


# PDF download ---------------------------------------------------------------------------------


def _pdf_response(request, assessment, page_address) -> HttpResponse:
    """The result as a PDF attachment, in the reader's language, the page's address in its
    footer."""
    content = pdf.result_pdf(
        assessment,
        selectors.assessment_result(assessment),
        language=get_language(),
        address=request.build_absolute_uri(page_address),
    )
    response = HttpResponse(content, content_type="application/pdf")
    day = timezone.localdate(assessment.completed_at).isoformat()
    response["Content-Disposition"] = f'attachment; filename="ppi4cities-self-assessment-{day}.pdf"'
    return response


@never_cache
def results_pdf(request, pk):
    """The results page's access rule: an unfinished assessment goes back to its questions."""
    assessment, unfinished = _result_or_404(request, pk)
    if unfinished:
        return unfinished
    return _pdf_response(request, assessment, reverse("assessment:results", args=[pk]))


@never_cache
def shared_pdf(request, token):
    assessment = selectors.shared_assessment(token)
    if assessment is None:
        raise Http404
    return _pdf_response(request, assessment, reverse("assessment:shared", args=[token]))
