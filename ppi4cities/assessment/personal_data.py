"""The self-assessment's part of a person's privacy download: their assessments with every
answer, the rounds they were invited to and whether they agreed to be contacted."""

from django.db.models import Prefetch

from ppi4cities.accounts.personal_data import when

from .models import Answer, Assessment, PeerContactOptIn, RoundInvitation


def assessment_section(user) -> dict:
    answers = Answer.objects.select_related("statement").order_by(
        "statement__dimension__position", "statement__position", "pk"
    )
    assessments = (
        Assessment.objects.filter(user=user)
        .select_related("version__questionnaire", "organisation", "round")
        .prefetch_related(Prefetch("answers", queryset=answers))
        .order_by("started_at", "pk")
    )
    contact = PeerContactOptIn.objects.filter(user=user).first()
    return {
        "assessments": [
            {
                "questionnaire": a.version.questionnaire.slug,
                "version": a.version.number,
                "variant": a.variant,
                "organisation": a.organisation.name if a.organisation_id else None,
                "round": a.round.title if a.round_id else None,
                "status": a.status,
                "started": when(a.started_at),
                "completed": when(a.completed_at),
                "shared_by_link": bool(a.share_token),
                "answers": [
                    {
                        "statement": answer.statement.code,
                        "answer": answer.value,
                        "not_applicable": answer.not_applicable,
                    }
                    for answer in a.answers.all()
                ],
            }
            for a in assessments
        ],
        "round_invitations": [
            {
                "organisation": i.round.organisation.name,
                "round": i.round.title,
                "invited": when(i.invited_at),
            }
            for i in RoundInvitation.objects.filter(user=user)
            .select_related("round__organisation")
            .order_by("invited_at", "pk")
        ],
        "agreed_to_be_contacted_by_peers": when(contact.created_at) if contact else None,
    }
