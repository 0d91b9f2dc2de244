"""A person's privacy download holds the reports they made and the measures about them, but
not who reported them."""

import pytest

from ppi4cities.accounts.personal_data import sections
from ppi4cities.moderation import services
from ppi4cities.moderation.reporting import REPORTABLES

pytestmark = pytest.mark.django_db


def test_reports_made_and_measures_taken_are_in_the_download(people, question):
    services.report_create(
        reporter=people["member"],
        reportable=REPORTABLES["question"],
        item=question,
        reason="spam",
        note="An advert.",
    )
    services.member_warn(user=people["org_member"], actor=people["moderator"], reason="Careful.")
    mine = sections(people["member"])["moderation"]
    assert [(r["kind"], r["reason"], r["note"]) for r in mine["reports_made"]] == [
        ("question", "spam", "An advert.")
    ]
    theirs = sections(people["org_member"])["moderation"]
    assert theirs["reports_made"] == []
    assert [(m["kind"], m["reason"]) for m in theirs["measures_about_me"]] == [("warn", "Careful.")]
    assert "Maija Member" not in str(theirs)
