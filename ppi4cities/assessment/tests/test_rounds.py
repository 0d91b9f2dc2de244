"""An organisation's rounds in pages: who sees and does what, starting, answering and closing a
round, the aggregate with its spread, and the peer benchmark with its five-organisation
threshold and opt-out; no colleague's own answers reach the page."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import client_for, make_organisation, make_person
from ppi4cities.assessment import scoring, selectors, services
from ppi4cities.assessment.models import Assessment, BenchmarkOptOut, Round, Variant

from .content import load_fake, statement

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]
COLLEAGUES = {
    "org_admin": {"strategy-1": 5, "strategy-2": 2, "market-1": "n/a", "market-2": 3},
    "org_member": {"strategy-1": 1, "strategy-2": 4, "market-1": "n/a", "market-2": 5},
}

ALL_THREES = {"strategy-1": 3, "strategy-2": 3, "market-1": 3, "market-2": 3}


@pytest.fixture
def version(people):
    return load_fake()


@pytest.fixture
def round(version, people):
    return services.round_start(
        organisation=people["organisation"],
        version=version,
        actor=people["org_admin"],
        title="Spring review",
        invitees=[people["org_member"]],
    )


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def answer_all(assessment, values) -> None:
    services.answers_save(
        assessment=assessment,
        answers=[
            (
                statement(assessment.version, code),
                None if value == "n/a" else value,
                value == "n/a",
            )
            for code, value in values.items()
        ],
    )


def take_part(round, user, values, complete=True) -> Assessment:
    assessment = services.assessment_start(
        version=round.version, variant=Variant.FULL, user=user, round=round
    )
    answer_all(assessment, values)
    if complete:
        services.assessment_complete(assessment=assessment)
    return assessment


def finished_round(version, *, name, kind="municipality", country="LT", values=None) -> Round:
    """Another organisation, its admin alone answers its round, and the round closes."""
    slug = re.sub(r"\W+", "-", name.lower())
    admin = make_person(f"admin@{slug}.example", f"Admin of {name}")
    organisation = make_organisation(admin, name=name, data={"kind": kind, "country": country})
    round = services.round_start(organisation=organisation, version=version, actor=admin)
    take_part(round, admin, values or ALL_THREES)
    return services.round_close(round=round, actor=admin)


# Who may do what ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "role, status",
    [
        ("anonymous", 404),
        ("member", 404),
        ("org_member", 200),
        ("other_member", 404),
        ("org_admin", 200),
        ("moderator", 404),
        ("staff", 404),
    ],
)
def test_only_the_organisations_members_see_its_round(people, round, role, status):
    """A round is found only by members of its organisation; to anyone else it does not exist."""
    assert client_for(people[role]).get(f"/assessment/rounds/{round.pk}/").status_code == status


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_answer_close_and_the_benchmark_choice(people, round, role):
    """Members may answer; only admins see the close form and the benchmark choice."""
    response = client_for(people[role]).get(f"/assessment/rounds/{round.pk}/")
    if role not in ("org_member", "org_admin"):
        assert response.status_code == 404
        return
    page = text(response)
    assert "Answer this round" in page
    assert ('id="close-round"' in page) == (role == "org_admin")
    assert ('id="benchmark-toggle"' in page) == (role == "org_admin")


@pytest.mark.parametrize("role", ["anonymous", "member", "other_member", "moderator", "staff"])
def test_outsiders_cannot_answer_close_or_opt_out(people, round, role):
    client = client_for(people[role])
    for action in ("answer", "close", "benchmark"):
        data = {"confirm": "1", "opted_out": "1"}
        response = client.post(f"/assessment/rounds/{round.pk}/{action}/", data)
        assert response.status_code == 404
    assert Round.objects.get(pk=round.pk).is_open
    assert not Assessment.objects.filter(round=round).exists()
    assert not BenchmarkOptOut.objects.exists()


def test_the_landing_page_lists_rounds_to_members_and_the_start_form_to_admins(people, round):
    admin_page = text(client_for(people["org_admin"]).get("/assessment/"))
    member_page = text(client_for(people["org_member"]).get("/assessment/"))
    other_page = text(client_for(people["other_member"]).get("/assessment/"))
    assert f'href="/assessment/rounds/{round.pk}/"' in admin_page
    assert f'href="/assessment/rounds/{round.pk}/"' in member_page
    assert "Spring review" not in other_page
    assert 'id="start-round"' in admin_page
    assert 'id="start-round"' not in member_page


# Start, answer, close -------------------------------------------------------------------------


def test_an_admin_starts_a_round_with_or_without_a_title(people, version):
    client = client_for(people["org_admin"])
    organisation = people["organisation"]
    response = client.post(
        "/assessment/rounds/start/", {"organisation": organisation.pk, "title": "Team A"}
    )
    round = Round.objects.get(title="Team A")
    assert response["Location"] == f"/assessment/rounds/{round.pk}/"
    assert (round.organisation, round.version, round.started_by) == (
        organisation,
        version,
        people["org_admin"],
    )
    client.post("/assessment/rounds/start/", {"organisation": organisation.pk, "title": ""})
    assert Round.objects.filter(title__startswith="Self-assessment of").count() == 1


@pytest.mark.parametrize("role", ["org_member", "other_member"])
def test_no_one_starts_a_round_for_an_organisation_they_do_not_administer(people, version, role):
    response = client_for(people[role]).post(
        "/assessment/rounds/start/", {"organisation": people["organisation"].pk, "title": "X"}
    )
    assert response.status_code == 400
    assert "only for an organisation you administer" in text(response)
    assert not Round.objects.exists()


def test_starting_a_round_needs_an_account(people, version):
    response = Client().post("/assessment/rounds/start/", {"organisation": 1})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Round.objects.exists()


def test_a_colleague_answers_through_the_step_pages_and_resumes(people, round):
    client = client_for(people["org_member"])
    response = client.post(f"/assessment/rounds/{round.pk}/answer/")
    assessment = Assessment.objects.get(round=round, user=people["org_member"])
    assert response["Location"] == f"/assessment/{assessment.pk}/"
    assert client.get(response["Location"])["Location"] == f"/assessment/{assessment.pk}/step/1/"
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert "Continue answering this round" in page
    client.post(f"/assessment/rounds/{round.pk}/answer/")
    assert Assessment.objects.filter(round=round).count() == 1
    answer_all(assessment, COLLEAGUES["org_member"])
    client.post(f"/assessment/{assessment.pk}/review/")
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert "You have completed this round" in page
    assert "1 colleague has completed this round." in page


def test_the_admin_closes_the_round_once_with_confirmation(people, round):
    client = client_for(people["org_admin"])
    response = client.post(f"/assessment/rounds/{round.pk}/close/")
    assert response.status_code == 400 and "Tick the box" in text(response)
    assert Round.objects.get(pk=round.pk).is_open
    response = client.post(f"/assessment/rounds/{round.pk}/close/", {"confirm": "1"})
    assert response["Location"] == f"/assessment/rounds/{round.pk}/"
    assert not Round.objects.get(pk=round.pk).is_open
    again = client.post(f"/assessment/rounds/{round.pk}/close/", {"confirm": "1"})
    assert again.status_code == 400 and "already closed" in text(again)


def test_a_member_who_is_not_admin_cannot_close(people, round):
    response = client_for(people["org_member"]).post(
        f"/assessment/rounds/{round.pk}/close/", {"confirm": "1"}
    )
    assert response.status_code == 403
    assert "admins close a round." in text(response)
    assert Round.objects.get(pk=round.pk).is_open


def test_no_one_answers_a_closed_round(people, round):
    services.round_close(round=round, actor=people["org_admin"])
    client = client_for(people["org_member"])
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert "Answer this round" not in page and "This round is closed" in page
    response = client.post(f"/assessment/rounds/{round.pk}/answer/")
    assert response.status_code == 400 and "This round is closed." in text(response)
    assert not Assessment.objects.filter(round=round).exists()


# The aggregate --------------------------------------------------------------------------------


def test_the_aggregate_shows_only_once_someone_has_completed(people, round):
    take_part(round, people["org_admin"], COLLEAGUES["org_admin"], complete=False)
    page = text(client_for(people["org_member"]).get(f"/assessment/rounds/{round.pk}/"))
    assert "0 colleagues have completed this round." in page
    assert 'id="overall-score"' not in page and 'id="statements"' not in page


def test_the_aggregate_equals_scoring_aggregate(people, round, version):
    """The figures on the page are those of scoring.aggregate over the colleagues' answers."""
    for role, values in COLLEAGUES.items():
        take_part(round, people[role], values)
    dimensions = selectors.version_dimensions(version)
    answer_sets = [
        {code: (scoring.NOT_APPLICABLE if value == "n/a" else value) for code, value in v.items()}
        for v in COLLEAGUES.values()
    ]
    expected = scoring.aggregate(selectors.structure(version, dimensions), answer_sets)
    page = text(client_for(people["org_member"]).get(f"/assessment/rounds/{round.pk}/"))
    assert "2 colleagues have completed this round." in page
    assert f'id="overall-score">{round_half(expected.result.overall)}<' in page
    for code in ("strategy", "market"):
        assert f"<td>{round_half(expected.result.dimension(code).score)}</td>" in page
    strategy = expected.spread("strategy-1")
    assert (strategy.mean, strategy.minimum, strategy.maximum, strategy.std_dev) == (3, 1, 5, 2)
    row = re.search(r"Our strategy names innovation procurement\..*?</tr>", page)[0]
    assert "<td>3.0</td>" in row and "<td>1–5</td>" in row and "<td>2.0</td>" in row
    # 5 and 1 lie four points apart: the colleagues disagree; 2 and 4 do not.
    assert "Colleagues disagree" in row
    leaders = re.search(r"Our leaders support pilots\..*?</tr>", page)[0]
    assert "Colleagues disagree" not in leaders and "<td>2–4</td>" in leaders
    market = re.search(r"We consult the market before tendering\..*?</tr>", page)[0]
    assert "no answer" in market and "(2 not applicable)" in market


def round_half(score) -> str:
    """A score as the pages write it: a whole number, halves rounded up."""
    return str(Decimal(str(score)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def test_no_colleague_sees_anothers_answers(people, round):
    """The page holds means and spreads only; each colleague's own result stays theirs."""
    admin = take_part(round, people["org_admin"], COLLEAGUES["org_admin"])
    take_part(round, people["org_member"], COLLEAGUES["org_member"])
    client = client_for(people["org_member"])
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert f"/assessment/{admin.pk}/" not in page
    assert "Ona Admin" not in page and "admin@city.example" not in page
    assert client.get(f"/assessment/{admin.pk}/results/").status_code == 404


# The peer benchmark ---------------------------------------------------------------------------


def test_four_peers_give_a_message_and_five_give_figures(people, round, version):
    take_part(round, people["org_admin"], COLLEAGUES["org_admin"])
    for number in range(4):
        finished_round(version, name=f"Peer town {number}")
    client = client_for(people["org_member"])
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert "Too few organisations of this type yet to compare: 4 of 5." in page
    assert "Median" not in page
    # An NGO in the same country joins the country's group, not the type's; one abroad, neither.
    finished_round(version, name="Civic lab", kind="ngo")
    finished_round(version, name="Riga", kind="ngo", country="LV")
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert "Too few organisations of this type yet to compare: 4 of 5." in page
    assert "Too few organisations in this country" not in page
    assert "Scores out of 100 of 5 organisations" in page
    finished_round(
        version,
        name="Peer town 4",
        values={"strategy-1": 5, "strategy-2": 5, "market-1": "n/a", "market-2": "n/a"},
    )
    page = text(client.get(f"/assessment/rounds/{round.pk}/"))
    assert "Too few organisations of this type" not in page
    table = re.search(r'id="benchmark-kind".*?</table>', page)[0]
    assert "Scores out of 100 of 5 organisations" in table
    # Four peers score 50 in strategy and one 100: the quartiles are 50, 50, 50.
    assert "<td>50</td> <td>50</td> <td>50</td>" in table
    assert "Too few organisations in this country" not in page
    # A municipality gives no company size, so it has no size group.
    assert "Your organisation's profile does not give this" in page


def test_an_open_round_or_an_unfinished_one_does_not_count(people, round, version):
    for number in range(4):
        finished_round(version, name=f"Peer town {number}")
    admin = make_person("admin@late.example")
    late = make_organisation(admin, name="Late town")
    open_round = services.round_start(organisation=late, version=version, actor=admin)
    take_part(open_round, admin, ALL_THREES)
    # A round closed before anyone completed it has no result to compare.
    quiet = make_person("admin@quiet.example")
    quiet_round = services.round_start(
        organisation=make_organisation(quiet, name="Quiet town"), version=version, actor=quiet
    )
    take_part(quiet_round, quiet, ALL_THREES, complete=False)
    services.round_close(round=quiet_round, actor=quiet)
    peers = selectors.peer_benchmark([], organisation=people["organisation"], group="kind")
    assert (peers.organisations, peers.benchmark) == (4, None)


def test_an_organisation_that_opts_out_leaves_others_benchmarks(people, round, version):
    take_part(round, people["org_admin"], COLLEAGUES["org_admin"])
    peers = [finished_round(version, name=f"Peer town {number}") for number in range(5)]
    leaving = peers[0].organisation
    assert selectors.peer_benchmark([], organisation=people["organisation"], group="kind").benchmark
    leaver = client_for(leaving.memberships.get().user)
    response = leaver.post(f"/assessment/rounds/{peers[0].pk}/benchmark/", {"opted_out": "1"})
    assert response.status_code == 302
    assert BenchmarkOptOut.objects.filter(organisation=leaving).exists()
    page = text(client_for(people["org_member"]).get(f"/assessment/rounds/{round.pk}/"))
    assert "Too few organisations of this type yet to compare: 4 of 5." in page
    leaver.post(f"/assessment/rounds/{peers[0].pk}/benchmark/", {"opted_out": "0"})
    assert not BenchmarkOptOut.objects.exists()


def test_only_admins_opt_out(people, round):
    response = client_for(people["org_member"]).post(
        f"/assessment/rounds/{round.pk}/benchmark/", {"opted_out": "1"}
    )
    assert response.status_code == 403
    assert not BenchmarkOptOut.objects.exists()


def test_the_benchmarks_query_count_does_not_grow_with_the_group(people, version):
    for number in range(5):
        finished_round(version, name=f"Peer town {number}")
    dimensions = selectors.version_dimensions(version)
    organisation = people["organisation"]

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            peers = selectors.peer_benchmark(dimensions, organisation=organisation, group="kind")
        assert peers.benchmark is not None
        return len(captured)

    few = queries()
    for number in range(5, 12):
        finished_round(version, name=f"Peer town {number}")
    assert queries() == few


def test_an_unknown_group_is_refused(people):
    with pytest.raises(ValueError):
        selectors.peer_benchmark([], organisation=people["organisation"], group="colour")
