"""The moderators' queue of reports and their actions on content and people, through the
pages: who sees it, what it shows, what each action records and whom it tells."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_person
from ppi4cities.community.models import Notification
from ppi4cities.community.services import notification_send
from ppi4cities.moderation import services
from ppi4cities.moderation.models import Action, Decision, Report, ReportStatus, Sanction

pytestmark = pytest.mark.django_db

QUEUE = reverse("moderation:reports")


def _act(client, kind, pk, **data):
    return client.post(reverse("moderation:act", args=[kind, pk]), data)


def _reported(question, *reporters, reason="spam"):
    for reporter in reporters:
        Report.objects.create(
            reporter=reporter, kind="question", object_id=question.pk, reason=reason
        )


def _decision(action):
    return Decision.objects.select_related("actor").get(action=action)


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("member", 403),
        ("org_member", 403),
        ("other_member", 403),
        ("org_admin", 403),
        ("moderator", 200),
        ("staff", 200),
    ],
)
def test_only_moderators_and_staff_open_the_queue_and_act(client, people, question, role, status):
    """Like the library's queue: others are refused (403), and cannot act either."""
    _reported(question, people["member"])
    client.force_login(people[role])
    assert client.get(QUEUE).status_code == status
    response = _act(client, "question", question.pk, action="hide", reason="Advert.")
    assert response.status_code == (302 if status == 200 else 403)


def test_anonymous_visitors_are_sent_to_sign_in(client, people):
    for url in (QUEUE, reverse("moderation:log")):
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


def test_the_queue_groups_reports_per_item_with_reasons_notes_text_and_author(
    client, people, question
):
    """One entry per item: how many reports, why, the notes, the text itself and its author."""
    _reported(question, people["member"], people["other_member"])
    Report.objects.create(
        reporter=people["org_admin"],
        kind="question",
        object_id=question.pk,
        reason="off-topic",
        note="Not about procurement at all.",
    )
    client.force_login(people["moderator"])
    page = client.get(QUEUE).content.decode()
    assert page.count('id="entry-question-') == 1
    assert "3 open reports" in page
    assert "Spam or advertising (2), Off-topic" in page
    assert "Not about procurement at all." in page
    assert "<strong>smart lighting</strong>" in page
    assert 'href="https://example.org/notice"' not in page  # links in reported text stay text
    assert "Petras Member" in page
    assert question.get_absolute_url() in page


def test_the_queue_needs_the_same_queries_for_few_and_many_items(client, people, ask):
    """Query count does not grow with the number of reported items."""
    client.force_login(people["moderator"])

    def queries_for(count):
        for index in range(count):
            _reported(ask(people["org_member"], f"Question {index}?"), people["member"])
            person = make_person(f"p{count}-{index}@city.example", f"Person {index}")
            Report.objects.create(
                reporter=people["member"], kind="profile", object_id=person.pk, reason="abusive"
            )
        with CaptureQueriesContext(connection) as captured:
            assert client.get(QUEUE).status_code == 200
        Report.objects.all().delete()
        return len(captured)

    assert queries_for(2) == queries_for(12)


def test_hiding_records_the_decision_tells_the_author_and_resolves_the_reports(
    client, people, question, committed
):
    _reported(question, people["member"])
    client.force_login(people["moderator"])
    with committed():
        response = _act(client, "question", question.pk, action="hide", reason="An advert.")
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.hidden_at is not None
    decision = _decision(Action.HIDDEN)
    assert (decision.subject, decision.actor, decision.message) == (
        question,
        people["moderator"],
        "An advert.",
    )
    assert decision.created_at == question.hidden_at
    assert Report.objects.get().status == ReportStatus.ACTIONED
    assert Report.objects.get().resolved_by == people["moderator"]
    notice = Notification.objects.get(recipient=people["org_member"], kind="moderation_decision")
    assert notice.data["action"] == "hidden"
    assert notice.data["message"] == "An advert."
    email = next(m for m in mail.outbox if m.to == [people["org_member"].email])
    assert email.subject == (
        "[PPI4Cities] Hidden by the moderators: How do we run a market consultation?"
    )
    assert "An advert." in email.body
    assert question.get_absolute_url() in email.body
    client.force_login(people["org_member"])
    listing = client.get(reverse("community:list")).content.decode()
    assert "The moderators hid “How do we run a market consultation?”: An advert." in listing


def test_hiding_deletes_the_notifications_about_the_item_and_fixes_unread_counts(people, question):
    """Nobody keeps a notification pointing at hidden content, except the author's notice."""
    reader = people["member"]
    notification_send(
        recipient=reader,
        kind="moderation_decision",
        data={"action": "approved", "title": question.title},
        subject=question,
    )
    reader.refresh_from_db()
    before = reader.unread_notifications
    services.content_hide(subject=question, actor=people["moderator"], reason="Advert.")
    reader.refresh_from_db()
    assert reader.unread_notifications == before - 1
    assert not Notification.objects.filter(recipient=reader, subject_id=question.pk).exists()
    assert Notification.objects.filter(
        recipient=people["org_member"], kind="moderation_decision", data__action="hidden"
    ).exists()


def test_restoring_a_hidden_item_shows_it_again_and_is_logged(client, people, question):
    services.content_hide(subject=question, actor=people["moderator"], reason="Advert.")
    client.force_login(people["staff"])
    page = client.get(QUEUE).content.decode()
    assert "Recently hidden" in page and question.title in page
    response = _act(client, "question", question.pk, action="restore", reason="It was fine.")
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.hidden_at is None
    assert _decision(Action.RESTORED).actor == people["staff"]
    assert Notification.objects.filter(
        recipient=people["org_member"], data__action="restored"
    ).exists()


def test_dismissing_closes_the_reports_and_leaves_the_item(client, people, question):
    _reported(question, people["member"], people["org_admin"])
    client.force_login(people["moderator"])
    response = _act(client, "question", question.pk, action="dismiss", reason="Within the rules.")
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.hidden_at is None
    assert set(Report.objects.values_list("status", flat=True)) == {ReportStatus.DISMISSED}
    assert _decision(Action.REPORTS_DISMISSED).message == "Within the rules."
    assert "No open reports." in client.get(QUEUE).content.decode()


def test_warning_the_author_is_logged_on_the_person_and_told_to_them(client, people, question):
    _reported(question, people["member"])
    client.force_login(people["moderator"])
    _act(client, "question", question.pk, action="warn", reason="Please no adverts.")
    decision = _decision(Action.WARNED)
    assert decision.subject == people["org_member"]
    assert Sanction.objects.get().kind == "warn"
    notice = Notification.objects.get(recipient=people["org_member"], data__action="warned")
    assert notice.data["message"] == "Please no adverts."
    # The item's reports stay open: the moderator still decides on the question itself.
    assert Report.objects.get().status == ReportStatus.OPEN


def test_suspending_stops_posting_until_the_date_and_says_why(
    client, people, question, ask, committed
):
    client.force_login(people["moderator"])
    with committed():
        response = _act(client, "question", question.pk, action="suspend", reason="Spam.", days="7")
    assert response.status_code == 302
    sanction = Sanction.objects.get()
    assert sanction.kind == "suspend"
    assert (sanction.until - sanction.created_at).days == 7
    assert _decision(Action.SUSPENDED).subject == people["org_member"]
    email = next(m for m in mail.outbox if "suspended" in m.subject)
    assert email.to == [people["org_member"].email]
    assert "Spam." in email.body
    with pytest.raises(Exception, match="Your account is suspended until"):
        ask(people["org_member"], "One more advert?")


def test_blocking_deactivates_the_account_and_emails_the_person(
    client, people, question, committed
):
    client.force_login(people["moderator"])
    with committed():
        response = _act(client, "question", question.pk, action="block", reason="Spam bot.")
    assert response.status_code == 302
    person = people["org_member"]
    person.refresh_from_db()
    assert not person.is_active
    assert _decision(Action.BLOCKED).message == "Spam bot."
    assert [m.to for m in mail.outbox] == [[person.email]]
    assert "Your account is blocked" in mail.outbox[0].subject
    assert "Spam bot." in mail.outbox[0].body
    assert not client.login(email=person.email, password="correct-horse-battery")


def test_a_blocked_member_signed_in_elsewhere_is_signed_out(client, people):
    """The session of a blocked person no longer opens their pages."""
    person = people["member"]
    client.force_login(person)
    assert client.get(reverse("accounts:dashboard")).status_code == 200
    services.member_block(user=person, actor=people["moderator"], reason="Spam bot.")
    response = client.get(reverse("accounts:dashboard"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_unblocking_reactivates_the_account(client, people):
    person = people["member"]
    services.member_block(user=person, actor=people["moderator"], reason="Spam bot.")
    client.force_login(people["moderator"])
    page = client.get(QUEUE).content.decode()
    assert "Blocked and suspended members" in page and "Maija Member" in page
    response = _act(client, "profile", person.pk, action="unblock", reason="A misunderstanding.")
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.is_active
    assert Sanction.objects.get(kind="block").lifted_at is not None
    assert _decision(Action.UNBLOCKED).message == "A misunderstanding."
    assert client.login(email=person.email, password="correct-horse-battery")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "hide", "reason": ""}, "Give the reason"),
        ({"action": "hide", "reason": "   "}, "Give the reason"),
        ({"action": "suspend", "reason": "Spam.", "days": "0"}, "Suspend for 1 to 90 days"),
        ({"action": "suspend", "reason": "Spam.", "days": "91"}, "Suspend for 1 to 90 days"),
        ({"action": "suspend", "reason": "Spam.", "days": ""}, "Suspend for 1 to 90 days"),
        ({"action": "suspend", "reason": "Spam.", "days": "soon"}, "Enter a whole number"),
        ({"action": "explode", "reason": "Spam."}, "Select a valid choice"),
        ({"action": "restore", "reason": "Fine."}, "This is not hidden"),
        ({"action": "dismiss", "reason": "Fine."}, "There are no open reports"),
        ({"action": "unblock", "reason": "Fine."}, "neither blocked nor suspended"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_changes_nothing(
    client, people, question, data, message
):
    client.force_login(people["moderator"])
    response = _act(client, "question", question.pk, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Decision.objects.exists()
    assert not Sanction.objects.exists()
    question.refresh_from_db()
    assert question.hidden_at is None


def test_an_unknown_kind_answers_404(client, people):
    client.force_login(people["moderator"])
    assert _act(client, "nonsense", 1, action="hide", reason="x").status_code == 404


def test_reports_about_an_item_that_is_gone_can_be_closed(client, people, question):
    """An author may delete what was reported; the moderators still close its reports."""
    _reported(question, people["member"])
    question_id = question.pk
    question.delete()
    client.force_login(people["moderator"])
    page = client.get(QUEUE).content.decode()
    assert "(deleted)" in page
    hide = _act(client, "question", question_id, action="hide", reason="Advert.")
    assert hide.status_code == 400
    assert "only its reports can be closed" in hide.content.decode()
    response = _act(client, "question", question_id, action="dismiss", reason="Deleted.")
    assert response.status_code == 302
    assert Report.objects.get().status == ReportStatus.DISMISSED
    assert _decision(Action.REPORTS_DISMISSED).object_id == question_id
    assert _act(client, "question", 999999, action="dismiss", reason="x").status_code == 400


def test_profiles_are_not_hidden_but_their_person_is_acted_on(client, people):
    client.force_login(people["moderator"])
    response = _act(client, "profile", people["member"].pk, action="hide", reason="Rude bio.")
    assert response.status_code == 400
    assert "act on the person instead" in response.content.decode()


def test_moderators_cannot_sanction_themselves_or_other_moderators(client, people):
    """Only staff act against a moderator; nobody against themselves."""
    other_moderator = make_person("mod2@ppi4cities.example", "Second Mod", is_moderator=True)
    client.force_login(people["moderator"])
    mine = _act(client, "profile", people["moderator"].pk, action="warn", reason="x")
    assert mine.status_code == 400
    assert "your own account" in mine.content.decode()
    other = _act(client, "profile", other_moderator.pk, action="block", reason="x")
    assert other.status_code == 400
    assert "Only staff" in other.content.decode()
    client.force_login(people["staff"])
    assert _act(client, "profile", other_moderator.pk, action="warn", reason="x").status_code == 302
