"""What each part of the platform holds about a person, gathered for the privacy download.

Each app registers a section from its `AppConfig.ready`, so the accounts app need not know
the others and a new app cannot forget the download by being left out of a list here.
"""

from collections.abc import Callable


def when(value) -> str | None:
    return value.isoformat() if value else None


_SECTIONS: dict[str, Callable] = {}


def register(name: str, section: Callable) -> None:
    """`section(user)` returns JSON-ready data about the person; `name` is its key."""
    _SECTIONS[name] = section


def sections(user) -> dict:
    return {name: section(user) for name, section in sorted(_SECTIONS.items())}
