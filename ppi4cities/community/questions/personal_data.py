"""Questions and answers in a person's privacy download: what they asked, answered, voted
for and follow, the requests they sent as askers, and whether they accept expert requests."""

from ppi4cities.accounts.personal_data import when

from .models import Answer, AnswerVote, ExpertAvailability, ExpertRequest, Follow, Question


def questions_section(user) -> dict:
    availability = ExpertAvailability.objects.filter(user=user).first()
    return {
        "questions": [
            {
                "title": question.title,
                "body": question.body,
                "asked": when(question.created_at),
                "edited": when(question.edited_at),
                "status": question.status,
                "hidden_by_moderators": question.hidden_at is not None,
                "url": question.get_absolute_url(),
            }
            for question in Question.objects.filter(author=user).order_by("created_at", "pk")
        ],
        "answers": [
            {
                "question": answer.question.title,
                "body": answer.body,
                "answered": when(answer.created_at),
                "edited": when(answer.edited_at),
                "hidden_by_moderators": answer.hidden_at is not None,
                "url": answer.get_absolute_url(),
            }
            for answer in Answer.objects.filter(author=user)
            .select_related("question")
            .order_by("created_at", "pk")
        ],
        "votes": [
            {"answer_url": vote.answer.get_absolute_url(), "voted": when(vote.created_at)}
            for vote in AnswerVote.objects.filter(user=user)
            .select_related("answer__question")
            .order_by("created_at", "pk")
        ],
        "follows": [
            {
                "question": follow.question.title if follow.question else None,
                "organisation": follow.organisation.name if follow.organisation else None,
                "tag": f"{follow.facet}:{follow.value}" if follow.facet else None,
                "since": when(follow.created_at),
            }
            for follow in Follow.objects.filter(user=user)
            .select_related("question", "organisation")
            .order_by("created_at", "pk")
        ],
        "expert_requests_sent": [
            {
                "question": request.question.title,
                "expert": request.expert.full_name,
                "message": request.message,
                "sent": when(request.created_at),
            }
            for request in ExpertRequest.objects.filter(asker=user)
            .select_related("question", "expert")
            .order_by("created_at", "pk")
        ],
        "accepts_expert_requests": bool(availability and availability.accepts_requests),
    }
