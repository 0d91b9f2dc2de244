"""Defences against spam in what members post: a new account's first posts carry no live links.

Each capability that holds posts registers a counter of a person's earlier posts; a post's
links are clickable once its author's account is a day old and has posted `FIRST_POSTS`
times before. Posts record the answer when they are written, so it never changes later.
"""

from collections.abc import Callable

from ppi4cities.core.ratelimit import is_new_account

FIRST_POSTS = 3

_post_counters: dict[str, Callable[[object], int]] = {}


def register_post_counter(name: str, counter: Callable[[object], int]) -> None:
    """`counter(user)` says how many posts of one kind the person has written."""
    _post_counters[name] = counter


def earlier_posts(user) -> int:
    return sum(counter(user) for counter in _post_counters.values())


def links_clickable(user) -> bool:
    """Whether links in a post `user` writes now may be clickable."""
    if user.is_staff or getattr(user, "is_moderator", False):
        return True
    if is_new_account(user):
        return False
    return earlier_posts(user) >= FIRST_POSTS
