"""Who may see, post, edit and answer partner calls. Pages, the API and the services ask here.

Calls are public: anyone reads a call that is not hidden, open or closed. Members post calls
on behalf of an organisation they belong to; the author, that organisation's administrators,
moderators and staff edit and close them. Any member other than the caller's own organisation
may express interest, with or without an organisation of their own: consultants and
researchers look for projects too.
"""

from django.db.models import Q

from ppi4cities.accounts.models import Role
from ppi4cities.accounts.permissions import can_moderate, is_member, is_staff, role_in


def visible_filter(user) -> Q:
    """The calls a person may see: hidden ones only by their author and the moderators."""
    shown = Q(hidden_at__isnull=True)
    if not (user and user.is_authenticated):
        return shown
    if can_moderate(user):
        return Q()
    return shown | Q(author=user)


def can_view(user, call) -> bool:
    if call.hidden_at is None:
        return True
    if not (user and user.is_authenticated):
        return False
    return can_moderate(user) or call.author_id == user.pk


def can_create(user) -> bool:
    """Members who belong to at least one organisation (they choose which on the form)."""
    return is_member(user) and user.memberships.exists()


def can_create_for(user, organisation) -> bool:
    return is_member(user) and organisation is not None and role_in(user, organisation) is not None


def can_edit(user, call) -> bool:
    """The author, the offering organisation's administrators, moderators and staff."""
    if not is_member(user) and not is_staff(user):
        return False
    if is_staff(user) or can_moderate(user) or call.author_id == user.pk:
        return True
    return role_in(user, call.organisation) == Role.ADMIN


def can_close(user, call) -> bool:
    return can_edit(user, call)


def can_see_interests(user, call) -> bool:
    """Those who answer for the call see who expressed interest and what they wrote."""
    return can_edit(user, call)


def is_caller(user, call) -> bool:
    """The author or a member of the offering organisation: they cannot answer their own call."""
    if not (user and user.is_authenticated):
        return False
    return call.author_id == user.pk or role_in(user, call.organisation) is not None


def can_express_interest(user, call) -> bool:
    """A member who is not on the calling side, while the call is open and shown. Whether they
    already did is the services' question (one interest per person and call)."""
    return is_member(user) and call.hidden_at is None and call.is_open and not is_caller(user, call)
