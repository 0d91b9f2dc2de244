"""The library's fixed vocabularies: resource types, PPI stages, procedures, licences."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ppi4cities.core.vocabularies import Procedure


class ResourceType(models.TextChoices):
    GUIDANCE = "guidance", _("Guidance")
    TEMPLATE = "template", _("Template")
    CASE_STUDY = "case-study", _("Case study")
    REPORT = "report", _("Report")
    TOOL = "tool", _("Tool")
    CITYLAB = "citylab", _("CityLab material")
    TRAINING = "training", _("Training material")
    POLICY = "policy", _("Policy or legal text")
    WEBINAR = "webinar", _("Webinar or video")


class Stage(models.TextChoices):
    """Stages of the PPI process (EU guidance C(2021) 4320)."""

    NEEDS = "needs", _("Needs assessment")
    MARKET = "market-consultation", _("Market consultation")
    BUSINESS_CASE = "business-case", _("Business case")
    TENDER_DOCUMENTS = "tender-documents", _("Tender documents")
    PROCEDURE = "procedure-evaluation", _("Procedure and evaluation")
    CONTRACT = "contract-implementation", _("Contract and implementation")
    IMPACT = "impact-scaling", _("Impact and scaling")


class Licence(models.TextChoices):
    CC_BY = "CC-BY-4.0", "CC BY 4.0"
    CC_BY_SA = "CC-BY-SA-4.0", "CC BY-SA 4.0"
    CC0 = "CC0-1.0", "CC0 1.0"
    OPEN_GOVERNMENT = "public-sector", _("Public sector information, free reuse")
    ALL_RIGHTS = "all-rights-reserved", _("All rights reserved")
    OTHER = "other", _("Other (see the resource)")


class Facet(models.TextChoices):
    """The multi-valued properties a resource is filtered and counted by."""

    THEME = "theme", _("Theme")
    STAGE = "stage", _("Stage")
    PROCEDURE = "procedure", _("Procedure")
    COUNTRY = "country", _("Legal framework")
    LANGUAGE = "language", _("Language")


# The value of the country facet for resources that fit every EU member state.
EU_WIDE = "EU"


def fixed_facet_labels(facet: str) -> dict:
    """Value → label of a facet with a fixed list; empty for the country facet (any ISO code)."""
    from ppi4cities.core.vocabularies import SPOKEN_LANGUAGE_NAMES, ThemeCode

    return {
        Facet.THEME: dict(ThemeCode.choices),
        Facet.STAGE: dict(Stage.choices),
        Facet.PROCEDURE: dict(Procedure.choices),
        Facet.LANGUAGE: dict(SPOKEN_LANGUAGE_NAMES),
    }.get(facet, {})
