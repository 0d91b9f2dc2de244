"""What messages add to the platform's registries: a notification kind, a reportable kind,
a counter of posts for the spam defences and a section of the privacy download."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.personal_data import when
from ppi4cities.community.kinds import Kind
from ppi4cities.community.models import Frequency
from ppi4cities.moderation.reporting import Reportable

from .models import Block, Message, Participant
from .services import NOTIFICATION_KIND, message_visibility_changed


def _message_received_line(data: dict) -> str:
    if data.get("subject"):
        return gettext("%(sender)s wrote to you in “%(subject)s”.") % {
            "sender": data.get("sender", ""),
            "subject": data["subject"],
        }
    return gettext("%(sender)s sent you a message.") % {"sender": data.get("sender", "")}


MESSAGE_RECEIVED = Kind(
    NOTIFICATION_KIND,
    _("Private messages"),
    _(
        "Someone wrote to you. Until you open the conversation, further messages in it add "
        "no new notification."
    ),
    _message_received_line,
    Frequency.IMMEDIATELY,
)


def _message_title(message: Message) -> str:
    name = message.sender.full_name if message.sender else gettext("a former member")
    return gettext("Private message from %(name)s") % {"name": name}


def _is_reader(user, message: Message) -> bool:
    return bool(
        user
        and user.is_authenticated
        and Participant.objects.filter(
            conversation_id=message.conversation_id, user=user, left_at__isnull=True
        ).exists()
    )


REPORTABLE_MESSAGE = Reportable(
    kind="message",
    model=Message,
    name=_("private message"),
    title=_message_title,
    # The message in its conversation, which only its participants open: moderators read
    # the reported message itself in the queue (`selectors.message_for_moderation`).
    url=lambda message: message.get_absolute_url(),
    author=lambda message: message.sender,
    can_see=_is_reader,
    private=True,
    related=("sender",),
    on_visibility_changed=message_visibility_changed,
)


def messages_written(user) -> int:
    return Message.objects.filter(sender=user).count()


def personal_data_section(user) -> dict:
    """The person's own messages with their text; of the conversations they are in, only
    who took part and when: what others wrote is the others' personal data."""
    places = (
        Participant.objects.filter(user=user)
        .select_related("conversation")
        .prefetch_related("conversation__participants__user")
    )
    return {
        "conversations": [
            {
                "id": place.conversation_id,
                "subject": place.conversation.subject,
                "started": when(place.conversation.created_at),
                "joined": when(place.joined_at),
                "last_read": when(place.last_read_at),
                "left": when(place.left_at),
                "people": [other.user.full_name for other in place.conversation.participants.all()],
            }
            for place in places.order_by("joined_at", "pk")
        ],
        "messages_sent": [
            {
                "conversation": message.conversation_id,
                "text": message.body,
                "sent": when(message.created_at),
                "hidden_by_moderators": when(message.hidden_at),
            }
            for message in Message.objects.filter(sender=user).order_by("created_at", "pk")
        ],
        "blocked_members": [
            {"name": block.blocked.full_name, "since": when(block.created_at)}
            for block in Block.objects.filter(blocker=user).select_related("blocked")
        ],
    }
