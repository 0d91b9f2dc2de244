"""Peer questions and answers: members ask, answer, vote and accept; edits keep their history."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "ppi4cities.community.questions"
    label = "questions"
    verbose_name = _("Questions and answers")

    def ready(self):
        from ppi4cities.accounts import personal_data
        from ppi4cities.community import kinds
        from ppi4cities.core import spam
        from ppi4cities.moderation import reporting

        from . import permissions, services
        from .models import Answer, Question
        from .notifications import KINDS
        from .personal_data import questions_section

        for kind in KINDS:
            kinds.register(kind)
        reporting.register(
            reporting.Reportable(
                kind="question",
                model=Question,
                name=_("question"),
                title=lambda question: question.title,
                url=lambda question: question.get_absolute_url(),
                author=lambda question: question.author,
                can_see=permissions.can_see_question,
                related=("author",),
                on_visibility_changed=services.question_visibility_changed,
            )
        )
        reporting.register(
            reporting.Reportable(
                kind="answer",
                model=Answer,
                name=_("answer"),
                title=lambda answer: answer.question.title,
                url=lambda answer: answer.get_absolute_url(),
                author=lambda answer: answer.author,
                can_see=lambda user, answer: (
                    permissions.can_see_answer(user, answer)
                    and permissions.can_see_question(user, answer.question)
                ),
                related=("author", "question"),
                on_visibility_changed=services.answer_visibility_changed,
            )
        )
        spam.register_post_counter(
            "questions",
            lambda user: (
                Question.objects.filter(author=user).count()
                + Answer.objects.filter(author=user).count()
            ),
        )
        personal_data.register("questions", questions_section)
