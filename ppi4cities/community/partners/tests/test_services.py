"""Posting, editing and closing calls, and expressing interest, through the services."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from ppi4cities.community.messaging.models import Conversation
from ppi4cities.community.messaging.services import block_create
from ppi4cities.community.models import Notification
from ppi4cities.community.partners import services
from ppi4cities.community.partners.models import CallStatus, Interest, Target
from ppi4cities.core import fulltext
from ppi4cities.core.ratelimit import Limit, RateLimited

from .conftest import expire, in_days, make_call

pytestmark = pytest.mark.django_db


def test_a_member_posts_a_call_for_their_organisation(people, call):
    """The call keeps what was sought, in lists and in the filter table, and is searchable."""
    assert call.author == people["org_member"]
    assert call.organisation == people["organisation"]
    assert call.partner_kinds == ["municipality"]
    assert call.countries == ["EE", "FI"]
    assert sorted(call.themes.values_list("code", flat=True)) == ["energy", "smart-city"]
    assert [tag.name for tag in call.expertise.all()] == ["smart lighting"]
    assert set(call.targets.values_list("facet", "value")) == {
        ("kind", "municipality"),
        ("country", "EE"),
        ("country", "FI"),
    }
    assert call.is_open
    assert call.pk in fulltext.search(services.SEARCH_KIND, "adaptive lighting").ids


def test_links_become_clickable_after_a_few_posts_of_an_older_account(people, call):
    """A new account's first calls keep links as plain text; later ones link."""
    assert call.links_clickable is False
    author = people["org_member"]
    author.date_joined = timezone.now() - datetime.timedelta(days=2)
    author.save(update_fields=["date_joined"])
    for number in range(2):
        make_call(author, people["organisation"], data={"title": f"Call {number}"})
    assert make_call(author, people["organisation"]).links_clickable is True


def test_nobody_posts_for_an_organisation_they_do_not_belong_to(people):
    with pytest.raises(PermissionDenied):
        make_call(people["other_member"], people["organisation"])
    with pytest.raises(PermissionDenied):
        make_call(people["member"], people["organisation"])


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"data": {"deadline": timezone.localdate() - datetime.timedelta(days=1)}}, "deadline"),
        ({"data": {"title": "  "}}, "title"),
        ({"data": {"purpose": "holiday"}}, "purpose"),
        ({"countries": ["XX"]}, "countries"),
        ({"partner_kinds": ["pirate"]}, "partner_kinds"),
    ],
)
def test_bad_input_is_refused_naming_the_field(people, overrides, field):
    with pytest.raises(ValidationError) as refused:
        make_call(people["org_member"], people["organisation"], **overrides)
    assert field in refused.value.message_dict
    assert not Target.objects.exists()


def test_the_author_and_the_organisation_admin_edit_others_do_not(people, call):
    data = {"title": "A better title", "deadline": call.deadline}
    for actor in (people["org_member"], people["org_admin"], people["moderator"]):
        services.partner_call_update(call=call, actor=actor, data=data, countries=["FI"])
    call.refresh_from_db()
    assert call.title == "A better title"
    assert call.countries == ["FI"]
    assert list(call.targets.filter(facet="country").values_list("value", flat=True)) == ["FI"]
    for actor in (people["other_member"], people["member"]):
        with pytest.raises(PermissionDenied):
            services.partner_call_update(call=call, actor=actor, data=data)


def test_an_edit_may_keep_a_past_deadline_but_not_set_one(people, call):
    expire(call)
    services.partner_call_update(
        call=call,
        actor=people["org_member"],
        data={"title": "Still expired", "deadline": call.deadline},
    )
    with pytest.raises(ValidationError) as refused:
        services.partner_call_update(
            call=call, actor=people["org_member"], data={"deadline": in_days(-3)}
        )
    assert "deadline" in refused.value.message_dict


def test_the_author_closes_a_call_early(people, call):
    services.partner_call_close(call=call, actor=people["org_member"])
    call.refresh_from_db()
    assert call.status == CallStatus.CLOSED
    assert not call.is_open
    assert call.closed_on == timezone.localdate()
    with pytest.raises(ValidationError):
        services.partner_call_close(call=call, actor=people["org_member"])


def test_others_cannot_close_a_call(people, call):
    with pytest.raises(PermissionDenied):
        services.partner_call_close(call=call, actor=people["other_member"])


def test_a_call_closes_on_its_deadline_by_itself(people, call):
    """No job runs: the date alone decides, and the call says when it closed."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    expire(call)
    assert not call.is_open
    assert call.closed_on == yesterday
    assert call.is_open_on(yesterday)


# Interest ------------------------------------------------------------------------------------


def test_interest_opens_a_conversation_with_both_people_and_notifies_the_caller(people, call):
    interest = services.interest_express(
        call=call,
        person=people["other_member"],
        message="Tartu would like to join.",
        organisation=people["other_organisation"],
    )
    conversation = interest.conversation
    assert set(conversation.people.all()) == {people["other_member"], people["org_member"]}
    assert conversation.about == call
    assert conversation.messages.get().body == "Tartu would like to join."
    # One notification says it all: the conversation's first message adds none of its own.
    notification = Notification.objects.get(recipient=people["org_member"])
    assert notification.kind == "call_interest"
    assert conversation.participants.get(user=people["org_member"]).unread == 1
    assert notification.data["person"] == "Kari Other"
    assert notification.data["organisation"] == "Tartu City Government"
    call.refresh_from_db()
    assert call.interest_count == 1
    assert not Notification.objects.filter(recipient=people["other_member"]).exists()


def test_a_member_of_no_organisation_may_express_interest(people, call):
    interest = services.interest_express(
        call=call, person=people["member"], message="I advise cities on lighting."
    )
    assert interest.organisation is None


def test_a_second_interest_by_the_same_person_is_refused(people, call):
    services.interest_express(call=call, person=people["member"], message="Hello.")
    with pytest.raises(ValidationError):
        services.interest_express(call=call, person=people["member"], message="Again.")
    assert Interest.objects.count() == 1
    assert Conversation.objects.count() == 1


def test_a_call_whose_deadline_was_yesterday_refuses_interest(people, call):
    expire(call)
    with pytest.raises(ValidationError):
        services.interest_express(call=call, person=people["member"], message="Too late?")
    assert not Interest.objects.exists()
    assert not Conversation.objects.exists()


def test_interest_is_taken_on_the_deadline_itself(people, call):
    today = timezone.localdate()
    call.deadline = today
    call.save(update_fields=["deadline"])
    services.interest_express(
        call=call, person=people["member"], message="Just in time.", today=today
    )
    assert Interest.objects.count() == 1


def test_a_closed_call_refuses_interest(people, call):
    services.partner_call_close(call=call, actor=people["org_admin"], withdraw=True)
    with pytest.raises(ValidationError):
        services.interest_express(call=call, person=people["member"], message="Hello.")


def test_the_calling_side_cannot_express_interest(people, call):
    for person in (people["org_member"], people["org_admin"]):
        with pytest.raises(PermissionDenied):
            services.interest_express(call=call, person=person, message="Myself.")


def test_an_unverified_person_cannot_express_interest(people, call):
    with pytest.raises(PermissionDenied):
        services.interest_express(call=call, person=people["unverified"], message="Hi.")


def test_a_hidden_call_refuses_interest(people, call):
    call.hidden_at = timezone.now()
    call.save(update_fields=["hidden_at"])
    with pytest.raises(PermissionDenied):
        services.interest_express(call=call, person=people["member"], message="Hi.")


def test_interest_on_behalf_of_someone_elses_organisation_is_refused(people, call):
    with pytest.raises(ValidationError) as refused:
        services.interest_express(
            call=call,
            person=people["member"],
            message="Hi.",
            organisation=people["other_organisation"],
        )
    assert "organisation" in refused.value.message_dict


def test_a_member_the_caller_blocked_cannot_express_interest(people, call):
    """The block of private messages holds: no interest, no conversation."""
    block_create(blocker=people["org_member"], blocked=people["member"])
    with pytest.raises(PermissionDenied):
        services.interest_express(call=call, person=people["member"], message="Hi.")
    assert not Interest.objects.exists()


def test_an_empty_message_is_refused_and_nothing_is_kept(people, call):
    with pytest.raises(ValidationError) as refused:
        services.interest_express(call=call, person=people["member"], message="   ")
    assert "message" in refused.value.message_dict
    assert not Conversation.objects.exists()


def test_posting_calls_is_rate_limited(settings, people):
    """A new account may post two calls an hour; the third is refused and not saved."""
    settings.POSTING_RATE_LIMITS_ENABLED = True
    for number in range(2):
        make_call(people["org_member"], people["organisation"], data={"title": f"Call {number}"})
    with pytest.raises(RateLimited):
        make_call(people["org_member"], people["organisation"], data={"title": "Third"})
    assert people["organisation"].partner_calls.count() == 2


def test_expressing_interest_is_rate_limited(settings, people, call):
    settings.POSTING_RATE_LIMITS = {"interest": Limit(1, 1)}
    settings.POSTING_RATE_LIMITS_ENABLED = True
    other = make_call(people["org_admin"], people["organisation"], data={"title": "Other"})
    services.interest_express(call=call, person=people["member"], message="One.")
    with pytest.raises(RateLimited):
        services.interest_express(call=other, person=people["member"], message="Two.")
    assert Interest.objects.count() == Conversation.objects.count() == 1
