"""Whether a member may post now: suspended or blocked members may read but not write."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def ensure_may_post(user) -> None:
    """Raise PermissionDenied, with a message for the member, when they may not post."""
    if not (user and user.is_authenticated and user.is_active):
        raise PermissionDenied(_("Sign in to post."))
