"""Members report what they can see: the form, who may use it, and what the moderators hear."""

import pytest
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.urls import reverse

from ppi4cities.community.models import Notification
from ppi4cities.core.ratelimit import Limit
from ppi4cities.moderation import services
from ppi4cities.moderation.models import Report, ReportStatus

pytestmark = pytest.mark.django_db

ROLES = ["member", "org_member", "other_member", "org_admin", "moderator", "staff"]


def _url(kind, pk):
    return reverse("moderation:report", args=[kind, pk])


def _report(client, kind, pk, **data):
    return client.post(_url(kind, pk), {"reason": "spam", "note": "", **data})


def test_anonymous_visitors_are_asked_to_sign_in(client, people, question):
    """Reporting needs an account: the form sends visitors to the sign-in page."""
    response = client.get(_url("question", question.pk))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert not Report.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_everyone_signed_in_who_sees_a_question_can_report_it(client, people, question, role):
    """Each role opens the form and sends a report about a visible question."""
    client.force_login(people[role])
    form = client.get(_url("question", question.pk))
    assert form.status_code == 200
    assert "How do we run a market consultation?" in form.content.decode()
    response = _report(client, "question", question.pk, note="Looks like an advert.")
    assert response.status_code == 302
    assert response["Location"] == question.get_absolute_url()
    report = Report.objects.get()
    assert (report.reporter, report.kind, report.object_id) == (
        people[role],
        "question",
        question.pk,
    )
    assert report.note == "Looks like an advert."
    assert report.status == ReportStatus.OPEN


@pytest.mark.parametrize("role", ROLES)
def test_everyone_signed_in_can_report_a_profile_they_see(client, people, role):
    """Profiles are reportable too, by every signed-in role."""
    target = people["other_member"] if role != "other_member" else people["member"]
    client.force_login(people[role])
    assert _report(client, "profile", target.pk, reason="abusive").status_code == 302
    assert Report.objects.get().kind == "profile"


def test_a_second_report_of_the_same_item_is_refused(client, people, question):
    """One open report per person and item; the second says so and stores nothing."""
    client.force_login(people["member"])
    _report(client, "question", question.pk)
    again = _report(client, "question", question.pk, reason="off-topic")
    assert again.status_code == 400
    assert "You have already reported this" in again.content.decode()
    assert Report.objects.count() == 1
    page = client.get(_url("question", question.pk))
    assert "You have already reported this" in page.content.decode()
    assert 'name="reason"' not in page.content.decode()


def test_once_the_reports_are_resolved_the_item_can_be_reported_again(client, people, question):
    """A dismissed report no longer blocks a new one from the same person."""
    client.force_login(people["member"])
    _report(client, "question", question.pk)
    services.reports_dismiss(subject=question, actor=people["moderator"], reason="Fine.")
    assert _report(client, "question", question.pk).status_code == 302
    assert Report.objects.filter(status=ReportStatus.OPEN).count() == 1


@pytest.mark.parametrize(
    ("kind", "pk"), [("nonsense", 1), ("question", 999999), ("profile", 999999)]
)
def test_unknown_kinds_and_items_answer_404(client, people, kind, pk):
    client.force_login(people["member"])
    assert client.get(_url(kind, pk)).status_code == 404
    assert _report(client, kind, pk).status_code == 404


def test_a_hidden_question_cannot_be_reported_by_those_who_no_longer_see_it(
    client, people, question
):
    """Hidden content answers 404 to reporters, as if it did not exist."""
    services.content_hide(subject=question, actor=people["moderator"], reason="Advert.")
    client.force_login(people["member"])
    assert client.get(_url("question", question.pk)).status_code == 404
    assert _report(client, "question", question.pk).status_code == 404


def test_a_blocked_persons_profile_cannot_be_reported(client, people):
    """A deactivated profile is seen by nobody, so it is not reportable either."""
    services.member_block(user=people["other_member"], actor=people["moderator"], reason="Spam.")
    client.force_login(people["member"])
    assert client.get(_url("profile", people["other_member"].pk)).status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"reason": ""}, "This field is required"),
        ({"reason": "nonsense"}, "Select a valid choice"),
        ({"note": "x" * 1001}, "at most 1000 characters"),
    ],
)
def test_bad_input_is_refused_with_a_message(client, people, question, data, message):
    client.force_login(people["member"])
    response = _report(client, "question", question.pk, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Report.objects.exists()


def test_a_suspended_member_cannot_report(client, people, question):
    """Suspension stops reports too, with the reason for it."""
    services.member_suspend(
        user=people["member"], actor=people["moderator"], reason="Repeated spam.", days=3
    )
    client.force_login(people["member"])
    response = _report(client, "question", question.pk)
    assert response.status_code == 403
    assert "Your account is suspended until" in response.content.decode()
    assert "Repeated spam." in response.content.decode()
    assert not Report.objects.exists()


def test_too_many_reports_answer_429_and_keep_what_was_typed(client, people, ask, settings):
    """Rate limits apply to reports, and the form keeps the note."""
    settings.POSTING_RATE_LIMITS_ENABLED = True
    settings.POSTING_RATE_LIMITS = {"report": Limit(1, 1)}
    first, second = ask(people["org_member"]), ask(people["org_member"], "Another question?")
    client.force_login(people["member"])
    assert _report(client, "question", first.pk).status_code == 302
    response = _report(client, "question", second.pk, note="Please look at this one.")
    assert response.status_code == 429
    assert "You have done this too often" in response.content.decode()
    assert "Please look at this one." in response.content.decode()
    assert Report.objects.count() == 1


def test_moderators_hear_of_the_first_report_about_an_item_only(client, people, question):
    """Moderators and staff are told once per item; the reporter is not told of their act."""
    client.force_login(people["moderator"])
    _report(client, "question", question.pk)
    client.force_login(people["member"])
    _report(client, "question", question.pk)
    told = Notification.objects.filter(kind="report_received")
    assert sorted(n.recipient.email for n in told) == ["staff@ppi4cities.example"]
    assert told.get().data == {"kind": "question", "title": question.title}
    assert told.get().url == reverse("moderation:reports")


def test_the_report_link_names_what_it_reports(client, people, question):
    """The link on a question is called "Report this question" for screen readers; people
    who are not signed in see no link."""
    template = Template("{% load moderation %}{% report_link kind object_id %}")
    request = RequestFactory().get("/")
    request.user = people["member"]
    context = {"kind": "question", "object_id": question.pk}
    html = template.render(RequestContext(request, context))
    assert 'aria-label="Report this question"' in html
    assert f'href="{_url("question", question.pk)}"' in html
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    assert not template.render(RequestContext(request, context)).strip()
