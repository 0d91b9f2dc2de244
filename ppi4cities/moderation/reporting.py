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
    url: Callable[[object], str]  # a path where the author and reporters see the item
    author: Callable[[object], object]  # the person the item belongs to, or None
    can_see: Callable[[object, object], bool]  # can_see(user, item): reporters must see it
    hideable: bool = True  # profiles are acted on through their person, not hidden
    # The text moderators read in the queue; by default the item's body, text or description.
    text: Callable[[object], str] | None = None
    # Relations the queue loads with the items, so that title, url and author need no query.
    related: tuple[str, ...] = ()
    # Called inside the transaction after the item was hidden or restored (search index,
    # denormalised counts).
    on_visibility_changed: Callable[[object], None] | None = None
    # Private items (messages) are read in the queue itself: moderators cannot open their url.
    private: bool = False


REPORTABLES: dict[str, Reportable] = {}

TEXT_FIELDS = ("body", "text", "description", "bio")


def register(reportable: Reportable) -> None:
    """Called from an app's `ready()`."""
    REPORTABLES[reportable.kind] = reportable


def reportable_for_model(model) -> Reportable | None:
    for reportable in REPORTABLES.values():
        if reportable.model is model:
            return reportable
    return None


def item_text(reportable: Reportable, item) -> str:
    """What moderators read of the item."""
    if reportable.text is not None:
        return reportable.text(item)
    for field in TEXT_FIELDS:
        value = getattr(item, field, None)
        if isinstance(value, str) and value:
            return value
    return ""
