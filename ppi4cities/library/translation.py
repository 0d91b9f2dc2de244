"""Content fields of resources and collections, stored once per interface language."""

from modeltranslation.translator import TranslationOptions, register

from .models import Collection, Resource


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    fallback_undefined = ""
    required_languages = ()


@register(Collection)
class CollectionTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
    fallback_undefined = ""
    required_languages = ()
