"""Links in the first posts of a new account are not clickable; later ones are."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_person
from ppi4cities.core import spam
from ppi4cities.core.markdown import render_markdown

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts(monkeypatch):
    """A registry holding one counter whose answer the test sets."""
    count = {"n": 0}
    monkeypatch.setattr(spam, "_post_counters", {"test": lambda user: count["n"]})
    return count


def _aged(person, days):
    person.date_joined = timezone.now() - timedelta(days=days)
    person.save(update_fields=["date_joined"])
    return person


def test_a_new_account_gets_no_clickable_links_whatever_it_posted(posts):
    posts["n"] = 50
    assert not spam.links_clickable(make_person("new@city.example"))


def test_an_old_account_with_few_posts_gets_none(posts):
    person = _aged(make_person("old@city.example"), 30)
    posts["n"] = spam.FIRST_POSTS - 1
    assert not spam.links_clickable(person)


def test_an_old_account_with_enough_posts_gets_clickable_links(posts):
    person = _aged(make_person("old@city.example"), 30)
    posts["n"] = spam.FIRST_POSTS
    assert spam.links_clickable(person)


def test_posts_of_every_registered_kind_count(monkeypatch):
    monkeypatch.setattr(spam, "_post_counters", {})
    spam.register_post_counter("questions", lambda user: 2)
    spam.register_post_counter("messages", lambda user: 1)
    person = _aged(make_person("old@city.example"), 30)
    assert spam.earlier_posts(person) == 3
    assert spam.links_clickable(person)


@pytest.mark.parametrize("flag", ["is_moderator", "is_staff"])
def test_moderators_and_staff_links_are_always_clickable(posts, flag):
    assert spam.links_clickable(make_person("mod@city.example", **{flag: True}))


def test_without_links_the_text_stays_and_the_anchor_goes():
    text = "See [the notice](https://example.org/notice) and https://example.org/other."
    with_links = render_markdown(text)
    without = render_markdown(text, links=False)
    assert '<a href="https://example.org/notice" rel="nofollow noopener">the notice</a>' in (
        with_links
    )
    assert "<a" not in without
    assert "the notice" in without
    assert "https://example.org/other" in without
