"""What the other capabilities notify: moderation decisions on one's content and round
invitations, each on the platform and by one email that respects the person's preferences."""

from django.conf import settings
from django.core import mail

from conftest import client_for, make_person
from ppi4cities.accounts.models import Role
from ppi4cities.accounts.services import _add_member
from ppi4cities.assessment import services as assessment
from ppi4cities.assessment.models import Round
from ppi4cities.assessment.tests.content import load_fake
from ppi4cities.community import selectors, services
from ppi4cities.community.models import Notification
from ppi4cities.library import services as library
from ppi4cities.moderation import services as moderation


def _submitted(people):
    return library.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "template", "original_language": "en"},
        texts={"en": {"title": "Market consultation notice", "summary": "A notice."}},
        facets={},
        submit=True,
    )


def test_a_moderation_decision_notifies_the_author_once(people, committed):
    """The author sees the decision in the list and gets one email, with unsubscribe headers."""
    resource = _submitted(people)
    mail.outbox.clear()
    with committed():
        moderation.moderation_request_changes(
            subject=resource, actor=people["moderator"], message="Add CPV codes."
        )
    [notification] = Notification.objects.filter(recipient=people["org_member"])
    assert notification.kind == "moderation_decision"
    assert notification.subject == resource
    assert selectors.notification_line(notification) == (
        "The moderators ask for changes to “Market consultation notice”."
    )
    [email] = mail.outbox
    assert email.to == [people["org_member"].email]
    assert "Add CPV codes." in email.body
    assert "List-Unsubscribe" in email.extra_headers
    page = client_for(people["org_member"]).get("/notifications/").content.decode()
    assert "The moderators ask for changes to" in page


def test_an_author_who_chose_never_gets_no_decision_email(people, committed):
    """The decision still shows on the platform; the email follows the preference."""
    resource = _submitted(people)
    services.notification_preferences_set(
        user=people["org_member"], frequencies={"moderation_decision": "never"}
    )
    mail.outbox.clear()
    with committed():
        moderation.moderation_approve(subject=resource, actor=people["moderator"], message="")
    assert mail.outbox == []
    assert Notification.objects.filter(
        recipient=people["org_member"], kind="moderation_decision"
    ).exists()


def test_a_round_invitation_notifies_the_invitee_in_their_language(people, committed):
    """The invitee gets the notification and its email, in Lithuanian, linking the round."""
    rasa = make_person("rasa@city.example", "Rasa Colleague", language="lt")
    _add_member(people["organisation"], rasa, Role.MEMBER)
    with committed():
        round = assessment.round_start(
            actor=people["org_admin"],
            organisation=people["organisation"],
            version=load_fake(),
            title="Spring review",
            invitees=[rasa],
        )
    [notification] = Notification.objects.filter(recipient=rasa)
    assert notification.kind == "round_invitation"
    assert notification.url == f"/assessment/rounds/{round.pk}/"
    [email] = [message for message in mail.outbox if message.to == [rasa.email]]
    assert f"{settings.SITE_URL}/lt/assessment/rounds/{round.pk}/" in email.body
    assert Round.objects.count() == 1
