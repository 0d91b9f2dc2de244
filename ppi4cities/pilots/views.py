"""Pages of pilots: thin wrappers around selectors and services."""

import mimetypes

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ppi4cities.core.forms import add_service_errors, form_status
from ppi4cities.core.media import SAFE_TYPES, sandboxed_file
from ppi4cities.core.translation import translated_field
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

from . import permissions, selectors, services
from .forms import (
    DecisionForm,
    DocumentForm,
    GoodPracticeForm,
    PhotoDescriptionForm,
    PhotoForm,
    PilotEditForm,
    PilotForm,
    RemoveForm,
    filters_from,
)
from .models import Pilot, PilotDocument, PilotPhoto, PilotRevision
from .vocabularies import InnovationType, PilotState

PAGE_SIZE = 20
TEXTS = ["title", "summary", "challenge", "solution", "results", "lessons_learned"]


def _with_titles(pilots) -> list:
    pilots = list(pilots)
    for pilot in pilots:
        pilot.shown_title = translated_field(pilot, "title", pilot.original_language)
        pilot.shown_summary = translated_field(pilot, "summary", pilot.original_language)
    return pilots


def index(request):
    filters = filters_from(request.GET)
    paginator = Paginator(selectors.pilot_list(filters, request.user), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = _with_titles(page.object_list)
    export_query = request.GET.copy()
    export_query.pop("page", None)
    context = {
        "filters": filters,
        "page": page,
        "export_query": export_query.urlencode(),
        "facets": selectors.pilot_facets(filters, request.user),
        "can_create": permissions.can_create(request.user),
    }
    return render(request, "pilots/index.html", context)


def _visible_or_404(request, pk) -> Pilot:
    pilot = selectors.pilot_visible(pk, request.user)
    if pilot is None:
        raise Http404
    return pilot


def pilot_detail(request, pk, good_practice_form=None):
    pilot = _visible_or_404(request, pk)
    texts = {
        field: translated_field(pilot, field, pilot.original_language)
        for field in [*TEXTS, "why_it_worked", "how_to_replicate"]
    }
    can_edit = permissions.can_edit(request.user, pilot)
    in_circle = permissions.can_follow_moderation(request.user, pilot)
    can_mark = permissions.can_mark_good_practice(request.user, pilot)
    if can_mark and good_practice_form is None:
        good_practice_form = GoodPracticeForm(
            initial={
                "why_it_worked": texts["why_it_worked"].text,
                "how_to_replicate": texts["how_to_replicate"].text,
            }
        )
    context = {
        "pilot": pilot,
        "texts": texts,
        "dates": [
            (Pilot._meta.get_field(name).verbose_name, getattr(pilot, name))
            for name in services.DATE_ORDER
            if getattr(pilot, name)
        ],
        "innovation_types": [
            InnovationType(code).label
            for code in pilot.innovation_types
            if code in InnovationType.values
        ],
        "can_edit": can_edit,
        "can_manage_files": permissions.can_manage_files(request.user, pilot),
        "proposed_edit": (
            selectors.pilot_open_revision(pilot) if can_edit and pilot.is_published else None
        ),
        "in_circle": in_circle,
        "can_mark": can_mark,
        "good_practice_form": good_practice_form,
        "history": selectors.pilot_history(pilot) if in_circle else None,
    }
    status = 400 if good_practice_form is not None and good_practice_form.errors else 200
    return render(request, "pilots/detail.html", context, status=status)


@login_required
def pilot_create(request):
    if not permissions.can_create(request.user):
        raise PermissionDenied
    form = PilotForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            pilot = services.pilot_create(
                author=request.user,
                submit=request.POST.get("action") == "submit",
                **form.service_arguments(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error("organisation", str(error))
        else:
            if pilot.status == Status.PENDING:
                messages.success(request, _("Thank you. The moderators will review it."))
            else:
                messages.success(request, _("Your draft is saved."))
            return redirect(pilot)
    return render(request, "pilots/form.html", {"form": form}, status=form_status(request, form))


def _editable(request, pk) -> Pilot:
    """The pilot, if the person may see it (else 404) and edit it (else 403)."""
    pilot = _visible_or_404(request, pk)
    if not permissions.can_edit(request.user, pilot):
        raise PermissionDenied
    return pilot


def _saved_message(saved) -> str:
    if isinstance(saved, PilotRevision):
        return _(
            "Thank you. Your edit is waiting for the moderators; the published pilot stays as "
            "it is until they approve it."
        )
    if saved.status == Status.PENDING:
        return _("Saved. The moderators will review it.")
    return _("Your changes are saved.")


@login_required
def pilot_edit(request, pk):
    pilot = _editable(request, pk)
    revision = selectors.pilot_open_revision(pilot) if pilot.is_published else None
    form = PilotEditForm(request.POST or None, pilot=pilot, revision=revision)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.pilot_update(
                pilot=pilot,
                actor=request.user,
                submit=request.POST.get("action") == "submit",
                **form.service_arguments(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _saved_message(saved))
            return redirect(pilot)
    context = {
        "form": form,
        "pilot": pilot,
        "revision": revision,
        "title": translated_field(pilot, "title", pilot.original_language),
    }
    return render(request, "pilots/form.html", context, status=form_status(request, form))


@login_required
@require_POST
def pilot_submit(request, pk):
    pilot = _visible_or_404(request, pk)
    if not permissions.can_edit(request.user, pilot):
        raise PermissionDenied
    try:
        services.pilot_submit(pilot=pilot, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Sent to the moderators."))
    return redirect(pilot)


@login_required
@require_POST
def pilot_withdraw(request, pk):
    pilot = _visible_or_404(request, pk)
    if not permissions.can_edit(request.user, pilot):
        raise PermissionDenied
    try:
        services.pilot_withdraw(pilot=pilot, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if pilot.is_published:
            messages.success(
                request, _("Your proposed edit is back with you. The published pilot is unchanged.")
            )
        else:
            messages.success(request, _("Taken back into your drafts."))
    return redirect(pilot)


@login_required
@require_POST
def pilot_good_practice(request, pk):
    pilot = _visible_or_404(request, pk)
    if not permissions.can_mark_good_practice(request.user, pilot):
        raise PermissionDenied
    form = GoodPracticeForm(request.POST)
    if form.is_valid():
        language = pilot.original_language
        try:
            services.pilot_mark_good_practice(
                pilot=pilot,
                actor=request.user,
                why_it_worked={language: form.cleaned_data["why_it_worked"]},
                how_to_replicate={language: form.cleaned_data["how_to_replicate"]},
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The pilot is now shown as a good practice."))
            return redirect(pilot)
    return pilot_detail(request, pk, good_practice_form=form)


def _queue(**extra) -> dict:
    """The waiting pilots and proposed edits, each edit with what it changes."""
    revisions = list(selectors.revision_queue())
    _with_titles(revision.pilot for revision in revisions)
    names = selectors.revision_names(revisions)
    for revision in revisions:
        revision.changes = selectors.revision_changes(revision, names)
    return {"pilots": _with_titles(selectors.moderation_queue()), "revisions": revisions, **extra}


@login_required
def moderation_queue(request):
    if not permissions.can_moderate_pilots(request.user):
        raise PermissionDenied
    return render(request, "pilots/moderation.html", _queue())


@login_required
@require_POST
def moderation_decide(request, pk, kind="pilot"):
    if not permissions.can_moderate_pilots(request.user):
        raise PermissionDenied
    subject = get_object_or_404(PilotRevision if kind == "edit" else Pilot, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return render(request, "pilots/moderation.html", _queue(failed_form=form), status=400)
    decision, message = form.cleaned_data["decision"], form.cleaned_data["message"]
    try:
        moderation.moderation_decide(
            subject=subject, actor=request.user, decision=decision, message=message
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your decision is recorded."))
    return redirect("pilots:moderation")


def project_detail(request, slug):
    project, pilots = selectors.project_with_pilots(slug)
    return render(
        request,
        "pilots/project.html",
        {
            "project": project,
            "summary": translated_field(project, "summary", "en"),
            "pilots": _with_titles(pilots),
        },
    )


def pilot_map(request):
    """The map of pilots: the list's filters beside a Leaflet map that the script fills from
    the GeoJSON endpoint; without JavaScript the page points to the list."""
    filters = filters_from(request.GET)
    query = request.GET.copy()
    query.pop("page", None)
    facets = selectors.pilot_facets(filters, request.user)
    context = {
        "filters": filters,
        "facets": facets,
        "count": facets["total"],
        "query": query.urlencode(),
        "states": {code: str(label) for code, label in PilotState.choices},
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }
    return render(request, "pilots/map.html", context)


def pilot_photo(request, pk):
    """A pilot's photo, for those who may see the pilot (a pending pilot's photo stays hidden)."""
    photo = get_object_or_404(PilotPhoto.objects.select_related("pilot"), pk=pk)
    if not permissions.can_view(request.user, photo.pilot):
        raise Http404
    content_type = mimetypes.guess_type(photo.image.name)[0] or "application/octet-stream"
    if content_type not in SAFE_TYPES:
        raise Http404
    name = photo.image.name.rsplit("/", 1)[-1]
    return sandboxed_file(
        photo.image, filename=name, content_type=content_type, as_attachment=False
    )


def pilot_document(request, pk):
    """A pilot's attached document, for those who may see the pilot."""
    document = get_object_or_404(PilotDocument.objects.select_related("pilot"), pk=pk)
    if not (document.file and permissions.can_view(request.user, document.pilot)):
        raise Http404
    name = document.file.name.rsplit("/", 1)[-1]
    content_type = document.content_type or "application/octet-stream"
    return sandboxed_file(
        document.file, filename=name, content_type=content_type, as_attachment=True
    )


# Documents and photos ------------------------------------------------------------------------


def _files_pilot(request, pk) -> Pilot:
    """The pilot whose files the person may manage; 404 when they may not even see it."""
    pilot = _visible_or_404(request, pk)
    if not permissions.can_manage_files(request.user, pilot):
        raise PermissionDenied
    return pilot


def _files_page(request, pilot, *, failed=None, status=200):
    """The files page; `failed` holds a refused form by its prefix, shown instead of a blank one."""
    failed = failed or {}

    def form(cls, prefix, **kwargs):
        return failed.get(prefix) or cls(prefix=prefix, **kwargs)

    documents = list(pilot.documents.all())
    for document in documents:
        prefix = f"remove-document-{document.pk}"
        document.remove_form = form(RemoveForm, prefix, name=document.title)
    photos = list(pilot.photos.all())
    for photo in photos:
        initial = {"alt_text": photo.alt_text, "caption": photo.caption}
        photo.edit_form = form(PhotoDescriptionForm, f"photo-{photo.pk}", initial=initial)
        photo.remove_form = form(RemoveForm, f"remove-photo-{photo.pk}", name=photo.alt_text)
    context = {
        "pilot": pilot,
        "title": translated_field(pilot, "title", pilot.original_language),
        "documents": documents,
        "photos": photos,
        "document_form": form(DocumentForm, "document"),
        "photo_form": form(PhotoForm, "photo"),
        "max_documents": services.MAX_DOCUMENTS,
        "max_photos": services.MAX_PHOTOS,
    }
    return render(request, "pilots/files.html", context, status=status)


def _files_change(request, pilot, form, change, success: str):
    """Run `change` with the form's data; redirect on success, else show the form refused."""
    if form.is_valid():
        try:
            change(form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, success)
            return redirect("pilots:files", pilot.pk)
    return _files_page(request, pilot, failed={form.prefix: form}, status=400)


@login_required
def pilot_files(request, pk):
    return _files_page(request, _files_pilot(request, pk))


@login_required
@require_POST
def pilot_files_document_add(request, pk):
    pilot = _files_pilot(request, pk)
    form = DocumentForm(request.POST, request.FILES, prefix="document")

    def add(data):
        services.pilot_document_add(
            pilot=pilot, actor=request.user, upload=data["file"], title=data["title"]
        )

    return _files_change(request, pilot, form, add, _("The document is added."))


@login_required
@require_POST
def pilot_files_document_remove(request, pk, document_pk):
    pilot = _files_pilot(request, pk)
    document = get_object_or_404(pilot.documents, pk=document_pk)
    form = RemoveForm(request.POST, prefix=f"remove-document-{document.pk}", name=document.title)

    def remove(data):
        services.pilot_document_remove(document=document, actor=request.user)

    return _files_change(request, pilot, form, remove, _("The document is removed."))


@login_required
@require_POST
def pilot_files_photo_add(request, pk):
    pilot = _files_pilot(request, pk)
    form = PhotoForm(request.POST, request.FILES, prefix="photo")

    def add(data):
        services.pilot_photo_add(
            pilot=pilot,
            actor=request.user,
            upload=data["image"],
            alt_text=data["alt_text"],
            caption=data["caption"],
        )

    return _files_change(request, pilot, form, add, _("The photo is added."))


@login_required
@require_POST
def pilot_files_photo_update(request, pk, photo_pk):
    pilot = _files_pilot(request, pk)
    photo = get_object_or_404(pilot.photos, pk=photo_pk)
    form = PhotoDescriptionForm(request.POST, prefix=f"photo-{photo.pk}")

    def update(data):
        services.pilot_photo_update(
            photo=photo, actor=request.user, alt_text=data["alt_text"], caption=data["caption"]
        )

    return _files_change(request, pilot, form, update, _("The photo's description is saved."))


@login_required
@require_POST
def pilot_files_photo_remove(request, pk, photo_pk):
    pilot = _files_pilot(request, pk)
    photo = get_object_or_404(pilot.photos, pk=photo_pk)
    form = RemoveForm(request.POST, prefix=f"remove-photo-{photo.pk}", name=photo.alt_text)

    def remove(data):
        services.pilot_photo_remove(photo=photo, actor=request.user)

    return _files_change(request, pilot, form, remove, _("The photo is removed."))
