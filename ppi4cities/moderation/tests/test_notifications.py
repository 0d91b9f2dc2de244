"""Emails about moderation: who gets them, in which language, and when nothing is sent.

A library resource stands in for any moderated item; the emails only use what every
moderated item provides (its title, page, author and queue).
"""

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction

from conftest import make_person
from ppi4cities.accounts.models import Role
from ppi4cities.accounts.services import _add_member
from ppi4cities.library import services
from ppi4cities.moderation import services as moderation

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the block commits, as a real transaction would once it ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _draft(people, title="Market consultation notice", **extra):
    return services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "template", "original_language": "en"},
        texts={"en": {"title": title, "summary": "A notice for a market consultation."}},
        facets={},
        **extra,
    )


def _recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_submission_reaches_every_moderator_but_the_submitter(people, committed):
    """Moderators and staff with a verified address hear of it; nobody else, not the sender."""
    make_person("new-moderator@ppi4cities.example", "Unverified Mod", False, is_moderator=True)
    make_person("gone@ppi4cities.example", "Former Mod", is_moderator=True, is_active=False)
    resource = _draft(people)
    with committed():
        services.resource_submit(resource=resource, actor=people["org_member"])
    assert _recipients() == ["moderator@ppi4cities.example", "staff@ppi4cities.example"]
    message = mail.outbox[0]
    assert message.subject == "[PPI4Cities] Waiting for moderation: Market consultation notice"
    assert f"{settings.SITE_URL}/library/moderation/" in message.body
    assert "Petras Member" in message.body
    assert "<" not in message.body


def test_a_moderator_submitting_is_not_told_about_their_own_submission(people, committed):
    """The staff member who sends an item is left out of the moderators' email."""
    resource = _draft(people)
    with committed():
        moderation.moderation_submit(subject=resource, actor=people["staff"])
    assert _recipients() == ["moderator@ppi4cities.example"]


def test_each_moderator_reads_in_their_own_language(people, committed):
    """Addresses carry the language prefix of each moderator's preferred language."""
    people["moderator"].language = "lt"
    people["moderator"].save()
    resource = _draft(people)
    with committed():
        services.resource_submit(resource=resource, actor=people["org_member"])
    by_address = {message.to[0]: message for message in mail.outbox}
    assert (
        f"{settings.SITE_URL}/lt/library/moderation/"
        in by_address["moderator@ppi4cities.example"].body
    )
    assert f"{settings.SITE_URL}/library/moderation/" in by_address["staff@ppi4cities.example"].body


@pytest.mark.parametrize(
    "decide, subject_start, message",
    [
        (moderation.moderation_approve, "[PPI4Cities] Published: ", "Well done."),
        (moderation.moderation_request_changes, "[PPI4Cities] Changes requested: ", "Add CPV."),
        (moderation.moderation_reject, "[PPI4Cities] Not published: ", "Off topic."),
    ],
)
def test_the_author_hears_each_decision_with_the_message(
    people, committed, decide, subject_start, message
):
    """One email to the author with the decision, the moderator's words and the item's link."""
    resource = _draft(people, submit=True)
    mail.outbox.clear()
    with committed():
        decide(subject=resource, actor=people["moderator"], message=message)
    assert _recipients() == ["member@city.example"]
    email = mail.outbox[0]
    assert email.subject == subject_start + "Market consultation notice"
    assert message in email.body
    assert f"{settings.SITE_URL}/library/{resource.pk}/" in email.body


def test_an_author_who_reads_lithuanian_gets_lithuanian_addresses(people, committed):
    """The link in the decision email opens the Lithuanian page."""
    people["org_member"].language = "lt"
    people["org_member"].save()
    resource = _draft(people, submit=True)
    mail.outbox.clear()
    with committed():
        moderation.moderation_request_changes(
            subject=resource, actor=people["moderator"], message="Pridėkite CPV kodus."
        )
    assert f"{settings.SITE_URL}/lt/library/{resource.pk}/" in mail.outbox[0].body
    assert "Pridėkite CPV kodus." in mail.outbox[0].body


def test_titles_are_written_as_they_are(people, committed):
    """Plain-text emails do not HTML-escape a title with an ampersand or quotes."""
    resource = _draft(people, title='Tender "A & B" template')
    with committed():
        services.resource_submit(resource=resource, actor=people["org_member"])
    assert mail.outbox[0].subject.endswith('Tender "A & B" template')
    assert 'Tender "A & B" template' in mail.outbox[0].body


def test_withdrawing_sends_nothing(people, committed):
    """Taking an item back from the queue is the author's own business."""
    resource = _draft(people, submit=True)
    mail.outbox.clear()
    with committed():
        services.resource_withdraw(resource=resource, actor=people["org_member"])
    assert mail.outbox == []


def test_a_decision_that_is_rolled_back_sends_nothing(people, committed):
    """Nothing leaves before the transaction commits, so a failed one sends no email."""
    resource = _draft(people, submit=True)
    mail.outbox.clear()
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        moderation.moderation_approve(subject=resource, actor=people["moderator"])
        raise RuntimeError("the rest of the request failed")
    assert mail.outbox == []


def test_an_item_published_in_the_same_transaction_bothers_no_moderator(people, committed):
    """Imports submit and publish at once: no moderator is asked to look."""
    with committed():
        resource = _draft(people, submit=True)
        services.resource_approve(resource=resource, actor=people["moderator"])
    assert _recipients() == ["member@city.example"]
    assert mail.outbox[0].subject.startswith("[PPI4Cities] Published: ")


def test_a_moderator_deciding_on_their_own_item_gets_no_email(people, committed):
    """Nobody is told about a decision they made themselves."""
    _add_member(people["organisation"], people["moderator"], Role.MEMBER)
    with committed():
        resource = services.resource_create(
            author=people["moderator"],
            organisation=people["organisation"],
            data={"kind": "report", "original_language": "en"},
            texts={"en": {"title": "Moderator's report", "summary": "Written by a moderator."}},
            facets={},
            submit=True,
        )
    assert _recipients() == ["staff@ppi4cities.example"]
    mail.outbox.clear()
    with committed():
        services.resource_approve(resource=resource, actor=people["moderator"])
    assert mail.outbox == []


def test_demo_content_sends_nothing(people, committed):
    """Demo resources move through moderation silently."""
    with committed():
        resource = _draft(people, submit=True, is_demo=True)
        moderation.moderation_request_changes(
            subject=resource, actor=people["moderator"], message="Demo message."
        )
    assert mail.outbox == []


def test_an_author_without_a_verified_address_gets_nothing(people, committed):
    """Emails go only to addresses the person has confirmed."""
    resource = _draft(people, submit=True)
    people["org_member"].emailaddress_set.update(verified=False)
    mail.outbox.clear()
    with committed():
        moderation.moderation_reject(subject=resource, actor=people["moderator"], message="No.")
    assert mail.outbox == []
