"""The pages of partner search: lists and their filters, the call page, forms and their errors."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import client_for, make_organisation, make_person
from ppi4cities.accounts.models import Role
from ppi4cities.accounts.services import _add_member
from ppi4cities.community.messaging.models import Conversation
from ppi4cities.community.partners import services
from ppi4cities.community.partners.models import Interest, PartnerCall

from .conftest import expire, in_days, make_call

pytestmark = pytest.mark.django_db


def form_data(organisation, **changes):
    data = {
        "organisation": organisation.pk,
        "title": "Joint procurement of electric buses",
        "purpose": "joint-procurement",
        "programme": "",
        "call_name": "",
        "description": "Three cities buying **electric buses** together.",
        "language": "en",
        "deadline": in_days(20).isoformat(),
        "partner_kinds": ["municipality", "regional-authority"],
        "countries": ["LV", "LT"],
        "themes": ["mobility"],
        "expertise": "electric buses, joint procurement",
    }
    data.update(changes)
    return data


def test_a_member_posts_a_call_through_the_form(people):
    client = client_for(people["org_member"])
    response = client.post(reverse("partners:call_create"), form_data(people["organisation"]))
    call = PartnerCall.objects.get()
    assert response.status_code == 302
    assert response["Location"] == call.get_absolute_url()
    page = client.get(call.get_absolute_url()).content.decode()
    assert "<strong>electric buses</strong>" in page
    assert "Latvia" in page and "Regional authority" in page
    assert "Open until" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"deadline": in_days(-1).isoformat()}, "The deadline cannot be in the past."),
        ({"title": ""}, "This field is required."),
        ({"countries": ["XX"]}, "Select a valid choice."),
        ({"deadline": "next tuesday"}, "Enter a valid date."),
    ],
)
def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(people, changes, message):
    client = client_for(people["org_member"])
    data = form_data(people["organisation"], **changes)
    response = client.post(reverse("partners:call_create"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PartnerCall.objects.exists()


def test_posting_for_another_organisation_is_refused_on_the_form(people):
    client = client_for(people["org_member"])
    response = client.post(reverse("partners:call_create"), form_data(people["other_organisation"]))
    assert response.status_code == 400
    assert not PartnerCall.objects.exists()


def test_a_member_of_no_organisation_is_told_to_join_one(people):
    response = client_for(people["member"]).get(reverse("partners:call_create"))
    assert response.status_code == 403
    assert "Join or create one first" in response.content.decode()


def test_the_rate_limit_keeps_what_was_typed(settings, people):
    settings.POSTING_RATE_LIMITS_ENABLED = True
    client = client_for(people["org_member"])
    for number in range(2):
        client.post(
            reverse("partners:call_create"), form_data(people["organisation"], title=f"N{number}")
        )
    response = client.post(
        reverse("partners:call_create"), form_data(people["organisation"], title="Third call")
    )
    assert response.status_code == 429
    page = response.content.decode()
    assert "You have done this too often for now" in page
    assert 'value="Third call"' in page


def test_interest_through_the_page_lands_in_the_conversation(people, call):
    client = client_for(people["other_member"])
    response = client.post(
        reverse("partners:interest", args=[call.pk]),
        {"message": "We would join.", "organisation": people["other_organisation"].pk},
    )
    conversation = Conversation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == conversation.get_absolute_url()
    page = client.get(call.get_absolute_url()).content.decode()
    assert "You expressed interest on" in page
    assert 'id="express-interest"' not in page


def test_an_empty_interest_message_is_shown_next_to_the_field(people, call):
    response = client_for(people["member"]).post(
        reverse("partners:interest", args=[call.pk]), {"message": ""}
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not Interest.objects.exists()


def test_interest_in_an_expired_call_is_refused_with_a_message(people, call):
    expire(call)
    response = client_for(people["member"]).post(
        reverse("partners:interest", args=[call.pk]), {"message": "Hello"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "no longer takes expressions of interest" in page
    assert not Interest.objects.exists()


def test_a_closed_call_says_when_it_closed_and_leaves_the_open_list(people, call):
    expire(call)
    listing = client_for(None).get(reverse("partners:calls")).content.decode()
    assert call.title not in listing
    closed = client_for(None).get(reverse("partners:calls"), {"status": "closed"}).content.decode()
    assert call.title in closed
    assert f"Closed on {call.deadline.day} " in closed


def test_the_author_closes_the_call_from_its_page(people, call):
    client = client_for(people["org_member"])
    response = client.post(reverse("partners:call_close", args=[call.pk]), {})
    assert response.status_code == 302
    page = client.get(call.get_absolute_url()).content.decode()
    assert "Closed on" in page
    assert "Close this call" not in page


def test_the_author_edits_the_call(people, call):
    client = client_for(people["org_member"])
    page = client.get(reverse("partners:call_edit", args=[call.pk])).content.decode()
    assert "Interreg Baltic Sea Region" in page
    data = form_data(people["organisation"], title="Renamed call")
    del data["organisation"]
    response = client.post(reverse("partners:call_edit", args=[call.pk]), data)
    assert response.status_code == 302
    call.refresh_from_db()
    assert call.title == "Renamed call"


def test_the_calls_list_filters(people, call):
    tartu = make_call(
        people["other_member"],
        people["other_organisation"],
        data={"title": "Study visit to Tartu", "purpose": "study-visit"},
        partner_kinds=[],
        countries=[],
        themes=["social"],
        expertise=[],
    )
    client = client_for(None)

    def titles(**params):
        page = client.get(reverse("partners:calls"), params).content.decode()
        return {c.title for c in (call, tartu) if c.title in page}

    assert titles() == {call.title, tartu.title}
    assert titles(purpose="study-visit") == {tartu.title}
    # Calls that name no type or country match every choice.
    assert titles(kind="company") == {tartu.title}
    assert titles(country="FI") == {call.title, tartu.title}
    assert titles(country="SE") == {tartu.title}
    assert titles(theme="energy") == {call.title}
    assert titles(expertise="Smart lighting") == {call.title}
    assert titles(q="Tartu") == {tartu.title}
    assert titles(kind="nonsense", country="??") == {call.title, tartu.title}


def test_find_partners_shows_matching_calls_and_organisations(people, call):
    """Tartu is an Estonian municipality, and the call seeks Estonian municipalities."""
    page = (
        client_for(None)
        .get(reverse("partners:find"), {"kind": "municipality", "country": "EE"})
        .content.decode()
    )
    calls, organisations = page.split('id="matching-organisations"')
    assert call.title in calls
    assert "Tartu City Government" in organisations
    assert "Panevėžys City Municipality" not in organisations
    filtered = client_for(None).get(reverse("partners:find"), {"expertise": "nothing-like-this"})
    assert call.title not in filtered.content.decode()


def _many(people, count):
    for number in range(count):
        person = make_person(f"caller{number}@city{count}.example", f"Caller {number}")
        organisation = make_organisation(person, name=f"City {count}-{number}")
        call = make_call(person, organisation, data={"title": f"Call {count}-{number}"})
        services.interest_express(call=call, person=people["member"], message="Interested.")


@pytest.mark.parametrize("name", ["partners:find", "partners:calls"])
def test_lists_make_the_same_number_of_queries_at_two_sizes(people, name):
    """Cards, themes and organisations come in a fixed number of queries."""
    client = client_for(people["member"])
    counts = []
    for size in (2, 8):
        _many(people, size)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(name)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[0] <= 14


def test_the_call_page_makes_the_same_number_of_queries_with_more_interests(people, call):
    client = client_for(people["org_member"])
    counts = []
    for number in range(2):
        for extra in range(3):
            person = make_person(f"p{number}{extra}@x.example", f"Person {number}{extra}")
            organisation = make_organisation(person, name=f"Org {number}{extra}")
            _add_member(organisation, person, Role.MEMBER)
            services.interest_express(
                call=call, person=person, message="Hello.", organisation=organisation
            )
        with CaptureQueriesContext(connection) as queries:
            assert client.get(call.get_absolute_url()).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
