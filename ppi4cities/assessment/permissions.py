"""Who may take, see and share self-assessments and run an organisation's rounds.

Results are private: an assessment is seen by its person (or, for an anonymous short one, by
the visitor whose session holds its key); an assessment made for an organisation outside a
round by the organisation's members; a round by the organisation's admins and by the colleagues
taking part in it (its starter and the people invited, while they are members); and any result
by whoever has its sharing link. A colleague's own answers within a round stay theirs:
the others see only the aggregate. Moderators and staff have no access here (staff read
results in the admin only).
"""

import secrets

from ppi4cities.accounts.models import Role
from ppi4cities.accounts.permissions import is_member, role_in


def _same_key(given: str | None, expected: str | None) -> bool:
    return bool(given and expected) and secrets.compare_digest(given, expected)


def is_own(user, assessment, anonymous_key: str | None = None) -> bool:
    """Whether the assessment is this person's (or this visitor's, by the key in the session)."""
    if assessment.user_id is not None:
        return bool(user and user.is_authenticated and user.is_active) and (
            user.pk == assessment.user_id
        )
    return _same_key(anonymous_key, assessment.anonymous_key)


def _belongs_to(user, organisation) -> bool:
    return is_member(user) and role_in(user, organisation) is not None


def can_view_result(user, assessment, *, anonymous_key=None, share_token=None) -> bool:
    if _same_key(share_token, assessment.share_token):
        return True
    if is_own(user, assessment, anonymous_key):
        return True
    return (
        assessment.organisation_id is not None
        and assessment.round_id is None
        and _belongs_to(user, assessment.organisation)
    )


def can_answer(user, assessment, *, anonymous_key=None) -> bool:
    """Only the person who started an assessment answers it, while it is in progress and, in a
    round, while the round is open and they still take part in it."""
    if assessment.is_completed or not is_own(user, assessment, anonymous_key):
        return False
    return assessment.round_id is None or can_take_part(user, assessment.round)


def can_share(user, assessment) -> bool:
    """The person who took it decides; an organisation's own assessment is for its admins."""
    if assessment.user_id is None or not is_own(user, assessment):
        return False
    if assessment.organisation_id is not None and assessment.round_id is None:
        return role_in(user, assessment.organisation) == Role.ADMIN
    return True


def can_assess_individually(user) -> bool:
    """Anyone may take the short variant; the full one and keeping a history need an account."""
    return is_member(user)


def can_assess_for(user, organisation) -> bool:
    """An assessment on behalf of the whole organisation, outside a round, is for its admins."""
    return is_member(user) and role_in(user, organisation) == Role.ADMIN


def is_participant(user, round) -> bool:
    """The round's starter and the colleagues invited to it (whether or not still members)."""
    from .models import RoundInvitation

    if not (user and user.is_authenticated):
        return False
    if user.pk == round.started_by_id:
        return True
    cache = getattr(user, "_ppi_round_invitations", None)
    if cache is None:
        cache = user._ppi_round_invitations = {}
    if round.pk not in cache:
        cache[round.pk] = RoundInvitation.objects.filter(round=round, user=user).exists()
    return cache[round.pk]


def can_take_part(user, round) -> bool:
    """An open round is answered by its starter and the colleagues invited, while members."""
    return round.is_open and _belongs_to(user, round.organisation) and is_participant(user, round)


def can_start_round(user, organisation) -> bool:
    return is_member(user) and role_in(user, organisation) == Role.ADMIN


def can_close_round(user, round) -> bool:
    return round.is_open and can_start_round(user, round.organisation)


def can_view_round_result(user, round) -> bool:
    """The organisation's admins and the round's participants who are members; a member who
    was not invited finds nothing, like an outsider."""
    if not _belongs_to(user, round.organisation):
        return False
    return role_in(user, round.organisation) == Role.ADMIN or is_participant(user, round)


def can_invite(user, round) -> bool:
    """The organisation's admins invite colleagues to an open round, and withdraw invitations."""
    return round.is_open and can_start_round(user, round.organisation)


def can_manage_benchmark(user, organisation) -> bool:
    """Whether the organisation's results count in other organisations' peer benchmarks is
    for its admins to decide."""
    return is_member(user) and role_in(user, organisation) == Role.ADMIN
