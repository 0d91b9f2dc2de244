"""Every write to the library. Each service is one transaction; state changes of moderation
go through `ppi4cities.moderation.services`."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_countries import countries

from ppi4cities.moderation import services as moderation
from ppi4cities.moderation.models import Status

from . import indexing, permissions
from .files import detect_document
from .models import (
    Resource,
    ResourceFacet,
    ResourceFile,
    ResourceLink,
    ResourceRevision,
    cpv_validator,
)
from .vocabularies import EU_WIDE, Facet, fixed_facet_labels

RESOURCE_FIELDS = [
    "kind",
    "original_language",
    "authors",
    "publication_date",
    "year",
    "licence",
    "cpv_codes",
    "version_label",
]
TEXT_FIELDS = ["title", "summary", "body"]
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MAX_LINKS = 20
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


def _add_files(resource, uploads):
    start = resource.files.count()
    for offset, upload in enumerate(uploads):
        extension, content_type = detect_document(upload)
        name = upload.name.rsplit("/", 1)[-1][:190]
        stem = name.rsplit(".", 1)[0] if "." in name else name
        upload.name = f"{stem}.{extension}"
        ResourceFile.objects.create(
            resource=resource,
            file=upload,
            name=f"{stem}.{extension}",
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
    """A new resource (a draft unless `submit`), on behalf of one of the author's organisations."""
    if not permissions.can_submit_for(author, organisation):
        raise PermissionDenied(_("Submit resources on behalf of an organisation you belong to."))
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
):
    """Edit a resource. An unpublished one changes at once; a published one stays as it is
    and the edit waits for moderation as a ResourceRevision, which is returned."""
    if not permissions.can_edit(actor, resource):
        raise PermissionDenied(_("Only the author and the organisation's administrators can edit."))
    facets = clean_facets(facets)
    if resource.status == Status.PUBLISHED:
        proposal = Resource.objects.get(pk=resource.pk)
        _apply(proposal, data, texts)
        proposal.full_clean(exclude=UNCHECKED_FIELDS)
        revision = ResourceRevision.objects.create(
            resource=resource,
            author=actor,
            data=_serialise_proposal(proposal, facets, links),
        )
        moderation.moderation_submit(subject=revision, actor=actor)
        return revision
    _apply(resource, data, texts)
    resource.full_clean(exclude=UNCHECKED_FIELDS)
    resource.save()
    _set_facets(resource, facets)
    _set_links(resource, links)
    resource.files.filter(pk__in=list(remove_files)).delete()
    _add_files(resource, files)
    return resource


def _serialise_proposal(proposal, facets, links) -> dict:
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
    }


def revision_apply(*, revision: ResourceRevision) -> Resource:
    """Write an approved edit into its resource (called by moderation on approval)."""
    resource = revision.resource
    fields = dict(revision.data["fields"])
    if fields.get("publication_date"):
        from datetime import date

        fields["publication_date"] = date.fromisoformat(fields["publication_date"])
    _apply(resource, fields, revision.data["texts"])
    resource.save()
    _set_facets(resource, revision.data["facets"])
    _set_links(resource, revision.data["links"])
    indexing.resource_index(resource)
    return resource


@transaction.atomic
def resource_submit(*, resource: Resource, actor):
    if not permissions.can_edit(actor, resource):
        raise PermissionDenied(
            _("Only the author and the organisation's administrators can submit.")
        )
    return moderation.moderation_submit(subject=resource, actor=actor)


@transaction.atomic
def resource_approve(*, resource: Resource, actor, message: str = ""):
    """Publish a resource; Resource.on_approved puts it in the search index."""
    return moderation.moderation_approve(subject=resource, actor=actor, message=message)
