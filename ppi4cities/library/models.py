"""Resources of the knowledge library, their files, links, versions and pending edits.

Writes go through `services.py`; moderation state changes through `moderation.services`.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ppi4cities.core.translation import translated_field
from ppi4cities.moderation.models import Moderated

from .vocabularies import Facet, Licence, ResourceType

# A resource's own fields that contributors set, besides its texts, facets, links and files.
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


class Resource(Moderated):
    """A guidance document, template, case study, report or other material."""

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(_("summary"), max_length=1500)
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown."))
    original_language = models.CharField(
        _("original language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    kind = models.CharField(_("type"), max_length=20, choices=ResourceType.choices)
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
        verbose_name=_("publishing organisation"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
        verbose_name=_("submitted by"),
    )
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        db_index=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    cpv_codes = models.JSONField(_("CPV codes"), default=list, blank=True)
    previous_version = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_version",
        verbose_name=_("replaces"),
    )
    version_label = models.CharField(_("version"), max_length=40, blank=True)
    external_id = models.CharField(
        _("external identifier"), max_length=120, unique=True, null=True, blank=True
    )
    download_count = models.PositiveIntegerField(_("downloads"), default=0)
    useful_count = models.PositiveIntegerField(_("found useful"), default=0)
    not_useful_count = models.PositiveIntegerField(_("found not useful"), default=0)
    is_demo = models.BooleanField(_("demo content"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            models.Index(fields=["status", "kind"]),
            models.Index(fields=["status", "year"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("library:resource", args=[self.pk])

    @property
    def is_superseded(self):
        return hasattr(self, "next_version") and self.next_version is not None

    def on_approved(self, actor):
        from .indexing import resource_index

        resource_index(self)

    def on_status_changed(self):
        from .snapshot import library_changed

        library_changed()

    def moderation_title(self):
        return translated_field(self, "title", self.original_language).text

    def moderation_queue_url(self):
        return reverse("library:moderation")


class ResourceFacet(models.Model):
    """One value of a multi-valued property (theme, stage, procedure, country, language)."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=12, choices=Facet.choices)
    value = models.CharField(max_length=30)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "facet", "value"], name="unique_resource_facet_value"
            )
        ]
        indexes = [models.Index(fields=["facet", "value", "resource"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class ResourceFile(models.Model):
    """An attached document, checked by its content when uploaded."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), upload_to="library/%Y/")
    name = models.CharField(_("name"), max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(_("size"))
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return self.name


class ResourceLink(models.Model):
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("address"), max_length=500)
    title = models.CharField(_("title"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.title or self.url


class ResourceRevision(Moderated):
    """An edit of a published resource, waiting for moderation; approval applies it."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="revisions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    data = models.JSONField(_("proposed content"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("proposed edit")
        verbose_name_plural = _("proposed edits")

    def __str__(self):
        return f"{self.resource} ({self.created_at:%Y-%m-%d})"

    def on_approved(self, actor):
        from .services import revision_apply

        revision_apply(revision=self)

    def get_absolute_url(self):
        """The resource's page, where its editors follow the proposed edit."""
        return self.resource.get_absolute_url()

    def moderation_title(self):
        return _("%(title)s (proposed edit)") % {"title": self.resource.moderation_title()}

    def moderation_queue_url(self):
        return reverse("library:moderation")


class ResourceFeedback(models.Model):
    """A member's answer to "was this useful?", with an optional comment; one per member."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_feedback"
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        constraints = [
            models.UniqueConstraint(fields=["resource", "user"], name="one_feedback_per_member")
        ]

    def __str__(self):
        return f"{self.resource_id}: {'+' if self.useful else '-'}"


class Bookmark(models.Model):
    """A resource a member keeps in "My library"."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="bookmarks")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="library_bookmarks"
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bookmark")
        verbose_name_plural = _("bookmarks")
        constraints = [
            models.UniqueConstraint(fields=["user", "resource"], name="one_bookmark_per_resource")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.resource_id}"


class Collection(models.Model):
    """An ordered selection of resources made by staff or moderators ("Starter kit for ...")."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1500, blank=True)
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    is_demo = models.BooleanField(_("demo content"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    resources = models.ManyToManyField(
        Resource, through="CollectionItem", related_name="collections"
    )

    class Meta:
        ordering = ["position", "title", "pk"]
        verbose_name = _("collection")
        verbose_name_plural = _("collections")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("library:collection", args=[self.slug])


class CollectionItem(models.Model):
    """One resource in a collection, at its place, with an optional note on why it is there."""

    collection = models.ForeignKey(Collection, on_delete=models.CASCADE, related_name="items")
    resource = models.ForeignKey(
        Resource, on_delete=models.CASCADE, related_name="collection_items"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("collection item")
        verbose_name_plural = _("collection items")
        constraints = [
            models.UniqueConstraint(
                fields=["collection", "resource"], name="resource_once_per_collection"
            )
        ]

    def __str__(self):
        return f"{self.collection_id}#{self.position}: {self.resource_id}"
