"""Who may do what with notifications: each person only ever sees and opens their own."""


def can_open(user, notification) -> bool:
    return user.is_authenticated and notification.recipient_id == user.pk
