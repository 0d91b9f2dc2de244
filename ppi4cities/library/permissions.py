"""Who may see, submit, edit and moderate library resources. Pages, API and exports ask here."""

import numpy as np

from ppi4cities.accounts.models import Role
from ppi4cities.accounts.permissions import can_moderate, is_member, role_in
from ppi4cities.moderation import permissions as moderated
from ppi4cities.moderation.models import Status

# Drafts and pending resources: the one rule of every moderated contribution.
visible_filter = moderated.visible_filter


def visible_mask(snapshot, user):
    """`visible_filter` over the in-memory snapshot (`library.snapshot`): the same rule."""
    if not (user and user.is_authenticated):
        return snapshot.published.copy()
    if can_moderate(user):
        return snapshot.published | True
    administered = list(
        moderated.administered_organisations(user).values_list("organisation_id", flat=True)
    )
    mask = snapshot.published | (snapshot.author == user.pk)
    if administered:
        mask |= np.isin(snapshot.organisation, administered)
    return mask


can_view = moderated.can_view


can_submit_for = moderated.can_submit_for


def can_edit(user, resource) -> bool:
    if not is_member(user):
        return False
    if resource.author_id == user.pk or (user.is_staff and user.is_active):
        return True
    return bool(resource.organisation_id) and role_in(user, resource.organisation) == Role.ADMIN


def can_moderate_resources(user) -> bool:
    return can_moderate(user)


def can_curate(user) -> bool:
    """Moderators and staff make, order and publish collections."""
    return can_moderate(user)


def can_view_collection(user, collection) -> bool:
    """Published collections are public; unpublished ones are the curators' work in progress."""
    return collection.is_published or can_curate(user)


def can_give_feedback(user, resource) -> bool:
    """Verified members say whether a published resource was useful, except to its author."""
    return is_member(user) and resource.status == Status.PUBLISHED and resource.author_id != user.pk


def can_read_feedback_comments(user, resource) -> bool:
    """Comments are for the authors: those who may edit the resource, and the moderators."""
    return can_edit(user, resource) or can_moderate(user)


def can_bookmark(user, resource) -> bool:
    """Members keep in "My library" the resources they may see."""
    return is_member(user) and can_view(user, resource)


def can_use_my_library(user) -> bool:
    return is_member(user)
