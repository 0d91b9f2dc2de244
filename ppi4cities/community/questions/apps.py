"""Peer questions and answers: members ask, answer, vote and accept; edits keep their history."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "ppi4cities.community.questions"
    label = "questions"
    verbose_name = _("Questions and answers")
