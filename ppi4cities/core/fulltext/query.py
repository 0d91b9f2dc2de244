"""Turns whatever a person typed into a small, safe query: words and quoted phrases.

No character of the input reaches a database as syntax. The parser keeps only runs of
letters and digits, folded the way the index is folded, so the backends can quote every
token themselves: unbalanced quotes, `*`, `-`, `NEAR`, `AND`, markup or 1,000 characters of
noise give an ordinary query or an empty one, never an error.
"""

import re
from dataclasses import dataclass

from ppi4cities.core.search import fold

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MAX_PHRASE_WORDS = 8
# Long words also match by their first letters, so "beschaffungen" finds "Beschaffung" and
# "panevezio" finds "Panevėžys" where no stemmer exists for the language.
TRIM_FROM_LENGTH = 8
TRIM_CHARS = 2

WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r'"([^"]*)"|([^"]+)|"([^"]*)$')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_QUOTES = str.maketrans(dict.fromkeys("“”„«»″", '"'))


def words(text: str) -> list[str]:
    """The folded words of `text`, as the index stores them."""
    return WORD.findall(fold(text))


def indexable(text: str) -> str:
    """`text` reduced to its folded words separated by single spaces."""
    return " ".join(words(text))


@dataclass(frozen=True)
class Term:
    """One required part of a query: a word, or a phrase of words in that order."""

    words: tuple[str, ...]
    raw: str  # lower-cased, not folded: what the stemmers of PostgreSQL read

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    @property
    def trimmed(self) -> str | None:
        """A shorter prefix of a long single word, or None."""
        if self.is_phrase or len(self.words[0]) < TRIM_FROM_LENGTH:
            return None
        return self.words[0][:-TRIM_CHARS]


@dataclass(frozen=True)
class Query:
    """The terms a record must all contain; `open_ended` when the last word is still typed."""

    terms: tuple[Term, ...]
    open_ended: bool = False

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def all_words(self) -> list[str]:
        return [word for term in self.terms for word in term.words]


def parse(text: str) -> Query:
    """Parse user input into terms; anything unparseable is dropped, never raised."""
    text = (text or "")[:MAX_QUERY_CHARS].translate(_QUOTES)
    terms: list[Term] = []
    for match in _PIECE.finditer(text):
        phrase, loose, unclosed = match.groups()
        if phrase is not None:
            _add_phrase(terms, phrase)
        else:
            for raw in (loose or unclosed or "").split():
                if raw in _OPERATORS:
                    continue
                for part in WORD.findall(raw.lower()):
                    _add_phrase(terms, part)
    unique = list(dict.fromkeys(terms))[:MAX_TERMS]
    last_is_word = bool(unique) and not unique[-1].is_phrase
    open_ended = last_is_word and bool(text) and not text[-1].isspace() and text[-1] != '"'
    return Query(tuple(unique), open_ended)


def _add_phrase(terms: list[Term], text: str) -> None:
    folded = tuple(words(text)[:MAX_PHRASE_WORDS])
    if folded:
        raw = " ".join(WORD.findall(text.lower())[:MAX_PHRASE_WORDS])
        terms.append(Term(folded, raw))
