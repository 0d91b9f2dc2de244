"""The notification kind of partner search: someone is interested in my call."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ppi4cities.community.kinds import Kind
from ppi4cities.community.models import Frequency


def _call_interest_line(data: dict) -> str:
    values = {
        "person": data.get("person", ""),
        "organisation": data.get("organisation", ""),
        "title": data.get("title", ""),
    }
    if values["organisation"]:
        return (
            gettext("%(person)s (%(organisation)s) is interested in your call “%(title)s”.")
            % values
        )
    return gettext("%(person)s is interested in your call “%(title)s”.") % values


CALL_INTEREST = Kind(
    "call_interest",
    _("Interest in my partner calls"),
    _("A member expressed interest in a partner call of yours."),
    _call_interest_line,
    Frequency.IMMEDIATELY,
)
