"""Every write to the library. Each service is one transaction; state changes of moderation
go through `ppi4cities.moderation.services`."""

import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries

from ppi4cities.core.documents import detect_document
from ppi4cities.core.vocabularies import cpv_validator
from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

from . import indexing, permissions, selectors
from .models import (
    RESOURCE_FIELDS,
    Bookmark,
    Collection,
    CollectionItem,
    Resource,
    ResourceFacet,
    ResourceFeedback,
    ResourceFile,
    ResourceLink,
    ResourceRevision,
)
from .snapshot import library_changed
from .vocabularies import EU_WIDE, Facet, fixed_facet_labels

TEXT_FIELDS = ["title", "summary", "body"]
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MAX_LINKS = 20
# Files of proposed edits wait here, each in a folder named by a random key.
PROPOSED_FILES_FOLDER = "library/proposed"
# Checked by _apply per language (the untranslated columns follow the active language), or
# relations the services set themselves.
UNCHECKED_FIELDS = [*TEXT_FIELDS, "previous_version", "author", "organisation"]


def facet_choices(facet: str) -> set[str]:
    """The values a facet accepts."""
    if facet == Facet.COUNTRY:
        return {*countries.countries, EU_WIDE}
    return set(fixed_facet_labels(facet))


def clean_facets(facets: dict) -> dict[str, list[str]]:
    """Facet values checked against their vocabularies; unknown facets or values refused."""
    cleaned = {}
    for facet, values in (facets or {}).items():
        if facet not in Facet.values:
            raise ValidationError({"facets": _("Unknown property “%(name)s”.") % {"name": facet}})
        allowed = facet_choices(facet)
        unknown = [value for value in values if value not in allowed]
        if unknown:
            raise ValidationError(
                {facet: _("Unknown values: %(values)s.") % {"values": ", ".join(unknown)}}
            )
        cleaned[facet] = sorted(set(values))
    return cleaned


def _apply(resource, data: dict, texts: dict):
    library_changed()
    for field in RESOURCE_FIELDS:
        if field in data:
            setattr(resource, field, data[field])
    for code, values in texts.items():
        if code not in LANGUAGE_CODES:
            raise ValidationError({"texts": _("Unknown language “%(code)s”.") % {"code": code}})
        for field in TEXT_FIELDS:
            if field in values:
                setattr(resource, f"{field}_{code}", (values[field] or "").strip())
    original = resource.original_language
    if not getattr(resource, f"title_{original}", "") or not getattr(
        resource, f"summary_{original}", ""
    ):
        raise ValidationError(
            {"title": _("Give at least a title and a summary in the original language.")}
        )
    if resource.publication_date and not resource.year:
        resource.year = resource.publication_date.year
    for code in resource.cpv_codes or []:
        try:
            cpv_validator(code)
        except ValidationError as error:
            raise ValidationError({"cpv_codes": error.messages}) from error


def _set_facets(resource, facets: dict[str, list[str]]):
    library_changed()
    ResourceFacet.objects.filter(resource=resource, facet__in=list(facets)).delete()
    ResourceFacet.objects.bulk_create(
        ResourceFacet(resource=resource, facet=facet, value=value)
        for facet, values in facets.items()
        for value in values
    )


def _set_links(resource, links):
    if links is None:
        return
    if len(links) > MAX_LINKS:
        raise ValidationError({"links": _("At most 20 links.")})
    resource.links.all().delete()
    for position, link in enumerate(links):
        item = ResourceLink(
            resource=resource, url=link["url"], title=link.get("title", ""), position=position
        )
        item.full_clean(exclude=["resource"])
        item.save()


def _check_document(upload) -> tuple[str, str, str]:
    """(name, extension, content type) of an accepted upload; refusals name the files field.
    The name keeps the upload's stem with the extension its content proves."""
    try:
        extension, content_type = detect_document(upload, max_bytes=settings.LIBRARY_FILE_MAX_BYTES)
    except ValidationError as error:
        raise ValidationError({"files": error.messages}) from error
    name = upload.name.rsplit("/", 1)[-1][:190]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}.{extension}", extension, content_type


def _add_files(resource, uploads):
    start = resource.files.count()
    for offset, upload in enumerate(uploads):
        name, _extension, content_type = _check_document(upload)
        upload.name = name
        ResourceFile.objects.create(
            resource=resource,
            file=upload,
            name=name,
            content_type=content_type,
            size=upload.size,
            position=start + offset,
        )


@transaction.atomic
def resource_create(
    *,
    author,
    organisation,
    data: dict,
    texts: dict,
    facets: dict,
    links=(),
    files=(),
    submit: bool = False,
    previous_version: Resource | None = None,
    is_demo: bool = False,
) -> Resource:
    """A new resource (a draft unless `submit`), on behalf of one of the author's organisations.
    With `previous_version` it is the new version of a resource the author may edit."""
    if not permissions.can_submit_for(author, organisation):
        raise PermissionDenied(_("Submit resources on behalf of an organisation you belong to."))
    if previous_version is not None:
        _check_new_version_of(previous_version, author)
    resource = Resource(
        author=author, organisation=organisation, previous_version=previous_version, is_demo=is_demo
    )
    _apply(resource, data, texts)
    resource.full_clean(exclude=UNCHECKED_FIELDS)
    resource.save()
    _set_facets(resource, clean_facets(facets))
    _set_links(resource, list(links))
    _add_files(resource, files)
    if submit:
        moderation.moderation_submit(subject=resource, actor=author)
    return resource


@transaction.atomic
def resource_update(
    *,
    resource: Resource,
    actor,
    data: dict,
    texts: dict,
    facets: dict,
    links=None,
    files=(),
    remove_files=(),
    submit: bool = False,
):
    """Edit a resource. An unpublished one changes at once, and with `submit` goes to the
    moderators (a waiting one stays in the queue). A published one stays as it is: the edit
    becomes its proposed edit (a ResourceRevision, returned), sent to the moderators; while
    that edit is not yet approved, editing again reworks it rather than adding another.

    `remove_files` are ids of the resource's files, or, for a proposed edit, also the keys of
    files the edit adds."""
    if not permissions.can_edit(actor, resource):
        raise PermissionDenied(_("Only the author and the organisation's administrators can edit."))
    facets = clean_facets(facets)
    remove = {str(key) for key in remove_files}
    if resource.status == Status.PUBLISHED:
        return _propose_edit(resource, actor, data, texts, facets, links, files, remove)
    _apply(resource, data, texts)
    resource.full_clean(exclude=UNCHECKED_FIELDS)
    resource.save()
    _set_facets(resource, facets)
    _set_links(resource, links)
    resource.files.filter(pk__in=[int(key) for key in remove if key.isdigit()]).delete()
    _add_files(resource, files)
    if submit and resource.status != Status.PENDING:
        moderation.moderation_submit(subject=resource, actor=actor)
    return resource


def _proposal_fields(fields: dict) -> dict:
    """A proposed edit's stored fields, as the model takes them."""
    fields = dict(fields)
    if fields.get("publication_date"):
        fields["publication_date"] = date.fromisoformat(fields["publication_date"])
    return fields


def _check_links(links) -> list[dict]:
    """Links as they would be stored, checked now so that approving them cannot fail."""
    links = [{"url": link["url"], "title": link.get("title", "")} for link in links]
    if len(links) > MAX_LINKS:
        raise ValidationError({"links": _("At most 20 links.")})
    for link in links:
        try:
            ResourceLink(**link).full_clean(exclude=["resource", "position"])
        except ValidationError as error:
            raise ValidationError({"links": error.messages}) from error
    return links


def _store_proposed_files(uploads) -> list[dict]:
    """Files a proposed edit adds, checked like any attachment, then kept under a folder nobody
    can guess until the edit is approved."""
    checked = [(upload, *_check_document(upload)) for upload in uploads]
    stored = []
    for upload, name, _extension, content_type in checked:
        key = uuid.uuid4().hex
        path = default_storage.save(f"{PROPOSED_FILES_FOLDER}/{key}/{name}", upload)
        stored.append(
            {
                "key": key,
                "path": path,
                "name": name,
                "content_type": content_type,
                "size": upload.size,
            }
        )
    return stored


def _propose_edit(resource, actor, data, texts, facets, links, uploads, remove) -> ResourceRevision:
    """Store the edit of a published resource as its proposed edit and send it to the
    moderators; the published resource is not touched."""
    # Two saves at once must not both start a proposed edit.
    Resource.objects.select_for_update().filter(pk=resource.pk).first()
    revision = selectors.resource_open_revision(resource)
    previous = revision.data if revision else {}
    proposal = Resource.objects.get(pk=resource.pk)
    if revision:
        # What this save leaves out keeps the value the waiting edit gave it.
        _apply(proposal, _proposal_fields(previous["fields"]), previous["texts"])
    _apply(proposal, data, texts)
    proposal.full_clean(exclude=UNCHECKED_FIELDS)
    if links is None:
        links = previous.get("links")
    links = _check_links(links) if links is not None else None
    files = previous.get("files") or {"remove": [], "add": []}
    published = {str(pk) for pk in resource.files.values_list("pk", flat=True)}
    dropped = [entry for entry in files["add"] if entry["key"] in remove]
    files = {
        "remove": sorted({*files["remove"], *(int(key) for key in remove & published)}),
        "add": [entry for entry in files["add"] if entry["key"] not in remove]
        + _store_proposed_files(uploads),
    }
    data = _serialise_proposal(proposal, {**previous.get("facets", {}), **facets}, links, files)
    if revision is None:
        revision = ResourceRevision.objects.create(resource=resource, author=actor, data=data)
    else:
        revision.data = data
        revision.save(update_fields=["data"])
    for entry in dropped:
        transaction.on_commit(lambda path=entry["path"]: default_storage.delete(path))
    if revision.status != Status.PENDING:
        moderation.moderation_submit(subject=revision, actor=actor)
    return revision


def _serialise_proposal(proposal, facets, links, files=None) -> dict:
    return {
        "fields": {
            field: (
                getattr(proposal, field).isoformat()
                if field == "publication_date" and proposal.publication_date
                else getattr(proposal, field)
            )
            for field in RESOURCE_FIELDS
        },
        "texts": {
            code: {field: getattr(proposal, f"{field}_{code}") or "" for field in TEXT_FIELDS}
            for code in LANGUAGE_CODES
        },
        "facets": facets,
        "links": list(links) if links is not None else None,
        "files": files or {"remove": [], "add": []},
    }


def revision_apply(*, revision: ResourceRevision) -> Resource:
    """Write an approved edit into its resource (called by moderation on approval)."""
    resource = revision.resource
    _apply(resource, _proposal_fields(revision.data["fields"]), revision.data["texts"])
    resource.save()
    _set_facets(resource, revision.data["facets"])
    _set_links(resource, revision.data["links"])
    files = revision.data.get("files") or {}
    resource.files.filter(pk__in=files.get("remove", [])).delete()
    start = resource.files.count()
    for offset, entry in enumerate(files.get("add", [])):
        ResourceFile.objects.create(
            resource=resource,
            file=entry["path"],
            name=entry["name"],
            content_type=entry["content_type"],
            size=entry["size"],
            position=start + offset,
        )
    indexing.resource_index(resource)
    return resource


@transaction.atomic
def resource_submit(*, resource: Resource, actor):
    """Send a resource to the moderators, or, for a published one, its proposed edit."""
    if not permissions.can_edit(actor, resource):
        raise PermissionDenied(
            _("Only the author and the organisation's administrators can submit.")
        )
    return moderation.moderation_submit(subject=_moderated_part(resource), actor=actor)


def _moderated_part(resource: Resource):
    """What of the resource goes through moderation now: the resource itself, or for a
    published one, its proposed edit."""
    if resource.status != Status.PUBLISHED:
        return resource
    revision = selectors.resource_open_revision(resource)
    if revision is None:
        raise ValidationError(_("This resource is published and has no proposed edit."))
    return revision


@transaction.atomic
def resource_withdraw(*, resource: Resource, actor):
    """Take a resource, or its proposed edit, back from the moderation queue into drafts."""
    if not permissions.can_edit(actor, resource):
        raise PermissionDenied(
            _("Only the author and the organisation's administrators can withdraw.")
        )
    return moderation.moderation_withdraw(subject=_moderated_part(resource), actor=actor)


def _check_new_version_of(previous: Resource, author) -> None:
    if not permissions.can_edit(author, previous):
        raise PermissionDenied(
            _("Only the author and the organisation's administrators can publish a new version.")
        )
    if previous.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published resource can have a new version."))
    if Resource.objects.filter(previous_version=previous).exists():
        raise ValidationError(_("A newer version of this resource has already been started."))


@transaction.atomic
def resource_approve(*, resource: Resource, actor, message: str = ""):
    """Publish a resource; Resource.on_approved puts it in the search index."""
    return moderation.moderation_approve(subject=resource, actor=actor, message=message)


# Curated collections ------------------------------------------------------------------------

COLLECTION_TEXT_FIELDS = {"title": 200, "summary": 1500}
# Addresses under /library/collections/ that pages use and a collection's slug would hide.
RESERVED_COLLECTION_SLUGS = {"new"}


def _require_curator(actor):
    if not permissions.can_curate(actor):
        raise PermissionDenied(_("Only moderators and staff can change collections."))


def _collection_texts(collection: Collection, texts: dict):
    """Write titles and summaries by language; a collection needs a title in some language."""
    for code, values in texts.items():
        if code not in LANGUAGE_CODES:
            raise ValidationError({"texts": _("Unknown language “%(code)s”.") % {"code": code}})
        for field, limit in COLLECTION_TEXT_FIELDS.items():
            if field not in values:
                continue
            text = (values[field] or "").strip()
            if len(text) > limit:
                raise ValidationError(
                    {field: _("Use at most %(limit)d characters.") % {"limit": limit}}
                )
            setattr(collection, f"{field}_{code}", text)
    if not any(getattr(collection, f"title_{code}", "") for code in LANGUAGE_CODES):
        raise ValidationError({"title": _("Give the collection a title.")})


def _collection_slug(collection: Collection, slug: str) -> str:
    """The address asked for, checked; without one, an address made from the title."""
    slug = (slug or "").strip().lower()
    if not slug:
        title = next(
            getattr(collection, f"title_{code}")
            for code in LANGUAGE_CODES
            if getattr(collection, f"title_{code}", "")
        )
        base = slugify(title)[:70] or "collection"
        slug, number = base, 1
        while slug in RESERVED_COLLECTION_SLUGS or Collection.objects.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug
    if slug in RESERVED_COLLECTION_SLUGS:
        raise ValidationError({"slug": _("This address is reserved. Choose another one.")})
    if Collection.objects.filter(slug=slug).exclude(pk=collection.pk).exists():
        raise ValidationError({"slug": _("Another collection already has this address.")})
    return slug


@transaction.atomic
def collection_create(
    *, actor, slug: str, texts: dict, is_published: bool = False, is_demo: bool = False
) -> Collection:
    """A new collection, placed after the others; an empty slug is made from the title."""
    _require_curator(actor)
    collection = Collection(created_by=actor, is_published=is_published, is_demo=is_demo)
    _collection_texts(collection, texts)
    collection.slug = _collection_slug(collection, slug)
    collection.full_clean(exclude=[*COLLECTION_TEXT_FIELDS, "created_by"], validate_unique=False)
    last = Collection.objects.order_by("-position").values_list("position", flat=True).first()
    collection.position = 0 if last is None else last + 1
    collection.save()
    return collection


@transaction.atomic
def collection_update(
    *,
    collection: Collection,
    actor,
    slug: str | None = None,
    texts: dict | None = None,
    is_published: bool | None = None,
) -> Collection:
    """Change the address, texts (only the languages given) or publication of a collection."""
    _require_curator(actor)
    if texts is not None:
        _collection_texts(collection, texts)
    if slug is not None:
        collection.slug = _collection_slug(collection, slug)
    if is_published is not None:
        collection.is_published = is_published
    collection.full_clean(exclude=[*COLLECTION_TEXT_FIELDS, "created_by"], validate_unique=False)
    collection.save()
    return collection


@transaction.atomic
def collection_delete(*, collection: Collection, actor) -> None:
    """Delete a collection and its notes; the resources stay in the library."""
    _require_curator(actor)
    collection.delete()


def _locked_items(collection: Collection) -> list[CollectionItem]:
    """The collection's items in order, with the collection locked so that concurrent
    changes to the same collection wait for each other."""
    Collection.objects.select_for_update().filter(pk=collection.pk).first()
    return list(collection.items.order_by("position", "pk"))


def _renumber(items: list[CollectionItem]) -> None:
    """Store the order of `items` as positions 0..n-1."""
    changed = []
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position
            changed.append(item)
    CollectionItem.objects.bulk_update(changed, ["position"])


def _clean_note(note: str) -> str:
    note = (note or "").strip()
    limit = CollectionItem._meta.get_field("note").max_length
    if len(note) > limit:
        raise ValidationError({"note": _("Use at most %(limit)d characters.") % {"limit": limit}})
    return note


@transaction.atomic
def collection_add_resource(
    *, collection: Collection, resource: Resource, actor, note: str = ""
) -> CollectionItem:
    """Append a published resource to the collection; each resource appears once."""
    _require_curator(actor)
    if resource.status != Status.PUBLISHED:
        raise ValidationError({"resource": _("Only published resources can be added.")})
    note = _clean_note(note)
    items = _locked_items(collection)
    if any(item.resource_id == resource.pk for item in items):
        raise ValidationError({"resource": _("This resource is already in the collection.")})
    _renumber(items)
    return CollectionItem.objects.create(
        collection=collection, resource=resource, position=len(items), note=note
    )


@transaction.atomic
def collection_remove_resource(*, item: CollectionItem, actor) -> None:
    """Take a resource out of its collection; the others close the gap."""
    _require_curator(actor)
    items = [other for other in _locked_items(item.collection) if other.pk != item.pk]
    item.delete()
    _renumber(items)


@transaction.atomic
def collection_move(
    *, item: CollectionItem, actor, direction: str | None = None, position: int | None = None
) -> CollectionItem:
    """Move an item one place "up" or "down", or to `position` (counted from 0)."""
    _require_curator(actor)
    items = _locked_items(item.collection)
    current = next(index for index, other in enumerate(items) if other.pk == item.pk)
    if direction in ("up", "down"):
        target = current - 1 if direction == "up" else current + 1
        target = min(max(target, 0), len(items) - 1)
    elif direction is None and position is not None:
        if not 0 <= position < len(items):
            raise ValidationError({"position": _("This position is outside the collection.")})
        target = position
    else:
        raise ValidationError({"direction": _("Move up, down or to a position.")})
    moved = items.pop(current)
    items.insert(target, moved)
    _renumber(items)
    item.position = target
    return item


@transaction.atomic
def collection_set_note(*, item: CollectionItem, actor, note: str) -> CollectionItem:
    """Say why the resource is in the collection, or clear the note with an empty one."""
    _require_curator(actor)
    item.note = _clean_note(note)
    item.save(update_fields=["note"])
    return item


# Feedback and bookmarks -------------------------------------------------------------------

FEEDBACK_COMMENT_MAX = ResourceFeedback._meta.get_field("comment").max_length


def _feedback_counts_refresh(resource: Resource) -> None:
    """Set the resource's two counters to what its feedback rows say (the caller holds the
    resource's row lock, so concurrent answers cannot both write a stale count)."""
    counts = ResourceFeedback.objects.filter(resource=resource).aggregate(
        yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False))
    )
    Resource.objects.filter(pk=resource.pk).update(
        useful_count=counts["yes"], not_useful_count=counts["no"]
    )
    resource.useful_count, resource.not_useful_count = counts["yes"], counts["no"]
    # The listing's "Most useful" order reads these counters.
    library_changed()


def _lock(resource: Resource) -> None:
    """Make concurrent answers on one resource wait for each other, so that each recount sees
    the rows of the others. (SQLite runs one writing transaction at a time anyway.)"""
    if connection.features.has_select_for_update:
        Resource.objects.select_for_update().filter(pk=resource.pk).values_list("pk").first()


@transaction.atomic
def resource_feedback_give(
    *, resource: Resource, user, useful: bool, comment: str = ""
) -> ResourceFeedback:
    """Record or change the member's one answer to "was this useful?", with an optional
    comment for the authors; the resource's counters follow in the same transaction."""
    if not permissions.can_give_feedback(user, resource):
        raise PermissionDenied(
            _("Only verified members can answer, on published resources they did not write.")
        )
    if not isinstance(useful, bool):
        raise ValidationError({"useful": _("Answer yes or no.")})
    comment = (comment or "").replace("\r\n", "\n").strip()
    if len(comment) > FEEDBACK_COMMENT_MAX:
        limit = {"limit": FEEDBACK_COMMENT_MAX}
        raise ValidationError({"comment": _("Use at most %(limit)d characters.") % limit})
    if "\x00" in comment:
        raise ValidationError({"comment": _("Null characters are not allowed.")})
    _lock(resource)
    feedback = ResourceFeedback.objects.filter(resource=resource, user=user).first()
    if feedback is None:
        feedback = ResourceFeedback(resource=resource, user=user)
    feedback.useful, feedback.comment = useful, comment
    feedback.save()
    _feedback_counts_refresh(resource)
    return feedback


@transaction.atomic
def resource_feedback_withdraw(*, resource: Resource, user) -> bool:
    """Take back the member's answer; True when there was one."""
    if not (user and user.is_authenticated):
        raise PermissionDenied(_("Sign in to withdraw your answer."))
    _lock(resource)
    deleted, _details = ResourceFeedback.objects.filter(resource=resource, user=user).delete()
    _feedback_counts_refresh(resource)
    return bool(deleted)


@transaction.atomic
def bookmark_add(*, user, resource: Resource) -> Bookmark:
    """Keep the resource in the member's "My library"; saving it twice keeps one bookmark."""
    if not permissions.can_bookmark(user, resource):
        raise PermissionDenied(_("Verified members can save the resources they may see."))
    bookmark, _created = Bookmark.objects.get_or_create(user=user, resource=resource)
    return bookmark


@transaction.atomic
def bookmark_remove(*, user, resource: Resource) -> bool:
    """Take the resource out of the member's "My library"; True when it was there."""
    if not (user and user.is_authenticated):
        raise PermissionDenied(_("Sign in to change My library."))
    deleted, _details = Bookmark.objects.filter(user=user, resource=resource).delete()
    return bool(deleted)
