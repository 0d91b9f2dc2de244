"""Background work of the accounts app: emails leave the request path."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@task()
def send_invitation_email(invitation_id: int, language: str) -> None:
    from .models import Invitation, InvitationStatus

    invitation = (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(pk=invitation_id, status=InvitationStatus.PENDING)
        .first()
    )
    if invitation is None:
        return
    with translation.override(language):
        context = {
            "invitation": invitation,
            "url": settings.SITE_URL + invitation.get_absolute_url(),
        }
        subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/email/invitation_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email])
