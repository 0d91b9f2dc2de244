"""The states a contribution moves through, the record of every moderation decision, the
reports members make about content and people, and the sanctions moderators impose."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Waiting for moderation")
    CHANGES_REQUESTED = "changes-requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class Action(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    CHANGES_REQUESTED = "changes-requested", _("Changes requested")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    HIDDEN = "hidden", _("Hidden")
    RESTORED = "restored", _("Restored")
    REPORTS_DISMISSED = "reports-dismissed", _("Reports dismissed")
    WARNED = "warned", _("Warned")
    SUSPENDED = "suspended", _("Suspended")
    BLOCKED = "blocked", _("Blocked")
    UNBLOCKED = "unblocked", _("Unblocked")


class Moderated(models.Model):
    """Fields every moderated contribution has. Change them only through moderation.services."""

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    moderation_message = models.TextField(_("message from the moderators"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED

    def on_approved(self, actor):
        """Called inside the approving transaction; a revision applies itself here."""

    def on_status_changed(self):
        """Called inside the transaction of every moderation decision, after the save."""

    # What notifications say about an item (whose `author` hears of the decisions). Each is
    # called with the reader's language active, so titles and addresses come out in it.

    def moderation_title(self) -> str:
        """The item's name in emails and the queue."""
        return str(self)

    def moderation_url(self) -> str:
        """The page where the author follows the item (a path)."""
        return self.get_absolute_url()

    def moderation_queue_url(self) -> str:
        """The page where moderators decide on items of this kind (a path)."""
        raise NotImplementedError(f"{type(self).__name__} must say where its queue is.")


class Decision(models.Model):
    """Who did what to which contribution, when, and why."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("content_type", "object_id")
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"])]
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")

    def __str__(self):
        return f"{self.get_action_display()} · {self.content_type.model} {self.object_id}"


class Reason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSIVE = "abusive", _("Abusive or harassment")
    OFF_TOPIC = "off-topic", _("Off-topic")
    PERSONAL_DATA = "personal-data", _("Personal data that should not be here")
    MISLEADING = "misleading", _("Misleading or false")
    OTHER = "other", _("Something else")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACTIONED = "actioned", _("Actioned")
    DISMISSED = "dismissed", _("Dismissed")


NOTE_MAX = 1000


class Report(models.Model):
    """A member tells the moderators that an item (a question, a message, a profile…) breaks
    the rules. `kind` is the item's name in `reporting.REPORTABLES`."""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reports_made",
        verbose_name=_("reported by"),
    )
    kind = models.CharField(_("kind of item"), max_length=30)
    object_id = models.PositiveBigIntegerField(_("item"))
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.TextField(_("note"), max_length=NOTE_MAX, blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "kind", "object_id"],
                condition=models.Q(status="open"),
                name="report_one_open_per_reporter_and_item",
            )
        ]
        indexes = [
            models.Index(fields=["status", "kind", "object_id"], name="report_queue"),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.get_reason_display()})"


class SanctionKind(models.TextChoices):
    WARN = "warn", _("Warning")
    SUSPEND = "suspend", _("Suspension")
    BLOCK = "block", _("Block")


class Sanction(models.Model):
    """A moderator's measure against a person. A suspension lasts `until`; a block lasts until
    it is lifted (`lifted_at`), and the account is deactivated meanwhile."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sanctions",
        verbose_name=_("person"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=SanctionKind.choices)
    until = models.DateTimeField(_("until"), null=True, blank=True)
    reason = models.TextField(_("reason"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("sanction")
        verbose_name_plural = _("sanctions")
        indexes = [models.Index(fields=["user", "lifted_at", "kind"], name="sanction_in_force")]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.user_id}"
