"""What messages register elsewhere: the reportable kind, the spam counter, the privacy
download and the demo content."""

import pytest
from django.core.management import call_command

from ppi4cities.accounts.personal_data import sections
from ppi4cities.community.messaging import services
from ppi4cities.community.messaging.demo import CONVERSATIONS, load_messaging_demo
from ppi4cities.community.messaging.models import Conversation
from ppi4cities.core import spam
from ppi4cities.moderation.reporting import REPORTABLES

from .conftest import send, start

pytestmark = pytest.mark.django_db


def test_only_participants_may_report_a_message(people):
    message = start(people["member"], people["org_member"]).messages.get()
    reportable = REPORTABLES["message"]
    assert reportable.can_see(people["org_member"], message)
    for role in ("other_member", "moderator", "staff"):
        assert not reportable.can_see(people[role], message)
    assert reportable.author(message) == people["member"]
    assert reportable.title(message) == "Private message from Maija Member"


def test_messages_count_as_posts_for_the_spam_defences(people):
    conversation = start(people["member"], people["org_member"])
    send(conversation, people["member"])
    assert spam.earlier_posts(people["member"]) >= 2


def test_the_privacy_download_has_ones_own_messages_and_only_metadata_of_others(people):
    conversation = start(people["member"], people["org_member"], subject="Ours", text="Mine")
    send(conversation, people["org_member"], "Their words")
    services.block_create(blocker=people["member"], blocked=people["other_member"])
    section = sections(people["member"])["messages"]
    assert [m["text"] for m in section["messages_sent"]] == ["Mine"]
    assert section["conversations"][0]["subject"] == "Ours"
    assert sorted(section["conversations"][0]["people"]) == ["Maija Member", "Petras Member"]
    assert "Their words" not in str(section)
    assert section["blocked_members"][0]["name"] == "Kari Other"


def test_the_demo_loads_once(demo_content):
    """load_demo brings the demo conversations; running again adds nothing."""
    subjects = {subject for subject, *_rest in CONVERSATIONS}
    assert set(Conversation.objects.values_list("subject", flat=True)) >= subjects
    assert load_messaging_demo() == 0
    call_command("load_demo", verbosity=0)
    assert Conversation.objects.filter(subject__in=subjects).count() == len(subjects)
