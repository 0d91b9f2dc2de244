"""Calls for an organisation's dashboard, and partner search in the privacy download."""

import pytest
from django.utils import timezone

from conftest import make_organisation, make_person
from ppi4cities.accounts.selectors import account_export
from ppi4cities.community.partners import services
from ppi4cities.community.partners.selectors import calls_matching_organisation

from .conftest import expire, make_call

pytestmark = pytest.mark.django_db


def test_calls_matching_an_organisation(people, call):
    """Tartu (an Estonian municipality with mobility and digital themes) sees calls that seek
    its kind and country and share a theme, or name none; never its own or closed ones."""
    tartu = people["other_organisation"]
    assert calls_matching_organisation(tartu) == []  # energy and smart city only
    call.themes.set(tartu.themes.all()[:1])
    assert calls_matching_organisation(tartu) == [call]
    open_to_all = make_call(
        people["org_admin"], people["organisation"], partner_kinds=[], countries=[], themes=[]
    )
    assert set(calls_matching_organisation(tartu)) == {call, open_to_all}
    seeking_companies = make_call(
        people["org_admin"], people["organisation"], partner_kinds=["company"], themes=[]
    )
    assert seeking_companies not in calls_matching_organisation(tartu)
    assert calls_matching_organisation(people["organisation"]) == []
    expire(call)
    open_to_all.hidden_at = timezone.now()
    open_to_all.save(update_fields=["hidden_at"])
    assert calls_matching_organisation(tartu) == []


def test_the_limit_is_respected(people):
    author = make_person("swede@city.example", "Sven Example")
    sweden = make_organisation(author, name="Malmö", data={"country": "SE"})
    for number in range(4):
        make_call(author, sweden, data={"title": f"Call {number}"}, themes=[], countries=[])
    assert len(calls_matching_organisation(people["organisation"], limit=3)) == 3


def test_the_privacy_download_holds_calls_and_interests(people, call):
    services.interest_express(call=call, person=people["member"], message="Count me in.")
    author = account_export(people["org_member"])["partner_search"]
    assert [item["title"] for item in author["partner_calls"]] == [call.title]
    member = account_export(people["member"])["partner_search"]
    assert member["partner_interests"][0]["message"] == "Count me in."
