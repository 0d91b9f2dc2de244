"""Who sees a moderated contribution before it is published: one rule for every capability.

A contribution (`Moderated`, with an `author` and the `organisation` it was submitted for) is
seen by everyone once published; before that by its author, the administrators of its
organisation, and the moderators. The library and the pilots ask here.
"""

from django.db.models import Q

from ppi4cities.accounts.models import Membership, Role
from ppi4cities.accounts.permissions import can_moderate, is_member, role_in

from .models import Status


def visible_filter(user) -> Q:
    """A filter for the contributions a person may see, for any moderated model."""
    published = Q(status=Status.PUBLISHED)
    if not (user and user.is_authenticated):
        return published
    if can_moderate(user):
        return Q()
    return published | Q(author=user) | Q(organisation_id__in=administered_organisations(user))


def administered_organisations(user):
    """The ids of the organisations the person administers, as a subquery."""
    return Membership.objects.filter(user=user, role=Role.ADMIN).values("organisation_id")


def in_circle(user, item) -> bool:
    """The author, the administrators of the item's organisation, and the moderators."""
    if not (user and user.is_authenticated):
        return False
    if can_moderate(user) or item.author_id == user.pk:
        return True
    return bool(item.organisation_id) and role_in(user, item.organisation) == Role.ADMIN


def can_view(user, item) -> bool:
    return item.status == Status.PUBLISHED or in_circle(user, item)


def can_submit_for(user, organisation) -> bool:
    """Members contribute on behalf of an organisation they belong to."""
    return is_member(user) and organisation is not None and role_in(user, organisation) is not None


def can_report(user, reportable, item) -> bool:
    """Members report what they can see; the item's own rule says what that is."""
    return is_member(user) and reportable.can_see(user, item)


def can_handle_reports(user) -> bool:
    """The report queue, the actions on content and people, and the moderation log."""
    return can_moderate(user)
