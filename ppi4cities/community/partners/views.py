"""Pages of partner search: thin wrappers around selectors and services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_countries import countries

from ppi4cities.accounts.models import OrganisationKind
from ppi4cities.core.forms import add_service_errors, form_status
from ppi4cities.core.markdown import render_markdown
from ppi4cities.core.ratelimit import RateLimited
from ppi4cities.core.vocabularies import ThemeCode, country_choices

from . import permissions, selectors, services
from .forms import CloseForm, InterestForm, PartnerCallForm, filters_from
from .models import Purpose

PAGE_SIZE = 20
# How many matching calls the find-partners page shows above the organisations.
FIND_CALLS = 5


def _filter_options(filters) -> dict:
    """Choices of the filter panel, each marked when chosen (the countries by the select)."""

    def options(choices, chosen):
        return [
            {"value": value, "label": label, "selected": value in chosen}
            for value, label in choices
        ]

    return {
        "purpose": options(Purpose.choices, filters.purposes),
        "kind": options(OrganisationKind.choices, filters.kinds),
        "theme": options(ThemeCode.choices, filters.themes),
        "country": country_choices(),
    }


def find_partners(request):
    filters = filters_from(request.GET)
    filters.status = selectors.STATUS_OPEN
    calls = selectors.call_list(filters, request.user)
    paginator = Paginator(selectors.organisations_matching(filters), settings.DIRECTORY_PAGE_SIZE)
    context = {
        "filters": filters,
        "options": _filter_options(filters),
        "calls": list(calls[:FIND_CALLS]),
        "calls_count": calls.count(),
        "page": paginator.get_page(request.GET.get("page")),
        "can_create": permissions.can_create(request.user),
        "query": request.GET.urlencode(),
    }
    return render(request, "partners/find.html", context)


def call_list(request):
    filters = filters_from(request.GET)
    paginator = Paginator(selectors.call_list(filters, request.user), PAGE_SIZE)
    context = {
        "filters": filters,
        "options": _filter_options(filters),
        "page": paginator.get_page(request.GET.get("page")),
        "can_create": permissions.can_create(request.user),
    }
    return render(request, "partners/call_list.html", context)


def _visible_or_404(request, pk):
    call = selectors.call_visible(pk, request.user)
    if call is None:
        raise Http404
    return call


def _editable(request, pk):
    """The call, if the person may see it (else 404) and edit it (else 403)."""
    call = _visible_or_404(request, pk)
    if not permissions.can_edit(request.user, call):
        raise PermissionDenied
    return call


def call_detail(request, pk, interest_form=None, status=200):
    call = _visible_or_404(request, pk)
    user = request.user
    interest = selectors.interest_of(user, call)
    can_interest = interest is None and permissions.can_express_interest(user, call)
    if can_interest and interest_form is None:
        interest_form = InterestForm(user=user)
    context = {
        "call": call,
        "description": mark_safe(  # noqa: S308 - sanitised by nh3
            render_markdown(call.description, links=call.links_clickable)
        ),
        "can_edit": permissions.can_edit(user, call),
        "interest": interest,
        "interest_form": interest_form if can_interest else None,
        "interests": (
            selectors.call_interests(call) if permissions.can_see_interests(user, call) else None
        ),
        "countries": [countries.name(code) for code in call.countries],
        "partner_kinds": [OrganisationKind(kind).label for kind in call.partner_kinds],
    }
    return render(request, "partners/call_detail.html", context, status=status)


@login_required
def call_create(request):
    if not permissions.can_create(request.user):
        return render(request, "partners/call_form.html", {"form": None}, status=403)
    form = PartnerCallForm(request.POST or None, user=request.user)
    status = None
    if request.method == "POST" and form.is_valid():
        arguments = form.service_arguments()
        try:
            call = services.partner_call_create(
                author=request.user, organisation=form.cleaned_data["organisation"], **arguments
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error("organisation", str(error))
        except RateLimited as error:
            form.add_error(None, error.message)
            status = error.status_code
        else:
            messages.success(request, _("Your call is published."))
            return redirect(call)
    return render(
        request,
        "partners/call_form.html",
        {"form": form},
        status=status or form_status(request, form),
    )


@login_required
def call_edit(request, pk):
    call = _editable(request, pk)
    form = PartnerCallForm(request.POST or None, instance=call, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_call_update(call=call, actor=request.user, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect(call)
    return render(
        request,
        "partners/call_form.html",
        {"form": form, "call": call},
        status=form_status(request, form),
    )


@login_required
def call_close(request, pk):
    call = _visible_or_404(request, pk)
    if not permissions.can_close(request.user, call):
        raise PermissionDenied
    form = CloseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_call_close(
                call=call, actor=request.user, withdraw=form.cleaned_data["withdraw"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The call is closed."))
        return redirect(call)
    return render(request, "partners/call_close.html", {"call": call, "form": form})


@login_required
@require_POST
def interest_express(request, pk):
    call = _visible_or_404(request, pk)
    form = InterestForm(request.POST, user=request.user)
    status = 400
    if form.is_valid():
        try:
            interest = services.interest_express(
                call=call,
                person=request.user,
                message=form.cleaned_data["message"],
                organisation=form.cleaned_data["organisation"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
            status = 403
        except RateLimited as error:
            form.add_error(None, error.message)
            status = error.status_code
        else:
            messages.success(
                request, _("Your interest is sent. Continue the conversation with the caller here.")
            )
            return redirect(interest.conversation)
    shown = permissions.can_express_interest(request.user, call)
    if not shown or selectors.interest_of(request.user, call) is not None:
        # The page will not show the form again, so its message goes above the page.
        for error in form.non_field_errors():
            messages.error(request, error)
    return call_detail(request, pk, interest_form=form, status=status)
