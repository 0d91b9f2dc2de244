"""A person's privacy download holds their questions, answers, votes, follows, expert requests
and expert setting, and nobody else's."""

import pytest

from conftest import client_for
from ppi4cities.accounts.personal_data import sections
from ppi4cities.community.questions import services

from .conftest import answer, ask

pytestmark = pytest.mark.django_db


def test_the_download_holds_ones_own_questions_data(people):
    mine = ask(people["member"], title="My own question")
    other = ask(people["org_member"], title="Someone else's question")
    reply = answer(people["member"], other, "My own answer")
    services.answer_vote_toggle(user=people["member"], answer=answer(people["org_admin"], mine))
    services.follow_set(user=people["member"], following=True, facet="theme", value="energy")
    services.expert_availability_set(user=people["member"], accepts_requests=True)
    data = sections(people["member"])["questions"]
    assert [q["title"] for q in data["questions"]] == ["My own question"]
    assert [a["body"] for a in data["answers"]] == ["My own answer"]
    assert data["answers"][0]["url"] == reply.get_absolute_url()
    assert len(data["votes"]) == 1
    assert {f["tag"] for f in data["follows"]} == {None, "theme:energy"}  # and her question
    assert data["accepts_expert_requests"] is True


def test_links_of_a_new_account_show_as_text_on_the_page(people):
    """Recorded when posted: a day-old account's first posts carry no live link."""
    question = ask(people["member"], body="See [the guide](https://example.org/guide).")
    page = client_for(None).get(question.get_absolute_url()).content.decode()
    assert "the guide" in page and 'href="https://example.org/guide"' not in page
