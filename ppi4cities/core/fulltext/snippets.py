"""Highlighting in Python, the same on both databases: matched words in <mark>, the rest escaped."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import WORD, Query, indexable

SNIPPET_WORDS = 30
WORDS_BEFORE_MATCH = 8
# An inflection the index matches ("procurement" → "procurements") is a few letters at most.
SUFFIX_LETTERS = 3


def matcher_for(query: Query):
    wanted = set(query.all_words)
    prefixes = {term.trimmed for term in query.terms if term.trimmed}
    if query.open_ended:
        prefixes.add(query.terms[-1].words[-1])

    known: dict[str, bool] = {}  # a page of snippets repeats most of its words

    def matches(token: str) -> bool:
        found = known.get(token)
        if found is None:
            found = known[token] = _decide(indexable(token))
        return found

    def _decide(folded: str) -> bool:
        if folded in wanted or any(folded.startswith(prefix) for prefix in prefixes):
            return True
        return any(
            folded.startswith(word) and len(folded) - len(word) <= SUFFIX_LETTERS
            for word in wanted
            if len(word) >= 4
        )

    return matches


def _never(token: str) -> bool:
    return False


def highlight(text: str, query: Query, *, words: int | None = None, matches=None) -> SafeString:
    """`text` escaped, matched words in <mark>; cut to `words` words around the first match.
    `matches` (from `matcher_for`) can be shared by the snippets of one page."""
    text = text or ""
    tokens = list(WORD.finditer(text))
    if matches is None:
        matches = matcher_for(query) if query else _never
    hits = [index for index, token in enumerate(tokens) if matches(token.group())]
    start_word, end_word = 0, len(tokens)
    if words is not None and len(tokens) > words:
        start_word = max(0, min(hits[0] - WORDS_BEFORE_MATCH, len(tokens) - words)) if hits else 0
        end_word = start_word + words
    begin = tokens[start_word].start() if start_word else 0
    end = tokens[end_word - 1].end() if end_word < len(tokens) else len(text)
    pieces = ["… "] if start_word else []
    position = begin
    for index in hits:
        if start_word <= index < end_word:
            token = tokens[index]
            pieces.append(escape(text[position : token.start()]))
            pieces.append(f"<mark>{escape(token.group())}</mark>")
            position = token.end()
    pieces.append(escape(text[position:end]))
    if end_word < len(tokens):
        pieces.append(" …")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text above is escaped


def best_passage(fields: list[str], query: Query, matches=None) -> SafeString:
    """A snippet from the first field that contains a match, else from the first non-empty one."""
    if matches is None:
        matches = matcher_for(query) if query else _never
    for text in fields:
        if any(matches(token) for token in WORD.findall(text or "")):
            return highlight(text, query, words=SNIPPET_WORDS, matches=matches)
    first = next((text for text in fields if text), "")
    return highlight(first, query, words=SNIPPET_WORDS, matches=matches)
