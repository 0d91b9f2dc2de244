"""The self-assessment's pages: the landing page, taking it step by step with and without
JavaScript, the review, the results with their chart and next steps, keeping an anonymous
result after signing in, and sharing; other people's assessments are not found."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ppi4cities.assessment import charts, selectors, services
from ppi4cities.assessment.models import Answer, Assessment, Variant
from ppi4cities.assessment.views import SESSION_KEY
from ppi4cities.library import services as library
from ppi4cities.library.models import Resource

from .content import load_fake, statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(people):
    return load_fake()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def field(version, code) -> str:
    return f"s{statement(version, code).pk}"


def start(client, variant="short", **extra) -> Assessment:
    response = client.post("/assessment/start/", {"variant": variant, **extra})
    assert response.status_code == 302, response.content.decode()
    return Assessment.objects.get(pk=re.search(r"/assessment/(\d+)/", response["Location"])[1])


def answers_of(assessment) -> dict:
    return {
        a.statement.code: a.value or "n/a" for a in assessment.answers.select_related("statement")
    }


def finish(client, assessment, values) -> None:
    """Answer through the step pages without JavaScript, then complete from the review."""
    version = assessment.version
    for number in (1, 2) if assessment.variant == Variant.FULL else (1,):
        page = client.get(f"/assessment/{assessment.pk}/step/{number}/").content.decode()
        data = {}
        for code, value in values.items():
            name = field(version, code)
            if f'name="{name}"' in page:
                data[name] = "na" if value == "n/a" else str(value)
        response = client.post(f"/assessment/{assessment.pk}/step/{number}/", data)
        assert response.status_code == 302
    response = client.post(f"/assessment/{assessment.pk}/review/")
    assert response["Location"] == f"/assessment/{assessment.pk}/results/"


def shown(score: float) -> int:
    """A score as the pages write it: a whole number, halves rounded up."""
    return int(Decimal(str(score)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_the_landing_page_shows_the_dimensions_and_both_ways_in(client, version):
    """Anyone sees the dimensions and may start the short variant; the full one asks to sign in."""
    page = text(client.get("/assessment/"))
    assert "<h1>" in page and page.count("<h1") == 1
    assert "Strategy and leadership" in page and "Market engagement" in page
    assert 'id="start-short"' in page
    assert 'id="start-full"' not in page
    assert "/accounts/login/?next=/assessment/" in page


def test_the_landing_page_says_so_when_no_questionnaire_is_published(client, db):
    page = text(client.get("/assessment/"))
    assert "not available yet" in page
    assert client.post("/assessment/start/", {"variant": "short"}).status_code == 404


def test_a_member_sees_unfinished_and_completed_assessments(version, people):
    """The landing page lists the member's history: unfinished to continue, completed to read."""
    member = people["member"]
    client = signed_in(member)
    done = start(client, "short")
    finish(client, done, {"strategy-1": 4, "market-1": 2})
    unfinished = start(client, "full")
    page = text(client.get("/assessment/"))
    assert f'href="/assessment/{unfinished.pk}/"' in page
    assert "Continue the full self-assessment" in page
    assert f'href="/assessment/{done.pk}/results/"' in page
    assert 'id="start-full"' in page


def test_an_anonymous_visitor_takes_the_short_variant_bound_by_the_session(client, version):
    """The short variant needs no account: the assessment carries the key kept in the session."""
    assessment = start(client)
    assert assessment.user is None and assessment.variant == Variant.SHORT
    assert assessment.anonymous_key == client.session[SESSION_KEY]
    assert start(client) == assessment, "starting again resumes the unfinished one"
    response = client.get(f"/assessment/{assessment.pk}/")
    assert response["Location"] == f"/assessment/{assessment.pk}/step/1/"
    page = text(client.get(response["Location"]))
    assert page.count("<fieldset") == 2
    assert "Our strategy names innovation procurement." in page
    assert "Our leaders support pilots." not in page, "the short variant has one per dimension"
    finish(client, assessment, {"strategy-1": 5, "market-1": "n/a"})
    page = text(client.get(f"/assessment/{assessment.pk}/results/"))
    assert 'id="overall-score">100<' in page
    assert "Sign up to keep this result" in page


def test_the_full_variant_needs_an_account(client, version):
    response = client.post("/assessment/start/", {"variant": "full"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/assessment/")
    assert not Assessment.objects.exists()


def test_a_bad_start_is_refused_with_a_message(version, people):
    """An unknown variant, or an organisation the person does not administer: 400, nothing."""
    client = signed_in(people["org_member"])
    assert client.post("/assessment/start/", {"variant": "huge"}).status_code == 400
    response = client.post(
        "/assessment/start/", {"variant": "full", "organisation": people["organisation"].pk}
    )
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert not Assessment.objects.exists()


def test_an_admin_assesses_their_organisation(version, people):
    client = signed_in(people["org_admin"])
    assert "Panevėžys City Municipality" in text(client.get("/assessment/"))
    assessment = start(client, "full", organisation=people["organisation"].pk)
    assert assessment.organisation == people["organisation"]
    page = text(client.get(f"/assessment/{assessment.pk}/step/1/"))
    assert "for Panevėžys City Municipality" in page


def test_someone_elses_assessment_is_not_found(client, version, people):
    """Another visitor, another member or staff get 404 on every page of an assessment."""
    owner = signed_in(people["member"])
    assessment = start(owner, "full")
    anonymous = start(client)
    for outsider in (Client(), signed_in(people["other_member"]), signed_in(people["staff"])):
        for target in (assessment, anonymous):
            base = f"/assessment/{target.pk}"
            for address in ("/", "/step/1/", "/review/", "/results/"):
                assert outsider.get(base + address).status_code == 404, address
            data = {"statement": statement(version, "strategy-1").pk}
            assert outsider.post(base + "/answer/", data).status_code == 404
    assert not Answer.objects.exists()


def test_a_step_posted_without_javascript_saves_its_answers(version, people):
    """ "Save and continue" saves every answer of the step and goes on; "Back" saves and goes back;
    the last step leads to the review."""
    client = signed_in(people["member"])
    assessment = start(client, "full")
    page = text(client.get(f"/assessment/{assessment.pk}/step/1/"))
    assert "<h1>Strategy and leadership</h1>" in page
    assert '<progress id="assessment-progress-bar" max="4" value="0">' in page
    assert "Strongly agree" in page and "Not applicable" in page
    guidance = field(version, "strategy-1") + "_help"
    assert f'aria-describedby="id_{guidance}"' in page, "the guidance describes the statement"
    data = {field(version, "strategy-1"): "4", field(version, "strategy-2"): "na"}
    response = client.post(f"/assessment/{assessment.pk}/step/1/", {**data, "action": "next"})
    assert response["Location"] == f"/assessment/{assessment.pk}/step/2/"
    assert answers_of(assessment) == {"strategy-1": 4, "strategy-2": "n/a"}
    page = text(client.get(f"/assessment/{assessment.pk}/step/1/"))
    assert re.search(r'value="4"[^>]*checked', page), "a saved answer shows as chosen"

    data = {field(version, "market-1"): "2", "action": "back"}
    response = client.post(f"/assessment/{assessment.pk}/step/2/", data)
    assert response["Location"] == f"/assessment/{assessment.pk}/step/1/"
    response = client.post(f"/assessment/{assessment.pk}/step/2/", {"action": "next"})
    assert response["Location"] == f"/assessment/{assessment.pk}/review/"
    assert answers_of(assessment)["market-1"] == 2


def test_a_bad_step_post_is_refused_next_to_the_field_and_saves_nothing(version, people):
    client = signed_in(people["member"])
    assessment = start(client, "full")
    bad = field(version, "strategy-2")
    data = {field(version, "strategy-1"): "4", bad: "9"}
    response = client.post(f"/assessment/{assessment.pk}/step/1/", data)
    assert response.status_code == 400
    page = text(response)
    assert f'id="id_{bad}_error"' in page and "There is a problem" in page
    assert not Answer.objects.exists()
    assert client.get(f"/assessment/{assessment.pk}/step/3/").status_code == 404


def test_an_answer_posted_by_htmx_is_saved_and_announced(version, people):
    """One answer per request; the reply is the polite status, with the progress out of band."""
    client = signed_in(people["member"])
    assessment = start(client, "full")
    name = field(version, "market-2")
    data = {"statement": name[1:], name: "5", field(version, "market-1"): ""}
    response = client.post(f"/assessment/{assessment.pk}/answer/", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    page = text(response)
    assert "Saved. 1 of 4 statements answered." in page
    assert 'id="assessment-progress" hx-swap-oob="true"' in page
    assert answers_of(assessment) == {"market-2": 5}
    data[name] = "na"
    client.post(f"/assessment/{assessment.pk}/answer/", data, HTTP_HX_REQUEST="true")
    assert answers_of(assessment) == {"market-2": "n/a"}


@pytest.mark.parametrize(
    ("target", "value", "message"),
    [
        ("unknown", "3", "not part of this assessment"),
        ("strategy-1", "7", "Choose a value from 1 to 5"),
        ("strategy-1", "0", "Choose a value from 1 to 5"),
        ("strategy-1", "lots", "Choose a point of the scale"),
        ("strategy-1", "", "Choose a point of the scale"),
        ("many", None, "Enter a whole number"),
        ("", None, "This field is required"),
    ],
)
def test_a_bad_answer_gets_400_with_the_message_and_saves_nothing(
    version, people, target, value, message
):
    client = signed_in(people["member"])
    assessment = start(client, "short")
    key = {"unknown": 999999, "strategy-1": statement(version, "strategy-1").pk}.get(target, target)
    data = {"statement": key} if key != "" else {}
    if value is not None:
        data[f"s{key}"] = value
    response = client.post(f"/assessment/{assessment.pk}/answer/", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Answer.objects.exists()


def test_a_statement_outside_the_variant_is_refused(version, people):
    client = signed_in(people["member"])
    assessment = start(client, "short")
    name = field(version, "strategy-2")
    data = {"statement": name[1:], name: "3"}
    response = client.post(f"/assessment/{assessment.pk}/answer/", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert "not part of this assessment" in response.content.decode()
    assert not Answer.objects.exists()


def test_resuming_goes_to_the_first_step_with_unanswered_statements(version, people):
    client = signed_in(people["member"])
    assessment = start(client, "full")
    services.answer_save(assessment=assessment, statement=statement(version, "strategy-1"), value=3)
    services.answer_save(
        assessment=assessment, statement=statement(version, "strategy-2"), not_applicable=True
    )
    response = client.get(f"/assessment/{assessment.pk}/")
    assert response["Location"] == f"/assessment/{assessment.pk}/step/2/"
    for code in ("market-1", "market-2"):
        services.answer_save(assessment=assessment, statement=statement(version, code), value=2)
    response = client.get(f"/assessment/{assessment.pk}/")
    assert response["Location"] == f"/assessment/{assessment.pk}/review/"


def test_completing_with_answers_missing_shows_what_is_left(version, people):
    client = signed_in(people["member"])
    assessment = start(client, "full")
    services.answer_save(assessment=assessment, statement=statement(version, "strategy-1"), value=3)
    services.answer_save(assessment=assessment, statement=statement(version, "strategy-2"), value=3)
    page = text(client.get(f"/assessment/{assessment.pk}/review/"))
    assert "2 statements left" in page
    assert f'href="/assessment/{assessment.pk}/step/2/"' in page
    assert f'href="/assessment/{assessment.pk}/step/1/"' not in page
    assert "Suppliers know our plans a year ahead." in page
    response = client.post(f"/assessment/{assessment.pk}/review/")
    assert response.status_code == 400
    assert "2 statements are still unanswered" in response.content.decode()
    assessment.refresh_from_db()
    assert not assessment.is_completed


def test_the_results_show_the_scoring_modules_figures(version, people):
    """Overall score, level, per-dimension scores, strengths and gaps as scoring computes them."""
    client = signed_in(people["member"])
    assessment = start(client, "full")
    finish(client, assessment, {"strategy-1": 5, "strategy-2": 4, "market-1": 1, "market-2": 2})
    expected = selectors.assessment_result(assessment).result
    page = text(client.get(f"/assessment/{assessment.pk}/results/"))
    assert f'id="overall-score">{shown(expected.overall)}<' in page
    assert f'id="maturity-level">{expected.level.name}<' in page
    assert str(expected.level.meaning) in page
    for code, name in (("strategy", "Strategy and leadership"), ("market", "Market engagement")):
        score = shown(expected.dimension(code).score)
        assert f'<th scope="row">{name}</th> <td>{score}</td>' in page
    assert expected.strengths == ("strategy",) and expected.gaps == ("market",)
    assert re.search(r'id="strengths">[^<]*: Strategy and leadership\.', page)
    assert re.search(r'id="gaps">[^<]*: Market engagement\.', page)
    chart = charts.radar([("Strategy and leadership", 81.25), ("Market engagement", 12.5)])
    assert f'points="{chart.points}"' in page
    assert 'role="img"' in page and "Strategy and leadership: 81 out of 100" in page


def test_the_radar_points_lie_where_the_scores_say():
    """Four axes clockwise from the top: 100 at the edge, 50 halfway, 0 and none at the centre."""
    chart = charts.radar([("A", 100), ("B", 50), ("C", 0), ("D", None)])
    x, y = charts.CENTRE
    r = charts.RADIUS
    assert chart.points == (
        f"{x:.1f},{y - r:.1f} {x + r / 2:.1f},{y:.1f} {x:.1f},{y:.1f} {x:.1f},{y:.1f}"
    )
    assert chart.rings[-1] == (
        100,
        f"{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}",
    )
    assert [axis.anchor for axis in chart.axes] == ["middle", "start", "middle", "end"]


def test_radar_coordinates_are_not_localised(version, people):
    """A decimal comma would break the drawing in languages that write one."""
    client = signed_in(people["member"])
    assessment = start(client, "short")
    finish(client, assessment, {"strategy-1": 2, "market-1": 3})
    page = client.get(f"/lt/assessment/{assessment.pk}/results/").content.decode()
    assert re.search(r'<circle class="radar__point" cx="\d+\.\d" cy="\d+\.\d"', page)
    assert not re.search(r'c[xy]="\d+,\d"', page)


def publish_resource(people, title, stage):
    resource = library.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "guidance", "original_language": "en", "year": 2024},
        texts={"en": {"title": title, "summary": "How to do it.", "body": "Text."}},
        facets={"stage": [stage], "country": ["LT"]},
        submit=True,
    )
    library.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def test_weak_dimensions_get_next_steps_and_published_library_resources(version, people):
    publish_resource(people, "Open market consultation in practice", "market-consultation")
    library.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "guidance", "original_language": "en", "year": 2024},
        texts={"en": {"title": "Draft on market dialogue", "summary": "S.", "body": "B."}},
        facets={"stage": ["market-consultation"]},
    )
    client = signed_in(people["org_member"])
    assessment = start(client, "full")
    finish(client, assessment, {"strategy-1": 1, "strategy-2": 1, "market-1": 1, "market-2": 1})
    page = text(client.get(f"/assessment/{assessment.pk}/results/"))
    market = page[page.index('id="recommendation-') :]
    assert "Hold an open market consultation." in page
    assert "Name innovation procurement in the next strategy." in page
    assert "Open market consultation in practice" in market
    assert "Draft on market dialogue" not in page, "drafts are never recommended"
    assert "The library has nothing on this yet." in page, "the strategy stage has nothing"
    assert "/library/?q=innovation+procurement+strategy&amp;stage=needs" in page
    assert Resource.objects.count() == 2


def test_the_change_since_the_previous_assessment_is_shown(version, people):
    client = signed_in(people["member"])
    first = start(client, "full")
    finish(client, first, {"strategy-1": 1, "strategy-2": 1, "market-1": 3, "market-2": 3})
    second = start(client, "full")
    finish(client, second, {"strategy-1": 3, "strategy-2": 3, "market-1": 3, "market-2": 2})
    page = text(client.get(f"/assessment/{second.pk}/results/"))
    assert "Change since" in page
    assert f'href="/assessment/{first.pk}/results/"' in page
    assert "<td>+50</td>" in page and "<td>-13</td>" in page
    assert "Change since" not in text(client.get(f"/assessment/{first.pk}/results/"))


def test_a_visitor_keeps_their_result_after_signing_in(client, version, people):
    """The invitation leads through sign-in to the claim page, which makes the result theirs."""
    assessment = start(client)
    finish(client, assessment, {"strategy-1": 4, "market-1": 4})
    page = text(client.get(f"/assessment/{assessment.pk}/results/"))
    assert "/accounts/signup/?next=/assessment/keep/" in page
    assert client.get("/assessment/keep/")["Location"].startswith("/accounts/login/")
    client.force_login(people["member"])
    response = client.get("/assessment/keep/")
    assert response["Location"] == f"/assessment/{assessment.pk}/results/"
    assessment.refresh_from_db()
    assert assessment.user == people["member"] and assessment.anonymous_key == ""
    assert SESSION_KEY not in client.session
    page = text(client.get(response["Location"]))
    assert "Sign up to keep this result" not in page
    assert "Create a sharing link" in page


def test_the_claim_page_takes_nothing_that_is_not_in_the_session(client, version, people):
    stranger = Client()
    theirs = start(stranger)
    client.force_login(people["member"])
    response = client.get("/assessment/keep/", follow=True)
    assert "no assessment in this browser" in response.content.decode()
    theirs.refresh_from_db()
    assert theirs.user is None


def test_a_share_link_shows_the_result_until_it_is_withdrawn(version, people):
    owner = signed_in(people["member"])
    assessment = start(owner, "short")
    finish(owner, assessment, {"strategy-1": 4, "market-1": 2})
    assert (
        signed_in(people["other_member"])
        .post(f"/assessment/{assessment.pk}/share/", {"shared": "1"})
        .status_code
        == 404
    )
    owner.post(f"/assessment/{assessment.pk}/share/", {"shared": "1"})
    assessment.refresh_from_db()
    link = f"/assessment/shared/{assessment.share_token}/"
    assert link in text(owner.get(f"/assessment/{assessment.pk}/results/"))
    page = text(Client().get(link))
    assert "Self-assessment results" in page and 'id="overall-score">' in page
    assert "Stop sharing" not in page and "Create a sharing link" not in page
    owner.post(f"/assessment/{assessment.pk}/share/", {"shared": "0"})
    assert Client().get(link).status_code == 404
    assert Client().get("/assessment/shared/guess/").status_code == 404


def test_a_completed_assessment_goes_to_its_results_and_no_longer_changes(version, people):
    client = signed_in(people["member"])
    assessment = start(client, "short")
    finish(client, assessment, {"strategy-1": 4, "market-1": 2})
    results = f"/assessment/{assessment.pk}/results/"
    assert client.get(f"/assessment/{assessment.pk}/step/1/")["Location"] == results
    assert client.get(f"/assessment/{assessment.pk}/")["Location"] == results
    name = field(version, "market-1")
    data = {"statement": name[1:], name: "5"}
    response = client.post(f"/assessment/{assessment.pk}/answer/", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert "completed" in response.content.decode()
    assert answers_of(assessment)["market-1"] == 2


def test_pages_are_translated_with_content_falling_back_to_english(client, version):
    assessment = start(client)
    page = text(client.get(f"/de/assessment/{assessment.pk}/step/1/"))
    assert "Unsere Strategie nennt innovative Beschaffung." in page
    assert "We consult the market before tendering." in page
    assert "Stimme überhaupt nicht zu" in page
    assert client.get("/lt/assessment/").status_code == 200


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


def test_the_step_and_results_pages_cost_a_fixed_number_of_queries(version, people):
    """However many answers there are: the same queries for none and for all, short and full."""
    client = signed_in(people["member"])
    short = start(client, "short")
    finish(client, short, {"strategy-1": 1, "market-1": 1})
    full = start(client, "full")
    empty_step = count_queries(client, f"/assessment/{full.pk}/step/1/")
    finish(client, full, {"strategy-1": 1, "strategy-2": 1, "market-1": 1, "market-2": 1})
    other = start(client, "full")
    services.answer_save(assessment=other, statement=statement(version, "strategy-1"), value=1)
    services.answer_save(assessment=other, statement=statement(version, "strategy-2"), value=1)
    assert count_queries(client, f"/assessment/{other.pk}/step/1/") == empty_step
    count_queries(client, f"/assessment/{short.pk}/results/")  # the library's snapshot warms up
    short_results = count_queries(client, f"/assessment/{short.pk}/results/")
    # The full one also compares with nothing earlier of its variant: the same work.
    assert count_queries(client, f"/assessment/{full.pk}/results/") == short_results
    assert empty_step <= 10 and short_results <= 20
