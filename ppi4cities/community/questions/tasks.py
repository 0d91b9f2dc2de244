"""Background work of questions: telling the members a question is addressed to, and the
followers of its tags, organisation or thread, that something new is there."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django_tasks import task

from ppi4cities.accounts.models import Membership
from ppi4cities.community.services import notification_send

from .models import Answer, Follow, Question

# A question addressed to a country or an organisation type reaches at most this many people.
MAX_ADDRESSED = 200


def _people(ids):
    return get_user_model().objects.filter(pk__in=ids, is_active=True).order_by("pk")


def addressed_recipients(question: Question) -> list[int]:
    """Members of organisations in the addressed country and/or of the addressed type."""
    if not (question.address_country or question.address_kind):
        return []
    memberships = Membership.objects.filter(user__is_active=True)
    if question.address_country:
        memberships = memberships.filter(organisation__country=question.address_country)
    if question.address_kind:
        memberships = memberships.filter(organisation__kind=question.address_kind)
    ids = (
        memberships.exclude(user=question.author_id)
        .values_list("user", flat=True)
        .distinct()
        .order_by("user")
    )
    return list(ids[:MAX_ADDRESSED])


def new_question_followers(question: Question) -> list[int]:
    """People who follow one of the question's tags or an organisation of its asker."""
    tags = Q()
    for tag in question.tags.all():
        tags |= Q(facet=tag.facet, value=tag.value)
    organisations = Membership.objects.filter(user=question.author_id).values("organisation")
    follows = Follow.objects.filter(Q(organisation__in=organisations) | (tags or Q(pk=None)))
    return list(
        follows.exclude(user=question.author_id)
        .values_list("user", flat=True)
        .distinct()
        .order_by("user")
    )


@task()
def question_asked_notify(question_id: int) -> None:
    question = Question.objects.visible().select_related("author").filter(pk=question_id).first()
    if question is None or question.author is None:
        return
    data = {"person": question.author.full_name, "title": question.title}
    url = question.get_absolute_url()
    addressed = addressed_recipients(question)
    for person in _people(addressed):
        notification_send(
            recipient=person,
            kind="question_addressed",
            data=data,
            url=url,
            actor=question.author,
            subject=question,
        )
    followers = set(new_question_followers(question)) - set(addressed)
    for person in _people(followers).iterator():
        notification_send(
            recipient=person,
            kind="followed_new_question",
            data=data,
            url=url,
            actor=question.author,
            subject=question,
        )


@task()
def answer_posted_notify(answer_id: int) -> None:
    answer = (
        Answer.objects.visible()
        .select_related("question", "author")
        .filter(pk=answer_id, question__hidden_at__isnull=True)
        .first()
    )
    if answer is None or answer.author is None:
        return
    question = answer.question
    followers = (
        Follow.objects.filter(question=question)
        .exclude(user__in=[answer.author_id, question.author_id])
        .values_list("user", flat=True)
    )
    for person in _people(followers).iterator():
        notification_send(
            recipient=person,
            kind="followed_question_answer",
            data={"person": answer.author.full_name, "title": question.title},
            url=answer.get_absolute_url(),
            actor=answer.author,
            subject=answer,
        )
