"""Who may do what with people and organisations. Pages and the API both ask here.

The roles, from least to most: anonymous visitor, member (signed in with a verified email),
organisation member, organisation admin, moderator, staff.
"""

from allauth.account.models import EmailAddress

from .models import Membership, ProfileVisibility, Role


def is_member(user) -> bool:
    """Signed in, active, with a verified email address."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    cached = getattr(user, "_ppi_verified", None)
    if cached is None:
        cached = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._ppi_verified = cached
    return cached


def is_moderator(user) -> bool:
    return bool(
        user and user.is_authenticated and user.is_active and (user.is_moderator or user.is_staff)
    )


def is_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


def role_in(user, organisation) -> str | None:
    """The user's role in the organisation, or None."""
    if not (user and user.is_authenticated):
        return None
    cache = getattr(user, "_ppi_roles", None)
    if cache is None:
        cache = user._ppi_roles = {}
    if organisation.pk not in cache:
        cache[organisation.pk] = (
            Membership.objects.filter(user=user, organisation=organisation)
            .values_list("role", flat=True)
            .first()
        )
    return cache[organisation.pk]


def is_organisation_admin(user, organisation) -> bool:
    return role_in(user, organisation) == Role.ADMIN


def can_create_organisation(user) -> bool:
    return is_member(user)


def can_edit_organisation(user, organisation) -> bool:
    return is_staff(user) or (is_member(user) and is_organisation_admin(user, organisation))


def can_manage_members(user, organisation) -> bool:
    return can_edit_organisation(user, organisation)


def can_request_to_join(user, organisation) -> bool:
    return is_member(user) and role_in(user, organisation) is None


def can_leave(user, organisation) -> bool:
    return role_in(user, organisation) is not None


def can_view_profile(viewer, person) -> bool:
    if not person.is_active:
        return False
    if person.visibility == ProfileVisibility.PUBLIC:
        return True
    if viewer and viewer.is_authenticated and viewer.pk == person.pk:
        return True
    return is_member(viewer) or is_staff(viewer)


def can_see_member_list(viewer, organisation) -> bool:
    """Everyone sees an organisation's public members; this adds members-only profiles."""
    return is_member(viewer) or is_staff(viewer)


def can_use_admin(user) -> bool:
    return is_staff(user)


def can_moderate(user) -> bool:
    return is_moderator(user)
