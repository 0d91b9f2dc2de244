"""What moderation adds to the platform's registries: the profile as a reportable item, the
moderators' notification about reports, and the privacy download's section."""

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.permissions import can_moderate


def _report_received_line(data: dict) -> str:
    from .reporting import REPORTABLES

    reportable = REPORTABLES.get(data.get("kind"))
    return gettext("New report about the %(kind)s “%(title)s”.") % {
        "kind": reportable.name if reportable else data.get("kind", ""),
        "title": data.get("title", ""),
    }


def register_all() -> None:
    from ppi4cities.accounts import personal_data
    from ppi4cities.accounts.models import User
    from ppi4cities.accounts.permissions import can_view_profile
    from ppi4cities.community import kinds
    from ppi4cities.community.models import Frequency

    from . import reporting
    from .personal_data import moderation_section

    reporting.register(
        reporting.Reportable(
            kind="profile",
            model=User,
            name=_("profile"),
            title=lambda person: person.full_name or person.email,
            url=lambda person: reverse("accounts:person", args=[person.pk]),
            author=lambda person: person,
            can_see=can_view_profile,
            hideable=False,
            text=lambda person: person.bio,
        )
    )
    kinds.register(
        kinds.Kind(
            "report_received",
            _("Reports for the moderators"),
            _("A member reported a question, answer, call, message or profile (moderators)."),
            _report_received_line,
            Frequency.DAILY,
            audience=can_moderate,
        )
    )
    personal_data.register("moderation", moderation_section)
