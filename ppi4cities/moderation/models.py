"""The states a contribution moves through, and the record of every moderation decision."""

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
