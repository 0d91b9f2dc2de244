"""Documents and photos of a pilot: who may manage them, and adding, changing and removing them.

Documents are checked by their content, photos re-encoded (see `ppi4cities.core`). Errors name
the field of the form and the API: `file`, `title`, `image`, `alt_text`, `caption`.
"""

import re
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ppi4cities.accounts.permissions import is_staff
from ppi4cities.core.documents import detect_document
from ppi4cities.core.images import reencoded_image, validate_image_upload
from ppi4cities.moderation.models import Status

from . import permissions
from .models import Pilot, PilotDocument, PilotPhoto

MAX_DOCUMENTS = 10
MAX_PHOTOS = 12
PHOTO_MAX_SIDE = 2000
# Camera photos reach 50 megapixels; more than that is not a photo of a pilot.
PHOTO_MAX_PIXELS = 50_000_000
# "IMG_2041.jpg" says nothing to someone who cannot see the photo.
FILE_NAME = re.compile(r"^\S+\.(jpe?g|png|webp|gif|heic|tiff?|bmp)$", re.IGNORECASE)


def can_manage_files(user, pilot) -> bool:
    """Those who may edit an unpublished pilot; once published, moderators and staff only
    (members propose changes to a published pilot through the moderators)."""
    if pilot.status == Status.PUBLISHED:
        return permissions.can_moderate_pilots(user) or is_staff(user)
    return permissions.can_edit(user, pilot)


def _check_manager(actor, pilot):
    if not can_manage_files(actor, pilot):
        if pilot.status == Status.PUBLISHED:
            raise PermissionDenied(
                _("Only moderators change the documents and photos of a published pilot.")
            )
        raise PermissionDenied(
            _("Only the author and the organisation's administrators change these files.")
        )


def _locked(pilot) -> Pilot:
    # Two uploads at once must not both pass the limit; the permission is checked on the
    # pilot as it is now.
    return Pilot.objects.select_for_update().get(pk=pilot.pk)


def _delete_after_commit(field_file):
    """Remove the stored file once the row is gone for good; a rollback keeps both."""
    storage, name = field_file.storage, field_file.name
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def _text(value: str, field: str) -> str:
    """One line of text, with runs of spaces made one; PostgreSQL cannot store NUL."""
    if "\x00" in (value or ""):
        raise ValidationError({field: _("Null characters are not allowed.")})
    return " ".join((value or "").split())


def _check_alt_text(alt_text: str, upload_name: str = "") -> str:
    alt_text = _text(alt_text, "alt_text")
    if not alt_text:
        raise ValidationError(
            {"alt_text": _("Describe what the photo shows for people who cannot see it.")}
        )
    stem = PurePath(upload_name).stem.lower() if upload_name else ""
    if FILE_NAME.match(alt_text) or alt_text.lower() in {upload_name.lower(), stem}:
        raise ValidationError(
            {"alt_text": _("Describe what the photo shows, not the name of its file.")}
        )
    return alt_text


def _document_name(upload, extension: str) -> str:
    """The upload's own name, made safe, with the extension its content proves."""
    stem = slugify(PurePath(upload.name or "").stem, allow_unicode=True)[:60]
    return f"{stem or 'document'}.{extension}"


@transaction.atomic
def pilot_document_add(*, pilot: Pilot, actor, upload, title: str) -> PilotDocument:
    """Attach a document (PDF or an office format, checked by its content) to the pilot."""
    pilot = _locked(pilot)
    _check_manager(actor, pilot)
    if upload is None:
        raise ValidationError({"file": _("Choose a file to upload.")})
    if pilot.documents.count() >= MAX_DOCUMENTS:
        message = _("A pilot has at most %(count)d documents. Remove one first.")
        raise ValidationError({"file": message % {"count": MAX_DOCUMENTS}})
    try:
        extension, content_type = detect_document(upload, max_bytes=settings.LIBRARY_FILE_MAX_BYTES)
    except ValidationError as error:
        raise ValidationError({"file": error.messages}) from error
    upload.name = _document_name(upload, extension)
    document = PilotDocument(
        pilot=pilot,
        title=_text(title, "title"),
        file=upload,
        content_type=content_type,
        size=upload.size,
        position=pilot.documents.count(),
    )
    document.full_clean(exclude=["url", "position"])
    document.save()
    return document


@transaction.atomic
def pilot_document_remove(*, document: PilotDocument, actor) -> None:
    """Remove a document from the pilot, and its file from storage once that is committed."""
    _check_manager(actor, document.pilot)
    _delete_after_commit(document.file)
    document.delete()


@transaction.atomic
def pilot_photo_add(*, pilot: Pilot, actor, upload, alt_text: str, caption: str = "") -> PilotPhoto:
    """Add a photo, re-encoded without its metadata and at most PHOTO_MAX_SIDE pixels a side."""
    pilot = _locked(pilot)
    _check_manager(actor, pilot)
    if upload is None:
        raise ValidationError({"image": _("Choose a photo to upload.")})
    if pilot.photos.count() >= MAX_PHOTOS:
        message = _("A pilot has at most %(count)d photos. Remove one first.")
        raise ValidationError({"image": message % {"count": MAX_PHOTOS}})
    alt_text = _check_alt_text(alt_text, upload.name or "")
    try:
        validate_image_upload(
            upload, max_bytes=settings.PILOT_PHOTO_MAX_BYTES, max_pixels=PHOTO_MAX_PIXELS
        )
    except ValidationError as error:
        raise ValidationError({"image": error.messages}) from error
    photo = PilotPhoto(
        pilot=pilot,
        image=reencoded_image(upload, "pilot", max_side=PHOTO_MAX_SIDE),
        alt_text=alt_text,
        caption=_text(caption, "caption"),
        position=pilot.photos.count(),
    )
    photo.full_clean(exclude=["position"])
    photo.save()
    return photo


@transaction.atomic
def pilot_photo_update(*, photo: PilotPhoto, actor, alt_text: str, caption: str) -> PilotPhoto:
    """Change what describes a photo: its text for people who cannot see it, and its caption."""
    _check_manager(actor, photo.pilot)
    photo.alt_text = _check_alt_text(alt_text)
    photo.caption = _text(caption, "caption")
    photo.full_clean(exclude=["image", "position"])
    photo.save(update_fields=["alt_text", "caption"])
    return photo


@transaction.atomic
def pilot_photo_remove(*, photo: PilotPhoto, actor) -> None:
    """Remove a photo from the pilot, and its file from storage once that is committed."""
    _check_manager(actor, photo.pilot)
    _delete_after_commit(photo.image)
    photo.delete()
