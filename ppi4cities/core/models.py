"""Shared vocabularies stored as rows so that any capability can filter and count by them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .vocabularies import ThemeCode


class Theme(models.Model):
    """A thematic area of innovation procurement (the fixed list in `ThemeCode`)."""

    code = models.CharField(_("code"), max_length=20, unique=True, choices=ThemeCode.choices)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return str(self.get_code_display())

    @property
    def label(self):
        return ThemeCode(self.code).label


class Tag(models.Model):
    """A free expertise tag ("smart lighting", "competitive dialogue"), shared across profiles."""

    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=70, unique=True, allow_unicode=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return self.name


class SearchEntry(models.Model):
    """One record in the full-text index; written only through `core.fulltext`.

    The backend-specific parts (FTS5 tables on SQLite, a tsvector column on PostgreSQL) live
    outside Django's model state, created by migration 0002; docs/search.md explains why.
    """

    kind = models.CharField(max_length=40)
    object_id = models.BigIntegerField()
    language = models.CharField(max_length=8)
    title = models.TextField()
    title_folded = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    keywords = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="core_searchentry_unique")
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}: {self.title}"
