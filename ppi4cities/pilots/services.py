"""Every write to pilots. Each service is one transaction; moderation state changes go through
`ppi4cities.moderation.services`."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries

from ppi4cities.accounts.forms import NUTS_PREFIX_EXCEPTIONS
from ppi4cities.accounts.models import Organisation
from ppi4cities.core.documents import detect_document
from ppi4cities.core.images import reencoded_image, validate_image_upload
from ppi4cities.core.models import Theme
from ppi4cities.core.vocabularies import Procedure, cpv_validator
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

from . import permissions, selectors
from .models import (
    EDITABLE_FIELDS,
    PILOT_FIELDS,
    TEXT_FIELDS,
    Pilot,
    PilotDocument,
    PilotPhoto,
    PilotRevision,
    Project,
    Supplier,
)
from .vocabularies import CURRENCIES, InnovationType, SupplierSize

GOOD_PRACTICE_FIELDS = ["why_it_worked", "how_to_replicate"]
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The steps of a procurement, in the order they happen.
DATE_ORDER = [
    "needs_assessment_date",
    "market_consultation_date",
    "tender_date",
    "award_date",
    "contract_start",
    "contract_end",
]
MAX_SUPPLIERS = 30
# Checked by _apply per language (the untranslated columns follow the active language), or
# relations the services set themselves.
UNCHECKED_FIELDS = [*TEXT_FIELDS, *GOOD_PRACTICE_FIELDS, "author", "organisation", "project"]
# `pilot_update(project=UNCHANGED)` keeps the project; None takes the pilot out of it.
UNCHANGED = object()


def _check_unknown(data: dict):
    unknown = sorted(set(data) - set(PILOT_FIELDS))
    if unknown:
        raise ValidationError(
            {"data": _("Unknown fields: %(names)s.") % {"names": ", ".join(unknown)}}
        )


def _check_place(pilot):
    if str(pilot.country) not in countries.countries:
        raise ValidationError({"country": _("Choose a country from the list.")})
    for field, limit in (("latitude", 90), ("longitude", 180)):
        value = getattr(pilot, field)
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise ValidationError({field: _("Give a number, for example 55.73.")}) from None
        if not -limit <= value <= limit:
            raise ValidationError(
                {field: _("Give a value between -%(limit)s and %(limit)s.") % {"limit": limit}}
            )
        setattr(pilot, field, value)
    pilot.nuts3 = (pilot.nuts3 or "").strip().upper()
    prefix = NUTS_PREFIX_EXCEPTIONS.get(str(pilot.country), str(pilot.country))
    if pilot.nuts3 and not pilot.nuts3.startswith(prefix):
        raise ValidationError(
            {
                "nuts3": _("NUTS codes of %(country)s start with %(prefix)s.")
                % {"country": countries.name(pilot.country), "prefix": prefix}
            }
        )


def _check_codes(pilot):
    if pilot.procedure and pilot.procedure not in Procedure.values:
        raise ValidationError({"procedure": _("Choose a procedure from the list.")})
    pilot.innovation_types = list(pilot.innovation_types or [])
    unknown = [code for code in pilot.innovation_types if code not in InnovationType.values]
    if unknown:
        raise ValidationError(
            {
                "innovation_types": _("Unknown innovation types: %(codes)s.")
                % {"codes": ", ".join(map(str, unknown))}
            }
        )
    pilot.cpv_codes = [str(code).strip() for code in pilot.cpv_codes or []]
    for code in pilot.cpv_codes:
        try:
            cpv_validator(code)
        except ValidationError as error:
            raise ValidationError({"cpv_codes": error.messages}) from error
    if pilot.currency not in CURRENCIES:
        raise ValidationError(
            {"currency": _("Choose one of: %(codes)s.") % {"codes": ", ".join(CURRENCIES)}}
        )


def _check_values(pilot):
    for field in ("estimated_value", "contract_value"):
        value = getattr(pilot, field)
        if value is None or value == "":
            setattr(pilot, field, None)
            continue
        try:
            value = Decimal(str(value))
        except InvalidOperation:
            raise ValidationError({field: _("Give the value as a number.")}) from None
        if not value.is_finite() or value < 0:
            raise ValidationError({field: _("Give a value of zero or more.")})
        setattr(pilot, field, value)


def _check_dates(pilot):
    for name in DATE_ORDER:
        try:
            setattr(pilot, name, Pilot._meta.get_field(name).to_python(getattr(pilot, name)))
        except ValidationError as error:
            raise ValidationError({name: error.messages}) from error
    given = [(name, getattr(pilot, name)) for name in DATE_ORDER if getattr(pilot, name)]
    for (earlier, first), (later, second) in zip(given, given[1:], strict=False):
        if second < first:
            raise ValidationError(
                {
                    later: _("This date comes before the %(earlier)s date.")
                    % {"earlier": Pilot._meta.get_field(earlier).verbose_name}
                }
            )


def _apply(pilot, data: dict, texts: dict):
    _check_unknown(data)
    for field in PILOT_FIELDS:
        if field in data:
            setattr(pilot, field, data[field])
    for code, values in texts.items():
        if code not in LANGUAGE_CODES:
            raise ValidationError({"texts": _("Unknown language “%(code)s”.") % {"code": code}})
        for field in TEXT_FIELDS:
            if field in values:
                setattr(pilot, f"{field}_{code}", (values[field] or "").strip())
    original = pilot.original_language
    if original not in LANGUAGE_CODES:
        raise ValidationError({"original_language": _("Choose a language from the list.")})
    if not getattr(pilot, f"title_{original}", "") or not getattr(pilot, f"summary_{original}", ""):
        raise ValidationError(
            {"title": _("Give at least a title and a summary in the original language.")}
        )
    _check_place(pilot)
    _check_codes(pilot)
    _check_values(pilot)
    _check_dates(pilot)
    pilot.full_clean(exclude=UNCHECKED_FIELDS)


def _themes(codes) -> list[Theme]:
    codes = sorted({str(code) for code in codes})
    themes = list(Theme.objects.filter(code__in=codes))
    unknown = sorted(set(codes) - {theme.code for theme in themes})
    if unknown:
        raise ValidationError(
            {"themes": _("Unknown themes: %(codes)s.") % {"codes": ", ".join(unknown)}}
        )
    return themes


def _suppliers(pilot, rows) -> list[Supplier]:
    rows = list(rows)
    if len(rows) > MAX_SUPPLIERS:
        raise ValidationError({"suppliers": _("At most 30 suppliers.")})
    suppliers = []
    for position, row in enumerate(rows):
        supplier = Supplier(
            pilot=pilot,
            name=(row.get("name") or "").strip(),
            country=(row.get("country") or "").strip().upper(),
            size=(row.get("size") or "").strip().lower(),
            position=position,
        )
        if not supplier.name:
            raise ValidationError({"suppliers": _("Each supplier needs a name.")})
        if supplier.country and str(supplier.country) not in countries.countries:
            raise ValidationError(
                {
                    "suppliers": _("“%(code)s” is not a country code (for example FI or LT).")
                    % {"code": supplier.country}
                }
            )
        if supplier.size and supplier.size not in SupplierSize.values:
            raise ValidationError(
                {
                    "suppliers": _("Size is one of: %(sizes)s.")
                    % {"sizes": ", ".join(SupplierSize.values)}
                }
            )
        supplier.full_clean(exclude=["pilot"])
        suppliers.append(supplier)
    return suppliers


def _buyers(buyers) -> list[Organisation]:
    """The buying organisations (given as organisations or ids), in order, each once; at least
    one, and each in the directory."""
    ids = list(dict.fromkeys(getattr(buyer, "pk", buyer) for buyer in buyers))
    if not ids:
        raise ValidationError({"buyers": _("Name at least one buyer.")})
    found = Organisation.objects.in_bulk([pk for pk in ids if isinstance(pk, int)])
    if len(found) != len(ids):
        raise ValidationError({"buyers": _("Choose the buyers among the organisations listed.")})
    return [found[pk] for pk in ids]


def _project(project) -> Project | None:
    """The project (given as a project or an id), which must exist, or None."""
    if project is None:
        return None
    pk = getattr(project, "pk", project)
    found = Project.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if found is None:
        raise ValidationError({"project": _("Choose a project from the list.")})
    return found


def _set_relations(pilot, *, buyers=None, themes=None, suppliers=None):
    if themes is not None:
        pilot.themes.set(themes)
    if buyers is not None:
        pilot.buyers.set(buyers)
    if suppliers is not None:
        pilot.suppliers.all().delete()
        Supplier.objects.bulk_create(suppliers)


@transaction.atomic
def pilot_create(
    *,
    author,
    organisation,
    data: dict,
    texts: dict,
    buyers=(),
    themes=(),
    suppliers=(),
    project=None,
    submit=False,
) -> Pilot:
    """A new pilot (a draft unless `submit`), on behalf of one of the author's organisations.
    Without buyers, the organisation is the buyer."""
    if not permissions.can_submit_for(author, organisation):
        raise PermissionDenied(_("Submit pilots on behalf of an organisation you belong to."))
    pilot = Pilot(author=author, organisation=organisation, project=_project(project))
    _apply(pilot, data, texts)
    buyer_list = _buyers(buyers or [organisation])
    theme_list = _themes(themes)
    pilot.save()
    _set_relations(
        pilot, buyers=buyer_list, themes=theme_list, suppliers=_suppliers(pilot, suppliers)
    )
    if submit:
        moderation.moderation_submit(subject=pilot, actor=author)
    return pilot


@transaction.atomic
def pilot_update(
    *,
    pilot: Pilot,
    actor,
    data: dict,
    texts: dict,
    buyers=None,
    themes=None,
    suppliers=None,
    project=UNCHANGED,
    submit=False,
) -> Pilot | PilotRevision:
    """Edit a pilot. An unpublished one changes at once, and with `submit` goes to the
    moderators (a waiting one stays in the queue). A published one stays as it is: the edit
    becomes its proposed edit (a PilotRevision, returned), sent to the moderators; while that
    edit is not yet approved, editing again reworks it rather than adding another.
    Relations left as None (the project as UNCHANGED) stay as they are."""
    if not permissions.can_edit(actor, pilot):
        raise PermissionDenied(
            _("Only the author, the organisation's administrators and the moderators can edit.")
        )
    if pilot.status == Status.PUBLISHED:
        return _propose_edit(pilot, actor, data, texts, buyers, themes, suppliers, project)
    _apply(pilot, data, texts)
    buyer_list = _buyers(buyers) if buyers is not None else None
    theme_list = _themes(themes) if themes is not None else None
    supplier_list = _suppliers(pilot, suppliers) if suppliers is not None else None
    if project is not UNCHANGED:
        pilot.project = _project(project)
    pilot.save()
    _set_relations(pilot, buyers=buyer_list, themes=theme_list, suppliers=supplier_list)
    if submit and pilot.status != Status.PENDING:
        moderation.moderation_submit(subject=pilot, actor=actor)
    return pilot


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "code"):  # a country
        return value.code
    return value


RELATIONS = ["buyers", "themes", "suppliers", "project"]


def _supplier_row(supplier) -> dict:
    return {"name": supplier.name, "country": str(supplier.country or ""), "size": supplier.size}


def _relations_now(pilot) -> dict:
    """The published pilot's relations, as a proposed edit stores them."""
    return {
        "buyers": list(pilot.buyers.values_list("pk", flat=True)),
        "themes": sorted(pilot.themes.values_list("code", flat=True)),
        "suppliers": [_supplier_row(item) for item in pilot.suppliers.all()],
        "project": pilot.project_id,
    }


def _proposed_relations(proposal, previous, *, buyers, themes, suppliers, project) -> dict:
    """The relations a proposed edit gives: those given, checked; else the previous ones."""
    relations = {name: previous[name] for name in RELATIONS}
    if buyers is not None:
        relations["buyers"] = [item.pk for item in _buyers(buyers)]
    if themes is not None:
        relations["themes"] = sorted(theme.code for theme in _themes(themes))
    if suppliers is not None:
        relations["suppliers"] = [_supplier_row(item) for item in _suppliers(proposal, suppliers)]
    if project is not UNCHANGED:
        relations["project"] = getattr(_project(project), "pk", None)
    return relations


def _propose_edit(pilot, actor, data, texts, buyers, themes, suppliers, project) -> PilotRevision:
    """Store the edit of a published pilot as its proposed edit and send it to the moderators;
    the published pilot is not touched. Everything is checked now, so approving cannot fail."""
    # Two saves at once must not both start a proposed edit.
    Pilot.objects.select_for_update().filter(pk=pilot.pk).first()
    revision = selectors.pilot_open_revision(pilot)
    previous = revision.data if revision else _relations_now(pilot)
    proposal = Pilot.objects.get(pk=pilot.pk)
    if revision:
        # What this save leaves out keeps the value the waiting edit gave it.
        _apply(proposal, previous["fields"], previous["texts"])
    _apply(proposal, data, texts)
    content = {
        "fields": {name: _json_value(getattr(proposal, name)) for name in EDITABLE_FIELDS},
        "texts": {
            code: {name: getattr(proposal, f"{name}_{code}") or "" for name in TEXT_FIELDS}
            for code in LANGUAGE_CODES
        },
        **_proposed_relations(
            proposal,
            previous,
            buyers=buyers,
            themes=themes,
            suppliers=suppliers,
            project=project,
        ),
    }
    if revision is None:
        revision = PilotRevision.objects.create(pilot=pilot, author=actor, data=content)
    else:
        revision.data = content
        revision.save(update_fields=["data"])
    if revision.status != Status.PENDING:
        moderation.moderation_submit(subject=revision, actor=actor)
    return revision


def pilot_revision_apply(*, revision: PilotRevision) -> Pilot:
    """Write an approved edit into its pilot (called by moderation on approval). Buyers or a
    project deleted since the edit was proposed are left out."""
    pilot, content = revision.pilot, revision.data
    _apply(pilot, content["fields"], content["texts"])
    remaining = set(
        Organisation.objects.filter(pk__in=content["buyers"]).values_list("pk", flat=True)
    )
    buyers = _buyers([pk for pk in content["buyers"] if pk in remaining])
    pilot.project = Project.objects.filter(pk=content["project"]).first()
    pilot.save()
    _set_relations(
        pilot,
        buyers=buyers,
        themes=_themes(content["themes"]),
        suppliers=_suppliers(pilot, content["suppliers"]),
    )
    return pilot


def _moderated_part(pilot: Pilot):
    """What of the pilot goes through moderation now: the pilot itself, or for a published one,
    its proposed edit."""
    if pilot.status != Status.PUBLISHED:
        return pilot
    revision = selectors.pilot_open_revision(pilot)
    if revision is None:
        raise ValidationError(_("This pilot is published and has no proposed edit."))
    return revision


@transaction.atomic
def pilot_submit(*, pilot: Pilot, actor):
    """Send the pilot, or the proposed edit of a published one, to the moderators."""
    if not permissions.can_edit(actor, pilot):
        raise PermissionDenied(
            _("Only the author and the organisation's administrators can submit.")
        )
    return moderation.moderation_submit(subject=_moderated_part(pilot), actor=actor)


@transaction.atomic
def pilot_withdraw(*, pilot: Pilot, actor):
    """Take the pilot, or the proposed edit of a published one, back from the moderation queue;
    the published pilot stays as it is."""
    if not permissions.can_edit(actor, pilot):
        raise PermissionDenied(
            _("Only the author and the organisation's administrators can withdraw.")
        )
    return moderation.moderation_withdraw(subject=_moderated_part(pilot), actor=actor)


@transaction.atomic
def pilot_approve(*, pilot: Pilot, actor, message="") -> Pilot:
    """A moderator publishes a waiting pilot."""
    moderation.moderation_approve(subject=pilot, actor=actor, message=message)
    return pilot


@transaction.atomic
def pilot_mark_good_practice(
    *, pilot: Pilot, actor, why_it_worked: dict, how_to_replicate: dict
) -> Pilot:
    """A moderator marks a published pilot as a good practice, saying why it worked and how to
    replicate it (each by language; the pilot's original language is required)."""
    if not permissions.can_moderate_pilots(actor):
        raise PermissionDenied(_("Only moderators choose good practices."))
    if pilot.status != Status.PUBLISHED:
        raise ValidationError(_("Only published pilots can be good practices."))
    for field, texts in (("why_it_worked", why_it_worked), ("how_to_replicate", how_to_replicate)):
        for code, text in (texts or {}).items():
            if code not in LANGUAGE_CODES:
                raise ValidationError({field: _("Unknown language “%(code)s”.") % {"code": code}})
            setattr(pilot, f"{field}_{code}", (text or "").strip())
        if not getattr(pilot, f"{field}_{pilot.original_language}", ""):
            raise ValidationError(
                {field: _("Write this in the pilot's original language, at least.")}
            )
    pilot.is_good_practice = True
    pilot.save()
    return pilot


# Documents and photos -----------------------------------------------------------------
# Documents are checked by their content, photos re-encoded (see ppi4cities.core). Errors name
# the field of the form and the API: `file`, `title`, `image`, `alt_text`, `caption`.

MAX_DOCUMENTS = 10
MAX_PHOTOS = 12
PHOTO_MAX_SIDE = 2000
# Camera photos reach 50 megapixels; more than that is not a photo of a pilot.
PHOTO_MAX_PIXELS = 50_000_000
# "IMG_2041.jpg" says nothing to someone who cannot see the photo.
FILE_NAME = re.compile(r"^\S+\.(jpe?g|png|webp|gif|heic|tiff?|bmp)$", re.IGNORECASE)


def _check_manager(actor, pilot):
    if not permissions.can_manage_files(actor, pilot):
        if pilot.status == Status.PUBLISHED:
            raise PermissionDenied(
                _("Only moderators change the documents and photos of a published pilot.")
            )
        raise PermissionDenied(
            _("Only the author and the organisation's administrators change these files.")
        )


def _locked_pilot(pilot) -> Pilot:
    # Two uploads at once must not both pass the limit; the permission is checked on the
    # pilot as it is now.
    return Pilot.objects.select_for_update().get(pk=pilot.pk)


def _delete_after_commit(field_file):
    """Remove the stored file once the row is gone for good; a rollback keeps both."""
    storage, name = field_file.storage, field_file.name
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def _one_line(value: str, field: str) -> str:
    """One line of text, with runs of spaces made one; PostgreSQL cannot store NUL."""
    if "\x00" in (value or ""):
        raise ValidationError({field: _("Null characters are not allowed.")})
    return " ".join((value or "").split())


def _check_alt_one_line(alt_text: str, upload_name: str = "") -> str:
    alt_text = _one_line(alt_text, "alt_text")
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
    pilot = _locked_pilot(pilot)
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
        title=_one_line(title, "title"),
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
    pilot = _locked_pilot(pilot)
    _check_manager(actor, pilot)
    if upload is None:
        raise ValidationError({"image": _("Choose a photo to upload.")})
    if pilot.photos.count() >= MAX_PHOTOS:
        message = _("A pilot has at most %(count)d photos. Remove one first.")
        raise ValidationError({"image": message % {"count": MAX_PHOTOS}})
    alt_text = _check_alt_one_line(alt_text, upload.name or "")
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
        caption=_one_line(caption, "caption"),
        position=pilot.photos.count(),
    )
    photo.full_clean(exclude=["position"])
    photo.save()
    return photo


@transaction.atomic
def pilot_photo_update(*, photo: PilotPhoto, actor, alt_text: str, caption: str) -> PilotPhoto:
    """Change what describes a photo: its text for people who cannot see it, and its caption."""
    _check_manager(actor, photo.pilot)
    photo.alt_text = _check_alt_one_line(alt_text)
    photo.caption = _one_line(caption, "caption")
    photo.full_clean(exclude=["image", "position"])
    photo.save(update_fields=["alt_text", "caption"])
    return photo


@transaction.atomic
def pilot_photo_remove(*, photo: PilotPhoto, actor) -> None:
    """Remove a photo from the pilot, and its file from storage once that is committed."""
    _check_manager(actor, photo.pilot)
    _delete_after_commit(photo.image)
    photo.delete()
