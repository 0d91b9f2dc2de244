"""The self-assessment API: the current questionnaire, starting, answering and completing one's
own assessments, their results, an organisation's rounds with their aggregate and peer
benchmark, who may see what, and bad input."""

import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from conftest import make_organisation, make_person
from ppi4cities.accounts import services as accounts
from ppi4cities.assessment import permissions, selectors, services
from ppi4cities.assessment.models import Answer, Assessment, AssessmentStatus, Round, Variant

from .content import load_fake, statement

pytestmark = pytest.mark.django_db

BASE = "/api/v1/assessment"
ASSESSMENTS = f"{BASE}/assessments"
ROUNDS = f"{BASE}/rounds"
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
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        invitees=[people["org_member"]],
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
    assert set(paths[ROUNDS]) == {"get"}
    assert set(paths[f"{ROUNDS}/{{round_id}}"]) == {"get"}
    assert set(paths[f"{ROUNDS}/{{round_id}}/benchmark"]) == {"get"}
    assert paths[f"{ROUNDS}/{{round_id}}/benchmark"]["get"]["security"]
    assert "security" not in paths[f"{BASE}/questionnaires/current"]["get"]
    assert paths[ASSESSMENTS]["post"]["security"]


# Rounds and the peer benchmark -----------------------------------------------------------------

ALL_THREES = {"strategy-1": 3, "strategy-2": 3, "market-1": 3, "market-2": 3}
ADMINS_ANSWERS = {"strategy-1": 5, "strategy-2": 2, "market-1": None, "market-2": 3}
MEMBERS_ANSWERS = {"strategy-1": 1, "strategy-2": 4, "market-1": None, "market-2": 5}


def _in_round(round, user, answers) -> Assessment:
    assessment = services.assessment_start(
        version=round.version, variant=Variant.FULL, user=user, round=round
    )
    for code, value in answers.items():
        services.answer_save(
            assessment=assessment,
            statement=statement(round.version, code),
            value=value,
            not_applicable=value is None,
        )
    return services.assessment_complete(assessment=assessment)


def _round_start(*, organisation, version, actor, colleagues=()) -> Round:
    return services.round_start(
        organisation=organisation,
        version=version,
        actor=actor,
        title="Spring review",
        invitees=list(colleagues),
    )


def _peer_round(version, *, name, kind="municipality", country="LT", answers=None) -> Round:
    """Another organisation whose admin alone answers its round, which then closes."""
    slug = re.sub(r"\W+", "-", name.lower())
    admin = make_person(f"admin@{slug}.example", f"Admin of {name}")
    organisation = make_organisation(admin, name=name, data={"kind": kind, "country": country})
    round = _round_start(organisation=organisation, version=version, actor=admin)
    _in_round(round, admin, answers or ALL_THREES)
    return services.round_close(round=round, actor=admin)


@pytest.fixture
def closed_round(version, people):
    """The organisation's round answered by its admin and its member, then closed."""
    round = _round_start(
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        colleagues=[people["org_member"]],
    )
    _in_round(round, people["org_admin"], ADMINS_ANSWERS)
    _in_round(round, people["org_member"], MEMBERS_ANSWERS)
    return services.round_close(round=round, actor=people["org_admin"])


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_a_round_its_aggregate_and_its_benchmark(people, closed_round, role):
    """The organisation's admin and the invited member read it; anyone else gets 404,
    moderators and staff included, and anonymous visitors 401."""
    client = client_of(people, role)
    expected = {"anonymous": 401, "org_admin": 200, "org_member": 200}.get(role, 404)
    if role != "anonymous":
        assert permissions.can_view_round_result(people[role], closed_round) is (expected == 200)

    listed = client.get(ROUNDS)
    detail = client.get(f"{ROUNDS}/{closed_round.pk}")
    benchmark = client.get(f"{ROUNDS}/{closed_round.pk}/benchmark", {"group": "type"})

    assert (detail.status_code, benchmark.status_code) == (expected, expected)
    assert detail.json()["detail"] if expected != 200 else detail.json()["id"] == closed_round.pk
    if role == "anonymous":
        assert listed.status_code == 401
    else:
        ids = [item["id"] for item in listed.json()["results"]]
        assert ids == ([closed_round.pk] if expected == 200 else [])


def test_a_colleague_who_was_not_invited_finds_nothing(client, people, closed_round):
    """A member of the organisation outside the round gets 404 and an empty list."""
    colleague = make_person("colleague@city.example", "Not Invited")
    accounts._add_member(people["organisation"], colleague, "member")
    headers = bearer(colleague)

    assert client.get(f"{ROUNDS}/{closed_round.pk}", headers=headers).status_code == 404
    benchmark = client.get(
        f"{ROUNDS}/{closed_round.pk}/benchmark", {"group": "type"}, headers=headers
    )
    assert benchmark.status_code == 404
    assert client.get(ROUNDS, headers=headers).json()["count"] == 0


def test_an_unverified_colleague_sees_no_rounds(client, people, closed_round):
    accounts._add_member(people["organisation"], people["unverified"], "admin")
    client.force_login(people["unverified"])

    assert client.get(ROUNDS).json()["count"] == 0
    assert client.get(f"{ROUNDS}/{closed_round.pk}").status_code == 404


def test_the_round_has_the_figures_of_the_round_page(client, people, closed_round):
    """Respondents, overall score, level and per-statement spread equal selectors.round_result;
    per dimension the spread of the respondents' own scores."""
    expected = selectors.round_result(closed_round)

    response = client.get(f"{ROUNDS}/{closed_round.pk}", headers=bearer(people["org_admin"]))

    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Spring review"
    assert data["organisation"] == {
        "slug": people["organisation"].slug,
        "name": people["organisation"].name,
    }
    assert (data["questionnaire"], data["version"]) == ("ppi-readiness", 1)
    assert data["state"] == "closed"
    assert data["closed_at"]
    assert data["respondents"] == expected.respondents == 2
    assert data["overall"] == pytest.approx(expected.result.overall)
    assert data["level"]["code"] == expected.result.level.code
    [strategy, market] = data["dimensions"]
    assert strategy["name"] == "Strategy and leadership"
    assert strategy["score"] == pytest.approx(expected.result.dimension("strategy").score)
    # Strategy weighs its statements 1 and 3: the admin scores (100 + 3·25)/4 = 43.75, the
    # member (0 + 3·75)/4 = 56.25.
    assert (strategy["minimum"], strategy["maximum"]) == (43.75, 56.25)
    assert strategy["mean"] == 50
    assert strategy["std_dev"] == 6.25
    assert strategy["count"] == 2
    assert (market["minimum"], market["maximum"], market["count"]) == (50, 100, 2)
    statements = {item["code"]: item for item in data["statements"]}
    assert list(statements) == ["strategy-1", "strategy-2", "market-1", "market-2"]
    assert statements["strategy-1"] == {
        "code": "strategy-1",
        "dimension": "strategy",
        "mean": 3.0,
        "count": 2,
        "not_applicable": 0,
        "minimum": 1,
        "maximum": 5,
        "std_dev": 2.0,
    }
    assert (statements["market-1"]["count"], statements["market-1"]["not_applicable"]) == (0, 2)
    assert statements["market-1"]["mean"] is None


def test_the_round_speaks_the_requested_language(client, people, closed_round):
    headers = {**bearer(people["org_admin"]), "Accept-Language": "de"}

    detail = client.get(f"{ROUNDS}/{closed_round.pk}", headers=headers).json()

    assert [d["name"] for d in detail["dimensions"]] == [
        "Strategie und Führung",
        "Market engagement",
    ]


def test_an_open_round_without_answers_has_no_figures_yet(client, version, people):
    round = _round_start(
        organisation=people["organisation"], version=version, actor=people["org_admin"]
    )

    response = client.get(f"{ROUNDS}/{round.pk}", headers=bearer(people["org_admin"]))

    data = response.json()
    assert (data["state"], data["closed_at"], data["respondents"]) == ("open", None, 0)
    assert (data["overall"], data["level"]) == (None, None)
    assert [d["score"] for d in data["dimensions"]] == [None, None]
    assert [d["count"] for d in data["dimensions"]] == [0, 0]


def test_the_list_holds_the_rounds_newest_first_in_pages(client, version, people):
    admin = people["org_admin"]
    older = _round_start(organisation=people["organisation"], version=version, actor=admin)
    newer = _round_start(organisation=people["organisation"], version=version, actor=admin)
    _round_start(
        organisation=people["other_organisation"], version=version, actor=people["other_member"]
    )
    headers = bearer(admin)

    data = client.get(ROUNDS, headers=headers).json()

    assert (data["count"], data["pages"]) == (2, 1)
    assert [item["id"] for item in data["results"]] == [newer.pk, older.pk]
    assert data["results"][0]["state"] == "open"
    second = client.get(ROUNDS, {"page": 2, "page_size": 1}, headers=headers).json()
    assert [item["id"] for item in second["results"]] == [older.pk]
    assert client.get(ROUNDS, {"page": 10**12}, headers=headers).json()["results"] == []
    too_big = client.get(ROUNDS, {"page_size": 101}, headers=headers)
    assert too_big.status_code == 422
    assert error_fields(too_big) == ["page_size"]


def test_four_peers_give_no_figures_and_five_give_the_quartiles(client, people, closed_round):
    """The five-organisation threshold of the round page, seen through the API."""
    version = closed_round.version
    headers = bearer(people["org_admin"])
    url = f"{ROUNDS}/{closed_round.pk}/benchmark"
    for number in range(4):
        _peer_round(version, name=f"Peer town {number}")
    # An NGO in the same country joins the country's group, not the type's.
    _peer_round(version, name="Civic lab", kind="ngo")

    by_type = client.get(url, {"group": "type"}, headers=headers).json()
    assert by_type == {
        "round": closed_round.pk,
        "group": "type",
        "has_group": True,
        "organisations": 4,
        "minimum": 5,
        "dimensions": [],
    }
    by_country = client.get(url, {"group": "country"}, headers=headers).json()
    assert by_country["organisations"] == 5
    assert [d["code"] for d in by_country["dimensions"]] == ["strategy", "market"]

    _peer_round(
        version,
        name="Peer town 4",
        answers={"strategy-1": 5, "strategy-2": 5, "market-1": None, "market-2": None},
    )
    by_type = client.get(url, {"group": "type"}, headers=headers).json()
    assert by_type["organisations"] == 5
    [strategy, market] = by_type["dimensions"]
    # Four peers score 50 in strategy and one 100: the quartiles are 50, 50, 50.
    assert strategy["quartiles"] == {"count": 5, "lower": 50, "median": 50, "upper": 50}
    assert strategy["score"] == pytest.approx(
        selectors.round_result(closed_round).result.dimension("strategy").score
    )
    assert strategy["name"] == "Strategy and leadership"
    # Only four peers scored the market: too few for figures on that dimension.
    assert market["quartiles"] is None


def test_a_municipality_has_no_size_group(client, people, closed_round):
    response = client.get(
        f"{ROUNDS}/{closed_round.pk}/benchmark",
        {"group": "size"},
        headers=bearer(people["org_admin"]),
    )

    assert response.status_code == 200
    assert (response.json()["has_group"], response.json()["dimensions"]) == (False, [])


def test_the_benchmark_of_an_open_round_is_a_conflict(client, version, people):
    round = _round_start(
        organisation=people["organisation"], version=version, actor=people["org_admin"]
    )

    response = client.get(
        f"{ROUNDS}/{round.pk}/benchmark", {"group": "type"}, headers=bearer(people["org_admin"])
    )

    assert response.status_code == 409
    assert "close this round" in response.json()["detail"]


@pytest.mark.parametrize(
    ("path", "params", "status", "field"),
    [
        ("{round}/benchmark", {"group": "colour"}, 422, "group"),
        ("{round}/benchmark", {}, 422, "group"),
        ("{round}/benchmark", {"group": "kind"}, 422, "group"),
        ("not-a-number", {}, 422, "round_id"),
        ("not-a-number/benchmark", {"group": "type"}, 422, "round_id"),
        ("999999", {}, 404, None),
        (str(10**30), {}, 404, None),
        (f"{10**30}/benchmark", {"group": "type"}, 404, None),
    ],
)
def test_bad_round_requests_answer_4xx_naming_the_field(
    client, people, closed_round, path, params, status, field
):
    response = client.get(
        f"{ROUNDS}/{path.format(round=closed_round.pk)}",
        params,
        headers=bearer(people["org_admin"]),
    )

    assert response.status_code == status, response.content
    assert response.json()["detail"]
    if field:
        assert error_fields(response) == [field]


def test_the_rounds_cost_the_same_queries_as_data_grows(people, closed_round):
    """More rounds, invitations, respondents and peers leave the number of queries unchanged."""
    version = closed_round.version
    colleagues = [make_person(f"colleague{n}@city.example", f"Colleague {n}") for n in range(4)]
    for colleague in colleagues:
        accounts._add_member(people["organisation"], colleague, "member")
    growing = _round_start(
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        colleagues=[people["org_member"], *colleagues],
    )
    _in_round(growing, colleagues[0], ALL_THREES)
    for number in range(5):
        _peer_round(version, name=f"Peer town {number}")
    readers = {role: client_of(people, role) for role in ("org_admin", "org_member")}
    urls = [
        ("org_admin", ROUNDS),
        ("org_member", ROUNDS),
        ("org_member", f"{ROUNDS}/{growing.pk}"),
        ("org_admin", f"{ROUNDS}/{closed_round.pk}/benchmark?group=type"),
    ]

    def counts():
        found = []
        for role, url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert readers[role].get(url).status_code == 200
            found.append(len(queries))
        return found

    few = counts()
    for number in range(5, 10):
        _peer_round(version, name=f"Peer town {number}")
    for colleague in colleagues[1:]:
        _in_round(growing, colleague, ALL_THREES)
    for _ in range(3):
        _round_start(
            organisation=people["organisation"],
            version=version,
            actor=people["org_admin"],
            colleagues=[people["org_member"]],
        )
    assert counts() == few


def test_a_bearer_token_reads_the_rounds_and_a_wrong_one_is_refused(client, people, closed_round):
    headers = bearer(people["org_admin"])

    assert client.get(ROUNDS, headers=headers).json()["count"] == 1
    assert client.get(f"{ROUNDS}/{closed_round.pk}", headers=headers).status_code == 200
    wrong = client.get(f"{ROUNDS}/{closed_round.pk}", headers={"Authorization": "Bearer ppi_x"})
    assert wrong.status_code == 401
