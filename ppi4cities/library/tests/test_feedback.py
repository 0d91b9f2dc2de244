"""'Was this useful?': one answer per member, counters in step, comments for the authors."""

import json
import random

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, F, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import make_person
from ppi4cities.accounts import services as accounts
from ppi4cities.library import services
from ppi4cities.library.demo import DEMO_DOMAIN, load_library_demo
from ppi4cities.library.models import Bookmark, Resource, ResourceFeedback
from ppi4cities.moderation.models import Status

pytestmark = pytest.mark.django_db

ROLES = ["unverified", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]


def _publish(people, title="Market consultation notice", author="org_member", facets=None):
    resource = services.resource_create(
        author=people[author],
        organisation=people["organisation"],
        data={"kind": "template", "original_language": "en", "year": 2024},
        texts={"en": {"title": title, "summary": "A template with notes."}},
        facets=facets or {"stage": ["market-consultation"]},
        submit=True,
    )
    services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


@pytest.fixture
def published(people):
    """A published template submitted by org_member for `organisation`."""
    return _publish(people)


def _counts(resource):
    resource.refresh_from_db()
    return resource.useful_count, resource.not_useful_count


def _rows(resource):
    rows = ResourceFeedback.objects.filter(resource=resource)
    return rows.filter(useful=True).count(), rows.filter(useful=False).count()


def _url(resource, action=""):
    return f"/library/{resource.pk}/feedback/{action}"


def _htmx(client, url, data):
    return client.post(url, data, headers={"HX-Request": "true"})


# Services --------------------------------------------------------------------------------


def test_a_member_has_one_answer_and_changing_it_moves_the_counts(people, published):
    """Answering twice keeps one row; switching from yes to no moves one vote across."""
    services.resource_feedback_give(resource=published, user=people["member"], useful=True)
    services.resource_feedback_give(resource=published, user=people["member"], useful=True)
    assert _counts(published) == (1, 0)

    services.resource_feedback_give(
        resource=published, user=people["member"], useful=False, comment="Too general."
    )

    assert _counts(published) == (0, 1)
    feedback = ResourceFeedback.objects.get()
    assert (feedback.useful, feedback.comment) == (False, "Too general.")


def test_withdrawing_an_answer_takes_it_out_of_the_counts(people, published):
    """After withdrawing, the member's vote is gone; withdrawing again changes nothing."""
    services.resource_feedback_give(resource=published, user=people["member"], useful=True)
    services.resource_feedback_give(resource=published, user=people["other_member"], useful=True)

    assert services.resource_feedback_withdraw(resource=published, user=people["member"])
    assert not services.resource_feedback_withdraw(resource=published, user=people["member"])

    assert _counts(published) == (1, 0)


def test_the_counters_equal_the_answers_after_any_sequence(people, published):
    """Random answers, changes and withdrawals of five members always leave exact counters."""
    voters = [people[role] for role in ["member", "other_member", "org_admin", "moderator"]]
    voters.append(people["staff"])
    steps = random.Random(4320)
    for _step in range(60):
        voter = steps.choice(voters)
        if steps.random() < 0.25:
            services.resource_feedback_withdraw(resource=published, user=voter)
        else:
            services.resource_feedback_give(
                resource=published, user=voter, useful=steps.random() < 0.6
            )
        assert _counts(published) == _rows(published)


def test_the_counters_of_other_resources_are_untouched(people, published):
    """A vote on one resource never changes another resource's counters."""
    other = _publish(people, "Evaluation grid")
    services.resource_feedback_give(resource=published, user=people["member"], useful=True)
    services.resource_feedback_give(resource=other, user=people["member"], useful=False)

    assert _counts(published) == (1, 0)
    assert _counts(other) == (0, 1)


@pytest.mark.parametrize(
    "comment, field",
    [("x" * 1001, "comment"), ("Null\x00character", "comment")],
)
def test_a_bad_comment_is_refused_and_nothing_is_saved(people, published, comment, field):
    """A comment over 1,000 characters, or with a null character, saves no answer."""
    with pytest.raises(ValidationError) as error:
        services.resource_feedback_give(
            resource=published, user=people["member"], useful=True, comment=comment
        )
    assert field in error.value.message_dict
    assert not ResourceFeedback.objects.exists()
    assert _counts(published) == (0, 0)


def test_the_author_and_unpublished_resources_are_refused(people, published):
    """The author cannot vote on their own resource, and nobody votes on a draft."""
    draft = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Draft report", "summary": "Not yet."}},
        facets={},
    )
    with pytest.raises(PermissionDenied):
        services.resource_feedback_give(resource=published, user=people["org_member"], useful=True)
    with pytest.raises(PermissionDenied):
        services.resource_feedback_give(resource=draft, user=people["org_admin"], useful=True)
    assert not ResourceFeedback.objects.exists()


# Who may answer, and who reads the comments ----------------------------------------------

MAY_ANSWER = {
    "unverified": False,
    "member": True,
    "org_member": False,  # the author
    "other_member": True,
    "org_admin": True,
    "moderator": True,
    "staff": True,
}


@pytest.mark.parametrize("role", ROLES)
def test_who_may_answer(client, people, published, role):
    """Verified members other than the author answer; the others are refused with 403."""
    client.force_login(people[role])

    response = client.post(_url(published), {"useful": "yes"})

    if MAY_ANSWER[role]:
        assert response.status_code == 302
        assert ResourceFeedback.objects.filter(user=people[role]).exists()
    else:
        assert response.status_code == 403
        assert not ResourceFeedback.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in_and_back(client, published):
    """Posting an answer without signing in leads to the sign-in page, then to the resource."""
    response = client.post(_url(published), {"useful": "yes"})

    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next=/library/{published.pk}/"
    assert not ResourceFeedback.objects.exists()


def test_an_expired_session_with_htmx_is_sent_to_sign_in(client, published):
    """An htmx request without a session is told to load the sign-in page instead."""
    response = _htmx(client, _url(published), {"useful": "yes"})

    assert response.status_code == 401
    assert response["HX-Redirect"] == f"/accounts/login/?next=/library/{published.pk}/"


def test_an_anonymous_visitor_sees_the_counts_and_a_sign_in_link(client, people, published):
    """Visitors see how many members found it useful, and a sign-in link that comes back."""
    services.resource_feedback_give(resource=published, user=people["member"], useful=True)
    services.resource_feedback_give(resource=published, user=people["org_admin"], useful=True)
    services.resource_feedback_give(resource=published, user=people["staff"], useful=False)

    body = client.get(published.get_absolute_url()).content.decode()

    assert "2 members found this useful, 1 did not." in body
    assert f'href="/accounts/login/?next=/library/{published.pk}/"' in body
    assert 'name="useful"' not in body


def test_the_counts_use_singular_and_plural_forms(client, people, published):
    """One vote reads "1 member found this useful."; none reads as no answer yet."""
    assert (
        "No member has answered yet." in client.get(published.get_absolute_url()).content.decode()
    )

    services.resource_feedback_give(resource=published, user=people["member"], useful=True)

    body = client.get(published.get_absolute_url()).content.decode()
    assert "1 member found this useful." in body


@pytest.mark.parametrize(
    "role, sees",
    [
        ("anonymous", False),
        ("unverified", False),
        ("member", False),
        ("org_member", True),  # the author
        ("other_member", False),
        ("org_admin", True),  # administers the publishing organisation
        ("moderator", True),
        ("staff", True),
    ],
)
def test_comments_are_read_only_by_the_editors_and_moderators(
    client, people, published, role, sees
):
    """ "What readers said" and the comment appear only for those who can edit, and moderators."""
    services.resource_feedback_give(
        resource=published,
        user=make_person("reader@example.org", "Rita Reader"),
        useful=False,
        comment="Please add an example from a small municipality.",
    )
    if people[role]:
        client.force_login(people[role])

    body = client.get(published.get_absolute_url()).content.decode()

    assert ("What readers said" in body) is sees
    assert ("Please add an example from a small municipality." in body) is sees


def test_comments_are_listed_newest_first_and_bounded(client, people, published):
    """The editors read the 20 newest comments, newest first, and how many there are."""
    for number in range(22):
        person = make_person(f"reader{number}@example.org", "Reader")
        services.resource_feedback_give(
            resource=published, user=person, useful=True, comment=f"Comment number {number}."
        )
    client.force_login(people["org_member"])

    body = client.get(published.get_absolute_url()).content.decode()

    assert body.index("Comment number 21.") < body.index("Comment number 20.")
    assert "Comment number 1." not in body
    assert "The 20 newest of 22 comments are shown." in body


# The page's form ------------------------------------------------------------------------


def test_a_member_answers_without_javascript(client, people, published):
    """Yes with a comment redirects to the block, which then shows the answer and the count."""
    client.force_login(people["member"])

    response = client.post(_url(published), {"useful": "yes", "comment": "Clear and short."})

    assert response.status_code == 302
    assert response.url == f"/library/{published.pk}/#resource-feedback"
    page = client.get(response.url)
    body = page.content.decode()
    assert "Thank you. Your answer is saved." in body
    assert "1 member found this useful." in body
    assert "You said this was useful." in body
    assert "Clear and short.</textarea>" in body
    assert "Withdraw my answer" in body


def test_a_member_changes_and_withdraws_the_answer_on_the_page(client, people, published):
    """No after Yes moves the vote; withdrawing removes it and the withdraw button."""
    client.force_login(people["member"])
    client.post(_url(published), {"useful": "yes"})
    client.post(_url(published), {"useful": "no", "comment": "Missing the annexes."})
    assert _counts(published) == (0, 1)

    response = client.post(_url(published, "withdraw/"))

    assert response.status_code == 302
    assert _counts(published) == (0, 0)
    body = client.get(published.get_absolute_url()).content.decode()
    assert "Your answer is withdrawn." in body
    assert "Withdraw my answer" not in body


def test_with_htmx_the_block_is_swapped_and_the_result_announced(client, people, published):
    """An htmx answer returns only the block, with the counts and a message for the live region."""
    client.force_login(people["member"])

    response = _htmx(client, _url(published), {"useful": "no", "comment": "Outdated."})

    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert 'id="resource-feedback"' in body
    assert "0 members found this useful, 1 did not." in body
    assert 'id="resource-announcement" hx-swap-oob="innerHTML">Thank you.' in body
    assert _counts(published) == (0, 1)

    withdrawn = _htmx(client, _url(published, "withdraw/"), {})
    assert "Your answer is withdrawn." in withdrawn.content.decode()
    assert "No member has answered yet." in withdrawn.content.decode()


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"useful": "yes", "comment": "x" * 1001}, "comment", "at most 1000 characters"),
        ({"comment": "I forgot to choose."}, "useful", "Choose Yes or No."),
        ({"useful": "maybe", "comment": "I forgot to choose."}, "useful", "Choose Yes or No."),
    ],
)
def test_bad_input_answers_400_beside_the_field_and_keeps_the_text(
    client, people, published, data, field, message
):
    """A refused answer shows the message at the field, keeps the comment, and saves nothing."""
    client.force_login(people["member"])

    response = client.post(_url(published), data)

    assert response.status_code == 400
    body = response.content.decode()
    assert f'id="feedback-{field}_error">' in body
    assert message in body
    assert data["comment"][:50] in body
    assert not ResourceFeedback.objects.exists()


def test_line_breaks_count_once_as_the_browser_counts_them(client, people, published):
    """A 1,000-character comment whose line breaks arrive as CR LF is accepted."""
    client.force_login(people["member"])
    comment = "\r\n".join(["x" * 99] * 10) + "x"  # 1,000 characters when a break counts once

    response = client.post(_url(published), {"useful": "yes", "comment": comment})

    assert response.status_code == 302
    assert len(ResourceFeedback.objects.get().comment) == 1000


def test_a_draft_cannot_be_answered_and_stays_hidden(client, people):
    """Posting on a draft one cannot see is a 404, as its page is."""
    draft = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Draft report", "summary": "Not yet."}},
        facets={},
    )
    client.force_login(people["member"])

    assert client.post(_url(draft), {"useful": "yes"}).status_code == 404
    client.force_login(people["org_admin"])
    assert client.post(_url(draft), {"useful": "yes"}).status_code == 403
    assert "Members can answer once the resource is published." in (
        client.get(draft.get_absolute_url()).content.decode()
    )


def test_feedback_actions_accept_only_post(client, people, published):
    """GET on the feedback addresses is refused with 405."""
    client.force_login(people["member"])

    assert client.get(_url(published)).status_code == 405
    assert client.get(_url(published, "withdraw/")).status_code == 405


def test_the_resource_page_makes_the_same_queries_whatever_the_feedback(client, people, published):
    """Thirty more answers with comments and related resources add no query for the editors."""
    client.force_login(people["org_admin"])

    def count_queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(published.get_absolute_url()).status_code == 200
        return len(captured.captured_queries)

    def add_readers(start, count):
        for number in range(start, start + count):
            person = make_person(f"reader{number}@example.org", "Reader")
            services.resource_feedback_give(
                resource=published, user=person, useful=number % 3 > 0, comment=f"Note {number}."
            )
            _publish(people, f"Related notice {number}")

    add_readers(0, 21)
    before = count_queries()
    add_readers(21, 30)

    assert count_queries() == before


def test_most_useful_sorting_follows_the_answers(client, people, published):
    """The listing sorted by "Most useful" puts the resource with more yes answers first."""
    other = _publish(people, "Evaluation grid")
    for role in ["member", "other_member"]:
        services.resource_feedback_give(resource=other, user=people[role], useful=True)
    services.resource_feedback_give(resource=published, user=people["member"], useful=True)

    page = client.get("/library/?sort=-useful").context["page"]

    assert [resource.pk for resource in page.object_list] == [other.pk, published.pk]


def test_staff_remove_an_answer_in_the_admin_and_the_counts_follow(client, people, published):
    """Deleting an offensive answer in the admin also takes it out of the counters."""
    services.resource_feedback_give(
        resource=published, user=people["member"], useful=False, comment="Rude words."
    )
    feedback = ResourceFeedback.objects.get()
    client.force_login(make_person("root@ppi4cities.example", is_staff=True, is_superuser=True))

    response = client.post(
        f"/admin/library/resourcefeedback/{feedback.pk}/delete/", {"post": "yes"}
    )

    assert response.status_code == 302
    assert not ResourceFeedback.objects.exists()
    assert _counts(published) == (0, 0)


# API ------------------------------------------------------------------------------------


def _bearer(user):
    _token, key = accounts.api_token_create(user=user, name="test script")
    return {"Authorization": f"Bearer {key}"}


def _api_url(resource):
    return f"/api/v1/library/resources/{resource.pk}/feedback"


def _post(client, resource, payload, **kwargs):
    return client.post(
        _api_url(resource), json.dumps(payload), content_type="application/json", **kwargs
    )


def test_the_api_records_changes_and_withdraws_an_answer(client, people, published):
    """POST answers (again to change), DELETE withdraws; the counts come back each time."""
    headers = _bearer(people["member"])

    first = _post(client, published, {"useful": True, "comment": "Helpful."}, headers=headers)
    assert first.status_code == 200, first.json()
    assert first.json()["useful_count"] == 1
    changed = _post(client, published, {"useful": False}, headers=headers).json()
    assert (changed["useful"], changed["comment"]) == (False, "")
    assert (changed["useful_count"], changed["not_useful_count"]) == (0, 1)

    deleted = client.delete(_api_url(published), headers=headers)

    assert deleted.status_code == 204
    assert _counts(published) == (0, 0)
    assert client.delete(_api_url(published), headers=headers).status_code == 204


@pytest.mark.parametrize(
    "payload, field",
    [
        ({}, "useful"),
        ({"useful": "perhaps"}, "useful"),
        ({"useful": True, "comment": "x" * 1001}, "comment"),
        ({"useful": True, "comment": "Nul\x00"}, "comment"),
        ({"useful": True, "stars": 5}, "stars"),
    ],
)
def test_the_api_refuses_bad_answers_naming_the_field(client, people, published, payload, field):
    """Bad bodies are a 422 naming the field, and nothing is saved."""
    response = _post(client, published, payload, headers=_bearer(people["member"]))

    assert response.status_code == 422
    assert field in [error["field"] for error in response.json()["errors"]]
    assert not ResourceFeedback.objects.exists()


def test_the_api_refuses_visitors_authors_and_hidden_resources(client, people, published):
    """Without auth 401, the author 403, a draft the caller cannot see 404; all in JSON."""
    draft = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Draft report", "summary": "Not yet."}},
        facets={},
    )

    assert _post(Client(), published, {"useful": True}).status_code == 401
    refused = _post(client, published, {"useful": True}, headers=_bearer(people["org_member"]))
    assert refused.status_code == 403 and refused.json()["detail"]
    hidden = _post(client, draft, {"useful": True}, headers=_bearer(people["member"]))
    assert hidden.status_code == 404
    assert not ResourceFeedback.objects.exists()


def test_the_openapi_document_lists_the_feedback_endpoint(client, db):
    """openapi.json documents answering and withdrawing."""
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert set(paths["/api/v1/library/resources/{resource_id}/feedback"]) == {"post", "delete"}


# Demo content ---------------------------------------------------------------------------


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def test_the_demo_has_answers_comments_and_bookmarks(demo):
    """Most published demo resources have answers, some with comments; never by the author."""
    published = Resource.objects.filter(status=Status.PUBLISHED)
    answered = published.filter(Q(useful_count__gt=0) | Q(not_useful_count__gt=0))

    assert answered.count() >= published.count() // 2
    assert ResourceFeedback.objects.exclude(comment="").count() >= 20
    assert not ResourceFeedback.objects.filter(user=F("resource__author")).exists()
    assert Bookmark.objects.filter(user__email=f"ola.nordmann@{DEMO_DOMAIN}").count() == 4


def test_the_demo_counters_match_its_answers_and_order_most_useful(demo, client):
    """Every counter equals the answers, and "Most useful" starts with well-rated resources."""
    counted = Resource.objects.annotate(
        yes=Count("feedback", filter=Q(feedback__useful=True)),
        no=Count("feedback", filter=Q(feedback__useful=False)),
    )
    assert all((r.yes, r.no) == (r.useful_count, r.not_useful_count) for r in counted)

    first = client.get("/library/?sort=-useful").context["page"].object_list[0]
    assert first.useful_count >= 4
    assert first.useful_count > first.not_useful_count


def test_the_demo_gives_only_what_is_missing(demo):
    """A run after answers were withdrawn gives them again; the next run writes nothing."""
    answers = ResourceFeedback.objects.count()
    resource = Resource.objects.filter(useful_count__gt=0).first()
    for feedback in ResourceFeedback.objects.filter(resource=resource).select_related("user"):
        services.resource_feedback_withdraw(resource=resource, user=feedback.user)

    assert load_library_demo()["answers"] > 0
    assert ResourceFeedback.objects.count() == answers
    again = load_library_demo()
    assert (again["created"], again.get("answers", 0)) == (0, 0)
