"""The header's count of unread conversations, from the cache the messaging services keep."""

from django import template

from ppi4cities.community.messaging.selectors import unread_conversation_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_conversations(context) -> int:
    request = context.get("request")
    return unread_conversation_count(request.user) if request is not None else 0
