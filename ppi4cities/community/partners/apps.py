"""Partner calls for joint projects, expressions of interest, and the find-partners view."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "ppi4cities.community.partners"
    label = "partners"
    verbose_name = _("Partner search")

    def ready(self):
        from ppi4cities.accounts import personal_data
        from ppi4cities.community import kinds
        from ppi4cities.core import spam
        from ppi4cities.moderation import reporting

        from . import permissions, services
        from .models import PartnerCall
        from .notifications import CALL_INTEREST
        from .personal_data import partners_section

        kinds.register(CALL_INTEREST)
        personal_data.register("partner_search", partners_section)
        spam.register_post_counter(
            "partner_calls", lambda user: PartnerCall.objects.filter(author=user).count()
        )
        reporting.register(
            reporting.Reportable(
                kind="partner_call",
                model=PartnerCall,
                name=_("partner call"),
                title=lambda call: call.title,
                url=lambda call: call.get_absolute_url(),
                author=lambda call: call.author,
                can_see=permissions.can_view,
                related=("organisation", "author"),
                on_visibility_changed=services.call_index,
            )
        )
