"""The pilots' fixed vocabularies: approach, state of the pilot, eForms innovation codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Approach(models.TextChoices):
    PCP = "pcp", _("Pre-commercial procurement (PCP)")
    PPI = "ppi", _("Public procurement of innovation (PPI)")
    OTHER = "other", _("Other approach")


class PilotState(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class InnovationType(models.TextChoices):
    """What makes the purchase innovative, as eForms BT-776 codes it."""

    NEW_TO_MARKET = "mar-nov", _("New to the market")
    PRODUCT = "prod-innov", _("Product innovation")
    PROCESS = "proc-innov", _("Process innovation")
    RESEARCH = "rd-act", _("Research and development activities")


class SupplierSize(models.TextChoices):
    MICRO = "micro", _("Micro enterprise")
    SMALL = "small", _("Small enterprise")
    MEDIUM = "medium", _("Medium-sized enterprise")
    LARGE = "large", _("Large enterprise")
    OTHER = "other", _("Research body or other organisation")


CURRENCIES = ["EUR", "DKK", "SEK", "NOK", "PLN", "ISK", "UAH", "CHF", "GBP"]
