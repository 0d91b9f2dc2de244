"""The points ledger and the leaderboard opt-ins.

Totals are always sums over the ledger; `services.points_recompute` can rebuild the ledger from
the platform's data at any time, so no stored counter can drift from what people did.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PointAward(models.Model):
    """Points one person earned for one action on one thing; each thing earns once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="point_awards",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="point_awards",
        verbose_name=_("organisation"),
    )
    action = models.CharField(_("action"), max_length=40)
    points = models.PositiveIntegerField(_("points"))
    subject_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    subject_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("subject_type", "subject_id")
    awarded_at = models.DateTimeField(_("awarded"), default=timezone.now)
    # The day of the event that earned the points; daily caps count per this day.
    day = models.DateField(_("day"), db_index=True)

    class Meta:
        ordering = ["-awarded_at", "-pk"]
        verbose_name = _("point award")
        verbose_name_plural = _("point awards")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "action", "subject_type", "subject_id"],
                name="one_award_per_action_and_subject",
            )
        ]
        indexes = [
            models.Index(fields=["user", "action", "day"]),
            models.Index(fields=["organisation", "points"]),
        ]

    def __str__(self):
        return f"{self.user_id} +{self.points} {self.action}"


class LeaderboardOptIn(models.Model):
    """A person or an organisation that agreed to appear on the leaderboard."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="leaderboard_opt_in",
        verbose_name=_("person"),
    )
    organisation = models.OneToOneField(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="leaderboard_opt_in",
        verbose_name=_("organisation"),
    )
    created_at = models.DateTimeField(_("opted in"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("leaderboard opt-in")
        verbose_name_plural = _("leaderboard opt-ins")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, organisation__isnull=True)
                | models.Q(user__isnull=True, organisation__isnull=False),
                name="opt_in_is_a_person_or_an_organisation",
            )
        ]

    def __str__(self):
        return str(self.user_id and self.user or self.organisation)


class BadgeNotice(models.Model):
    """A person reached a badge's level: told once on the platform, until they have seen it.

    The notification centre reuses these rows; one per person, badge and level, so a level is
    announced exactly once.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="badge_notices",
        verbose_name=_("person"),
    )
    badge = models.CharField(_("badge"), max_length=40)
    level = models.CharField(_("level"), max_length=20)
    earned_at = models.DateTimeField(_("earned"), default=timezone.now)
    seen_at = models.DateTimeField(_("seen"), null=True, blank=True)

    class Meta:
        ordering = ["-earned_at", "-pk"]
        verbose_name = _("badge notice")
        verbose_name_plural = _("badge notices")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "badge", "level"], name="one_notice_per_badge_level"
            )
        ]
        indexes = [models.Index(fields=["user", "seen_at"])]

    def __str__(self):
        return f"{self.user_id} {self.badge} {self.level}"


class JourneyConfirmation(models.Model):
    """An organisation's admin confirms a milestone of its PPI journey that the platform cannot
    see (done outside it, or with no data for it yet)."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        related_name="journey_confirmations",
        verbose_name=_("organisation"),
    )
    step = models.CharField(_("milestone"), max_length=30)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), default=timezone.now)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        ordering = ["organisation", "step"]
        verbose_name = _("journey confirmation")
        verbose_name_plural = _("journey confirmations")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "step"], name="one_confirmation_per_journey_step"
            )
        ]

    def __str__(self):
        return f"{self.organisation_id} {self.step}"
