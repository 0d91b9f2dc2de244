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
