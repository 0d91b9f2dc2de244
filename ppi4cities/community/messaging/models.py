"""Private conversations between members: who is in them, what they wrote, whom they blocked.

Writes go through `services.py`; reads that pages, the API and tasks share are in
`selectors.py`.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# At most this many people, the starter included, take part in one conversation.
MAX_PEOPLE = 10
MAX_SUBJECT = 200
MAX_BODY = 5000


class Conversation(models.Model):
    """A private exchange between two to ten members, optionally about something on the
    platform (a partner call, for instance)."""

    subject = models.CharField(_("subject"), max_length=MAX_SUBJECT, blank=True)
    about_type = models.ForeignKey(
        ContentType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("about (type)"),
    )
    about_id = models.PositiveBigIntegerField(_("about (id)"), null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)
    # Denormalised so a list of conversations shows each one's latest message in one query.
    last_message = models.ForeignKey(
        "Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last message"),
    )
    # Two people, no subject, no topic: the one-to-one line that new messages between the
    # same two people reuse. "<lower user id>-<higher user id>", else empty.
    direct_key = models.CharField(max_length=50, blank=True, default="", editable=False)
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Participant",
        related_name="conversations",
        verbose_name=_("people"),
    )

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        ordering = ["-last_message_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["direct_key"],
                condition=~models.Q(direct_key=""),
                name="conversation_one_direct_line",
            )
        ]

    def __str__(self):
        return self.subject or _("Conversation %(id)s") % {"id": self.pk}

    def get_absolute_url(self):
        return reverse("messaging:conversation", args=[self.pk])


class Participant(models.Model):
    """One person's place in a conversation: when they joined, read and perhaps left."""

    conversation = models.ForeignKey(
        Conversation,
        on_delete=models.CASCADE,
        related_name="participants",
        verbose_name=_("conversation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="conversation_places",
        verbose_name=_("person"),
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    last_read_at = models.DateTimeField(_("last read"), null=True, blank=True)
    # Messages from others since `last_read_at`, kept in step by the services so that lists
    # and the header count need no counting of messages.
    unread = models.PositiveIntegerField(_("unread messages"), default=0)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "user"], name="participant_once_per_conversation"
            )
        ]
        indexes = [models.Index(fields=["user", "left_at", "unread"], name="participant_inbox")]

    def __str__(self):
        return f"{self.user_id} in {self.conversation_id}"

    @property
    def is_active(self) -> bool:
        return self.left_at is None


class Message(models.Model):
    """What one participant wrote; Markdown, rendered safely."""

    conversation = models.ForeignKey(
        Conversation,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("conversation"),
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="messages_sent",
        verbose_name=_("sender"),
    )
    body = models.TextField(_("message"), max_length=MAX_BODY)
    links_clickable = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["conversation", "created_at"], name="message_in_conversation"),
            models.Index(fields=["sender", "created_at"], name="message_by_sender"),
        ]

    def __str__(self):
        return self.body[:60]

    def get_absolute_url(self):
        url = reverse("messaging:conversation", args=[self.conversation_id])
        return f"{url}#message-{self.pk}"

    @property
    def author(self):
        return self.sender


class Block(models.Model):
    """`blocker` no longer hears from `blocked`: no new conversations, no messages."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="blocks_made",
        verbose_name=_("blocked by"),
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="blocks_received",
        verbose_name=_("blocked member"),
    )
    created_at = models.DateTimeField(_("blocked on"), default=timezone.now)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_once"),
            models.CheckConstraint(
                condition=~models.Q(blocker=models.F("blocked")), name="block_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.blocker_id} blocks {self.blocked_id}"
