"""Partner calls: an organisation looking for partners for a joint project, and the members
who answer with an expression of interest.

Writes go through `services.py`; reads that pages, the API and tasks share are in
`selectors.py`.
"""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.models import Organisation
from ppi4cities.core.models import Tag, Theme

MAX_TITLE = 200
MAX_DESCRIPTION = 10000
MAX_INTEREST_MESSAGE = 2000


class Purpose(models.TextChoices):
    EU_FUNDING = "eu-funding", _("EU funding application")
    NATIONAL_FUNDING = "national-funding", _("National funding application")
    JOINT_PROCUREMENT = "joint-procurement", _("Joint procurement")
    CITYLAB = "citylab", _("CityLab participation")
    PILOT_TESTING = "pilot-testing", _("Pilot testing")
    STUDY_VISIT = "study-visit", _("Study visit")


class CallStatus(models.TextChoices):
    """What the author decided; a call whose deadline has passed is closed whatever this says
    (see `PartnerCall.is_open`)."""

    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed by its author")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class PartnerCall(models.Model):
    """An organisation's call for partners: what for, until when, and whom it seeks."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="partner_calls",
        verbose_name=_("offering organisation"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partner_calls",
        verbose_name=_("author"),
    )
    title = models.CharField(_("title"), max_length=MAX_TITLE)
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    programme = models.CharField(
        _("funding programme"),
        max_length=200,
        blank=True,
        help_text=_("For example Interreg Baltic Sea Region or Horizon Europe."),
    )
    call_name = models.CharField(
        _("name of the programme's call"),
        max_length=200,
        blank=True,
        help_text=_("The call of the programme you apply to, if any."),
    )
    description = models.TextField(
        _("description"),
        max_length=MAX_DESCRIPTION,
        help_text=_("The project, what partners would do, and what you offer. Markdown."),
    )
    language = models.CharField(
        _("language of the call"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    links_clickable = models.BooleanField(default=False, editable=False)
    deadline = models.DateField(
        _("deadline"), help_text=_("The last day on which members can express interest.")
    )
    partner_kinds = models.JSONField(_("types of partner sought"), default=list, blank=True)
    countries = models.JSONField(_("countries sought"), default=list, blank=True)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="partner_calls"
    )
    expertise = models.ManyToManyField(
        Tag, verbose_name=_("expertise sought"), blank=True, related_name="partner_calls"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=CallStatus.choices, default=CallStatus.OPEN
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True, db_index=True)
    interest_count = models.PositiveIntegerField(_("expressions of interest"), default=0)
    is_demo = models.BooleanField(_("demo content"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("partner call")
        verbose_name_plural = _("partner calls")
        indexes = [
            models.Index(fields=["status", "deadline"], name="partnercall_open"),
            models.Index(fields=["organisation", "status"], name="partnercall_organisation"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partners:call", args=[self.pk])

    def is_open_on(self, day: datetime.date) -> bool:
        return self.status == CallStatus.OPEN and self.deadline >= day

    @property
    def is_open(self) -> bool:
        """Open to interest: not closed or withdrawn by its author, and the deadline (its last
        day) not yet past. Computed from the date, so no scheduled job has to close calls."""
        return self.is_open_on(timezone.localdate())

    @property
    def closed_on(self) -> datetime.date | None:
        """The day the call closed, or None while it is open."""
        if self.status != CallStatus.OPEN and self.closed_at:
            return timezone.localdate(self.closed_at)
        if self.deadline < timezone.localdate():
            return self.deadline
        return None

    @property
    def purpose_label(self) -> str:
        return Purpose(self.purpose).label if self.purpose in Purpose.values else ""


class Target(models.Model):
    """One type of partner or country a call seeks, so lists filter with an index on every
    database (the JSON lists on the call are for showing)."""

    class Facet(models.TextChoices):
        KIND = "kind", _("type of partner")
        COUNTRY = "country", _("country")

    call = models.ForeignKey(PartnerCall, on_delete=models.CASCADE, related_name="targets")
    facet = models.CharField(max_length=10, choices=Facet.choices)
    value = models.CharField(max_length=24)

    class Meta:
        verbose_name = _("partner sought")
        verbose_name_plural = _("partners sought")
        constraints = [
            models.UniqueConstraint(fields=["call", "facet", "value"], name="target_once")
        ]
        indexes = [models.Index(fields=["facet", "value", "call"], name="target_lookup")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class Interest(models.Model):
    """A member's expression of interest in a call; it opens a conversation with the caller."""

    call = models.ForeignKey(PartnerCall, on_delete=models.CASCADE, related_name="interests")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_interests",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partner_interests",
        verbose_name=_("on behalf of"),
    )
    message = models.TextField(_("message"), max_length=MAX_INTEREST_MESSAGE)
    conversation = models.ForeignKey(
        "messaging.Conversation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("conversation"),
    )
    created_at = models.DateTimeField(_("expressed"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(fields=["call", "person"], name="interest_once_per_person")
        ]

    def __str__(self):
        return f"{self.person_id} → {self.call_id}"
