"""Who may see, submit, edit and moderate pilots. Pages, open data and the API ask here."""

from ppi4cities.accounts.models import Role
from ppi4cities.accounts.permissions import can_moderate, is_member, is_staff, role_in
from ppi4cities.moderation import permissions as moderated
from ppi4cities.moderation.models import Status

# Drafts and pending pilots: the one rule of every moderated contribution.
visible_filter = moderated.visible_filter
can_view = moderated.can_view


can_submit_for = moderated.can_submit_for


def can_create(user) -> bool:
    return is_member(user)


def can_edit(user, pilot) -> bool:
    """The author, the organisation's administrators, moderators and staff. Their edits of a
    published pilot wait for moderation as its proposed edit (see services.pilot_update)."""
    if not is_member(user):
        return False
    if is_staff(user) or can_moderate(user) or pilot.author_id == user.pk:
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
    return moderated.in_circle(user, pilot)


def can_manage_files(user, pilot) -> bool:
    """Those who may edit an unpublished pilot; once published, moderators and staff only
    (members propose changes to a published pilot through the moderators)."""
    if pilot.status == Status.PUBLISHED:
        return can_moderate_pilots(user) or is_staff(user)
    return can_edit(user, pilot)
