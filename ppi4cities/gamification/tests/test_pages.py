"""The My progress, PPI journey and leaderboard pages, for each role."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from ppi4cities.accounts.models import ProfileVisibility
from ppi4cities.gamification.models import JourneyConfirmation, LeaderboardOptIn
from ppi4cities.gamification.services import journey_step_confirm, leaderboard_opt_in

from .helpers import pilot, resource

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "org_member", "other_member", "org_admin", "moderator", "staff"]


def _client(people, role, *, csrf=False):
    client = Client(enforce_csrf_checks=csrf)
    if people[role] is not None:
        client.force_login(people[role])
    return client


def _journey_url(people, name="journey"):
    return reverse(f"gamification:{name}", args=[people["organisation"].slug])


# My progress ----------------------------------------------------------------------------------


def test_my_progress_asks_anonymous_visitors_to_sign_in(client):
    response = client.get(reverse("gamification:progress"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_my_progress_shows_points_per_action_badges_and_what_is_left(people, commit):
    with commit():
        resource(people)
    client = _client(people, "org_member")
    page = client.get(reverse("gamification:progress")).content.decode()
    assert "10 points" in page
    assert "A library resource you submitted was approved" in page
    assert "Library contributor" in page and "1 of 5 towards Silver" in page
    assert '<progress max="5" value="1"' in page
    assert "Badges to earn" in page and "Pilot sharer" in page
    assert _journey_url(people) in page
    assert reverse("gamification:leaderboard") in page


def test_a_person_opts_in_and_out_on_my_progress(people):
    client = _client(people, "member")
    url = reverse("gamification:progress_appear")
    response = client.post(url, {"appear": "yes"})
    assert response.status_code == 302
    assert LeaderboardOptIn.objects.filter(user=people["member"]).exists()
    assert "You appear on the leaderboard." in client.get(response["Location"]).content.decode()
    client.post(url, {"appear": "no"})
    assert not LeaderboardOptIn.objects.exists()


def test_a_bad_choice_is_refused_with_a_message(people):
    response = _client(people, "member").post(
        reverse("gamification:progress_appear"), {"appear": "maybe"}
    )
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert not LeaderboardOptIn.objects.exists()


def test_an_unverified_person_cannot_opt_in(people):
    response = _client(people, "unverified").post(
        reverse("gamification:progress_appear"), {"appear": "yes"}
    )
    assert response.status_code == 403
    assert not LeaderboardOptIn.objects.exists()


def test_opting_in_needs_the_csrf_token(people):
    client = _client(people, "member", csrf=True)
    response = client.post(reverse("gamification:progress_appear"), {"appear": "yes"})
    assert response.status_code == 403
    assert not LeaderboardOptIn.objects.exists()


def test_opting_in_is_a_post(people):
    response = _client(people, "member").get(reverse("gamification:progress_appear"))
    assert response.status_code == 405


# The PPI journey ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_the_journey_and_only_admins_see_the_forms(people, role):
    response = _client(people, role).get(_journey_url(people))
    page = response.content.decode()
    assert response.status_code == 200
    assert "0 of 6 milestones" in page and "Team trained" in page
    admin = role in ("org_admin", "staff")
    assert ('id="confirm-team-trained"' in page) is admin
    assert ("Show the organisation on the leaderboard" in page) is admin


def test_an_unknown_organisation_has_no_journey(client):
    response = client.get(reverse("gamification:journey", args=["nowhere"]))
    assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_only_admins_confirm_a_step(people, role):
    response = _client(people, role).post(
        _journey_url(people, "confirm"), {"step": "team-trained", "note": "Course in May"}
    )
    if role in ("org_admin", "staff"):
        assert response.status_code == 302
        page = _client(people, "anonymous").get(_journey_url(people)).content.decode()
        assert "1 of 6 milestones" in page and "Course in May" in page
        assert "Confirmed by the organisation:" in page
    else:
        assert response.status_code in (302, 403)
        if role == "anonymous":
            assert "/accounts/login/" in response["Location"]
        assert not JourneyConfirmation.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_only_admins_withdraw_a_confirmation(people, role):
    journey_step_confirm(
        actor=people["org_admin"], organisation=people["organisation"], step="team-trained"
    )
    _client(people, role).post(_journey_url(people, "withdraw"), {"step": "team-trained"})
    assert JourneyConfirmation.objects.exists() is (role not in ("org_admin", "staff"))


@pytest.mark.parametrize(
    "data, message",
    [
        ({"step": "world-peace"}, "Select a valid choice"),
        ({"step": "team-trained", "note": "x" * 501}, "at most 500 characters"),
    ],
)
def test_a_bad_confirmation_is_refused_next_to_the_field(people, data, message):
    response = _client(people, "org_admin").post(_journey_url(people, "confirm"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not JourneyConfirmation.objects.exists()


def test_confirming_twice_is_refused(people):
    client = _client(people, "org_admin")
    client.post(_journey_url(people, "confirm"), {"step": "team-trained"})
    response = client.post(_journey_url(people, "confirm"), {"step": "team-trained"})
    assert response.status_code == 400
    assert "already confirmed" in response.content.decode()


def test_withdrawing_what_is_not_confirmed_is_refused(people):
    response = _client(people, "org_admin").post(
        _journey_url(people, "withdraw"), {"step": "team-trained"}
    )
    assert response.status_code == 400
    assert "no confirmation to withdraw" in response.content.decode()


def test_confirming_needs_the_csrf_token(people):
    client = _client(people, "org_admin", csrf=True)
    response = client.post(_journey_url(people, "confirm"), {"step": "team-trained"})
    assert response.status_code == 403
    assert not JourneyConfirmation.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_only_admins_put_the_organisation_on_the_leaderboard(people, role):
    _client(people, role).post(_journey_url(people, "journey_appear"), {"appear": "yes"})
    opted_in = LeaderboardOptIn.objects.filter(organisation=people["organisation"]).exists()
    assert opted_in is (role in ("org_admin", "staff"))


def test_an_admin_takes_the_organisation_off_the_leaderboard(people):
    client = _client(people, "org_admin")
    client.post(_journey_url(people, "journey_appear"), {"appear": "yes"})
    client.post(_journey_url(people, "journey_appear"), {"appear": "no"})
    assert not LeaderboardOptIn.objects.exists()
    response = client.post(_journey_url(people, "journey_appear"), {"appear": ""})
    assert response.status_code == 400


def test_the_journey_shows_the_platforms_evidence_with_a_link(people):
    item = pilot(people, state="completed", is_good_practice=True, title="Smart lighting")
    item.buyers.set([people["organisation"]])
    page = Client().get(_journey_url(people)).content.decode()
    assert "2 of 6 milestones" in page and "Shown by the platform:" in page
    assert f'href="{item.get_absolute_url()}"' in page
    assert "PPI journey badge: Bronze" in page


# Badges on other pages ------------------------------------------------------------------------


def test_the_organisation_page_shows_its_journey_progress(people):
    journey_step_confirm(
        actor=people["org_admin"], organisation=people["organisation"], step="team-trained"
    )
    page = Client().get(people["organisation"].get_absolute_url()).content.decode()
    assert "1 of 6 milestones" in page and _journey_url(people) in page


def test_a_profile_shows_the_persons_badges(people, commit):
    with commit():
        resource(people)
    client = _client(people, "member")
    page = client.get(people["org_member"].get_absolute_url()).content.decode()
    assert "Library contributor: Bronze" in page
    page = client.get(people["member"].get_absolute_url()).content.decode()
    assert "No badges yet." in page


# The leaderboard ------------------------------------------------------------------------------


@pytest.fixture
def scores(people, commit):
    """org_member (Lithuania) 25 points, other_member (Estonia) 15, both opted in."""
    with commit():
        resource(people, author="org_member")
        pilot(people, author="org_member")
        pilot(people, author="other_member", organisation="other_organisation", title="Tartu")
    for person in ("org_member", "other_member"):
        leaderboard_opt_in(actor=people[person], user=people[person])
    return people


def _rows(page):
    return [line for line in page.splitlines() if "<tr><td>" in line]


@pytest.mark.parametrize("role", ROLES)
def test_everyone_sees_the_leaderboard(scores, role):
    response = _client(scores, role).get(reverse("gamification:leaderboard"))
    page = response.content.decode()
    assert response.status_code == 200
    rows = _rows(page)
    assert len(rows) == 2 and "Petras Member" in rows[0] and "Kari Other" in rows[1]
    assert "How points are earned" in page


def test_the_leaderboard_filters_by_country(scores):
    page = Client().get(reverse("gamification:leaderboard"), {"country": "EE"}).content.decode()
    rows = _rows(page)
    assert len(rows) == 1 and "Kari Other" in rows[0]


def test_the_country_filter_offers_the_countries_of_the_platforms_organisations(people):
    """Lithuania and Estonia, where the organisations are; not every country there is."""
    page = Client().get(reverse("gamification:leaderboard")).content.decode()
    options = re.findall(r'<option value="([A-Z]{2})"', page)
    assert sorted(options) == ["EE", "LT"]


def test_the_organisation_leaderboard_links_to_organisation_pages(scores):
    leaderboard_opt_in(actor=scores["org_admin"], organisation=scores["organisation"])
    page = Client().get(reverse("gamification:leaderboard"), {"kind": "organisation"}).content
    rows = _rows(page.decode())
    assert len(rows) == 1 and scores["organisation"].get_absolute_url() in rows[0]


def test_names_link_to_profiles_only_for_those_who_may_see_them(scores):
    person = scores["org_member"]
    person.visibility = ProfileVisibility.MEMBERS
    person.save(update_fields=["visibility"])
    anonymous = Client().get(reverse("gamification:leaderboard")).content.decode()
    assert person.get_absolute_url() not in anonymous and "Petras Member" in anonymous
    signed_in = _client(scores, "member").get(reverse("gamification:leaderboard"))
    assert person.get_absolute_url() in signed_in.content.decode()


@pytest.mark.parametrize(
    "query", [{"kind": "city"}, {"country": "XX"}, {"kind": "organisation", "country": "Mars"}]
)
def test_bad_filters_are_refused_with_a_message(scores, query):
    response = Client().get(reverse("gamification:leaderboard"), query)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_a_signed_in_person_sees_whether_they_appear(scores):
    listed = _client(scores, "org_member").get(reverse("gamification:leaderboard")).content
    assert "You appear on this leaderboard." in listed.decode()
    absent = _client(scores, "member").get(reverse("gamification:leaderboard")).content.decode()
    assert "You do not appear on the leaderboard." in absent
    assert reverse("gamification:progress") in absent


def test_the_leaderboard_costs_the_same_queries_with_more_people(scores, commit):
    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            _client(scores, "member").get(reverse("gamification:leaderboard"))
        return len(queries)

    before = count()
    with commit():
        for number in range(3):
            resource(scores, author="org_admin", title=f"More {number}")
    leaderboard_opt_in(actor=scores["org_admin"], user=scores["org_admin"])
    assert count() == before


def test_the_footer_links_to_the_leaderboard(client):
    assert reverse("gamification:leaderboard") in client.get("/").content.decode()
