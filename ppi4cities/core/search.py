"""Keyword matching shared by the directory and later capabilities.

Each searchable row keeps a `search_text` column: its words lower-cased with diacritics
folded, so "panevezys" finds "Panevėžys" and "gdansk" finds "Gdańsk" on SQLite and
PostgreSQL alike. A query matches when every one of its words occurs in that text.
"""

import re
import unicodedata

from django.db.models import Q

_SPECIAL_FOLDS = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i"})
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 8


def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics."""
    decomposed = unicodedata.normalize("NFKD", (text or "").lower().translate(_SPECIAL_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_words(query: str) -> list[str]:
    return _WORD.findall(fold(query))[:MAX_QUERY_WORDS]


def build_search_text(*parts) -> str:
    return " ".join(fold(str(part)) for part in parts if part)


def filter_by_words(queryset, query: str, field: str = "search_text"):
    """Keep rows whose `field` contains every word of `query`."""
    condition = Q()
    for word in query_words(query):
        condition &= Q(**{f"{field}__contains": word})
    return queryset.filter(condition)
