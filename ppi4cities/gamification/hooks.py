"""Awards as things happen, from signals, without the other apps knowing of gamification.

Each award runs after the transaction that caused it commits, so a rolled-back approval,
completion or vote earns nothing. The rules decide from the committed data whether anything was
earned; a save that changes nothing relevant finds the award already there and does nothing.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save

from ppi4cities.assessment.models import Assessment, AssessmentStatus
from ppi4cities.community.questions.models import Answer, AnswerVote, Question
from ppi4cities.library.models import Resource, ResourceFeedback
from ppi4cities.moderation.models import Status
from ppi4cities.pilots.models import Pilot

from .badges import badges_check
from .models import PointAward
from .rules import rules_for
from .services import points_award


def _award_all(model, pk):
    subject = model.objects.filter(pk=pk).first()
    if subject is None:
        return
    for rule in rules_for(model):
        for event in rule.find(pks=[pk]):
            if _seen(event):
                continue
            user = get_user_model().objects.get(pk=event.user_id)
            points_award(user=user, action=rule.code, subject=subject)
            # A level counts events, not points: one past the daily cap still reaches it.
            badges_check(user=user, event=event)


def _seen(event) -> bool:
    return PointAward.objects.filter(
        user=event.user_id,
        action=event.action,
        subject_type=ContentType.objects.get_for_model(event.subject),
        subject_id=event.subject.pk,
    ).exists()


def _later(model, pk):
    transaction.on_commit(lambda: _award_all(model, pk))


def _moderated_saved(sender, instance, **kwargs):
    if instance.status == Status.PUBLISHED and instance.author_id:
        _later(sender, instance.pk)


def _assessment_saved(sender, instance, **kwargs):
    if instance.status == AssessmentStatus.COMPLETED and instance.user_id:
        _later(sender, instance.pk)


def _feedback_saved(sender, instance, **kwargs):
    if instance.useful:
        _later(sender, instance.pk)


def _question_saved(sender, instance, **kwargs):
    if instance.accepted_answer_id:
        _later(Answer, instance.accepted_answer_id)


def _answer_vote_saved(sender, instance, created, **kwargs):
    if created:
        _later(sender, instance.pk)


def connect():
    post_save.connect(_moderated_saved, sender=Resource, dispatch_uid="gamification-resource")
    post_save.connect(_moderated_saved, sender=Pilot, dispatch_uid="gamification-pilot")
    post_save.connect(_assessment_saved, sender=Assessment, dispatch_uid="gamification-assess")
    post_save.connect(_feedback_saved, sender=ResourceFeedback, dispatch_uid="gamification-vote")
    post_save.connect(_question_saved, sender=Question, dispatch_uid="gamification-accepted")
    post_save.connect(_answer_vote_saved, sender=AnswerVote, dispatch_uid="gamification-answer")
