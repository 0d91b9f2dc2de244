"""Pages for people and organisations: thin wrappers around selectors and services."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ppi4cities.core.forms import add_service_errors, form_status
from ppi4cities.core.translation import translated_field
from ppi4cities.core.vocabularies import SPOKEN_LANGUAGE_NAMES

from . import permissions, selectors, services
from .forms import (
    ApiTokenForm,
    DeleteAccountForm,
    DirectoryForm,
    InvitationForm,
    JoinRequestForm,
    OrganisationForm,
    ProfileForm,
    RoleForm,
)
from .models import ApiToken, Invitation, JoinRequest, Membership, Organisation, User


def _organisation_for_admin(request, slug) -> Organisation:
    organisation = get_object_or_404(Organisation, slug=slug)
    if not permissions.can_manage_members(request.user, organisation):
        raise PermissionDenied
    return organisation


# Directory and organisation pages ------------------------------------------------------------


def directory(request):
    form = DirectoryForm(request.GET)
    filters = form.filters()
    paginator = Paginator(selectors.organisation_list(filters), settings.DIRECTORY_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "facets": selectors.organisation_facets(filters),
        "facets_version": selectors.organisation_facets_version(filters),
        "sort_choices": form.fields["sort"].choices,
    }
    partial = request.headers.get("HX-Request") == "true"
    template = "accounts/directory_results.html" if partial else "accounts/directory.html"
    return render(request, template, context)


def organisation_detail(request, slug):
    organisation = selectors.organisation_detail(slug)
    if organisation is None:
        raise Http404
    role = permissions.role_in(request.user, organisation)
    context = {
        "organisation": organisation,
        "description": translated_field(
            organisation, "description", organisation.original_language
        ),
        "memberships": selectors.organisation_members(organisation, request.user),
        "role": role,
        "can_edit": permissions.can_edit_organisation(request.user, organisation),
        "can_join": permissions.can_request_to_join(request.user, organisation),
        "pending_request": (
            request.user.is_authenticated
            and role is None
            and JoinRequest.objects.filter(
                user=request.user, organisation=organisation, status="pending"
            ).first()
        ),
        "join_form": JoinRequestForm(),
    }
    return render(request, "accounts/organisation_detail.html", context)


@login_required
def organisation_create(request):
    if not permissions.can_create_organisation(request.user):
        raise PermissionDenied
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                creator=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your organisation profile is published."))
            return redirect(organisation)
    return render(
        request,
        "accounts/organisation_form.html",
        {"form": form, "creating": True},
        status=form_status(request, form),
    )


@login_required
def organisation_edit(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    if not permissions.can_edit_organisation(request.user, organisation):
        raise PermissionDenied
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        arguments = form.service_arguments()
        try:
            services.organisation_update(
                organisation=Organisation.objects.get(pk=organisation.pk),
                actor=request.user,
                remove_logo=form.cleaned_data.get("remove_logo", False),
                **arguments,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The organisation profile is saved."))
            return redirect(organisation)
    return render(
        request,
        "accounts/organisation_form.html",
        {"form": form, "organisation": organisation, "creating": False},
        status=form_status(request, form),
    )


@login_required
def organisation_members(request, slug):
    organisation = _organisation_for_admin(request, slug)
    context = {
        "organisation": organisation,
        "memberships": selectors.organisation_members(organisation, request.user),
        "invitation_form": InvitationForm(),
        "role_form": RoleForm(),
        **selectors.organisation_pending(organisation),
    }
    return render(request, "accounts/organisation_members.html", context)


@login_required
@require_POST
def organisation_invite(request, slug):
    organisation = _organisation_for_admin(request, slug)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            services.invitation_create(
                organisation=organisation,
                actor=request.user,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("An invitation is on its way to %(email)s.")
                % {"email": form.cleaned_data["email"]},
            )
            return redirect("accounts:organisation_members", slug=slug)
    context = {
        "organisation": organisation,
        "memberships": selectors.organisation_members(organisation, request.user),
        "invitation_form": form,
        "role_form": RoleForm(),
        **selectors.organisation_pending(organisation),
    }
    return render(request, "accounts/organisation_members.html", context, status=400)


@login_required
@require_POST
def invitation_revoke(request, slug, pk):
    organisation = _organisation_for_admin(request, slug)
    invitation = get_object_or_404(Invitation, pk=pk, organisation=organisation)
    try:
        services.invitation_revoke(invitation=invitation, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The invitation is withdrawn."))
    return redirect("accounts:organisation_members", slug=slug)


@login_required
@require_POST
def join_request_decide(request, slug, pk):
    organisation = _organisation_for_admin(request, slug)
    join_request = get_object_or_404(JoinRequest, pk=pk, organisation=organisation)
    accept = request.POST.get("decision") == "accept"
    try:
        services.join_request_decide(join_request=join_request, actor=request.user, accept=accept)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        name = join_request.user.full_name
        messages.success(
            request,
            _("%(name)s is now a member.") % {"name": name}
            if accept
            else _("The request of %(name)s is refused.") % {"name": name},
        )
    return redirect("accounts:organisation_members", slug=slug)


@login_required
@require_POST
def membership_update(request, slug, pk):
    organisation = _organisation_for_admin(request, slug)
    membership = get_object_or_404(Membership, pk=pk, organisation=organisation)
    try:
        if request.POST.get("action") == "remove":
            services.membership_remove(membership=membership, actor=request.user)
            messages.success(request, _("The member is removed."))
        else:
            form = RoleForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Choose administrator or member."))
            services.membership_change_role(
                membership=membership, actor=request.user, role=form.cleaned_data["role"]
            )
            messages.success(request, _("The role is changed."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if membership.user_id == request.user.pk:
            # An admin who stepped down or left may no longer see the members page.
            return redirect(organisation)
    return redirect("accounts:organisation_members", slug=slug)


@login_required
@require_POST
def organisation_join(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    form = JoinRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("message", [])))
        return redirect(organisation)
    try:
        services.join_request_create(
            user=request.user, organisation=organisation, message=form.cleaned_data["message"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Your request is sent. The administrators of %(name)s will answer.")
            % {"name": organisation.name},
        )
    return redirect(organisation)


@login_required
@require_POST
def organisation_leave(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    membership = get_object_or_404(Membership, organisation=organisation, user=request.user)
    try:
        services.membership_remove(membership=membership, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("You have left %(name)s.") % {"name": organisation.name})
    return redirect(organisation)


def invitation_detail(request, token):
    invitation = get_object_or_404(
        Invitation.objects.select_related("organisation", "invited_by"), token=token
    )
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            if request.POST.get("decision") == "accept":
                services.invitation_accept(invitation=invitation, user=request.user)
                messages.success(
                    request, _("Welcome to %(name)s.") % {"name": invitation.organisation.name}
                )
                return redirect(invitation.organisation)
            services.invitation_decline(invitation=invitation, user=request.user)
            messages.info(request, _("You declined the invitation."))
            return redirect("accounts:dashboard")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return render(request, "accounts/invitation.html", {"invitation": invitation})


# The signed-in member's own pages ---------------------------------------------------------------


@login_required
def dashboard(request):
    return render(request, "accounts/dashboard.html", selectors.person_dashboard(request.user))


@login_required
@require_POST
def join_request_withdraw(request, pk):
    join_request = get_object_or_404(JoinRequest, pk=pk, user=request.user)
    try:
        services.join_request_withdraw(join_request=join_request, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your request is withdrawn."))
    return redirect("accounts:dashboard")


def person_detail(request, pk):
    person = get_object_or_404(User, pk=pk, is_active=True)
    if not permissions.can_view_profile(request.user, person):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    context = {
        "person": person,
        "memberships": selectors.person_memberships(person),
        "expertise": person.expertise.all(),
        "languages": [SPOKEN_LANGUAGE_NAMES.get(code, code) for code in person.languages],
    }
    return render(request, "accounts/person_detail.html", context)


@login_required
def profile_edit(request):
    form = ProfileForm(request.POST or None, request.FILES or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.profile_update(
                user=User.objects.get(pk=request.user.pk),
                data=form.cleaned_data,
                expertise=form.cleaned_data["expertise"],
                avatar=form.cleaned_data.get("avatar"),
                remove_avatar=form.cleaned_data.get("remove_avatar", False),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your profile is saved."))
            return redirect("accounts:profile")
    request.user.refresh_from_db()
    return render(
        request,
        "accounts/profile_form.html",
        {"form": form},
        status=form_status(request, form),
    )


@login_required
def api_tokens(request):
    form = ApiTokenForm(request.POST or None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, new_key = services.api_token_create(
                user=request.user, name=form.cleaned_data["name"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            form = ApiTokenForm()
    context = {
        "form": form,
        "new_key": new_key,
        "tokens": ApiToken.objects.filter(user=request.user),
    }
    return render(request, "accounts/api_tokens.html", context, status=form_status(request, form))


@login_required
@require_POST
def api_token_revoke(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.api_token_revoke(token=token, user=request.user)
    messages.success(request, _("The token %(name)s is revoked.") % {"name": token.name})
    return redirect("accounts:api_tokens")


@login_required
def privacy(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.account_delete(user=request.user)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            logout(request)
            messages.success(request, _("Your account and your personal data are deleted."))
            return redirect("home")
    return render(
        request, "accounts/privacy.html", {"form": form}, status=form_status(request, form)
    )


@login_required
def privacy_export(request):
    data = selectors.account_export(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="ppi4cities-my-data-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response
