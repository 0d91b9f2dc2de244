"""The notification kinds of questions and answers; each line is written from the names and
title kept in the notification's data, in the reader's language."""

from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from ppi4cities.community.kinds import Kind
from ppi4cities.community.models import Frequency


def _line(text: str):
    """A line renderer for `text`, marked for translation with gettext_noop."""

    def render(data: dict) -> str:
        return gettext(text) % {
            "person": data.get("person") or gettext("A member"),
            "title": data.get("title", ""),
        }

    return render


KINDS = [
    Kind(
        "question_answered",
        _("Answers to my questions"),
        _("A member answered a question you asked."),
        _line(gettext_noop("%(person)s answered your question “%(title)s”.")),
        Frequency.IMMEDIATELY,
    ),
    Kind(
        "answer_accepted",
        _("My answers accepted"),
        _("The asker accepted your answer."),
        _line(gettext_noop("%(person)s accepted your answer to “%(title)s”.")),
        Frequency.IMMEDIATELY,
    ),
    Kind(
        "expert_request",
        _("Questions sent to me as an expert"),
        _("A member asks for your expertise on their question."),
        _line(gettext_noop("%(person)s asks for your expertise on “%(title)s”.")),
        Frequency.IMMEDIATELY,
    ),
    Kind(
        "question_addressed",
        _("Questions addressed to my country or type of organisation"),
        _("A member asked the members of your country or type of organisation."),
        _line(gettext_noop("%(person)s asks members like you: “%(title)s”.")),
        Frequency.DAILY,
    ),
    Kind(
        "followed_question_answer",
        _("New answers to questions I follow"),
        _("Someone answered a question you follow."),
        _line(gettext_noop("%(person)s answered “%(title)s”, a question you follow.")),
        Frequency.DAILY,
    ),
    Kind(
        "followed_new_question",
        _("New questions in what I follow"),
        _(
            "A new question in a theme, stage or country you follow, or from an organisation "
            "you follow."
        ),
        _line(gettext_noop("New question from %(person)s: “%(title)s”.")),
        Frequency.DAILY,
    ),
]
