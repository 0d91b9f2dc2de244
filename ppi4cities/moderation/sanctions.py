"""Whether a member may post now: suspended or blocked members may read but not write."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .models import Sanction, SanctionKind


def sanction_in_force(user, *, now=None) -> Sanction | None:
    """The block or running suspension of a person, if any (one indexed query)."""
    now = now or timezone.now()
    return (
        Sanction.objects.filter(
            Q(kind=SanctionKind.BLOCK) | Q(kind=SanctionKind.SUSPEND, until__gt=now),
            user=user,
            lifted_at__isnull=True,
        )
        .order_by("kind", "-until")  # a block ("block" < "suspend") outranks a suspension
        .first()
    )


def ensure_may_post(user) -> None:
    """Raise PermissionDenied, with a message for the member, when they may not post."""
    if not (user and user.is_authenticated):
        raise PermissionDenied(_("Sign in to post."))
    sanction = sanction_in_force(user)
    if sanction is not None and sanction.kind == SanctionKind.BLOCK:
        raise PermissionDenied(
            _("Your account is blocked: %(reason)s") % {"reason": sanction.reason}
        )
    if sanction is not None:
        raise PermissionDenied(
            _("Your account is suspended until %(date)s: %(reason)s")
            % {
                "date": formats.date_format(timezone.localtime(sanction.until), "DATETIME_FORMAT"),
                "reason": sanction.reason,
            }
        )
    if not user.is_active:
        raise PermissionDenied(_("Sign in to post."))
