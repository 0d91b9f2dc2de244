"""What is new in a member's network, for their dashboard, and recent public activity for
visitors of the home page.

Every section is one bounded read (a few queries whatever the amount of content) and reads
through the capabilities' own selectors, so hidden content and private conversations stay out
exactly as they do in the lists.
"""

from ppi4cities.accounts.selectors import person_memberships
from ppi4cities.assessment.models import Variant
from ppi4cities.assessment.selectors import assessment_history, full_scores
from ppi4cities.community.partners.selectors import (
    CallFilters,
    call_list,
    calls_matching_organisation,
)
from ppi4cities.community.questions.models import Answer
from ppi4cities.community.questions.selectors import question_list

SECTION_SIZE = 5
# Calls are matched for at most this many of a member's organisations.
MATCHED_ORGANISATIONS = 3


def answers_to_my_questions(user, limit: int = SECTION_SIZE):
    """The newest visible answers others gave to the person's visible questions."""
    return list(
        Answer.objects.visible()
        .filter(question__author=user, question__hidden_at__isnull=True)
        .exclude(author=user)
        .select_related("question", "author")
        .order_by("-created_at", "-pk")[:limit]
    )


def calls_for_my_organisations(user, limit: int = SECTION_SIZE):
    """Open partner calls that seek the kind, country and themes of the person's
    organisations, soonest deadline first, each call once."""
    seen, calls = set(), []
    organisations = [m.organisation for m in person_memberships(user)][:MATCHED_ORGANISATIONS]
    for organisation in organisations:
        for call in calls_matching_organisation(organisation, limit=limit):
            if call.pk not in seen:
                seen.add(call.pk)
                calls.append(call)
    return sorted(calls, key=lambda call: (call.deadline, -call.pk))[:limit]


def assessment_progress(user):
    """The person's latest full self-assessment with its score, and the change since the one
    before, or None."""
    latest_two = list(assessment_history(user=user).filter(variant=Variant.FULL)[:2])
    if not latest_two:
        return None
    scores = full_scores(latest_two)
    latest = scores[latest_two[0].pk]
    change = None
    if len(latest_two) == 2:
        before = scores[latest_two[1].pk]
        if latest.overall is not None and before.overall is not None:
            change = round(latest.overall - before.overall)
    return {
        "assessment": latest_two[0],
        "result": latest,
        "change": change,
        "points_down": -change if change is not None and change < 0 else None,
    }


def network_activity(user) -> dict:
    """The signed-in member's dashboard: answers to their questions, calls matching their
    organisations, new questions in what they follow, their assessment progress."""
    return {
        "answers": answers_to_my_questions(user),
        "calls": calls_for_my_organisations(user),
        "followed_questions": list(
            question_list(viewer=user, filters={"followed": True}).exclude(author=user)[
                :SECTION_SIZE
            ]
        ),
        "assessment": assessment_progress(user),
    }


def public_activity() -> dict:
    """The newest public questions and open partner calls, for anyone."""
    return {
        "questions": list(question_list(viewer=None)[:SECTION_SIZE]),
        "calls": list(call_list(CallFilters(), None)[:SECTION_SIZE]),
    }
