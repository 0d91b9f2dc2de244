"""Reads of questions and answers that pages, the API and tasks share.

Lists select and prefetch everything a row shows, and counts come from the rows, so a page
issues the same number of queries whatever the number of questions.
"""

import re

import numpy as np
from django.contrib.auth import get_user_model
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Value,
    When,
)

from ppi4cities.accounts.models import ProfileVisibility
from ppi4cities.accounts.permissions import can_moderate, is_member
from ppi4cities.core import fulltext
from ppi4cities.core.models import Tag
from ppi4cities.core.search import fold

from .models import Answer, AnswerVote, Facet, Follow, Question, QuestionTag, Status
from .vocabularies import tag_label

SEARCH_KIND = "question"
SIMILAR_LIMIT = 5
EXPERTS_LIMIT = 20
# Words too short to say what a question is about are not matched on their own.
MIN_SIMILAR_WORD = 4
MAX_SIMILAR_WORDS = 4


def visible_filter(viewer) -> Q:
    """Questions the viewer may see in lists: visible ones, their own and, for moderators,
    every one."""
    if can_moderate(viewer):
        return Q()
    if viewer is not None and viewer.is_authenticated:
        return Q(hidden_at__isnull=True) | Q(author=viewer)
    return Q(hidden_at__isnull=True)


def _listed(questions, viewer):
    """`visible_filter` for lists. A member's own hidden questions are listed through a CASE
    rather than an OR, which would make the databases merge two indexes and sort every
    visible question; with it they read the newest-first index and stop after a page."""
    if viewer is None or not viewer.is_authenticated or can_moderate(viewer):
        return questions.filter(visible_filter(viewer))
    listed = Case(
        When(hidden_at__isnull=True, then=Value(True)),
        When(author=viewer, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    return questions.alias(listed=listed).filter(listed=True)


def _answer_visible_filter(viewer) -> Q:
    if can_moderate(viewer):
        return Q()
    if viewer is not None and viewer.is_authenticated:
        return Q(hidden_at__isnull=True) | Q(author=viewer)
    return Q(hidden_at__isnull=True)


def question_list(*, viewer=None, filters: dict | None = None):
    """Questions for a list, newest first (best match first with a search), filtered by
    status, tags, followed and words."""
    filters = filters or {}
    questions = (
        _listed(Question.objects.all(), viewer)
        .select_related("author", "organisation")
        .prefetch_related(Prefetch("tags", queryset=QuestionTag.objects.order_by("facet", "value")))
    )
    narrowed = questions
    status = filters.get("status")
    if status == "unanswered":
        narrowed = narrowed.filter(answer_count=0)
    elif status in (Status.OPEN, Status.ANSWERED):
        narrowed = narrowed.filter(status=status)
    for facet, field in (
        (Facet.THEME, "theme"),
        (Facet.STAGE, "stage"),
        (Facet.COUNTRY, "country"),
        (Facet.PROCEDURE, "procedure"),
    ):
        if filters.get(field):
            narrowed = narrowed.filter(
                Exists(
                    QuestionTag.objects.filter(
                        question=OuterRef("pk"), facet=facet, value=filters[field]
                    )
                )
            )
    if filters.get("followed") and viewer is not None and viewer.is_authenticated:
        narrowed = narrowed.filter(followed_by(viewer))
    query = (filters.get("q") or "").strip()
    if query:
        return SearchResults(narrowed, query, narrowed=narrowed is not questions)
    return narrowed.order_by("-created_at", "-pk")


class SearchResults:
    """Questions matching a search, best first, for a paginator or the API: those whose title
    holds every term first, then by the engine's rank when few enough match to rank them all
    (`fulltext.EXACT_RANK_LIMIT`), then the newest (highest id) first.

    The matches and their order come from the search's cached arrays (`fulltext.match`); the
    database only says which of them the other filters keep, and then gives a page's rows.
    Joining every match with the questions in SQL instead would read every matching document
    again for a common word.
    """

    # Up to this many matches are checked against the filters by their ids; more, and the ids
    # the filters keep are read instead.
    CHECK_BY_ID = 2000

    def __init__(self, questions, query: str, *, narrowed: bool):
        self.questions = questions
        matches = fulltext.match(SEARCH_KIND, query)
        ids = matches.ids
        if not len(ids):
            self.ids = ids
            return
        # Hidden questions are not in the index, so without filters every match is listed; the
        # page's rows are fetched through `questions`, which checks visibility again.
        at = np.arange(len(ids))
        if narrowed:
            at = np.flatnonzero(np.isin(ids, self._kept(questions, ids), assume_unique=True))
            ids = ids[at]
        keys = [-ids]
        if matches.scores is not None:
            keys.append(-matches.scores[at])
        keys.append(~matches.in_title[at])
        self.ids = ids[np.lexsort(keys)]

    @classmethod
    def _kept(cls, questions, ids: np.ndarray) -> np.ndarray:
        """Of the matching ids, those the filtered (and visible) questions hold."""
        questions = questions.order_by()
        if len(ids) <= cls.CHECK_BY_ID:
            questions = questions.filter(pk__in=ids.tolist())
        return np.fromiter(questions.values_list("pk", flat=True), dtype=np.int64)

    def count(self) -> int:
        return len(self.ids)

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, index):
        if isinstance(index, int):
            return self[index : index + 1][0]
        ids = self.ids[index].tolist()
        rows = self.questions.in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]


def followed_by(user) -> Q:
    """Questions the person follows directly, by tag or by the asker's organisation."""
    follows = Follow.objects.filter(user=user)
    tag_follows = follows.exclude(facet="")
    return (
        Q(pk__in=follows.filter(question__isnull=False).values("question"))
        | Q(organisation__in=follows.filter(organisation__isnull=False).values("organisation"))
        | Exists(
            QuestionTag.objects.filter(question=OuterRef("pk")).filter(
                Exists(tag_follows.filter(facet=OuterRef("facet"), value=OuterRef("value")))
            )
        )
    )


def followed_tags(*, user) -> set[tuple[str, str]]:
    return set(Follow.objects.filter(user=user).exclude(facet="").values_list("facet", "value"))


def question_for(*, viewer, question_id: int) -> Question | None:
    """One question with what its page shows, or None when it does not exist for the viewer."""
    return (
        Question.objects.filter(Q(pk=question_id) & visible_filter(viewer))
        .select_related("author", "organisation")
        .prefetch_related("tags")
        .first()
    )


def answers_for(*, question: Question, viewer=None):
    """The answers on a question's page: accepted first, then the most voted, then oldest;
    `voted` says whether the viewer voted for each."""
    answers = (
        Answer.objects.filter(question=question)
        .filter(_answer_visible_filter(viewer))
        .select_related("author")
        .annotate(
            accepted=Case(
                When(pk=question.accepted_answer_id or 0, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("-accepted", "-score", "created_at", "pk")
    )
    if viewer is not None and viewer.is_authenticated:
        answers = answers.annotate(
            voted=Exists(AnswerVote.objects.filter(answer=OuterRef("pk"), user=viewer))
        )
    else:
        answers = answers.annotate(voted=Value(False))
    return answers


def answer_for(*, viewer, answer_id: int) -> Answer | None:
    answer = (
        Answer.objects.filter(pk=answer_id)
        .filter(_answer_visible_filter(viewer))
        .select_related("question", "author")
        .first()
    )
    if (
        answer is None
        or not Question.objects.filter(Q(pk=answer.question_id) & visible_filter(viewer)).exists()
    ):
        return None
    return answer


def follows_of(*, user, question: Question) -> tuple[bool, bool]:
    """Whether the person follows the question, and its asker's organisation (one query)."""
    if user is None or not user.is_authenticated:
        return False, False
    target = Q(question=question)
    if question.organisation_id:
        target |= Q(organisation_id=question.organisation_id)
    found = set(
        Follow.objects.filter(target, user=user).values_list("question_id", "organisation_id")
    )
    return (
        any(question_id == question.pk for question_id, _org in found),
        any(org and org == question.organisation_id for _q, org in found),
    )


def similar_questions(*, title: str, limit: int = SIMILAR_LIMIT, exclude: int | None = None):
    """Visible questions whose text shares the title's words: those matching every word first,
    then those matching most of its longest words."""
    text = (title or "").strip()
    if len(text) < MIN_SIMILAR_WORD:
        return []
    scores: dict[int, float] = {}
    for position, object_id in enumerate(fulltext.search(SEARCH_KIND, text, limit=limit).ids):
        scores[object_id] = 100 - position
    words = sorted(
        {word for word in re.findall(r"\w+", text) if len(word) >= MIN_SIMILAR_WORD},
        key=len,
        reverse=True,
    )[:MAX_SIMILAR_WORDS]
    if len(scores) < limit and len(words) > 1:
        for word in words:
            for position, object_id in enumerate(
                fulltext.search(SEARCH_KIND, word, limit=limit * 4).ids
            ):
                scores[object_id] = scores.get(object_id, 0) + 1 - position / 1000
    scores.pop(exclude, None)
    best = sorted(scores, key=lambda object_id: -scores[object_id])
    found = {
        question.pk: question
        for question in Question.objects.visible().filter(pk__in=best[: limit * 3])
    }
    return [found[pk] for pk in best if pk in found][:limit]


def _question_words(question: Question) -> set[str]:
    labels = " ".join(tag_label(tag.facet, tag.value) for tag in question.tags.all())
    return set(re.findall(r"\w+", fold(f"{question.title} {question.body} {labels}")))


def experts_for(*, question: Question, viewer, limit: int | None = EXPERTS_LIMIT):
    """Members who accept expert requests and whose expertise names words of the question,
    whose profiles the viewer may see; the asker is left out."""
    words = _question_words(question)
    offered = Tag.objects.filter(people__expert_availability__accepts_requests=True).distinct()
    matching = [
        tag.pk
        for tag in offered
        if (tag_words := re.findall(r"\w+", fold(tag.name))) and set(tag_words) <= words
    ]
    people = (
        get_user_model()
        .objects.filter(
            is_active=True,
            expert_availability__accepts_requests=True,
            expertise__in=matching,
        )
        .exclude(pk=question.author_id)
        .distinct()
        .prefetch_related("expertise")
        .order_by("full_name", "pk")
    )
    if not is_member(viewer):
        people = people.filter(visibility=ProfileVisibility.PUBLIC)
    return people[:limit] if limit else people
