"""Questions members ask each other, their answers, votes, edit history, follows and expert
requests. Every write goes through `services.py`.

Counts a list shows (`Question.answer_count`, `Answer.score`) are kept on the rows by the
services, so a list never aggregates per row.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.models import OrganisationKind
from ppi4cities.core.markdown import render_markdown

TITLE_MAX = 200
BODY_MAX = 10_000
ANSWER_MAX = 10_000
MESSAGE_MAX = 1_000


class Status(models.TextChoices):
    OPEN = "open", _("Open")
    ANSWERED = "answered", _("Answered")


class Facet(models.TextChoices):
    """What a question is tagged with; the same vocabularies as the library and pilots."""

    THEME = "theme", _("Theme")
    STAGE = "stage", _("PPI stage")
    COUNTRY = "country", _("Country or legal framework")
    PROCEDURE = "procedure", _("Procedure type")


class QuestionQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden_at__isnull=True)


class Question(models.Model):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="questions",
        verbose_name=_("asked by"),
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("on behalf of"),
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    body = models.TextField(_("question"), max_length=BODY_MAX, help_text=_("Markdown."))
    # The body rendered and sanitised when written, so a page never renders Markdown.
    body_html = models.TextField(editable=False, blank=True, default="")
    language = models.CharField(_("language"), max_length=5, default="en")
    links_clickable = models.BooleanField(default=True, editable=False)
    address_country = models.CharField(
        _("addressed to members in"), max_length=2, blank=True, default=""
    )
    address_kind = models.CharField(
        _("addressed to organisations of the type"),
        max_length=24,
        blank=True,
        default="",
        choices=OrganisationKind.choices,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    accepted_answer = models.ForeignKey(
        "Answer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted answer"),
    )
    answer_count = models.PositiveIntegerField(_("answers"), default=0)
    created_at = models.DateTimeField(_("asked"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True, db_index=True)
    is_demo = models.BooleanField(_("demo content"), default=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="question_newest"),
            # The public list: visible questions, newest first, read off the index in order.
            models.Index(
                fields=["hidden_at", "-created_at", "-id"], name="question_visible_newest"
            ),
            models.Index(fields=["answer_count", "-created_at"], name="question_unanswered"),
            models.Index(fields=["status", "-created_at"], name="question_status"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("questions:detail", args=[self.pk])

    def render_body(self) -> None:
        self.body_html = render_markdown(self.body, links=self.links_clickable)

    @property
    def is_answered(self) -> bool:
        return self.status == Status.ANSWERED


class QuestionTag(models.Model):
    """One value of one facet of a question: a theme, stage, country or procedure code."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="tags")
    facet = models.CharField(max_length=10, choices=Facet.choices)
    value = models.CharField(max_length=30)

    class Meta:
        ordering = ["facet", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "facet", "value"], name="unique_question_tag"
            )
        ]
        indexes = [models.Index(fields=["facet", "value", "question"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class AnswerQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden_at__isnull=True)


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="answers",
        verbose_name=_("answered by"),
    )
    body = models.TextField(_("answer"), max_length=ANSWER_MAX, help_text=_("Markdown."))
    body_html = models.TextField(editable=False, blank=True, default="")
    links_clickable = models.BooleanField(default=True, editable=False)
    score = models.IntegerField(_("votes"), default=0)
    created_at = models.DateTimeField(_("answered"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True, db_index=True)
    is_demo = models.BooleanField(_("demo content"), default=False)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "created_at", "pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["question", "-score", "created_at"])]

    def __str__(self):
        return f"{self.question} #{self.pk}"

    def get_absolute_url(self):
        # The question's page that shows it: answers are paginated and their order moves.
        return reverse("questions:answer_link", args=[self.pk])

    def render_body(self) -> None:
        self.body_html = render_markdown(self.body, links=self.links_clickable)


class AnswerVote(models.Model):
    """A member found an answer helpful: up votes only, one per person and answer."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answer_votes"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["answer", "user"], name="unique_answer_vote")
        ]

    def __str__(self):
        return f"{self.user} → {self.answer_id}"


class QuestionRevision(models.Model):
    """The title, text and tags a question had before one edit, and who made that edit."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    title = models.CharField(max_length=TITLE_MAX)
    body = models.TextField()
    # [facet, value] pairs; empty for edits made before the tags were kept.
    tags = models.JSONField(default=list, blank=True)
    edited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-edited_at", "-pk"]

    def __str__(self):
        return f"{self.question_id} @ {self.edited_at:%Y-%m-%d %H:%M}"


class AnswerRevision(models.Model):
    """The text an answer had before one edit, and who made that edit."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField()
    edited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-edited_at", "-pk"]

    def __str__(self):
        return f"{self.answer_id} @ {self.edited_at:%Y-%m-%d %H:%M}"


class ExpertAvailability(models.Model):
    """A member's choice to receive questions sent to them directly as an expert."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="expert_availability"
    )
    accepts_requests = models.BooleanField(_("I accept questions sent to me as an expert"))
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.user}: {self.accepts_requests}"


class ExpertRequest(models.Model):
    """An asker sent their question to one expert; once per question and expert."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="expert_requests")
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="expert_requests_sent"
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="expert_requests_received",
    )
    message = models.TextField(_("message to the expert"), max_length=MESSAGE_MAX, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "expert"], name="unique_expert_request")
        ]

    def __str__(self):
        return f"{self.question_id} → {self.expert_id}"


class Follow(models.Model):
    """A member follows one question, one tag (facet and value) or one organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_follows"
    )
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="question_follows",
    )
    facet = models.CharField(max_length=10, choices=Facet.choices, blank=True, default="")
    value = models.CharField(max_length=30, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(question__isnull=False, organisation__isnull=True, facet="")
                    | Q(question__isnull=True, organisation__isnull=False, facet="")
                    | (Q(question__isnull=True, organisation__isnull=True) & ~Q(facet=""))
                ),
                name="follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "question"],
                condition=Q(question__isnull=False),
                name="unique_follow_question",
            ),
            models.UniqueConstraint(
                fields=["user", "organisation"],
                condition=Q(organisation__isnull=False),
                name="unique_follow_organisation",
            ),
            models.UniqueConstraint(
                fields=["user", "facet", "value"],
                condition=~Q(facet=""),
                name="unique_follow_tag",
            ),
        ]
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.user} follows {self.question_id or self.organisation_id or self.value}"
