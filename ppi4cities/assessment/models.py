"""Questionnaires and their versions, the assessments people take, their answers, and rounds.

Writes go through `services.py`; reads that pages, the API and tasks share are in
`selectors.py`; the arithmetic of scores is in `scoring.py`.

A version that any assessment uses never changes: its dimensions, statements and scale
options refuse to be saved or deleted, one by one or in bulk, so that every result keeps
meaning what it meant when it was taken.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ppi4cities.library.vocabularies import Stage


def positive(value):
    if value is None or value <= 0:
        raise ValidationError(_("Give a number greater than zero."), code="not_positive")


def library_stages(value):
    if not isinstance(value, list):
        raise ValidationError(_("Give a list of stage codes."), code="invalid")
    unknown = [code for code in value if code not in Stage.values]
    if unknown:
        raise ValidationError(
            _("Unknown stages: %(codes)s. Use %(known)s.")
            % {"codes": ", ".join(map(str, unknown)), "known": ", ".join(Stage.values)},
            code="unknown_stage",
        )


class Questionnaire(models.Model):
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=3000, blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self):
        return self.name or self.slug


class QuestionnaireVersion(models.Model):
    """One edition of a questionnaire. A draft until published; the current version is the
    published one with the highest number."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveSmallIntegerField(_("version"), validators=[MinValueValidator(1)])
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    notes = models.TextField(_("notes"), max_length=2000, blank=True)
    # The digest of the shipped content this version was last loaded from (see default.py).
    source_digest = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["questionnaire_id", "-number"]
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "number"], name="unique_questionnaire_version_number"
            )
        ]

    def __str__(self):
        return f"{self.questionnaire} v{self.number}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def is_answered(self) -> bool:
        """Whether any assessment uses this version (and so it may no longer change)."""
        if self.pk is None:
            return False
        return self.assessments.exists()


def _refuse_answered(version_id):
    if version_id and Assessment.objects.filter(version_id=version_id).exists():
        raise ValidationError(
            gettext(
                "This version has been answered and can no longer change. "
                "Make a new version (a copy) to edit it."
            ),
            code="answered_version",
        )


class FrozenWhenAnsweredQuerySet(models.QuerySet):
    """Bulk updates and deletes obey the same rule as single saves."""

    def _check(self):
        for version_id in self.order_by().values_list("version_id", flat=True).distinct():
            _refuse_answered(version_id)

    def update(self, **kwargs):
        self._check()
        return super().update(**kwargs)

    def delete(self):
        self._check()
        return super().delete()


class VersionPart(models.Model):
    """A part of a questionnaire version: frozen once the version is answered."""

    objects = FrozenWhenAnsweredQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        _refuse_answered(self.version_id)
        if self.pk is not None:
            # Moving a part out of an answered version changes that version too.
            stored = (
                type(self)._base_manager.filter(pk=self.pk).values_list("version_id", flat=True)
            )
            for version_id in stored:
                if version_id != self.version_id:
                    _refuse_answered(version_id)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        _refuse_answered(self.version_id)
        return super().delete(*args, **kwargs)


class Dimension(VersionPart):
    """An area of readiness, scored from its statements."""

    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="dimensions"
    )
    code = models.SlugField(_("code"), max_length=50)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    weight = models.DecimalField(
        _("weight"), max_digits=6, decimal_places=2, default=Decimal(1), validators=[positive]
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=3000, blank=True)
    recommendation = models.TextField(
        _("next steps when weak"), max_length=5000, blank=True, help_text=_("Markdown.")
    )
    resource_query = models.CharField(
        _("library search"),
        max_length=200,
        blank=True,
        help_text=_("A short search text that finds library resources on this dimension."),
    )
    stages = models.JSONField(
        _("library stages"),
        default=list,
        blank=True,
        validators=[library_stages],
        help_text=_("Stage codes of library resources on this dimension."),
    )

    class Meta:
        ordering = ["version_id", "position", "pk"]
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="unique_dimension_code"),
            models.CheckConstraint(condition=models.Q(weight__gt=0), name="dimension_weight_gt_0"),
        ]

    def __str__(self):
        return self.name or self.code


class Statement(VersionPart):
    """A statement the respondent agrees or disagrees with. `version` repeats the dimension's
    version so that codes are unique per version and the whole version reads in one query."""

    dimension = models.ForeignKey(Dimension, on_delete=models.CASCADE, related_name="statements")
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="statements", editable=False
    )
    code = models.SlugField(_("code"), max_length=60)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    weight = models.DecimalField(
        _("weight"), max_digits=6, decimal_places=2, default=Decimal(1), validators=[positive]
    )
    text = models.TextField(_("statement"), max_length=1000)
    guidance = models.TextField(_("guidance"), max_length=3000, blank=True)
    in_short = models.BooleanField(
        _("in the short variant"),
        default=False,
        help_text=_("Exactly one statement of each dimension is in the short variant."),
    )

    class Meta:
        ordering = ["version_id", "dimension_id", "position", "pk"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="unique_statement_code"),
            models.CheckConstraint(condition=models.Q(weight__gt=0), name="statement_weight_gt_0"),
        ]

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        self.version_id = self.dimension.version_id
        super().save(*args, **kwargs)

    def clean_fields(self, exclude=None):
        if self.dimension_id:
            self.version_id = self.dimension.version_id
        super().clean_fields(exclude=exclude)

    def clean(self):
        # Forms leave `version` out, so the unique rule is checked here by hand.
        if self.version_id and self.code:
            taken = Statement.objects.filter(version_id=self.version_id, code=self.code)
            if taken.exclude(pk=self.pk).exists():
                raise ValidationError(
                    {"code": _("Another statement of this version has this code.")}
                )


class ScaleOption(VersionPart):
    """One point of the answer scale, valued 1 to n (n is the version's highest value)."""

    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="scale_options"
    )
    value = models.PositiveSmallIntegerField(_("value"), validators=[MinValueValidator(1)])
    label = models.CharField(_("label"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["version_id", "position", "value"]
        verbose_name = _("scale option")
        verbose_name_plural = _("scale options")
        constraints = [
            models.UniqueConstraint(fields=["version", "value"], name="unique_scale_value"),
        ]

    def __str__(self):
        return f"{self.value}: {self.label}"


class Variant(models.TextChoices):
    FULL = "full", _("Full")
    SHORT = "short", _("Short")


class AssessmentStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")


class Assessment(models.Model):
    """One person's answers to one version. Individual when `organisation` is empty; for an
    organisation otherwise, and then, within a `round`, one colleague's contribution to it.
    An anonymous visitor's short assessment has no user: `anonymous_key`, a random token kept
    in the visitor's session, ties it to them until they sign up and claim it."""

    version = models.ForeignKey(
        QuestionnaireVersion,
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("questionnaire version"),
    )
    variant = models.CharField(
        _("variant"), max_length=10, choices=Variant.choices, default=Variant.FULL
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="assessments",
        verbose_name=_("person"),
    )
    anonymous_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="assessments",
        verbose_name=_("organisation"),
    )
    round = models.ForeignKey(
        "Round",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="assessments",
        verbose_name=_("round"),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=AssessmentStatus.choices,
        default=AssessmentStatus.IN_PROGRESS,
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    share_token = models.CharField(
        _("sharing link key"), max_length=64, unique=True, null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        indexes = [
            models.Index(fields=["user", "status", "-completed_at"]),
            models.Index(fields=["organisation", "status", "-completed_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | ~models.Q(anonymous_key=""),
                name="assessment_has_a_person_or_a_key",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | models.Q(variant="short"),
                name="anonymous_assessments_are_short",
            ),
            models.CheckConstraint(
                condition=models.Q(round__isnull=True) | models.Q(organisation__isnull=False),
                name="round_assessments_have_an_organisation",
            ),
            models.CheckConstraint(
                condition=models.Q(status="in_progress", completed_at__isnull=True)
                | models.Q(status="completed", completed_at__isnull=False),
                name="completed_assessments_have_a_date",
            ),
        ]

    def __str__(self):
        return f"{self.version} ({self.get_variant_display()}, {self.started_at:%Y-%m-%d})"

    @property
    def is_completed(self) -> bool:
        return self.status == AssessmentStatus.COMPLETED


class Answer(models.Model):
    """A value on the scale, or "not applicable"; never both, never neither."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="answers")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="answers")
    value = models.PositiveSmallIntegerField(_("answer"), null=True, blank=True)
    not_applicable = models.BooleanField(_("not applicable"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["assessment_id", "statement_id"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "statement"], name="one_answer_per_statement"
            ),
            models.CheckConstraint(
                condition=models.Q(value__isnull=False, not_applicable=False)
                | models.Q(value__isnull=True, not_applicable=True),
                name="answer_is_a_value_or_not_applicable",
            ),
        ]

    def __str__(self):
        return f"{self.statement_id}: {'n/a' if self.not_applicable else self.value}"


class Round(models.Model):
    """An organisation's collective assessment: colleagues answer alone, the organisation's
    result aggregates their completed assessments."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="assessment_rounds",
        verbose_name=_("organisation"),
    )
    version = models.ForeignKey(
        QuestionnaireVersion,
        on_delete=models.PROTECT,
        related_name="rounds",
        verbose_name=_("questionnaire version"),
    )
    title = models.CharField(_("title"), max_length=200)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # The organisation's scores when the round closed ({"respondents": n, "overall": score,
    # "dimensions": {code: score}}): a peer benchmark reads one row per organisation rather than
    # rescoring every colleague's answers.
    scores = models.JSONField(_("scores when closed"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("assessment round")
        verbose_name_plural = _("assessment rounds")

    def __str__(self):
        return self.title

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class BenchmarkOptOut(models.Model):
    """An organisation that keeps its results out of other organisations' peer benchmarks."""

    organisation = models.OneToOneField(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="benchmark_opt_out",
        verbose_name=_("organisation"),
    )
    created_at = models.DateTimeField(_("opted out"), default=timezone.now)

    class Meta:
        verbose_name = _("peer benchmark opt-out")
        verbose_name_plural = _("peer benchmark opt-outs")

    def __str__(self):
        return str(self.organisation_id)


class RoundInvitation(models.Model):
    """A colleague named to answer a round. Only the round's starter and the people invited
    take part, and only they (with the organisation's admins) see the round."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("round")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="round_invitations",
        verbose_name=_("person invited"),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    invited_at = models.DateTimeField(_("invited"), default=timezone.now)

    class Meta:
        ordering = ["invited_at", "pk"]
        verbose_name = _("round invitation")
        verbose_name_plural = _("round invitations")
        constraints = [
            models.UniqueConstraint(fields=["round", "user"], name="round_invitation_unique"),
        ]

    def __str__(self):
        return f"{self.round_id}: {self.user_id}"


class PeerContactOptIn(models.Model):
    """A person who agrees to be named to others as a peer to ask on the dimensions where they
    scored high (never with their figures)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="peer_contact_opt_in",
        verbose_name=_("person"),
    )
    created_at = models.DateTimeField(_("agreed"), default=timezone.now)

    class Meta:
        verbose_name = _("peer contact agreement")
        verbose_name_plural = _("peer contact agreements")

    def __str__(self):
        return str(self.user_id)
