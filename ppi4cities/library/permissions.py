"""Who may see, submit, edit and moderate library resources. Pages, API and exports ask here."""

from django.db.models import Q

from ppi4cities.accounts.models import Membership, Role
from ppi4cities.accounts.permissions import can_moderate, is_member, role_in
from ppi4cities.moderation.models import Status


def visible_filter(user) -> Q:
    """The resources a person may see: published ones, plus their own and their
    organisations' unpublished work for authors and admins, and everything for moderators."""
    published = Q(status=Status.PUBLISHED)
    if not (user and user.is_authenticated):
        return published
    if can_moderate(user):
        return Q()
    administered = Membership.objects.filter(user=user, role=Role.ADMIN).values("organisation_id")
    return published | Q(author=user) | Q(organisation_id__in=administered)


def can_view(user, resource) -> bool:
    if resource.status == Status.PUBLISHED:
        return True
    if not (user and user.is_authenticated):
        return False
    if can_moderate(user) or resource.author_id == user.pk:
        return True
    return bool(resource.organisation_id) and role_in(user, resource.organisation) == Role.ADMIN


def can_submit_for(user, organisation) -> bool:
    """Members submit on behalf of an organisation they belong to."""
    return is_member(user) and organisation is not None and role_in(user, organisation) is not None


def can_edit(user, resource) -> bool:
    if not is_member(user):
        return False
    if resource.author_id == user.pk or (user.is_staff and user.is_active):
        return True
    return bool(resource.organisation_id) and role_in(user, resource.organisation) == Role.ADMIN


def can_moderate_resources(user) -> bool:
    return can_moderate(user)
