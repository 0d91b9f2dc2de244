"""Recommendations for each gap: guidance and other library resources in separate lists, and
peers to ask — people who scored high on the dimension and agreed to be contacted, never with
their figures, never to anonymous readers."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conftest import make_organisation, make_person
from ppi4cities.accounts.models import ProfileVisibility
from ppi4cities.assessment import selectors, services
from ppi4cities.assessment.models import PeerContactOptIn, Variant
from ppi4cities.library import services as library
from ppi4cities.library.vocabularies import ResourceType

from .content import load_fake
from .test_rounds import answer_all, text

pytestmark = pytest.mark.django_db

HIGH_STRATEGY = {"strategy-1": 5, "strategy-2": 5, "market-1": 1, "market-2": 1}
ALL_LOW = {"strategy-1": 1, "strategy-2": 1, "market-1": 1, "market-2": 1}


@pytest.fixture
def version(people):
    return load_fake()


def completed(version, user, values, **kind):
    assessment = services.assessment_start(version=version, variant=Variant.FULL, user=user, **kind)
    answer_all(assessment, values)
    return services.assessment_complete(assessment=assessment)


def peer(version, email, name, values=HIGH_STRATEGY, *, contactable=True, **extra):
    person = make_person(email, name, **extra)
    completed(version, person, values)
    if contactable:
        services.peer_contact_set(user=person, contactable=True)
    return person


def peers_of(version, viewer, **options) -> dict:
    dimensions = selectors.version_dimensions(version)
    found = selectors.contactable_peers(dimensions, viewer=viewer, **options)
    return {code: [p.person.full_name for p in people] for code, people in found.items()}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# The selector ---------------------------------------------------------------------------------


def test_only_high_scorers_who_agreed_appear(version, people):
    """A high scorer who agreed appears on that dimension only; one who did not agree, and a
    low scorer, never do."""
    peer(version, "ada@peer.example", "Ada Agreed")
    peer(version, "sam@peer.example", "Sam Silent", contactable=False)
    peer(version, "lou@peer.example", "Lou Low", ALL_LOW)
    assert peers_of(version, people["member"]) == {"strategy": ["Ada Agreed"], "market": []}


def test_someone_who_stops_agreeing_vanishes(version, people):
    ada = peer(version, "ada@peer.example", "Ada Agreed")
    services.peer_contact_set(user=ada, contactable=False)
    assert peers_of(version, people["member"])["strategy"] == []
    assert not PeerContactOptIn.objects.exists()


def test_only_the_latest_full_assessment_counts(version, people):
    ada = peer(version, "ada@peer.example", "Ada Agreed")
    completed(version, ada, ALL_LOW)
    assert peers_of(version, people["member"])["strategy"] == []


def test_the_viewer_and_their_organisations_members_are_left_out(version, people):
    """Nobody is told to ask themselves; a round's result leaves out its own colleagues."""
    completed(version, people["org_member"], HIGH_STRATEGY)
    services.peer_contact_set(user=people["org_member"], contactable=True)
    assert peers_of(version, people["org_member"])["strategy"] == []
    assert peers_of(version, people["member"])["strategy"] == ["Petras Member"]
    assert (
        peers_of(version, people["org_admin"], exclude_organisation=people["organisation"])[
            "strategy"
        ]
        == []
    )


def test_a_peer_shows_their_organisation(version, people):
    completed(version, people["org_member"], HIGH_STRATEGY)
    services.peer_contact_set(user=people["org_member"], contactable=True)
    [found] = selectors.contactable_peers(
        selectors.version_dimensions(version), viewer=people["member"]
    )["strategy"]
    assert found.organisation_name == people["organisation"].name


def test_a_round_assessment_counts_as_the_persons(version, people):
    round = services.round_start(
        organisation=people["organisation"], version=version, actor=people["org_admin"]
    )
    completed(version, people["org_admin"], HIGH_STRATEGY, round=round)
    services.peer_contact_set(user=people["org_admin"], contactable=True)
    assert peers_of(version, people["member"])["strategy"] == ["Ona Admin"]


def test_anonymous_visitors_get_no_peers_and_members_only_profiles_stay_hidden(version, people):
    """Signed in without a confirmed address, one sees only public profiles; anonymous, none."""
    peer(version, "ada@peer.example", "Ada Public", visibility=ProfileVisibility.PUBLIC)
    peer(version, "mo@peer.example", "Mo Membersonly", visibility=ProfileVisibility.MEMBERS)
    assert peers_of(version, None)["strategy"] == []
    assert peers_of(version, people["unverified"])["strategy"] == ["Ada Public"]
    assert sorted(peers_of(version, people["member"])["strategy"]) == [
        "Ada Public",
        "Mo Membersonly",
    ]


def test_inactive_people_are_left_out(version, people):
    ada = peer(version, "ada@peer.example", "Ada Agreed")
    ada.is_active = False
    ada.save()
    assert peers_of(version, people["member"])["strategy"] == []


def test_finding_peers_costs_the_same_queries_however_many_people(version, people):
    dimensions = selectors.version_dimensions(version)

    def count() -> int:
        viewer = type(people["member"]).objects.get(pk=people["member"].pk)
        with CaptureQueriesContext(connection) as queries:
            selectors.contactable_peers(dimensions, viewer=viewer, limit=50)
        return len(queries)

    peer(version, "p0@peer.example", "Peer 0")
    few = count()
    for number in range(1, 8):
        organisation_admin = peer(version, f"p{number}@peer.example", f"Peer {number}")
        make_organisation(organisation_admin, name=f"Peer organisation {number}")
    assert count() == few
    assert len(peers_of(version, people["member"], limit=50)["strategy"]) == 8


# Guidance and other resources -----------------------------------------------------------------


def resource(people, title, kind, *, publish=True):
    created = library.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": kind, "original_language": "en", "year": 2024},
        texts={"en": {"title": title, "summary": "How to do it.", "body": "Text."}},
        facets={"stage": ["market-consultation"], "country": ["LT"]},
        submit=publish,
    )
    if publish:
        library.resource_approve(resource=created, actor=people["moderator"])
    return created


def test_resources_are_found_by_kind(version, people):
    guide = resource(people, "Guide to market dialogue", ResourceType.GUIDANCE)
    template = resource(people, "Template for a prior information notice", ResourceType.TEMPLATE)
    resource(people, "Draft guide", ResourceType.GUIDANCE, publish=False)
    market = next(d for d in selectors.version_dimensions(version) if d.code == "market")
    assert list(selectors.recommended_resources(market, kinds=[ResourceType.GUIDANCE])) == [guide]
    assert list(selectors.recommended_resources(market, kinds=[ResourceType.TEMPLATE])) == [
        template
    ]
    assert set(selectors.recommended_resources(market)) == {guide, template}


def test_the_results_page_separates_guidance_from_templates_tools_and_cases(version, people):
    resource(people, "Guide to market dialogue", ResourceType.GUIDANCE)
    resource(people, "Template for a prior information notice", ResourceType.TEMPLATE)
    resource(people, "Draft guide", ResourceType.GUIDANCE, publish=False)
    assessment = completed(version, people["member"], ALL_LOW)
    page = text(signed_in(people["member"]).get(f"/assessment/{assessment.pk}/results/"))
    market = page[page.index("Hold an open market consultation.") :]
    guidance = market[market.index(">Guidance</h4>") : market.index(">Templates, tools")]
    others = market[market.index(">Templates, tools and cases</h4>") : market.index(">Peers")]
    assert "Guide to market dialogue" in guidance and "Template for" not in guidance
    assert "Template for a prior information notice" in others and "Guide to" not in others
    assert "Draft guide" not in page


# Pages ----------------------------------------------------------------------------------------


def test_the_results_page_names_peers_without_their_figures(version, people):
    ada = peer(version, "ada@peer.example", "Ada Agreed")
    assessment = completed(version, people["member"], ALL_LOW)
    page = text(signed_in(people["member"]).get(f"/assessment/{assessment.pk}/results/"))
    strategy = page[page.index('id="peers-') : page.index("</ul>", page.index('id="peers-'))]
    assert f'<a href="{ada.get_absolute_url()}">Ada Agreed</a>' in strategy
    assert "scored high on this dimension" in strategy
    assert "100" not in strategy


def test_a_shared_result_shows_no_peers_to_anonymous_readers(version, people):
    peer(version, "ada@peer.example", "Ada Agreed")
    assessment = completed(version, people["member"], ALL_LOW)
    services.assessment_share(assessment=assessment, actor=people["member"], shared=True)
    page = text(Client().get(f"/assessment/shared/{assessment.share_token}/"))
    assert "Peers to ask" in page
    assert "Ada Agreed" not in page
    assert "to see members who scored high here" in page


def test_a_person_agrees_and_stops_agreeing_from_their_results(version, people):
    assessment = completed(version, people["member"], ALL_LOW)
    client = signed_in(people["member"])
    results = f"/assessment/{assessment.pk}/results/"
    page = text(client.get(results))
    assert "never see your scores or answers" in page
    assert "You are not shown to others as a peer to ask." in page
    response = client.post("/assessment/peer-contact/", {"contactable": "1", "next": results})
    assert response["Location"] == results + "#peer-contact"
    assert PeerContactOptIn.objects.filter(user=people["member"]).exists()
    assert "You agree to be named as a peer to ask." in text(client.get(results))
    client.post("/assessment/peer-contact/", {"contactable": "0", "next": "https://evil.example/"})
    assert not PeerContactOptIn.objects.exists()


def test_the_landing_page_offers_the_choice_to_members_only(version, people):
    assert 'id="peer-contact"' in text(signed_in(people["member"]).get("/assessment/"))
    assert 'id="peer-contact"' not in text(Client().get("/assessment/"))
    assert 'id="peer-contact"' not in text(signed_in(people["unverified"]).get("/assessment/"))


@pytest.mark.parametrize("role, status", [("anonymous", 302), ("unverified", 403), ("member", 302)])
def test_only_members_agree_to_be_contacted(people, role, status):
    client = Client()
    if people[role] is not None:
        client.force_login(people[role])
    response = client.post("/assessment/peer-contact/", {"contactable": "1"})
    assert response.status_code == status
    assert PeerContactOptIn.objects.exists() is (role == "member")
    if role == "member":
        assert response["Location"] == "/assessment/#peer-contact"


def test_bad_input_to_the_choice_is_refused(people):
    response = signed_in(people["member"]).post("/assessment/peer-contact/", {"contactable": "x"})
    assert response.status_code == 400
    assert not PeerContactOptIn.objects.exists()
