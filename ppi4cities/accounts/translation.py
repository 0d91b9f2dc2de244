"""Content fields that people read, stored once per interface language."""

from modeltranslation.translator import TranslationOptions, register

from .models import Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("description",)
    fallback_undefined = ""
