"""Who hears of what: the asker of each answer, the answerer of an acceptance, followers of a
question, a tag or an organisation, members a question is addressed to; never the actor."""

import pytest

from conftest import make_organisation, make_person
from ppi4cities.accounts import services as account_services
from ppi4cities.accounts.models import Role
from ppi4cities.community.questions import services, tasks
from ppi4cities.community.selectors import notification_line

from .conftest import answer, ask

pytestmark = pytest.mark.django_db


def kinds(user):
    return sorted(user.notifications.values_list("kind", flat=True))


def test_the_asker_hears_of_each_answer_and_the_answerer_of_acceptance(people):
    question = ask(people["member"], title="IPR in PCP")
    reply = answer(people["org_member"], question)
    notification = people["member"].notifications.get()
    assert notification.kind == "question_answered"
    assert notification_line(notification) == "Petras Member answered your question “IPR in PCP”."
    assert notification.url == reply.get_absolute_url()
    services.answer_accept(user=people["member"], question=question, answer=reply)
    accepted = people["org_member"].notifications.get()
    assert notification_line(accepted) == "Maija Member accepted your answer to “IPR in PCP”."


def test_nobody_is_told_of_their_own_answer_or_acceptance(people):
    question = ask(people["member"])
    own = answer(people["member"], question)
    services.answer_accept(user=people["member"], question=question, answer=own)
    assert not people["member"].notifications.exists()


def test_followers_of_a_question_hear_of_new_answers_but_not_the_answerer(people, committed):
    question = ask(people["member"])
    services.follow_set(user=people["other_member"], following=True, question=question)
    services.follow_set(user=people["org_member"], following=True, question=question)
    with committed():
        answer(people["org_member"], question)
    assert kinds(people["other_member"]) == ["followed_question_answer"]
    assert kinds(people["org_member"]) == []
    assert kinds(people["member"]) == ["question_answered"]  # not twice


def test_followers_of_a_tag_or_an_organisation_hear_of_new_questions(people, committed):
    services.follow_set(user=people["member"], following=True, facet="stage", value="needs")
    services.follow_set(
        user=people["other_member"], following=True, organisation=people["organisation"]
    )
    services.follow_set(user=people["org_admin"], following=True, facet="stage", value="needs")
    with committed():
        ask(people["org_admin"], tags={"stage": ["needs"]})
    assert kinds(people["member"]) == ["followed_new_question"]
    assert kinds(people["other_member"]) == ["followed_new_question"]
    assert kinds(people["org_admin"]) == []


def test_a_question_addressed_to_a_country_reaches_its_members_but_not_the_asker(people, committed):
    """The organisation of org_admin and org_member is Lithuanian, other_member's Estonian."""
    with committed():
        ask(people["org_admin"], address_country="LT")
    assert kinds(people["org_member"]) == ["question_addressed"]
    assert kinds(people["org_admin"]) == []
    assert kinds(people["other_member"]) == []


def test_a_question_addressed_to_a_country_and_type_needs_both(people, committed):
    with committed():
        ask(people["member"], address_country="EE", address_kind="company")
    assert kinds(people["other_member"]) == []
    with committed():
        ask(people["member"], title="Second", address_country="EE", address_kind="municipality")
    assert kinds(people["other_member"]) == ["question_addressed"]


def test_addressing_reaches_at_most_200_members(people, monkeypatch):
    monkeypatch.setattr(tasks, "MAX_ADDRESSED", 3)
    organisation = people["organisation"]
    for number in range(5):
        person = make_person(f"p{number}@city.example")
        account_services._add_member(organisation, person, Role.MEMBER)
    question = ask(people["member"], address_country="LT")
    assert len(tasks.addressed_recipients(question)) == 3


def test_an_addressed_follower_is_told_once(people, committed):
    services.follow_set(user=people["org_member"], following=True, facet="theme", value="energy")
    with committed():
        ask(people["member"], address_country="LT", tags={"theme": ["energy"]})
    assert kinds(people["org_member"]) == ["question_addressed"]


def test_the_notification_kinds_are_registered_with_defaults():
    from ppi4cities.community.kinds import KINDS

    assert KINDS["question_answered"].default_frequency == "immediately"
    assert KINDS["followed_new_question"].default_frequency == "daily"
    assert {"answer_accepted", "expert_request", "question_addressed"} <= set(KINDS)


def test_an_organisation_unrelated_to_the_asker_does_not_bring_followers(people, committed):
    elsewhere = make_organisation(people["staff"], name="Riga City Council", data={"country": "LV"})
    services.follow_set(user=people["member"], following=True, organisation=elsewhere)
    with committed():
        ask(people["org_member"])
    assert kinds(people["member"]) == []
