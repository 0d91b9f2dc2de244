"""Pilot procurements, good practices, their suppliers, documents, photos and proposed edits,
and projects.

Writes go through `services.py`; moderation state changes through `moderation.services`.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ppi4cities.accounts.models import nuts3_validator
from ppi4cities.core.translation import translated_field
from ppi4cities.core.vocabularies import Procedure
from ppi4cities.moderation.models import Moderated

from .vocabularies import Approach, PilotState, SupplierSize

# A pilot's own fields that contributors set, besides its texts and relations, in the form's
# order; the importer also sets external_id, the demo is_demo.
PILOT_FIELDS = [
    "original_language",
    "country",
    "city",
    "nuts3",
    "latitude",
    "longitude",
    "state",
    "approach",
    "procedure",
    "innovation_types",
    "cpv_codes",
    "needs_assessment_date",
    "market_consultation_date",
    "tender_date",
    "award_date",
    "contract_start",
    "contract_end",
    "estimated_value",
    "contract_value",
    "currency",
    "contact_name",
    "contact_email",
    "external_id",
    "is_demo",
]
EDITABLE_FIELDS = [name for name in PILOT_FIELDS if name not in ("external_id", "is_demo")]
TEXT_FIELDS = ["title", "summary", "challenge", "solution", "results", "lessons_learned"]


class Project(models.Model):
    """A project pilots belong to (an Interreg project, a national programme), with its page."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    programme = models.CharField(_("programme"), max_length=200, blank=True)
    summary = models.TextField(_("summary"), max_length=2000, blank=True)
    url = models.URLField(_("website"), max_length=500, blank=True)
    is_demo = models.BooleanField(_("demo content"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pilots:project", args=[self.slug])


class Pilot(Moderated):
    """A pilot procurement: what a public buyer needed, what it bought, and what it learnt."""

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(_("summary"), max_length=2000)
    challenge = models.TextField(_("the challenge"), blank=True, help_text=_("Markdown."))
    solution = models.TextField(_("the solution bought"), blank=True, help_text=_("Markdown."))
    results = models.TextField(_("results and impact"), blank=True, help_text=_("Markdown."))
    lessons_learned = models.TextField(_("lessons learned"), blank=True, help_text=_("Markdown."))
    why_it_worked = models.TextField(_("why it worked"), blank=True, help_text=_("Markdown."))
    how_to_replicate = models.TextField(
        _("how to replicate it"), blank=True, help_text=_("Markdown.")
    )
    original_language = models.CharField(
        _("original language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pilots",
        verbose_name=_("submitted on behalf of"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pilots",
        verbose_name=_("submitted by"),
    )
    buyers = models.ManyToManyField(
        "accounts.Organisation",
        related_name="pilots_bought",
        blank=True,
        verbose_name=_("buyers"),
    )
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120)
    nuts3 = models.CharField(
        _("NUTS 3 region"), max_length=5, blank=True, validators=[nuts3_validator]
    )
    latitude = models.FloatField(
        _("latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="pilots"
    )
    approach = models.CharField(_("approach"), max_length=10, choices=Approach.choices)
    procedure = models.CharField(
        _("procedure"), max_length=20, choices=Procedure.choices, blank=True
    )
    innovation_types = models.JSONField(
        _("innovation types"), default=list, blank=True, help_text=_("eForms BT-776 codes.")
    )
    cpv_codes = models.JSONField(_("CPV codes"), default=list, blank=True)
    estimated_value = models.DecimalField(
        _("estimated value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    contract_value = models.DecimalField(
        _("contract value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    needs_assessment_date = models.DateField(_("needs assessment"), null=True, blank=True)
    market_consultation_date = models.DateField(_("market consultation"), null=True, blank=True)
    tender_date = models.DateField(_("tender published"), null=True, blank=True)
    award_date = models.DateField(_("contract awarded"), null=True, blank=True)
    contract_start = models.DateField(_("contract start"), null=True, blank=True)
    contract_end = models.DateField(_("contract end"), null=True, blank=True)
    state = models.CharField(
        _("state of the pilot"),
        max_length=12,
        choices=PilotState.choices,
        default=PilotState.PLANNED,
        db_index=True,
    )
    is_good_practice = models.BooleanField(_("good practice"), default=False, db_index=True)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    project = models.ForeignKey(
        Project,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pilots",
        verbose_name=_("project"),
    )
    external_id = models.CharField(
        _("external identifier"), max_length=120, unique=True, null=True, blank=True
    )
    is_demo = models.BooleanField(_("demo content"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("pilot")
        verbose_name_plural = _("pilots")
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            models.Index(fields=["status", "country"]),
            models.Index(fields=["status", "latitude", "longitude"]),
            models.Index(fields=["latitude", "longitude"], name="pilot_lat_lon_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90),
                name="pilot_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__gte=-180, longitude__lte=180),
                name="pilot_longitude_range",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pilots:pilot", args=[self.pk])

    def moderation_title(self):
        return translated_field(self, "title", self.original_language).text

    def moderation_queue_url(self) -> str:
        return reverse("pilots:moderation")


class PilotRevision(Moderated):
    """An edit of a published pilot, waiting for moderation; approval applies it."""

    pilot = models.ForeignKey(Pilot, on_delete=models.CASCADE, related_name="revisions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    data = models.JSONField(_("proposed content"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("proposed edit")
        verbose_name_plural = _("proposed edits")

    def __str__(self):
        return f"{self.pilot} ({self.created_at:%Y-%m-%d})"

    @property
    def is_demo(self) -> bool:
        # Nobody hears about edits of made-up pilots (see moderation.notifications).
        return self.pilot.is_demo

    def on_approved(self, actor):
        from .services import pilot_revision_apply

        pilot_revision_apply(revision=self)

    def get_absolute_url(self):
        """The pilot's page, where its editors follow the proposed edit."""
        return self.pilot.get_absolute_url()

    def moderation_title(self):
        return _("%(title)s (proposed edit)") % {"title": self.pilot.moderation_title()}

    def moderation_queue_url(self):
        return reverse("pilots:moderation")


class Supplier(models.Model):
    """A company or research body that supplied the pilot."""

    pilot = models.ForeignKey(Pilot, on_delete=models.CASCADE, related_name="suppliers")
    name = models.CharField(_("name"), max_length=200)
    country = CountryField(_("country"), blank=True)
    size = models.CharField(_("size"), max_length=10, choices=SupplierSize.choices, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("supplier")
        verbose_name_plural = _("suppliers")

    def __str__(self):
        return self.name


class PilotDocument(models.Model):
    """A document about the pilot: a link, or a file checked by its content."""

    pilot = models.ForeignKey(Pilot, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to="pilots/documents/%Y/", blank=True)
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveBigIntegerField(_("size"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title


class PilotPhoto(models.Model):
    """A photo of the pilot, re-encoded on upload, with the text that describes it."""

    pilot = models.ForeignKey(Pilot, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("photo"), upload_to="pilots/photos/%Y/")
    alt_text = models.CharField(
        _("description for people who cannot see it"),
        max_length=250,
        help_text=_("Required: what the photo shows."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.alt_text
