"""Vocabularies shared by every capability: themes, countries and the languages people speak."""

from functools import cache

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries


class ThemeCode(models.TextChoices):
    SUSTAINABLE_MOBILITY = "mobility", _("Sustainable mobility")
    DIGITAL_SERVICES = "digital", _("Digital public services")
    ENERGY_EFFICIENCY = "energy", _("Energy efficiency")
    SMART_CITY = "smart-city", _("Smart city")
    ENVIRONMENT = "environment", _("Environment and climate")
    SOCIAL_INNOVATION = "social", _("Social innovation")
    HEALTH = "health", _("Health and care")
    EDUCATION = "education", _("Education")
    OTHER = "other", _("Other")


# Languages a member can say they speak: the languages of the region and of the EU.
SPOKEN_LANGUAGES = [
    ("bg", _("Bulgarian")),
    ("cs", _("Czech")),
    ("da", _("Danish")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("et", _("Estonian")),
    ("fi", _("Finnish")),
    ("fr", _("French")),
    ("ga", _("Irish")),
    ("hr", _("Croatian")),
    ("hu", _("Hungarian")),
    ("is", _("Icelandic")),
    ("it", _("Italian")),
    ("lt", _("Lithuanian")),
    ("lv", _("Latvian")),
    ("mt", _("Maltese")),
    ("nl", _("Dutch")),
    ("no", _("Norwegian")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("ru", _("Russian")),
    ("sk", _("Slovak")),
    ("sl", _("Slovenian")),
    ("sv", _("Swedish")),
    ("uk", _("Ukrainian")),
]
SPOKEN_LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)


@cache
def _country_names(language: str) -> dict[str, str]:
    return {code: str(name) for code, name in countries}


def country_choices() -> list[tuple[str, str]]:
    """(code, name) of every ISO 3166 country, by name in the active language."""
    return list(_country_names(get_language() or "en").items())


def country_name(code) -> str:
    """The name of an ISO 3166 country in the active language (looked up once per language)."""
    return _country_names(get_language() or "en").get(str(code), str(code))


class Procedure(models.TextChoices):
    """Procedure types as eForms BT-105 codes them."""

    OPEN = "open", _("Open procedure")
    RESTRICTED = "restricted", _("Restricted procedure")
    NEGOTIATED_WITH_CALL = "neg-w-call", _("Competitive procedure with negotiation")
    COMPETITIVE_DIALOGUE = "comp-dial", _("Competitive dialogue")
    INNOVATION_PARTNERSHIP = "innovation", _("Innovation partnership")
    NEGOTIATED_WITHOUT_CALL = "neg-wo-call", _("Negotiated procedure without prior call")
    OTHER_SINGLE = "oth-single", _("Other single-stage procedure")
    OTHER_MULTIPLE = "oth-mult", _("Other multiple-stage procedure")


# Subjects of procurement are classified with CPV codes: eight digits and a check digit.
cpv_validator = RegexValidator(
    r"^\d{8}-\d$", _("A CPV code has eight digits, a hyphen and a check digit: 73000000-2.")
)
