"""Pages of the knowledge library: thin wrappers around selectors and services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ppi4cities.accounts.permissions import is_member
from ppi4cities.core.forms import add_service_errors, form_status
from ppi4cities.core.translation import translated_field
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

from . import permissions, selectors, services
from .forms import DecisionForm, ResourceForm, filters_from
from .models import Resource, ResourceFile, ResourceRevision
from .vocabularies import Facet

PAGE_SIZE = 20


def index(request):
    filters = filters_from(request.GET)
    paginator = Paginator(selectors.resource_list(filters, request.user), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    snippets = selectors.resource_snippets(page.object_list, filters.q)
    for resource in page.object_list:
        resource.shown_title = translated_field(resource, "title", resource.original_language)
        resource.shown_summary = translated_field(resource, "summary", resource.original_language)
        resource.snippet = snippets.get(resource.pk)
    context = {
        "filters": filters,
        "page": page,
        "facets": selectors.resource_facets(filters, request.user),
        "facet_names": Facet,
        "sort_choices": [
            ("relevance", _("Relevance")),
            ("-published", _("Newest")),
            ("-useful", _("Most useful")),
        ],
    }
    partial = request.headers.get("HX-Request") == "true"
    return render(request, "library/results.html" if partial else "library/index.html", context)


def resource_detail(request, pk):
    resource = selectors.resource_visible(pk, request.user)
    if resource is None:
        raise Http404
    texts = {
        field: translated_field(resource, field, resource.original_language)
        for field in ("title", "summary", "body")
    }
    in_circle = permissions.can_edit(request.user, resource) or permissions.can_moderate_resources(
        request.user
    )
    context = {
        "resource": resource,
        "texts": texts,
        "facets": selectors.resource_facet_labels(resource),
        "can_edit": permissions.can_edit(request.user, resource),
        "history": moderation.moderation_history(resource) if in_circle else None,
    }
    return render(request, "library/detail.html", context)


@login_required
def resource_create(request):
    if not is_member(request.user):
        raise PermissionDenied
    form = ResourceForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.resource_create(
                author=request.user,
                organisation=form.cleaned_data["organisation"],
                submit=request.POST.get("action") == "submit",
                **form.service_arguments(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if resource.status == Status.PENDING:
                messages.success(request, _("Thank you. The moderators will review it."))
            else:
                messages.success(request, _("Your draft is saved."))
            return redirect(resource)
    return render(request, "library/form.html", {"form": form}, status=form_status(request, form))


@login_required
@require_POST
def resource_submit(request, pk):
    resource = get_object_or_404(Resource, pk=pk)
    if not permissions.can_edit(request.user, resource):
        raise PermissionDenied
    try:
        services.resource_submit(resource=resource, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Sent to the moderators."))
    return redirect(resource)


@login_required
def moderation_queue(request):
    if not permissions.can_moderate_resources(request.user):
        raise PermissionDenied
    return render(request, "library/moderation.html", _queue())


def _queue(**extra) -> dict:
    """The waiting items, each with its title in the reader's language or the original."""
    queue = selectors.moderation_queue()
    queue["resources"] = list(queue["resources"])
    queue["revisions"] = list(queue["revisions"])
    for resource in [*queue["resources"], *(r.resource for r in queue["revisions"])]:
        resource.shown_title = translated_field(resource, "title", resource.original_language)
    return {**queue, **extra}


@login_required
@require_POST
def moderation_decide(request, kind, pk):
    if not permissions.can_moderate_resources(request.user):
        raise PermissionDenied
    model = Resource if kind == "resource" else ResourceRevision
    subject = get_object_or_404(model, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        context = _queue(failed_form=form)
        return render(request, "library/moderation.html", context, status=400)
    decision, message = form.cleaned_data["decision"], form.cleaned_data["message"]
    try:
        if decision == "approve":
            moderation.moderation_approve(subject=subject, actor=request.user, message=message)
        elif decision == "changes":
            moderation.moderation_request_changes(
                subject=subject, actor=request.user, message=message
            )
        else:
            moderation.moderation_reject(subject=subject, actor=request.user, message=message)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your decision is recorded."))
    return redirect("library:moderation")


def file_download(request, pk):
    item = get_object_or_404(ResourceFile.objects.select_related("resource"), pk=pk)
    if not permissions.can_view(request.user, item.resource):
        raise Http404
    Resource.objects.filter(pk=item.resource_id).update(download_count=F("download_count") + 1)
    response = FileResponse(
        item.file.open("rb"), as_attachment=True, filename=item.name, content_type=item.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
