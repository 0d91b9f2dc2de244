"""Pages of the knowledge library: thin wrappers around selectors and services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ppi4cities.accounts.permissions import is_member
from ppi4cities.core.forms import add_service_errors, form_status
from ppi4cities.core.media import sandboxed_file
from ppi4cities.core.translation import translated_field
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

from . import permissions, selectors, services
from .forms import (
    AddToCollectionForm,
    CollectionDeleteForm,
    CollectionForm,
    CollectionNoteForm,
    CollectionPositionForm,
    CollectionResourceForm,
    DecisionForm,
    FeedbackForm,
    ResourceEditForm,
    ResourceForm,
    filters_from,
    resource_initial,
)
from .models import Collection, CollectionItem, Resource, ResourceFile, ResourceRevision
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
        "featured_collections": _featured_collections(request, filters),
    }
    partial = request.headers.get("HX-Request") == "true"
    return render(request, "library/results.html" if partial else "library/index.html", context)


def resource_detail(request, pk, feedback_form=None):
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
        "history": selectors.resource_history(resource) if in_circle else None,
        **_editing_context(request, resource),
        **_resource_collections(request, resource),
        **_engagement_context(request, resource, feedback_form),
    }
    status = 400 if feedback_form is not None else 200
    return render(request, "library/detail.html", context, status=status)


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
    for revision in queue["revisions"]:
        revision.changes = selectors.revision_changes(revision)
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
        moderation.moderation_decide(
            subject=subject, actor=request.user, decision=decision, message=message
        )
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
    return sandboxed_file(
        item.file, filename=item.name, content_type=item.content_type, as_attachment=True
    )


# Curated collections ------------------------------------------------------------------------

COLLECTIONS_PAGE_SIZE = 24


def _with_texts(collection):
    collection.texts = selectors.collection_texts(collection)
    return collection


def _featured_collections(request, filters) -> list:
    """A few collections on the library's front page, while nothing is searched or filtered."""
    if filters.active or request.GET.get("page"):
        return []
    return [_with_texts(c) for c in selectors.collection_featured(request.user)]


def _resource_collections(request, resource) -> dict:
    """The published collections a resource is in and, for curators, the form that adds it to
    another. A refused form comes back on the request (see resource_add_to_collection)."""
    collections = selectors.collections_with_resource(resource)
    context = {"in_collections": [_with_texts(c) for c in collections]}
    if permissions.can_curate(request.user) and resource.status == Status.PUBLISHED:
        context["collection_form"] = getattr(request, "collection_form", None) or (
            AddToCollectionForm(resource=resource)
        )
    return context


def _title(resource) -> str:
    return translated_field(resource, "title", resource.original_language).text


def _curated(request, slug):
    """The collection at `slug`, for a curator: 404 to whoever may not see it, 403 to others."""
    collection = get_object_or_404(Collection, slug=slug)
    if not permissions.can_view_collection(request.user, collection):
        raise Http404
    if not permissions.can_curate(request.user):
        raise PermissionDenied
    return collection


def _curated_item(request, slug, item_id):
    collection = _curated(request, slug)
    item = get_object_or_404(
        CollectionItem.objects.select_related("resource"), pk=item_id, collection=collection
    )
    return collection, item


def _collection_context(request, collection, **failed) -> dict:
    """What the collection page shows; `failed` carries a refused form and the item it was for."""
    failed_item = failed.pop("failed_item", None)
    for item in collection.shown_items:
        item.resource.shown_title = translated_field(
            item.resource, "title", item.resource.original_language
        )
        item.failed_form = failed.get("failed_form") if item.pk == failed_item else None
    context = {
        "collection": collection,
        "texts": selectors.collection_texts(collection),
        "can_curate": permissions.can_curate(request.user),
        "failed_form": None,
    }
    if context["can_curate"]:
        context["add_form"] = CollectionResourceForm()
    context.update(failed)
    return context


def _collection_refused(request, collection, **failed):
    """The collection page again with the refused form's messages, answering 400."""
    collection = selectors.collection_visible(collection.slug, request.user)
    context = _collection_context(request, collection, **failed)
    return render(request, "library/collection.html", context, status=400)


def _back_to(collection, anchor: str):
    """The collection page, scrolled to (and focusing) the element with id `anchor`."""
    return redirect(f"{collection.get_absolute_url()}#{anchor}")


def collection_list(request):
    paginator = Paginator(selectors.collection_list(request.user), COLLECTIONS_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = [_with_texts(c) for c in page.object_list]
    context = {"page": page, "can_curate": permissions.can_curate(request.user)}
    return render(request, "library/collections.html", context)


def collection_detail(request, slug):
    collection = selectors.collection_visible(slug, request.user)
    if collection is None:
        raise Http404
    return render(request, "library/collection.html", _collection_context(request, collection))


def _collection_arguments(form) -> dict:
    """The service's arguments from the form: the texts are in the interface language."""
    data = form.cleaned_data
    return {
        "slug": data["slug"],
        "texts": {get_language(): {"title": data["title"], "summary": data["summary"]}},
        "is_published": data["is_published"],
    }


@login_required
def collection_create(request):
    if not permissions.can_curate(request.user):
        raise PermissionDenied
    form = CollectionForm(request.POST or None, creating=True)
    if request.method == "POST" and form.is_valid():
        try:
            collection = services.collection_create(
                actor=request.user, **_collection_arguments(form)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The collection is created. Now add resources to it."))
            return redirect(collection)
    context = {"form": form, "collection": None}
    return render(
        request, "library/collection_form.html", context, status=form_status(request, form)
    )


def _edit_form(request, collection, data=None):
    language = get_language()
    others = [code for code in services.LANGUAGE_CODES if code != language]
    return CollectionForm(
        data,
        creating=False,
        has_title=any(getattr(collection, f"title_{code}") for code in others),
        initial={
            "title": getattr(collection, f"title_{language}") or "",
            "summary": getattr(collection, f"summary_{language}") or "",
            "slug": collection.slug,
            "is_published": collection.is_published,
        },
    )


def _edit_page(request, collection, form, delete_form, status=200):
    context = {
        "form": form,
        "delete_form": delete_form,
        "collection": collection,
        "texts": selectors.collection_texts(collection),
    }
    return render(request, "library/collection_form.html", context, status=status)


@login_required
def collection_edit(request, slug):
    collection = _curated(request, slug)
    form = _edit_form(request, collection, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.collection_update(
                collection=collection, actor=request.user, **_collection_arguments(form)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect(collection)
    return _edit_page(request, collection, form, CollectionDeleteForm(), form_status(request, form))


@login_required
@require_POST
def collection_delete(request, slug):
    collection = _curated(request, slug)
    delete_form = CollectionDeleteForm(request.POST)
    if not delete_form.is_valid():
        return _edit_page(request, collection, _edit_form(request, collection), delete_form, 400)
    services.collection_delete(collection=collection, actor=request.user)
    messages.success(request, _("The collection is deleted."))
    return redirect("library:collections")


@login_required
@require_POST
def collection_publish(request, slug):
    collection = _curated(request, slug)
    publish = request.POST.get("published") == "1"
    services.collection_update(collection=collection, actor=request.user, is_published=publish)
    if publish:
        messages.success(request, _("The collection is published: everyone can see it."))
    else:
        messages.success(request, _("The collection is no longer published."))
    return redirect(collection)


@login_required
@require_POST
def collection_add(request, slug):
    collection = _curated(request, slug)
    form = CollectionResourceForm(request.POST)
    if form.is_valid():
        resource = form.cleaned_data["resource"]
        try:
            item = services.collection_add_resource(
                collection=collection,
                resource=resource,
                actor=request.user,
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("“%(title)s” is added at position %(position)d.")
                % {"title": _title(resource), "position": item.position + 1},
            )
            return _back_to(collection, f"item-{item.pk}")
    return _collection_refused(request, collection, add_form=form)


@login_required
@require_POST
def collection_move(request, slug, item_id):
    collection, item = _curated_item(request, slug, item_id)
    direction, position = request.POST.get("direction"), None
    if "position" in request.POST:
        form = CollectionPositionForm(
            request.POST, count=collection.items.count(), auto_id=f"item-{item.pk}-%s"
        )
        if not form.is_valid():
            return _collection_refused(request, collection, failed_item=item.pk, failed_form=form)
        direction, position = None, form.cleaned_data["position"] - 1
    try:
        services.collection_move(
            item=item, actor=request.user, direction=direction, position=position
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _collection_refused(request, collection)
    messages.success(
        request,
        _("“%(title)s” is now at position %(position)d.")
        % {"title": _title(item.resource), "position": item.position + 1},
    )
    # Keep focus on the button just used while it is still there, else on the moved item.
    last = collection.items.count() - 1
    if (direction == "up" and item.position > 0) or (direction == "down" and item.position < last):
        return _back_to(collection, f"move-{direction}-{item.pk}")
    return _back_to(collection, f"item-{item.pk}")


@login_required
@require_POST
def collection_remove(request, slug, item_id):
    collection, item = _curated_item(request, slug, item_id)
    services.collection_remove_resource(item=item, actor=request.user)
    messages.success(
        request,
        _("“%(title)s” is no longer in the collection.") % {"title": _title(item.resource)},
    )
    return _back_to(collection, "collection-items")


@login_required
@require_POST
def collection_note(request, slug, item_id):
    collection, item = _curated_item(request, slug, item_id)
    form = CollectionNoteForm(request.POST, auto_id=f"item-{item.pk}-%s")
    if form.is_valid():
        try:
            services.collection_set_note(
                item=item, actor=request.user, note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, _("The note on “%(title)s” is saved.") % {"title": _title(item.resource)}
            )
            return _back_to(collection, f"item-{item.pk}")
    return _collection_refused(request, collection, failed_item=item.pk, failed_form=form)


@login_required
@require_POST
def resource_add_to_collection(request, pk):
    resource = get_object_or_404(Resource, pk=pk)
    if not permissions.can_view(request.user, resource):
        raise Http404
    if not permissions.can_curate(request.user):
        raise PermissionDenied
    form = AddToCollectionForm(request.POST, resource=resource)
    if form.is_valid():
        collection = form.cleaned_data["collection"]
        try:
            services.collection_add_resource(
                collection=collection,
                resource=resource,
                actor=request.user,
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("Added to the collection “%(title)s”.")
                % {"title": selectors.collection_texts(collection)["title"].text},
            )
            return redirect(f"{resource.get_absolute_url()}#collections-title")
    # The resource page again, with this form and its messages.
    request.collection_form = form
    response = resource_detail(request, pk)
    response.status_code = 400
    return response


# Feedback, bookmarks and My library -------------------------------------------------------


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _sign_in_first(request, pk):
    """To the sign-in page and back to the resource; htmx is told to leave the page."""
    response = redirect_to_login(reverse("library:resource", args=[pk]))
    if _is_htmx(request):
        return HttpResponse(status=401, headers={"HX-Redirect": response.url})
    return response


def _visible_resource_or_404(request, pk) -> Resource:
    resource = selectors.visible_resource(pk, request.user)
    if resource is None:
        raise Http404
    return resource


def _feedback_context(request, resource, form=None) -> dict:
    """The "was this useful?" block: counts, the person's answer, the form, and for the
    authors and moderators the comments."""
    user = request.user
    mine = selectors.feedback_of(resource, user)
    allowed = permissions.can_give_feedback(user, resource)
    if form is None and allowed:
        form = FeedbackForm(initial={"comment": mine.comment} if mine else None)
    comments, comment_count = None, 0
    if permissions.can_read_feedback_comments(user, resource):
        comments, comment_count = selectors.feedback_comments(resource)
    return {
        "resource": resource,
        "feedback_allowed": allowed,
        "my_feedback": mine,
        "feedback_form": form,
        "feedback_comments": comments,
        "feedback_comment_count": comment_count,
    }


def _bookmark_context(request, resource) -> dict:
    return {
        "resource": resource,
        "can_bookmark": permissions.can_bookmark(request.user, resource),
        "is_bookmarked": selectors.is_bookmarked(resource, request.user),
    }


def _engagement_context(request, resource, feedback_form=None) -> dict:
    """What the resource page adds below the text: feedback, bookmark and related resources."""
    related = selectors.related_resources(resource, request.user)
    for item in related:
        item.shown_title = translated_field(item, "title", item.original_language)
    return {
        **_feedback_context(request, resource, feedback_form),
        **_bookmark_context(request, resource),
        "related": related,
    }


def _feedback_done(request, resource, message):
    if _is_htmx(request):
        context = {**_feedback_context(request, resource), "announcement": message}
        return render(request, "library/includes/feedback.html", context)
    messages.success(request, message)
    return redirect(f"{resource.get_absolute_url()}#resource-feedback")


@require_POST
def resource_feedback(request, pk):
    if not request.user.is_authenticated:
        return _sign_in_first(request, pk)
    resource = _visible_resource_or_404(request, pk)
    if not permissions.can_give_feedback(request.user, resource):
        raise PermissionDenied
    form = FeedbackForm(request.POST)
    if form.is_valid():
        try:
            services.resource_feedback_give(
                resource=resource, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _feedback_done(request, resource, _("Thank you. Your answer is saved."))
    if _is_htmx(request):
        context = _feedback_context(request, resource, form)
        return render(request, "library/includes/feedback.html", context, status=400)
    return resource_detail(request, pk, feedback_form=form)


@require_POST
def resource_feedback_withdraw(request, pk):
    if not request.user.is_authenticated:
        return _sign_in_first(request, pk)
    resource = _visible_resource_or_404(request, pk)
    services.resource_feedback_withdraw(resource=resource, user=request.user)
    return _feedback_done(request, resource, _("Your answer is withdrawn."))


def _bookmark_done(request, resource, message):
    if _is_htmx(request):
        context = {**_bookmark_context(request, resource), "announcement": message}
        return render(request, "library/includes/bookmark.html", context)
    messages.success(request, message)
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(back)
    return redirect(resource)


@require_POST
def bookmark_add(request, pk):
    if not request.user.is_authenticated:
        return _sign_in_first(request, pk)
    resource = _visible_resource_or_404(request, pk)
    services.bookmark_add(user=request.user, resource=resource)
    return _bookmark_done(request, resource, _("Saved to My library."))


@require_POST
def bookmark_remove(request, pk):
    if not request.user.is_authenticated:
        return _sign_in_first(request, pk)
    resource = _visible_resource_or_404(request, pk)
    services.bookmark_remove(user=request.user, resource=resource)
    return _bookmark_done(request, resource, _("Removed from My library."))


@login_required
def my_library(request):
    """The member's saved resources, their contributions and their proposed edits."""
    if not permissions.can_use_my_library(request.user):
        raise PermissionDenied
    saved = Paginator(selectors.bookmarks_of(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    contributions = Paginator(selectors.contributions_of(request.user), PAGE_SIZE).get_page(
        request.GET.get("contributions")
    )
    saved.object_list = list(saved.object_list)
    contributions.object_list = list(contributions.object_list)
    revisions = selectors.revisions_of(request.user)
    shown = [
        *(bookmark.resource for bookmark in saved.object_list),
        *contributions.object_list,
        *(revision.resource for revision in revisions),
    ]
    for resource in shown:
        resource.shown_title = translated_field(resource, "title", resource.original_language)
    context = {
        "saved": saved,
        "contributions": contributions,
        "revisions": revisions,
        "resubmittable": [Status.DRAFT, Status.CHANGES_REQUESTED, Status.REJECTED],
    }
    return render(request, "library/mine.html", context)


# Editing ------------------------------------------------------------------------------------


def _editable(request, pk) -> Resource:
    """The resource, if the person may see it (else 404) and edit it (else 403)."""
    resource = selectors.resource_visible(pk, request.user)
    if resource is None:
        raise Http404
    if not permissions.can_edit(request.user, resource):
        raise PermissionDenied
    return resource


def _editing_context(request, resource) -> dict:
    """For the resource's editors: its proposed edit, and whether a new version can start."""
    if not permissions.can_edit(request.user, resource) or not resource.is_published:
        return {}
    return {
        "proposed_edit": selectors.resource_open_revision(resource),
        "can_start_new_version": not resource.is_superseded,
    }


def _saved_message(saved) -> str:
    if isinstance(saved, ResourceRevision):
        return _(
            "Thank you. Your edit is waiting for the moderators; the published version stays "
            "as it is until they approve it."
        )
    if saved.status == Status.PENDING:
        return _("Saved. The moderators will review it.")
    return _("Your changes are saved.")


@login_required
def resource_edit(request, pk):
    resource = _editable(request, pk)
    revision = selectors.resource_open_revision(resource) if resource.is_published else None
    title = translated_field(resource, "title", resource.original_language)
    form = ResourceEditForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        resource=resource,
        revision=revision,
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.resource_update(
                resource=resource,
                actor=request.user,
                submit=request.POST.get("action") == "submit",
                **form.service_arguments(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _saved_message(saved))
            return redirect(resource)
    context = {"form": form, "resource": resource, "revision": revision, "title": title}
    return render(request, "library/edit.html", context, status=form_status(request, form))


@login_required
@require_POST
def resource_withdraw(request, pk):
    resource = _editable(request, pk)
    try:
        services.resource_withdraw(resource=resource, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if resource.is_published:
            messages.success(
                request,
                _("Your proposed edit is back with you. The published version is unchanged."),
            )
        else:
            messages.success(request, _("It is a draft again. Send it when it is ready."))
    return redirect(resource)


@login_required
def resource_new_version(request, pk):
    previous = _editable(request, pk)
    if not previous.is_published:
        raise Http404
    if previous.is_superseded:
        messages.error(request, _("A newer version of this resource has already been started."))
        return redirect(previous)
    initial = {**resource_initial(previous), "version_label": ""}
    form = ResourceForm(
        request.POST or None, request.FILES or None, user=request.user, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            resource = services.resource_create(
                author=request.user,
                organisation=form.cleaned_data["organisation"],
                submit=request.POST.get("action") == "submit",
                previous_version=previous,
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
    context = {
        "form": form,
        "replaces": previous,
        "replaces_title": translated_field(previous, "title", previous.original_language),
    }
    return render(request, "library/form.html", context, status=form_status(request, form))


@login_required
def proposed_file(request, pk, key):
    """A file a proposed edit adds, for the moderators and the resource's editors."""
    revision = get_object_or_404(ResourceRevision.objects.select_related("resource"), pk=pk)
    if not (
        permissions.can_moderate_resources(request.user)
        or permissions.can_edit(request.user, revision.resource)
    ):
        raise Http404
    added = (revision.data.get("files") or {}).get("add", [])
    entry = next((entry for entry in added if entry["key"] == key), None)
    if entry is None:
        raise Http404
    response = FileResponse(
        default_storage.open(entry["path"], "rb"),
        as_attachment=True,
        filename=entry["name"],
        content_type=entry["content_type"],
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
