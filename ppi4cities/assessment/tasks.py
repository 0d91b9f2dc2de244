"""Background work of the self-assessment: invitation emails leave the request path."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task


@task()
def send_round_invitation_email(invitation_id: int) -> None:
    """Tell a colleague, in their own language, that they are invited to answer a round."""
    from .models import RoundInvitation

    invitation = (
        RoundInvitation.objects.select_related("round__organisation", "user", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    # Withdrawn before the email left, or the person has no address to write to.
    if invitation is None or not invitation.user.email:
        return
    with translation.override(invitation.user.language or settings.LANGUAGE_CODE):
        context = {
            "invitation": invitation,
            "round": invitation.round,
            "url": settings.SITE_URL + reverse("assessment:round", args=[invitation.round_id]),
        }
        subject = render_to_string("assessment/email/round_invitation_subject.txt", context)
        body = render_to_string("assessment/email/round_invitation_message.txt", context)
    send_mail(subject.strip(), body, settings.DEFAULT_FROM_EMAIL, [invitation.user.email])
