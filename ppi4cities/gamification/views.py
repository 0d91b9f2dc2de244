"""Pages of points and badges: one's progress, an organisation's PPI journey, the leaderboard."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ppi4cities.accounts.models import Organisation, User
from ppi4cities.accounts.permissions import can_view_profile
from ppi4cities.accounts.selectors import person_memberships
from ppi4cities.core.forms import add_service_errors

from . import permissions, selectors, services
from .forms import AppearForm, ConfirmStepForm, LeaderboardForm, StepForm
from .journey import STEP_CODES


def _progress_page(request, *, appear_form=None, status=200):
    earned, not_yet = selectors.badge_standing(request.user)
    context = {
        "points_total": selectors.points_total(request.user),
        "points_by_rule": selectors.points_by_rule(request.user),
        "earned": earned,
        "not_yet": not_yet,
        "notices": selectors.badge_notices(request.user),
        "opted_in": selectors.is_opted_in(user=request.user),
        "appear_form": appear_form,
        "memberships": person_memberships(request.user),
    }
    # The notices are listed as they were; from now on they are no longer new.
    services.badge_notices_mark_seen(user=request.user)
    return render(request, "gamification/progress.html", context, status=status)


@login_required
def progress(request):
    return _progress_page(request)


@login_required
@require_POST
def progress_appear(request):
    form = AppearForm(request.POST)
    if not form.is_valid():
        return _progress_page(request, appear_form=form, status=400)
    try:
        _set_appearance(request, form, user=request.user)
    except PermissionDenied:
        # Signed in but not a verified member: the service refuses, so say why.
        form.add_error(None, _("Verify your email address to appear on the leaderboard."))
        return _progress_page(request, appear_form=form, status=403)
    return redirect("gamification:progress")


def _set_appearance(request, form, *, user=None, organisation=None):
    appear = form.cleaned_data["appear"]
    change = services.leaderboard_opt_in if appear else services.leaderboard_opt_out
    change(actor=request.user, user=user, organisation=organisation)
    if organisation is not None:
        text = (
            _("The organisation appears on the leaderboard.")
            if appear
            else _("The organisation no longer appears on the leaderboard.")
        )
    else:
        text = (
            _("You appear on the leaderboard.")
            if appear
            else _("You no longer appear on the leaderboard.")
        )
    messages.success(request, text)


def _journey_page(request, organisation, *, confirm_form=None, failed_step=None, status=200):
    can_confirm = permissions.can_confirm_journey(request.user, organisation)
    context = {
        "organisation": organisation,
        "journey": selectors.organisation_journey(organisation),
        "can_confirm": can_confirm,
        "confirm_form": confirm_form,
        "failed_step": failed_step,
        "step_codes": STEP_CODES,
        "opted_in": can_confirm and selectors.is_opted_in(organisation=organisation),
    }
    return render(request, "gamification/journey.html", context, status=status)


def journey(request, slug):
    return _journey_page(request, get_object_or_404(Organisation, slug=slug))


def _organisation_for_admin(request, slug) -> Organisation:
    organisation = get_object_or_404(Organisation, slug=slug)
    if not permissions.can_confirm_journey(request.user, organisation):
        raise PermissionDenied
    return organisation


@login_required
@require_POST
def journey_confirm(request, slug):
    organisation = _organisation_for_admin(request, slug)
    form = ConfirmStepForm(request.POST)
    if form.is_valid():
        try:
            services.journey_step_confirm(
                actor=request.user,
                organisation=organisation,
                step=form.cleaned_data["step"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The milestone is confirmed."))
            return redirect("gamification:journey", slug=slug)
    return _journey_page(
        request,
        organisation,
        confirm_form=form,
        failed_step=request.POST.get("step"),
        status=400,
    )


@login_required
@require_POST
def journey_withdraw(request, slug):
    organisation = _organisation_for_admin(request, slug)
    form = StepForm(request.POST)
    if form.is_valid():
        try:
            services.journey_step_withdraw(
                actor=request.user, organisation=organisation, step=form.cleaned_data["step"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The confirmation is withdrawn."))
            return redirect("gamification:journey", slug=slug)
    messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return _journey_page(request, organisation, status=400)


@login_required
@require_POST
def journey_appear(request, slug):
    organisation = _organisation_for_admin(request, slug)
    form = AppearForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether the organisation appears on the leaderboard."))
        return _journey_page(request, organisation, status=400)
    _set_appearance(request, form, organisation=organisation)
    return redirect("gamification:journey", slug=slug)


def leaderboard(request):
    form = LeaderboardForm(request.GET)
    valid = form.is_valid()
    kind = (valid and form.cleaned_data["kind"]) or "person"
    country = (valid and form.cleaned_data["country"]) or None
    rows = selectors.leaderboard(kind=kind, country=country) if valid else []
    context = {
        "form": form,
        "kind": kind,
        "country": country or "",
        "rows": _ranked(request.user, rows, kind),
        "opted_in": request.user.is_authenticated and selectors.is_opted_in(user=request.user),
        "listed": request.user.is_authenticated
        and kind == "person"
        and any(row.pk == request.user.pk for row in rows),
    }
    return render(request, "gamification/leaderboard.html", context, status=200 if valid else 400)


def _ranked(viewer, rows, kind):
    """Each row with its rank (equal points share one) and the address to link its name to:
    an organisation's page, or a person's profile when the viewer may see it."""
    if kind == "person":
        people = User.objects.only("pk", "visibility", "is_active").in_bulk(
            [row.pk for row in rows]
        )
        urls = {
            pk: person.get_absolute_url()
            for pk, person in people.items()
            if can_view_profile(viewer, person)
        }
    else:
        slugs = dict(
            Organisation.objects.filter(pk__in=[row.pk for row in rows]).values_list("pk", "slug")
        )
        urls = {pk: Organisation(slug=slug).get_absolute_url() for pk, slug in slugs.items()}
    ranked, rank, previous = [], 0, None
    for position, row in enumerate(rows, 1):
        if row.points != previous:
            rank, previous = position, row.points
        ranked.append({"rank": rank, "row": row, "url": urls.get(row.pk)})
    return ranked
