"""Who may see, submit, edit and moderate pilots. Pages, open data and the API ask here."""

from django.db.models import Q

from ppi4cities.accounts.models import Membership, Role
from ppi4cities.accounts.permissions import can_moderate, is_member, is_staff, role_in
from ppi4cities.moderation.models import Status


def visible_filter(user) -> Q:
    """The pilots a person may see: published ones, plus their own and their organisations'
    unpublished work for authors and admins, and everything for moderators."""
    published = Q(status=Status.PUBLISHED)
    if not (user and user.is_authenticated):
        return published
    if can_moderate(user):
        return Q()
    administered = Membership.objects.filter(user=user, role=Role.ADMIN).values("organisation_id")
    return published | Q(author=user) | Q(organisation_id__in=administered)


def can_view(user, pilot) -> bool:
    if pilot.status == Status.PUBLISHED:
        return True
    if not (user and user.is_authenticated):
        return False
    if can_moderate(user) or pilot.author_id == user.pk:
        return True
    return bool(pilot.organisation_id) and role_in(user, pilot.organisation) == Role.ADMIN


def can_submit_for(user, organisation) -> bool:
    """Members submit pilots on behalf of an organisation they belong to."""
    return is_member(user) and organisation is not None and role_in(user, organisation) is not None


def can_create(user) -> bool:
    return is_member(user)


def can_edit(user, pilot) -> bool:
    """The author, the organisation's administrators and staff; a published pilot only staff,
    until published pilots get proposed edits like the library's."""
    if is_staff(user):
        return True
    if not is_member(user) or pilot.status == Status.PUBLISHED:
        return False
    if pilot.author_id == user.pk:
        return True
    return bool(pilot.organisation_id) and role_in(user, pilot.organisation) == Role.ADMIN


def can_moderate_pilots(user) -> bool:
    return can_moderate(user)


def can_mark_good_practice(user, pilot) -> bool:
    """Moderators and staff choose good practices among published pilots."""
    return can_moderate(user) and pilot.status == Status.PUBLISHED


def can_follow_moderation(user, pilot) -> bool:
    """The pilot's circle (its author, the organisation's administrators, the moderators) sees
    its moderation status and history."""
    if not (user and user.is_authenticated):
        return False
    if can_moderate(user) or pilot.author_id == user.pk:
        return True
    return bool(pilot.organisation_id) and role_in(user, pilot.organisation) == Role.ADMIN
