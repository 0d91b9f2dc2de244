"""The actions that earn points: what each is worth, its daily cap, and where in the data it is
found.

Each rule reads its events straight from the platform's data, so the same function decides a
live award, rebuilds the ledger and scores badges. Only what a moderator approved, a peer found
useful or a completed self-assessment counts, and nothing one does to one's own content.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from ppi4cities.assessment.models import Assessment, AssessmentStatus, Variant
from ppi4cities.assessment.selectors import full_scores
from ppi4cities.community.questions.models import Answer, AnswerVote
from ppi4cities.library.models import Resource, ResourceFeedback
from ppi4cities.moderation.models import Action, Decision, Status
from ppi4cities.pilots.models import Pilot

SHORT_ASSESSMENT_POINTS = 5


@dataclass(frozen=True)
class Event:
    """One thing in the data that earns `points` for a person, at `when`."""

    action: str
    user_id: int
    organisation_id: int | None
    subject: object
    when: datetime
    points: int


@dataclass(frozen=True)
class Rule:
    code: str
    label: str
    points: int
    daily_cap: int  # the most points a person earns for this action on one day
    # Events from the data, for one person (or everyone) and for some subjects (or all).
    find: Callable[..., Iterable[Event]]
    model: type


def _narrow(queryset, *, user_field, user=None, pks=None):
    if user is not None:
        queryset = queryset.filter(**{user_field: user})
    if pks is not None:
        queryset = queryset.filter(pk__in=pks)
    return queryset


def _approved_by_someone_else(queryset):
    """Published items, less those their own author approved as a moderator."""
    own_approval = Decision.objects.filter(
        content_type=ContentType.objects.get_for_model(queryset.model),
        object_id=OuterRef("pk"),
        action=Action.APPROVED,
        actor=OuterRef("author"),
    )
    return queryset.filter(
        status=Status.PUBLISHED, author__isnull=False, published_at__isnull=False
    ).exclude(Exists(own_approval))


def _published(model, action):
    def find(*, user=None, pks=None):
        points = RULES[action].points
        items = _narrow(
            _approved_by_someone_else(model.objects.all()), user_field="author", user=user, pks=pks
        )
        for item in items.order_by("published_at", "pk"):
            yield Event(
                action, item.author_id, item.organisation_id, item, item.published_at, points
            )

    return find


def _completed_assessments(*, user=None, pks=None):
    """The first completed assessment of each person per questionnaire version and variant."""
    earlier = Assessment.objects.filter(
        user=OuterRef("user"),
        variant=OuterRef("variant"),
        version=OuterRef("version"),
        status=AssessmentStatus.COMPLETED,
    ).filter(
        Q(completed_at__lt=OuterRef("completed_at"))
        | Q(completed_at=OuterRef("completed_at"), pk__lt=OuterRef("pk"))
    )
    firsts = Assessment.objects.filter(
        status=AssessmentStatus.COMPLETED, user__isnull=False
    ).exclude(Exists(earlier))
    for assessment in _narrow(firsts, user_field="user", user=user, pks=pks).order_by(
        "completed_at", "pk"
    ):
        points = (
            SHORT_ASSESSMENT_POINTS
            if assessment.variant == Variant.SHORT
            else RULES["assessment_completed"].points
        )
        yield Event(
            "assessment_completed",
            assessment.user_id,
            assessment.organisation_id,
            assessment,
            assessment.completed_at,
            points,
        )


def _full_and_owned():
    return Assessment.objects.filter(
        status=AssessmentStatus.COMPLETED,
        variant=Variant.FULL,
        user__isnull=False,
        round__isnull=True,
    )


def _owner(assessment) -> tuple:
    """Whose progress an assessment shows: the organisation's when taken on its behalf, else the
    person's; per questionnaire."""
    return (
        assessment.version.questionnaire_id,
        assessment.organisation_id,
        None if assessment.organisation_id else assessment.user_id,
    )


def _histories(candidates) -> dict[tuple, list]:
    """Owner → every completed full assessment of the candidates' owners, oldest first."""
    organisations = {c.organisation_id for c in candidates if c.organisation_id}
    people = {c.user_id for c in candidates if not c.organisation_id}
    rows = (
        _full_and_owned()
        .filter(version__questionnaire__in={c.version.questionnaire_id for c in candidates})
        .filter(Q(organisation__in=organisations) | Q(organisation=None, user__in=people))
        .select_related("version")
        .order_by("completed_at", "pk")
    )
    histories: dict[tuple, list] = {}
    for assessment in rows:
        histories.setdefault(_owner(assessment), []).append(assessment)
    return histories


def _improved_assessments(*, user=None, pks=None):
    """Full assessments where a dimension scores higher than in every earlier one of the same
    owner: beating one's best, so that answering low and then high again earns nothing. Each
    owner's history is scored once, in a fixed number of queries."""
    candidates = list(
        _narrow(_full_and_owned(), user_field="user", user=user, pks=pks).select_related("version")
    )
    if not candidates:
        return
    wanted = {candidate.pk for candidate in candidates}
    histories = _histories(candidates)
    results = full_scores(a for history in histories.values() for a in history)
    improved = []
    for history in histories.values():
        best: dict[str, float] = {}
        # Assessments completed at the same moment are not earlier than one another.
        for _moment, group in groupby(history, key=lambda a: a.completed_at):
            group = list(group)
            scores = {
                a.pk: {d.code: d.score for d in results[a.pk].dimensions if d.score is not None}
                for a in group
            }
            for assessment in group:
                if assessment.pk in wanted and any(
                    code in best and score > best[code]
                    for code, score in scores[assessment.pk].items()
                ):
                    improved.append(assessment)
            for dimension_scores in scores.values():
                for code, score in dimension_scores.items():
                    best[code] = max(score, best.get(code, score))
    for assessment in sorted(improved, key=lambda a: (a.completed_at, a.pk)):
        yield Event(
            "assessment_improved",
            assessment.user_id,
            assessment.organisation_id,
            assessment,
            assessment.completed_at,
            RULES["assessment_improved"].points,
        )


def _useful_feedback(*, user=None, pks=None):
    """ "Useful" votes from other members on published resources, for their author."""
    votes = (
        ResourceFeedback.objects.filter(
            useful=True, resource__status=Status.PUBLISHED, resource__author__isnull=False
        )
        .exclude(user=F("resource__author"))
        .select_related("resource")
    )
    for vote in _narrow(votes, user_field="resource__author", user=user, pks=pks).order_by(
        "created_at", "pk"
    ):
        yield Event(
            "feedback_useful",
            vote.resource.author_id,
            vote.resource.organisation_id,
            vote,
            vote.created_at,
            RULES["feedback_useful"].points,
        )


def _accepted_answers(*, user=None, pks=None):
    """Answers the asker accepted, for their author: never one's own question, never hidden."""
    answers = (
        Answer.objects.filter(
            hidden_at__isnull=True,
            author__isnull=False,
            question__accepted_answer=F("pk"),
            question__hidden_at__isnull=True,
            question__answered_at__isnull=False,
        )
        .exclude(author=F("question__author"))
        .select_related("question")
    )
    for answer in _narrow(answers, user_field="author", user=user, pks=pks).order_by(
        "question__answered_at", "pk"
    ):
        yield Event(
            "answer_accepted",
            answer.author_id,
            None,
            answer,
            answer.question.answered_at,
            RULES["answer_accepted"].points,
        )


def _answer_votes(*, user=None, pks=None):
    """Other members' votes for a visible answer, for its author."""
    votes = (
        AnswerVote.objects.filter(
            answer__hidden_at__isnull=True,
            answer__author__isnull=False,
            answer__question__hidden_at__isnull=True,
        )
        .exclude(user=F("answer__author"))
        .select_related("answer")
    )
    for vote in _narrow(votes, user_field="answer__author", user=user, pks=pks).order_by(
        "created_at", "pk"
    ):
        yield Event(
            "answer_voted",
            vote.answer.author_id,
            None,
            vote,
            vote.created_at,
            RULES["answer_voted"].points,
        )


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "resource_published",
            _("A library resource you submitted was approved"),
            points=10,
            daily_cap=30,
            find=_published(Resource, "resource_published"),
            model=Resource,
        ),
        Rule(
            "pilot_published",
            _("A pilot you shared was approved"),
            points=15,
            daily_cap=45,
            find=_published(Pilot, "pilot_published"),
            model=Pilot,
        ),
        Rule(
            "assessment_completed",
            _("You completed a self-assessment"),
            points=20,
            daily_cap=25,
            find=_completed_assessments,
            model=Assessment,
        ),
        Rule(
            "assessment_improved",
            _("A self-assessment showed progress in a dimension"),
            points=10,
            daily_cap=10,
            find=_improved_assessments,
            model=Assessment,
        ),
        Rule(
            "feedback_useful",
            _("Another member found your resource useful"),
            points=2,
            daily_cap=10,
            find=_useful_feedback,
            model=ResourceFeedback,
        ),
        Rule(
            "answer_accepted",
            _("A member accepted your answer to their question"),
            points=15,
            daily_cap=45,
            find=_accepted_answers,
            model=Answer,
        ),
        Rule(
            "answer_voted",
            _("Another member found your answer helpful"),
            points=2,
            daily_cap=10,
            find=_answer_votes,
            model=AnswerVote,
        ),
    )
}


def rules_for(model) -> list[Rule]:
    return [rule for rule in RULES.values() if rule.model is model]
