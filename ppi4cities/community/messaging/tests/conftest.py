"""Helpers of the messaging tests: signed-in clients and conversations made the real way."""

from ppi4cities.community.messaging import services


def start(starter, *others, text="Hello, shall we compare our tenders?", **extra):
    return services.conversation_start(starter=starter, others=list(others), text=text, **extra)


def send(conversation, sender, text="Thanks, here is our plan."):
    return services.message_send(conversation=conversation, sender=sender, text=text)
