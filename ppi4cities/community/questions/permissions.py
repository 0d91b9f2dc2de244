"""Who may read, ask, answer, vote, accept, edit and follow. Pages and the API both ask here.

Anyone reads visible questions; members (signed in, verified email) take part; the asker
accepts; authors and moderators edit. Hidden content exists only for its author and the
moderators.
"""

from ppi4cities.accounts.permissions import can_moderate, can_view_profile, is_member


def _is_author(user, item) -> bool:
    return bool(user and user.is_authenticated and item.author_id == user.pk)


def can_see_question(user, question) -> bool:
    if question.hidden_at is None:
        return True
    return _is_author(user, question) or can_moderate(user)


def can_see_answer(user, answer) -> bool:
    if answer.hidden_at is None:
        return True
    return _is_author(user, answer) or can_moderate(user)


def can_ask(user) -> bool:
    return is_member(user)


def can_answer(user, question) -> bool:
    return is_member(user) and question.hidden_at is None


def can_vote(user, answer) -> bool:
    """Members vote on others' visible answers; one's own answer takes no vote."""
    return (
        is_member(user)
        and not _is_author(user, answer)
        and answer.hidden_at is None
        and answer.question.hidden_at is None
    )


def can_accept(user, question) -> bool:
    """Only the asker accepts an answer or marks their question answered."""
    return is_member(user) and _is_author(user, question) and question.hidden_at is None


def can_edit(user, item) -> bool:
    """Authors edit their own question or answer; moderators edit any."""
    return can_moderate(user) or (is_member(user) and _is_author(user, item))


def can_follow(user) -> bool:
    return is_member(user)


def can_ask_expert(user, question) -> bool:
    return can_accept(user, question)


def can_request_expert(user, expert) -> bool:
    """An asker may only pick someone whose profile they may see, and never themselves."""
    return user.pk != expert.pk and can_view_profile(user, expert)


def can_set_expert_availability(user) -> bool:
    return is_member(user)
