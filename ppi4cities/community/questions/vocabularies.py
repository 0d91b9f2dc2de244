"""The values each tag facet of a question takes, shared with the library and the pilots."""

from functools import cache

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries

from ppi4cities.core.vocabularies import Procedure, ThemeCode, country_choices
from ppi4cities.library.vocabularies import EU_WIDE, Stage

from .models import Facet


@cache
def _choices(facet: str, language: str | None) -> tuple[tuple[str, str], ...]:
    """The facet's (code, label) pairs translated into `language`, which must be the active
    one; kept per language, as every list and card asks for them."""
    if facet == Facet.THEME:
        pairs = ThemeCode.choices
    elif facet == Facet.STAGE:
        pairs = Stage.choices
    elif facet == Facet.PROCEDURE:
        pairs = Procedure.choices
    else:
        pairs = [(EU_WIDE, _("EU-wide")), *country_choices()]
    return tuple((code, str(label)) for code, label in pairs)


@cache
def _labels(facet: str, language: str | None) -> dict[str, str]:
    return dict(_choices(facet, language))


def facet_choices(facet: str) -> list[tuple[str, str]]:
    """(code, label) of a facet in the active language."""
    return list(_choices(facet, get_language()))


def is_valid(facet: str, value: str) -> bool:
    if facet == Facet.COUNTRY:
        return value == EU_WIDE or value in countries
    if facet not in Facet.values:
        return False
    return value in _labels(facet, get_language())


def tag_label(facet: str, value: str) -> str:
    return _labels(facet, get_language()).get(value, value)
