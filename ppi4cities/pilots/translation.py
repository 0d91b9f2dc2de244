"""Content fields of pilots and projects, stored once per interface language."""

from modeltranslation.translator import TranslationOptions, register

from .models import Pilot, Project


@register(Pilot)
class PilotTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "summary",
        "challenge",
        "solution",
        "results",
        "lessons_learned",
        "why_it_worked",
        "how_to_replicate",
    )
    fallback_undefined = ""
    required_languages = ()


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("summary",)
    fallback_undefined = ""
    required_languages = ()
