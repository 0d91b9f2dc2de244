"""Who may change what in gamification."""

from ppi4cities.accounts.permissions import is_member, is_organisation_admin, is_staff


def can_manage_opt_in(actor, *, user=None, organisation=None) -> bool:
    """A person decides for themselves; an organisation's admins decide for it."""
    if is_staff(actor):
        return True
    if not is_member(actor):
        return False
    if user is not None:
        return actor.pk == user.pk
    return is_organisation_admin(actor, organisation)


def can_confirm_journey(actor, organisation) -> bool:
    """An organisation's admins (and staff) confirm or withdraw its journey milestones."""
    if is_staff(actor):
        return True
    return is_member(actor) and is_organisation_admin(actor, organisation)
