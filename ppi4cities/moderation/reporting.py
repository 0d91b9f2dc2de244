"""What members can report, registered by each capability, and what moderators act on.

A reportable model has an author and a nullable `hidden_at`: hidden content is left out of
every list, page, search result, feed, notification and API answer for everyone except its
author (who sees that it was hidden) and the moderators.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Reportable:
    kind: str  # the name in addresses and the queue: "question", "answer", "message", ...
    model: type
    name: object  # what the kind is called, translatable ("question")
    title: Callable[[object], str]  # the item's name in the queue and in emails
    url: Callable[[object], str]  # a path where a moderator sees the item in context
    author: Callable[[object], object]  # the person the item belongs to, or None
    can_see: Callable[[object, object], bool]  # can_see(user, item): reporters must see it
    hideable: bool = True  # profiles are acted on through their person, not hidden


REPORTABLES: dict[str, Reportable] = {}


def register(reportable: Reportable) -> None:
    """Called from an app's `ready()`."""
    REPORTABLES[reportable.kind] = reportable


def reportable_for_model(model) -> Reportable | None:
    for reportable in REPORTABLES.values():
        if reportable.model is model:
            return reportable
    return None
