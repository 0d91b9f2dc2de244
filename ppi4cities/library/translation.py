"""Content fields of resources, stored once per interface language."""

from modeltranslation.translator import TranslationOptions, register

from .models import Resource


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    fallback_undefined = ""
    required_languages = ()
