"""Who may message whom and who may read a conversation. Pages and the API both ask here.

Only the people in a conversation read it: neither moderators nor staff open conversations,
except a reported message, which moderators read through the moderation queue.
"""

from ppi4cities.accounts.permissions import can_view_profile, is_member


def can_use_messages(user) -> bool:
    """Signed in with a verified address: unverified accounts cannot send private messages."""
    return is_member(user)


def can_message(sender, recipient) -> bool:
    """Whether `sender` may pick `recipient` for a conversation (blocks are checked apart)."""
    return (
        recipient is not None
        and recipient.pk != sender.pk
        and recipient.is_active
        and can_view_profile(sender, recipient)
    )


def can_see_about(user, item) -> bool:
    """Whether a participant may follow the link to what a conversation is about."""
    from ppi4cities.moderation.reporting import reportable_for_model

    if item is None:
        return False
    reportable = reportable_for_model(type(item))
    if reportable is not None:
        return reportable.can_see(user, item)
    return getattr(item, "hidden_at", None) is None
