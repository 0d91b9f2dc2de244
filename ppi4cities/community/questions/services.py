"""Every write of questions and answers: asking, answering, voting, accepting, editing,
following and expert requests.

Each posting service checks, in this order, that the person may post at all (sanctions),
that they may do this (permissions) and that they are within the hour's allowance (rate
limits), then validates and writes in one transaction. Notifications and re-indexing follow
in the same transaction; notifications to many people run in background tasks.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ppi4cities.accounts.models import Membership
from ppi4cities.community.services import notification_send
from ppi4cities.core import fulltext, ratelimit, spam
from ppi4cities.moderation.sanctions import ensure_may_post

from . import permissions, selectors
from .models import (
    Answer,
    AnswerRevision,
    AnswerVote,
    ExpertAvailability,
    ExpertRequest,
    Facet,
    Follow,
    Question,
    QuestionRevision,
    QuestionTag,
    Status,
)
from .vocabularies import is_valid, tag_label

SEARCH_KIND = "question"
# The form and API field that carries each facet's values.
TAG_FIELDS = {
    Facet.THEME: "themes",
    Facet.STAGE: "stages",
    Facet.COUNTRY: "countries",
    Facet.PROCEDURE: "procedures",
}
MAX_TAGS_PER_FACET = 10


def _clean_tags(tags: dict | None) -> list[tuple[str, str]]:
    """(facet, value) pairs from {facet: [values]}; unknown values are a field error."""
    pairs, errors = [], {}
    for facet, values in (tags or {}).items():
        field = TAG_FIELDS.get(facet, facet)
        values = list(dict.fromkeys(str(value).strip() for value in values or []))
        if facet not in TAG_FIELDS:
            errors["tags"] = [_("Unknown kind of tag: %(facet)s.") % {"facet": facet}]
            continue
        if len(values) > MAX_TAGS_PER_FACET:
            errors[field] = [_("Choose at most %(max)d.") % {"max": MAX_TAGS_PER_FACET}]
            continue
        unknown = [value for value in values if not is_valid(facet, value)]
        if unknown:
            errors[field] = [_("Unknown value: %(value)s.") % {"value": ", ".join(unknown)}]
            continue
        pairs += [(facet, value) for value in values]
    if errors:
        raise ValidationError(errors)
    return pairs


def _check_organisation(author, organisation) -> None:
    if (
        organisation is not None
        and not Membership.objects.filter(user=author, organisation=organisation).exists()
    ):
        raise ValidationError(
            {"organisation": _("You can only ask on behalf of an organisation you belong to.")}
        )


def question_index(question: Question) -> None:
    """Put the question, its tags and its visible answers into the full-text index; a hidden
    question leaves it."""
    if question.hidden_at is not None:
        fulltext.remove(SEARCH_KIND, question.pk)
        return
    answers = Answer.objects.visible().filter(question=question).values_list("body", flat=True)
    tags = question.tags.all()
    fulltext.index(
        SEARCH_KIND,
        question.pk,
        language=question.language,
        title=question.title,
        summary=question.body,
        body="\n\n".join(answers),
        keywords=" ".join(tag_label(tag.facet, tag.value) for tag in tags),
    )


def question_visibility_changed(question: Question) -> None:
    """A moderator hid or restored a question: its search entry follows."""
    question_index(question)


def answer_visibility_changed(answer: Answer) -> None:
    """A moderator hid or restored an answer: the question's count and search entry follow."""
    question = answer.question
    question.answer_count = Answer.objects.visible().filter(question=question).count()
    Question.objects.filter(pk=question.pk).update(answer_count=question.answer_count)
    question_index(question)


def _set_tags(question: Question, pairs: list[tuple[str, str]]) -> None:
    getattr(question, "_prefetched_objects_cache", {}).pop("tags", None)  # read afresh next
    question.tags.all().delete()
    QuestionTag.objects.bulk_create(
        QuestionTag(question=question, facet=facet, value=value) for facet, value in pairs
    )


@transaction.atomic
def question_ask(
    *,
    author,
    title: str,
    body: str,
    tags: dict | None = None,
    organisation=None,
    address_country: str = "",
    address_kind: str = "",
    now=None,
) -> Question:
    """A member asks; members addressed and followers of its tags or organisation hear of it."""
    from . import tasks

    ensure_may_post(author)
    if not permissions.can_ask(author):
        raise PermissionDenied(_("Verify your email address before asking a question."))
    ratelimit.check(user=author, action="question")
    pairs = _clean_tags(tags)
    _check_organisation(author, organisation)
    if address_country and not is_valid(Facet.COUNTRY, address_country):
        raise ValidationError({"address_country": _("Unknown country.")})
    question = Question(
        author=author,
        organisation=organisation,
        title=(title or "").strip(),
        body=(body or "").strip(),
        language=(get_language() or "en")[:2],
        links_clickable=spam.links_clickable(author),
        address_country=address_country or "",
        address_kind=address_kind or "",
        created_at=now or timezone.now(),
    )
    question.full_clean()
    question.render_body()
    question.save()
    _set_tags(question, pairs)
    Follow.objects.create(user=author, question=question)
    question_index(question)
    transaction.on_commit(lambda: tasks.question_asked_notify.enqueue(question_id=question.pk))
    return question


@transaction.atomic
def question_edit(*, editor, question: Question, title: str, body: str, tags=None) -> Question:
    """Change a question (its tags too when given); the version it replaces is kept in its
    history."""
    ensure_may_post(editor)
    if not permissions.can_edit(editor, question):
        raise PermissionDenied(_("Only the asker and the moderators can edit this question."))
    pairs = _clean_tags(tags) if tags is not None else None
    old_pairs = sorted((tag.facet, tag.value) for tag in question.tags.all())
    title, body = (title or "").strip(), (body or "").strip()
    text_changed = (title, body) != (question.title, question.body)
    tags_changed = pairs is not None and sorted(pairs) != old_pairs
    previous = QuestionRevision(
        question=question,
        editor=editor,
        title=question.title,
        body=question.body,
        tags=[list(pair) for pair in old_pairs],
    )
    question.title, question.body = title, body
    question.full_clean()
    if text_changed or tags_changed:
        question.edited_at = previous.edited_at = timezone.now()
        previous.save()
        question.render_body()
        question.save(update_fields=["title", "body", "body_html", "edited_at"])
    if tags_changed:
        _set_tags(question, pairs)
    question_index(question)
    return question


@transaction.atomic
def question_mark_answered(*, user, question: Question, answered: bool = True) -> Question:
    """The asker says their question is answered (or open again)."""
    ensure_may_post(user)
    if not permissions.can_accept(user, question):
        raise PermissionDenied(_("Only the asker can mark this question answered."))
    if answered:
        question.status = Status.ANSWERED
        question.answered_at = question.answered_at or timezone.now()
    else:
        question.status, question.answered_at, question.accepted_answer = Status.OPEN, None, None
    question.save(update_fields=["status", "answered_at", "accepted_answer"])
    return question


@transaction.atomic
def answer_post(*, author, question: Question, body: str, now=None) -> Answer:
    """A member answers; the asker and the question's followers hear of it."""
    from . import tasks

    ensure_may_post(author)
    if not permissions.can_answer(author, question):
        if question.hidden_at is not None:
            raise PermissionDenied(_("This question is hidden and takes no answers."))
        raise PermissionDenied(_("Verify your email address before answering."))
    ratelimit.check(user=author, action="answer")
    answer = Answer(
        question=question,
        author=author,
        body=(body or "").strip(),
        links_clickable=spam.links_clickable(author),
        created_at=now or timezone.now(),
    )
    answer.full_clean()
    answer.render_body()
    answer.save()
    Question.objects.filter(pk=question.pk).update(answer_count=F("answer_count") + 1)
    question.answer_count += 1
    question_index(question)
    if question.author_id and question.author_id != author.pk:
        notification_send(
            recipient=question.author,
            kind="question_answered",
            data={"person": author.full_name, "title": question.title},
            url=answer.get_absolute_url(),
            actor=author,
            subject=answer,
        )
    transaction.on_commit(lambda: tasks.answer_posted_notify.enqueue(answer_id=answer.pk))
    return answer


@transaction.atomic
def answer_edit(*, editor, answer: Answer, body: str) -> Answer:
    """Change an answer; the text it replaces is kept in its history."""
    ensure_may_post(editor)
    if not permissions.can_edit(editor, answer):
        raise PermissionDenied(_("Only its author and the moderators can edit this answer."))
    body = (body or "").strip()
    previous = AnswerRevision(answer=answer, editor=editor, body=answer.body)
    answer.body = body
    answer.full_clean()
    if body != previous.body:
        answer.edited_at = previous.edited_at = timezone.now()
        previous.save()
        answer.render_body()
        answer.save(update_fields=["body", "body_html", "edited_at"])
        question_index(answer.question)
    return answer


@transaction.atomic
def answer_vote_toggle(*, user, answer: Answer) -> bool:
    """Vote for an answer, or take the vote back; returns whether the vote stands now."""
    ensure_may_post(user)
    if not permissions.can_vote(user, answer):
        if answer.author_id == user.pk:
            raise PermissionDenied(_("You cannot vote for your own answer."))
        raise PermissionDenied(_("Verify your email address before voting."))
    ratelimit.check(user=user, action="vote")
    removed, _kinds = AnswerVote.objects.filter(answer=answer, user=user).delete()
    if removed:
        Answer.objects.filter(pk=answer.pk).update(score=F("score") - 1)
        answer.score -= 1
        return False
    try:
        with transaction.atomic():
            AnswerVote.objects.create(answer=answer, user=user)
    except IntegrityError:  # a second click raced the first: the vote already stands
        return True
    Answer.objects.filter(pk=answer.pk).update(score=F("score") + 1)
    answer.score += 1
    return True


@transaction.atomic
def answer_accept(*, user, question: Question, answer: Answer) -> Question:
    """The asker accepts one answer (replacing any earlier choice); the question is answered."""
    ensure_may_post(user)
    if not permissions.can_accept(user, question):
        raise PermissionDenied(_("Only the asker can accept an answer."))
    if answer.question_id != question.pk or answer.hidden_at is not None:
        raise ValidationError({"answer": _("Choose an answer to this question.")})
    if question.accepted_answer_id == answer.pk:
        return question
    question.accepted_answer = answer
    question.status = Status.ANSWERED
    question.answered_at = question.answered_at or timezone.now()
    question.save(update_fields=["accepted_answer", "status", "answered_at"])
    if answer.author_id and answer.author_id != user.pk:
        notification_send(
            recipient=answer.author,
            kind="answer_accepted",
            data={"person": user.full_name, "title": question.title},
            url=answer.get_absolute_url(),
            actor=user,
            subject=answer,
        )
    return question


def _follow_target(*, question=None, organisation=None, facet: str = "", value: str = "") -> dict:
    if question is not None:
        return {"question": question}
    if organisation is not None:
        return {"organisation": organisation}
    if facet not in (Facet.THEME, Facet.STAGE, Facet.COUNTRY) or not is_valid(facet, value):
        raise ValidationError({"value": _("Choose a theme, stage or country to follow.")})
    return {"facet": facet, "value": value}


@transaction.atomic
def follow_set(
    *, user, following: bool, question=None, organisation=None, facet: str = "", value: str = ""
) -> bool:
    """Follow (or stop following) a question, an organisation or a tag; returns `following`."""
    if not permissions.can_follow(user):
        raise PermissionDenied(_("Verify your email address before following."))
    if question is not None and not permissions.can_see_question(user, question):
        raise PermissionDenied(_("This question is not available."))
    target = _follow_target(question=question, organisation=organisation, facet=facet, value=value)
    if following:
        Follow.objects.get_or_create(user=user, **target)
    else:
        Follow.objects.filter(user=user, **target).delete()
    return following


@transaction.atomic
def expert_availability_set(*, user, accepts_requests: bool) -> ExpertAvailability:
    if not permissions.can_set_expert_availability(user):
        raise PermissionDenied(_("Verify your email address first."))
    availability, _created = ExpertAvailability.objects.update_or_create(
        user=user, defaults={"accepts_requests": accepts_requests}
    )
    return availability


@transaction.atomic
def expert_request_send(*, asker, question: Question, expert, message: str = "") -> ExpertRequest:
    """The asker sends their question to a member who accepts such requests."""
    ensure_may_post(asker)
    if not permissions.can_ask_expert(asker, question):
        raise PermissionDenied(_("Only the asker can send this question to an expert."))
    ratelimit.check(user=asker, action="expert_request")
    if not (
        permissions.can_request_expert(asker, expert)
        and selectors.experts_for(question=question, viewer=asker, limit=None)
        .filter(pk=expert.pk)
        .exists()
    ):
        raise ValidationError(
            {"expert": _("Choose one of the members who accept questions on these topics.")}
        )
    if ExpertRequest.objects.filter(question=question, expert=expert).exists():
        raise ValidationError({"expert": _("You already sent this question to this member.")})
    request = ExpertRequest(asker=asker, question=question, expert=expert, message=message or "")
    request.full_clean()
    request.save()
    notification_send(
        recipient=expert,
        kind="expert_request",
        data={"person": asker.full_name, "title": question.title},
        url=question.get_absolute_url(),
        actor=asker,
        subject=question,
    )
    return request
