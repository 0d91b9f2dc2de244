"""The values each tag facet of a question takes, shared with the library and the pilots."""

from django.utils.translation import gettext as _
from django_countries import countries

from ppi4cities.core.vocabularies import Procedure, ThemeCode, country_name
from ppi4cities.library.vocabularies import EU_WIDE, Stage

from .models import Facet


def facet_choices(facet: str) -> list[tuple[str, str]]:
    """(code, label) of a facet in the active language."""
    if facet == Facet.THEME:
        return list(ThemeCode.choices)
    if facet == Facet.STAGE:
        return list(Stage.choices)
    if facet == Facet.PROCEDURE:
        return list(Procedure.choices)
    return [(EU_WIDE, _("EU-wide"))] + [(code, str(name)) for code, name in countries]


def is_valid(facet: str, value: str) -> bool:
    if facet == Facet.COUNTRY:
        return value == EU_WIDE or value in countries
    if facet not in Facet.values:
        return False
    return value in dict(facet_choices(facet))


def tag_label(facet: str, value: str) -> str:
    if facet == Facet.COUNTRY:
        return _("EU-wide") if value == EU_WIDE else country_name(value)
    return str(dict(facet_choices(facet)).get(value, value))
