"""The self-assessment API: the current questionnaire, starting, answering and completing one's
own assessments, their results, who may see what, and bad input."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from ppi4cities.accounts import services as accounts
from ppi4cities.assessment import selectors, services
from ppi4cities.assessment.models import Answer, Assessment, AssessmentStatus, Variant

from .content import load_fake, statement

pytestmark = pytest.mark.django_db

BASE = "/api/v1/assessment"
ASSESSMENTS = f"{BASE}/assessments"
ROLES = ["anonymous", "member", "other_member", "org_member", "org_admin", "moderator", "staff"]
FULL_ANSWERS = {"strategy-1": 5, "strategy-2": 4, "market-1": 1, "market-2": None}


def bearer(user):
    """Authorization headers carrying a fresh personal token of `user`."""
    _token, key = accounts.api_token_create(user=user, name="test script")
    return {"Authorization": f"Bearer {key}"}


def client_of(people, role) -> Client:
    client = Client()
    if people[role] is not None:
        client.force_login(people[role])
    return client


def put_answer(client, pk, code, body, **kwargs):
    return client.put(
        f"{ASSESSMENTS}/{pk}/answers/{code}",
        json.dumps(body) if not isinstance(body, str) else body,
        content_type="application/json",
        **kwargs,
    )


def start(client, body=None, **kwargs):
    return client.post(
        ASSESSMENTS, json.dumps(body or {}), content_type="application/json", **kwargs
    )


def error_fields(response):
    return [error["field"] for error in response.json()["errors"]]


@pytest.fixture
def version(db):
    return load_fake()


def _answered(version, user, answers, organisation=None, complete=True):
    assessment = services.assessment_start(
        version=version, variant=Variant.FULL, user=user, organisation=organisation
    )
    for code, value in answers.items():
        services.answer_save(
            assessment=assessment,
            statement=statement(version, code),
            value=value,
            not_applicable=value is None,
        )
    if complete:
        services.assessment_complete(assessment=assessment)
    return assessment


# The questionnaire ---------------------------------------------------------------------------


def test_anyone_reads_the_current_questionnaire(client, version):
    """The full variant lists every dimension and statement in order, with the scale."""
    response = client.get(f"{BASE}/questionnaires/current")

    assert response.status_code == 200
    data = response.json()
    assert (data["id"], data["number"], data["variant"]) == (version.pk, version.number, "full")
    assert data["name"] == "Readiness for innovation procurement"
    assert [option["value"] for option in data["scale"]] == [1, 2, 3, 4, 5]
    assert data["scale"][0]["label"] == "Strongly disagree"
    assert [d["code"] for d in data["dimensions"]] == ["strategy", "market"]
    [strategy, _market] = data["dimensions"]
    assert strategy["name"] == "Strategy and leadership"
    assert [s["code"] for s in strategy["statements"]] == ["strategy-1", "strategy-2"]
    assert strategy["statements"][0] == {
        "code": "strategy-1",
        "text": "Our strategy names innovation procurement.",
        "guidance": "Agree if an approved document says so.",
        "in_short": True,
    }


def test_the_short_variant_has_one_statement_per_dimension(client, version):
    response = client.get(f"{BASE}/questionnaires/current", {"variant": "short"})

    assert response.status_code == 200
    statements = [[s["code"] for s in d["statements"]] for d in response.json()["dimensions"]]
    assert statements == [["strategy-1"], ["market-1"]]


def test_the_questionnaire_speaks_the_requested_language_with_english_fallback(client, version):
    """German texts where they exist, English where the translation is missing."""
    response = client.get(f"{BASE}/questionnaires/current", headers={"Accept-Language": "de"})

    data = response.json()
    assert data["name"] == "Bereitschaft für innovative Beschaffung"
    assert data["scale"][0]["label"] == "Stimme überhaupt nicht zu"
    assert data["scale"][1]["label"] == "Disagree"
    [strategy, market] = data["dimensions"]
    assert strategy["name"] == "Strategie und Führung"
    assert strategy["statements"][0]["text"] == "Unsere Strategie nennt innovative Beschaffung."
    assert strategy["statements"][1]["text"] == "Our leaders support pilots."
    assert market["name"] == "Market engagement"
    assert data["language"] == "de"

    asked = client.get(f"{BASE}/questionnaires/current", {"language": "de"}).json()
    assert asked["name"] == "Bereitschaft für innovative Beschaffung"
    english = client.get(f"{BASE}/questionnaires/current").json()
    assert (english["language"], english["name"]) == ("en", "Readiness for innovation procurement")


def test_an_unknown_variant_is_refused_naming_the_field(client, version):
    response = client.get(f"{BASE}/questionnaires/current", {"variant": "long"})

    assert response.status_code == 422
    assert error_fields(response) == ["variant"]


def test_no_published_questionnaire_answers_404(client, db):
    response = client.get(f"{BASE}/questionnaires/current")

    assert response.status_code == 404
    assert response.json()["detail"]


def test_the_questionnaire_costs_a_fixed_number_of_queries(client, version):
    with CaptureQueriesContext(connection) as queries:
        client.get(f"{BASE}/questionnaires/current")
    assert len(queries) <= 5


# Starting and listing ------------------------------------------------------------------------


def test_a_member_starts_with_a_token_then_resumes(client, version, people):
    """201 for a new assessment; the same request again resumes it with 200."""
    headers = bearer(people["member"])
    first = start(client, {"variant": "short"}, headers=headers)

    assert first.status_code == 201, first.json()
    data = first.json()
    assert data["variant"] == "short"
    assert data["status"] == "in_progress"
    assert data["organisation"] is None
    assert data["progress"] == {"answered": 0, "total": 2, "remaining": 2}
    assert data["answers"] == []
    assessment = Assessment.objects.get()
    assert (assessment.pk, assessment.user) == (data["id"], people["member"])

    again = start(client, {"variant": "short"}, headers=headers)
    assert again.status_code == 200
    assert again.json()["id"] == data["id"]
    assert Assessment.objects.count() == 1


def test_an_admin_starts_an_assessment_for_the_organisation(client, version, people):
    client.force_login(people["org_admin"])
    response = start(client, {"organisation": people["organisation"].slug})

    assert response.status_code == 201, response.json()
    assert response.json()["organisation"] == people["organisation"].slug
    assert response.json()["progress"]["total"] == 4


@pytest.mark.parametrize("role", ["member", "org_member", "other_member"])
def test_only_the_organisations_admins_assess_it(client, version, people, role):
    response = start(
        client, {"organisation": people["organisation"].slug}, headers=bearer(people[role])
    )

    assert response.status_code == 403
    assert response.json()["detail"]
    assert not Assessment.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"variant": "long"}, "variant"),
        ({"organisation": "no-such-city"}, "organisation"),
        ({"organisation": "bad\x00slug"}, "organisation"),
        ({"variant": "full", "colour": "blue"}, "colour"),
    ],
)
def test_a_bad_start_names_the_field_and_starts_nothing(client, version, people, body, field):
    response = start(client, body, headers=bearer(people["member"]))

    assert response.status_code == 422, response.json()
    assert field in error_fields(response)
    assert not Assessment.objects.exists()


def test_an_unverified_person_may_not_start(client, version, people):
    client.force_login(people["unverified"])
    response = start(client, {"variant": "short"})

    assert response.status_code == 403
    assert not Assessment.objects.exists()


@pytest.mark.parametrize("enforce_csrf_checks", [False, True])
def test_anonymous_visitors_cannot_use_the_api_to_answer(version, people, enforce_csrf_checks):
    """The anonymous short variant is the page's; the API answers 401 in JSON."""
    anonymous = Client(enforce_csrf_checks=enforce_csrf_checks)
    mine = _answered(version, people["member"], {"strategy-1": 3}, complete=False)

    responses = [
        start(anonymous, {"variant": "short"}),
        anonymous.get(ASSESSMENTS),
        anonymous.get(f"{ASSESSMENTS}/{mine.pk}"),
        put_answer(anonymous, mine.pk, "strategy-2", {"value": 3}),
        anonymous.post(f"{ASSESSMENTS}/{mine.pk}/complete"),
        anonymous.get(f"{ASSESSMENTS}/{mine.pk}/result"),
    ]

    assert [r.status_code for r in responses] == [401] * 6
    assert all(r.json()["detail"] for r in responses)
    assert Assessment.objects.count() == 1
    assert Answer.objects.count() == 1


def test_a_wrong_token_answers_401(client, version):
    response = client.get(ASSESSMENTS, headers={"Authorization": "Bearer ppi_wrong"})

    assert response.status_code == 401


def test_a_browser_session_must_send_the_csrf_token(version, people):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people["member"])
    browser.get("/assessment/")

    refused = start(browser, {"variant": "short"})
    assert refused.status_code == 403
    assert not Assessment.objects.exists()

    accepted = start(
        browser, {"variant": "short"}, headers={"X-CSRFToken": browser.cookies["csrftoken"].value}
    )
    assert accepted.status_code == 201


def test_the_list_holds_only_ones_own_assessments_newest_first_in_pages(client, version, people):
    older = _answered(version, people["org_member"], FULL_ANSWERS)
    newer = services.assessment_start(
        version=version, variant=Variant.SHORT, user=people["org_member"]
    )
    _answered(version, people["member"], FULL_ANSWERS)

    headers = bearer(people["org_member"])
    response = client.get(ASSESSMENTS, headers=headers)

    assert response.status_code == 200
    data = response.json()
    assert (data["count"], data["pages"]) == (2, 1)
    assert [item["id"] for item in data["results"]] == [newer.pk, older.pk]
    assert [item["status"] for item in data["results"]] == ["in_progress", "completed"]

    second = client.get(ASSESSMENTS, {"page": 2, "page_size": 1}, headers=headers).json()
    assert (second["count"], second["pages"]) == (2, 2)
    assert [item["id"] for item in second["results"]] == [older.pk]
    beyond = client.get(ASSESSMENTS, {"page": 10**12}, headers=headers)
    assert beyond.status_code == 200
    assert beyond.json()["results"] == []
    too_big = client.get(ASSESSMENTS, {"page_size": 101}, headers=headers)
    assert too_big.status_code == 422
    assert error_fields(too_big) == ["page_size"]


def test_the_list_costs_a_fixed_number_of_queries(client, version, people):
    client.force_login(people["member"])
    _answered(version, people["member"], FULL_ANSWERS)
    with CaptureQueriesContext(connection) as few:
        client.get(ASSESSMENTS)
    for _ in range(5):
        _answered(version, people["member"], FULL_ANSWERS)
    with CaptureQueriesContext(connection) as many:
        client.get(ASSESSMENTS)
    assert len(many) == len(few)


# Answering and completing --------------------------------------------------------------------


def test_a_member_answers_completes_and_reads_the_result(client, version, people):
    """The whole flow through the API, with a token."""
    headers = bearer(people["member"])
    pk = start(client, {"variant": "full"}, headers=headers).json()["id"]

    for code, value in FULL_ANSWERS.items():
        body = {"not_applicable": True} if value is None else {"value": value}
        response = put_answer(client, pk, code, body, headers=headers)
        assert response.status_code == 200, response.json()
    assert response.json() == {
        "statement": "market-2",
        "value": None,
        "not_applicable": True,
        "progress": {"answered": 4, "total": 4, "remaining": 0},
    }
    changed = put_answer(client, pk, "strategy-2", {"value": 2}, headers=headers)
    assert changed.json()["value"] == 2
    assert Answer.objects.get(statement__code="strategy-2").value == 2

    detail = client.get(f"{ASSESSMENTS}/{pk}", headers=headers).json()
    assert {a["statement"]: (a["value"], a["not_applicable"]) for a in detail["answers"]} == {
        "strategy-1": (5, False),
        "strategy-2": (2, False),
        "market-1": (1, False),
        "market-2": (None, True),
    }

    done = client.post(f"{ASSESSMENTS}/{pk}/complete", headers=headers)
    assert done.status_code == 200
    assert done.json()["status"] == "completed"
    assert done.json()["completed_at"]
    assert Assessment.objects.get().status == AssessmentStatus.COMPLETED


def test_the_result_has_the_figures_of_the_results_page(client, version, people):
    """Overall, level, dimensions, strengths and gaps equal selectors.assessment_result."""
    assessment = _answered(version, people["member"], FULL_ANSWERS)
    expected = selectors.assessment_result(assessment).result

    response = client.get(f"{ASSESSMENTS}/{assessment.pk}/result", headers=bearer(people["member"]))

    assert response.status_code == 200
    data = response.json()
    assert data["overall"] == pytest.approx(expected.overall)
    assert data["completeness"] == pytest.approx(expected.completeness)
    assert data["level"]["code"] == expected.level.code
    assert data["level"]["name"] == str(expected.level.name)
    assert data["level"]["meaning"] == str(expected.level.meaning)
    assert [(d["code"], d["answered"], d["not_applicable"]) for d in data["dimensions"]] == [
        (d.code, d.answered, d.not_applicable) for d in expected.dimensions
    ]
    assert [d["score"] for d in data["dimensions"]] == [
        pytest.approx(d.score) for d in expected.dimensions
    ]
    assert data["dimensions"][0]["name"] == "Strategy and leadership"
    assert [d["code"] for d in data["strengths"]] == list(expected.strengths) == ["strategy"]
    assert [d["code"] for d in data["gaps"]] == list(expected.gaps) == ["market"]


def test_the_result_speaks_the_requested_language(client, version, people):
    assessment = _answered(version, people["member"], FULL_ANSWERS)

    response = client.get(
        f"{ASSESSMENTS}/{assessment.pk}/result",
        headers={**bearer(people["member"]), "Accept-Language": "de"},
    )

    data = response.json()
    assert data["dimensions"][0]["name"] == "Strategie und Führung"
    assert data["dimensions"][1]["name"] == "Market engagement"
    with translation.override("de"):
        assert data["level"]["name"] == str(
            selectors.assessment_result(assessment).result.level.name
        )


def test_the_result_of_an_unfinished_assessment_is_a_conflict(client, version, people):
    assessment = _answered(version, people["member"], {"strategy-1": 3}, complete=False)

    response = client.get(f"{ASSESSMENTS}/{assessment.pk}/result", headers=bearer(people["member"]))

    assert response.status_code == 409
    assert response.json()["detail"]


def test_completing_with_statements_left_says_how_many(client, version, people):
    assessment = _answered(version, people["member"], {"strategy-1": 3}, complete=False)

    response = client.post(
        f"{ASSESSMENTS}/{assessment.pk}/complete", headers=bearer(people["member"])
    )

    assert response.status_code == 422
    data = response.json()
    assert data["remaining"] == 3
    assert "3 statements are still unanswered" in data["errors"][0]["message"]
    assert Assessment.objects.get().status == AssessmentStatus.IN_PROGRESS


def test_a_completed_assessment_no_longer_changes(client, version, people):
    """Answering or completing it again answers 409, and nothing changes."""
    assessment = _answered(version, people["member"], FULL_ANSWERS)
    headers = bearer(people["member"])

    answer = put_answer(client, assessment.pk, "strategy-1", {"value": 1}, headers=headers)
    again = client.post(f"{ASSESSMENTS}/{assessment.pk}/complete", headers=headers)

    assert (answer.status_code, again.status_code) == (409, 409)
    assert answer.json()["detail"]
    assert Answer.objects.get(statement__code="strategy-1").value == 5


@pytest.mark.parametrize(
    ("code", "body", "field"),
    [
        ("no-such-statement", {"value": 3}, "statement_code"),
        ("strategy-2", {"value": 3}, "statement_code"),  # not in the short variant
        ("bad%00code", {"value": 3}, "statement_code"),
        ("strategy-1", {"value": 6}, "value"),
        ("strategy-1", {"value": 0}, "value"),
        ("strategy-1", {"value": -1}, "value"),
        ("strategy-1", {"value": 10**30}, "value"),
        ("strategy-1", {"value": 3, "not_applicable": True}, "value"),
        ("strategy-1", {}, "value"),
        ("strategy-1", {"value": "3"}, "value"),
        ("strategy-1", {"value": 3.5}, "value"),
        ("strategy-1", {"value": True}, "value"),
        ("strategy-1", {"not_applicable": "yes"}, "not_applicable"),
        ("strategy-1", {"value": 3, "comment": "hi"}, "comment"),
    ],
)
def test_a_bad_answer_names_the_field_and_saves_nothing(client, version, people, code, body, field):
    assessment = services.assessment_start(
        version=version, variant=Variant.SHORT, user=people["member"]
    )

    response = put_answer(client, assessment.pk, code, body, headers=bearer(people["member"]))

    assert response.status_code == 422, response.content
    assert field in error_fields(response), response.json()
    assert response.json()["errors"][0]["message"]
    assert not Answer.objects.exists()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("", "application/json"),
        ("not json", "application/json"),
        ("[]", "application/json"),
        ("null", "application/json"),
        ("3", "application/json"),
        ("value=3", "application/x-www-form-urlencoded"),
        ("--x--", "multipart/form-data; boundary=x"),
    ],
)
def test_unreadable_bodies_are_refused_without_a_crash(client, version, people, body, content_type):
    assessment = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["member"]
    )
    headers = bearer(people["member"])

    answer = client.put(
        f"{ASSESSMENTS}/{assessment.pk}/answers/strategy-1",
        body,
        content_type=content_type,
        headers=headers,
    )
    started = client.post(ASSESSMENTS, body, content_type=content_type, headers=headers)

    for response in (answer, started):
        assert 400 <= response.status_code < 500
        assert response.json()["detail"]
    assert not Answer.objects.exists()
    assert Assessment.objects.count() == 1


def test_a_closed_rounds_answers_no_longer_change(client, version, people):
    round = services.round_start(
        organisation=people["organisation"], version=version, actor=people["org_admin"]
    )
    assessment = services.assessment_start(
        version=version, variant=Variant.FULL, user=people["org_member"], round=round
    )
    services.round_close(round=round, actor=people["org_admin"])

    response = put_answer(
        client, assessment.pk, "strategy-1", {"value": 3}, headers=bearer(people["org_member"])
    )

    assert response.status_code == 422
    assert "closed" in response.json()["errors"][0]["message"]
    assert not Answer.objects.exists()


# Who sees and changes what -------------------------------------------------------------------


@pytest.fixture
def cases(version, people):
    """org_member's own completed and unfinished assessments, and the organisation's completed
    one made by its admin."""
    return {
        "individual": _answered(version, people["org_member"], FULL_ANSWERS),
        "unfinished": services.assessment_start(
            version=version, variant=Variant.SHORT, user=people["org_member"]
        ),
        "for_organisation": _answered(
            version, people["org_admin"], FULL_ANSWERS, organisation=people["organisation"]
        ),
    }


def _status(client, url):
    return client.get(url).status_code


@pytest.mark.parametrize("role", ROLES)
def test_who_reads_which_assessment(people, cases, role):
    """The owner reads theirs; the organisation's members read its completed assessment;
    anyone else gets 404 (moderators and staff included), and anonymous visitors 401."""
    client = client_of(people, role)
    hidden = 401 if role == "anonymous" else 404
    individual = cases["individual"].pk
    organisational = cases["for_organisation"].pk
    unfinished = cases["unfinished"].pk

    owner = 200 if role == "org_member" else hidden
    assert _status(client, f"{ASSESSMENTS}/{individual}") == owner
    assert _status(client, f"{ASSESSMENTS}/{individual}/result") == owner
    assert _status(client, f"{ASSESSMENTS}/{unfinished}") == owner
    members = 200 if role in {"org_member", "org_admin"} else hidden
    assert _status(client, f"{ASSESSMENTS}/{organisational}") == members
    assert _status(client, f"{ASSESSMENTS}/{organisational}/result") == members


@pytest.mark.parametrize("role", ROLES)
def test_who_answers_an_assessment(people, cases, role):
    """Only its owner answers it; a colleague who may read it gets 403, anyone else 404."""
    client = client_of(people, role)
    unfinished = cases["unfinished"].pk
    expected = {"anonymous": 401, "org_member": 200}.get(role, 404)

    answer = put_answer(client, unfinished, "strategy-1", {"value": 4})
    complete = client.post(f"{ASSESSMENTS}/{unfinished}/complete")

    assert answer.status_code == expected
    assert complete.status_code == (422 if role == "org_member" else expected)
    assert Answer.objects.filter(assessment=unfinished).exists() is (role == "org_member")


def test_a_colleague_who_reads_the_organisations_assessment_may_not_change_it(
    client, version, people
):
    unfinished = _answered(
        version,
        people["org_admin"],
        {"strategy-1": 2},
        organisation=people["organisation"],
        complete=False,
    )
    client.force_login(people["org_member"])

    assert client.get(f"{ASSESSMENTS}/{unfinished.pk}").status_code == 404
    services.answer_save(assessment=unfinished, statement=statement(version, "strategy-2"), value=2)
    services.answer_save(assessment=unfinished, statement=statement(version, "market-1"), value=2)
    services.answer_save(assessment=unfinished, statement=statement(version, "market-2"), value=2)
    services.assessment_complete(assessment=unfinished)

    assert client.get(f"{ASSESSMENTS}/{unfinished.pk}").status_code == 200
    answer = put_answer(client, unfinished.pk, "strategy-1", {"value": 5})
    assert answer.status_code == 403
    assert Answer.objects.get(assessment=unfinished, statement__code="strategy-1").value == 2


def test_an_unknown_assessment_is_not_found(client, version, people):
    headers = bearer(people["member"])
    assert client.get(f"{ASSESSMENTS}/999999", headers=headers).status_code == 404
    assert client.get(f"{ASSESSMENTS}/{10**30}", headers=headers).status_code == 404
    assert (
        put_answer(client, 10**30, "strategy-1", {"value": 3}, headers=headers).status_code == 404
    )
    assert client.get(f"{ASSESSMENTS}/not-a-number", headers=headers).status_code == 422


# Documentation --------------------------------------------------------------------------------


def test_the_openapi_document_lists_the_assessment_endpoints(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert set(paths[f"{BASE}/questionnaires/current"]) == {"get"}
    assert set(paths[ASSESSMENTS]) == {"get", "post"}
    assert set(paths[f"{ASSESSMENTS}/{{assessment_id}}"]) == {"get"}
    assert set(paths[f"{ASSESSMENTS}/{{assessment_id}}/answers/{{statement_code}}"]) == {"put"}
    assert set(paths[f"{ASSESSMENTS}/{{assessment_id}}/complete"]) == {"post"}
    assert set(paths[f"{ASSESSMENTS}/{{assessment_id}}/result"]) == {"get"}
    assert "security" not in paths[f"{BASE}/questionnaires/current"]["get"]
    assert paths[ASSESSMENTS]["post"]["security"]
