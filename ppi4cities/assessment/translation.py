"""Content fields of questionnaires, stored once per interface language; empty ones fall back
to English on display (`ppi4cities.core.translation.translated_field`)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Dimension, Questionnaire, ScaleOption, Statement


@register(Questionnaire)
class QuestionnaireTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    fallback_undefined = ""
    required_languages = ()


@register(Dimension)
class DimensionTranslationOptions(TranslationOptions):
    fields = ("name", "description", "recommendation")
    fallback_undefined = ""
    required_languages = ()


@register(Statement)
class StatementTranslationOptions(TranslationOptions):
    fields = ("text", "guidance")
    fallback_undefined = ""
    required_languages = ()


@register(ScaleOption)
class ScaleOptionTranslationOptions(TranslationOptions):
    fields = ("label",)
    fallback_undefined = ""
    required_languages = ()
