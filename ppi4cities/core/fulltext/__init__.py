"""Full-text search for every capability: index records, search, rank, snippet and suggest.

One interface, two backends chosen by the database engine: SQLite FTS5 (`sqlite.py`) and
PostgreSQL full-text search (`postgres.py`). Capabilities index their records under a `kind`
("resource", "question", "pilot") by primary key, and filter their own querysets by the
matches, so facets and permissions stay in SQL. docs/search.md describes the behaviour.
"""

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from django.db import connection, transaction
from django.db.models import Case, F, FloatField, Func, IntegerField, Value, When
from django.db.models.expressions import RawSQL
from django.utils.safestring import SafeString

from ppi4cities.core import caching
from ppi4cities.core.models import SearchEntry

from . import postgres, sqlite
from .query import Query, indexable, parse
from .snippets import best_passage, highlight, matcher_for

__all__ = [
    "Document",
    "Matches",
    "SearchResult",
    "Suggestion",
    "highlight",
    "index",
    "index_many",
    "forget_matches",
    "match",
    "parse",
    "remove",
    "remove_many",
    "search",
    "snippets",
    "suggest",
]

MAX_TITLE_CHARS = 500
MAX_TEXT_CHARS = 200_000  # far below PostgreSQL's 1 MB tsvector limit
FUZZY_LIMIT = 20
MIN_SUGGEST_CHARS = 2
SUGGEST_CANDIDATES = 50
# Up to this many matches, `match` also asks the engine's own rank of each (bm25, ts_rank_cd);
# beyond it, scoring every match costs more than a page of results may take. PostgreSQL reads
# each vector back from TOAST storage to rank it, hence its smaller limit.
EXACT_RANK_LIMIT = {"sqlite": 2000, "postgresql": 1000}
# Recent results per process, by total size: a common word's 70,000 ids take 0.6 MB.
MATCH_CACHE_BYTES = 48 * 2**20
MATCH_CACHE_SECONDS = 60
FAMILY = "fulltext"


@dataclass(frozen=True)
class Document:
    """The searchable text of one record, in the record's language (an ISO 639-1 code)."""

    object_id: int
    language: str
    title: str
    summary: str = ""
    body: str = ""
    keywords: str = ""


@dataclass(frozen=True)
class Suggestion:
    object_id: int
    title: str


def _backend():
    return postgres if connection.vendor == "postgresql" else sqlite


def _row(document: Document) -> tuple:
    title = (document.title or "")[:MAX_TITLE_CHARS]
    texts = [(text or "")[:MAX_TEXT_CHARS] for text in (document.summary, document.body)]
    keywords = (document.keywords or "")[:MAX_TEXT_CHARS]
    language = (document.language or "").lower()[:2]
    plain = (title, *texts, keywords)
    return (int(document.object_id), language, *plain, *(indexable(text) for text in plain))


def index(
    kind: str,
    object_id: int,
    *,
    language: str,
    title: str,
    summary: str = "",
    body: str = "",
    keywords: str = "",
) -> None:
    """Add a record to the index, or replace what the index held for it."""
    index_many(kind, [Document(object_id, language, title, summary, body, keywords)])


def index_many(kind: str, documents: Iterable[Document | Mapping]) -> None:
    """Add or replace many records at once (documents or mappings with the same keys)."""
    latest = {}
    for document in documents:
        if isinstance(document, Mapping):
            document = Document(**document)
        latest[document.object_id] = document
    if latest:
        with transaction.atomic():
            _backend().write(kind, [_row(document) for document in latest.values()])
            caching.bump_now_and_on_commit(_family(kind))


def remove(kind: str, object_id: int) -> None:
    """Take a record out of the index; nothing happens when it was not there."""
    remove_many(kind, [object_id])


def remove_many(kind: str, object_ids: Iterable[int]) -> None:
    """Take records out of the index; ids that were not there are ignored."""
    with transaction.atomic():
        _backend().delete(kind, [int(object_id) for object_id in object_ids])
        caching.bump_now_and_on_commit(_family(kind))


class _Rank(Func):
    """A backend's rank subquery, correlated with the primary key of the outer queryset."""

    output_field = FloatField()

    def __init__(self, sql: str, params: list):
        super().__init__(F("pk"))
        self.rank_sql, self.rank_params = sql, params

    def as_sql(self, compiler, connection, **extra_context):
        outer_sql, outer_params = compiler.compile(self.source_expressions[0])
        return f"({self.rank_sql} {outer_sql})", [*self.rank_params, *outer_params]


class SearchResult:
    """The records of one `kind` that match a query, best first.

    `ranked(queryset)` keeps the queryset lazy: filtered by the matches and ordered by
    relevance in SQL, so callers can add filters, facet counts and pagination. `ids` runs the
    search on its own. When nothing matches exactly, the result holds typo-tolerant title
    matches instead and `fuzzy` is True.
    """

    def __init__(self, kind: str, query: Query, *, limit: int | None, fuzzy_ids=None):
        self.kind, self.query, self.limit = kind, query, limit
        self.fuzzy = fuzzy_ids is not None
        self._fuzzy_ids = fuzzy_ids or []

    @property
    def matching(self):
        """The matching primary keys, for `Model.objects.filter(pk__in=result.matching)`."""
        if not self.query or self.fuzzy:
            return self._fuzzy_ids
        # The backend quotes every token itself; user text only ever travels as a parameter.
        return RawSQL(*_backend().matches_sql(self.kind, self.query))  # noqa: S611

    def ranked(self, queryset):
        """`queryset` narrowed to the matches, annotated `search_rank` and ordered by it."""
        queryset = queryset.filter(pk__in=self.matching)
        if not self.query or self.fuzzy:
            rank = Case(
                *(When(pk=pk, then=Value(-position)) for position, pk in enumerate(self.ids)),
                default=Value(None),
                output_field=IntegerField(),
            )
        else:
            rank = _Rank(*_backend().rank_sql(self.kind, self.query))
        return queryset.annotate(search_rank=rank).order_by("-search_rank", "pk")

    @cached_property
    def ids(self) -> list[int]:
        """The matching primary keys, best first, at most `limit` of them."""
        if not self.query or self.fuzzy:
            return self._fuzzy_ids[: self.limit]
        return _backend().ranked_ids(self.kind, self.query, self.limit)


def search(kind: str, query: str, *, limit: int | None = None) -> SearchResult:
    """Search records of `kind`; every word and "quoted phrase" must match.

    A query of plain words falls back to typo-tolerant title matches when nothing matches
    exactly (one extra query); a quoted phrase asks for exactly those words and never does.
    """
    parsed = parse(query)
    result = SearchResult(kind, parsed, limit=limit)
    has_phrase = any(term.is_phrase for term in parsed.terms)
    if parsed and not has_phrase and not _any_match(kind, parsed):
        fuzzy_ids = _backend().similar_titles(kind, parsed, limit or FUZZY_LIMIT)
        result = SearchResult(kind, parsed, limit=limit, fuzzy_ids=fuzzy_ids)
    return result


def _any_match(kind: str, query: Query) -> bool:
    """Whether anything matches exactly: an EXISTS, without ranking every match."""
    sql, params = _backend().matches_sql(kind, query)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT EXISTS ({sql})", params)  # noqa: S608 - backend-built SQL
        return bool(cursor.fetchone()[0])


def snippets(kind: str, object_ids: Iterable[int], query: str) -> dict[int, SafeString]:
    """For a page of ids: a short passage of each record, matched words in <mark>, escaped."""
    parsed = parse(query)
    entries = SearchEntry.objects.filter(kind=kind, object_id__in=list(object_ids))
    matcher = matcher_for(parsed)  # one for the page: its memory of words serves every row
    return {
        object_id: best_passage([summary, body], parsed, matcher)
        for object_id, summary, body in entries.values_list("object_id", "summary", "body")
    }


def suggest(kind: str, prefix: str, limit: int = 8) -> list[Suggestion]:
    """Titles for search-as-you-type: those starting with the text first, then word matches."""
    parsed = parse(prefix)
    folded = " ".join(parsed.all_words)
    if len(folded) < MIN_SUGGEST_CHARS:
        return []
    backend = _backend()
    rows = backend.titles_starting_with(kind, folded, limit) if parsed.open_ended else []
    if len(rows) < limit:
        candidates = backend.titles_with_words(kind, parsed, SUGGEST_CANDIDATES)
        rows += sorted(candidates, key=lambda row: (len(row[1]), row[1]))
    unique = dict(rows)
    return [Suggestion(object_id, title) for object_id, title in list(unique.items())[:limit]]


def _family(kind: str) -> str:
    """One cache family for the whole index: the SQLite backend's row-id mapping covers
    every kind, and writes are rare next to searches."""
    return FAMILY


@dataclass(frozen=True)
class Matches:
    """Every record of a kind that matches a query, as arrays for counting and ordering in
    memory: `ids` ascending; `in_title` says, for each, whether its title alone holds every
    term; `scores` holds the engine's rank of each (higher is better) when there are at most
    EXACT_RANK_LIMIT matches (per engine), else None. Typo-tolerant matches (`fuzzy`) are scored by
    their similarity."""

    ids: np.ndarray
    in_title: np.ndarray
    scores: np.ndarray | None
    fuzzy: bool = False

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        scores = 0 if self.scores is None else self.scores.nbytes
        return self.ids.nbytes + self.in_title.nbytes + scores


_matches: OrderedDict = OrderedDict()
_matches_lock = threading.Lock()  # threaded servers share the cache between requests


def match(kind: str, query: str) -> Matches:
    """The matches of `query` as arrays, kept a minute per process (within MATCH_CACHE_BYTES)
    and dropped at once when the index changes, so paging, sorting and refining by facets
    search only once."""
    parsed = parse(query)
    key = (connection.alias, kind, parsed, caching.generation(_family(kind)))
    with _matches_lock:
        cached = _matches.get(key)
        if cached is not None and time.monotonic() - cached[0] < MATCH_CACHE_SECONDS:
            _matches.move_to_end(key)
            return cached[1]
    result = _match(kind, parsed)
    with _matches_lock:
        _matches[key] = (time.monotonic(), result)
        total = sum(entry.nbytes for _at, entry in _matches.values())
        while total > MATCH_CACHE_BYTES and len(_matches) > 1:
            total -= _matches.popitem(last=False)[1][1].nbytes
    return result


def _unique(ids: np.ndarray) -> np.ndarray:
    """Sorted distinct ids through a bitmap: linear, quicker than sorting 100,000 ids (sparse
    ids, where the bitmap would be large, are sorted instead)."""
    if not len(ids):
        return ids
    if int(ids.max()) > 16 * len(ids) + 2**20:
        return np.unique(ids)
    seen = np.zeros(int(ids.max()) + 1, dtype=bool)
    seen[ids] = True
    return np.flatnonzero(seen).astype(np.int64)


def forget_matches() -> None:
    """Empty this process's cache of recent matches (the benchmark measures cold searches)."""
    with _matches_lock:
        _matches.clear()


def _match(kind: str, query: Query) -> Matches:
    empty = np.empty(0, dtype=np.int64)
    if not query:
        return Matches(empty, np.empty(0, dtype=bool), None)
    backend = _backend()
    ids = np.asarray(backend.match_ids(kind, query), dtype=np.int64)
    # One entry per record (a unique constraint) on PostgreSQL; SQLite's two FTS5 tables may
    # both return a record.
    ids = np.sort(ids) if backend is postgres else _unique(ids)
    if not len(ids):
        if any(term.is_phrase for term in query.terms):
            return Matches(empty, np.empty(0, dtype=bool), None)
        similar = np.asarray(backend.similar_titles(kind, query, FUZZY_LIMIT), dtype=np.int64)
        order = np.argsort(similar)
        scores = np.arange(len(similar), 0, -1, dtype=np.float64)[order]
        return Matches(similar[order], np.ones(len(similar), dtype=bool), scores, fuzzy=True)
    in_title = np.isin(ids, backend.title_match_ids(kind, query))
    scores = None
    if len(ids) <= EXACT_RANK_LIMIT[connection.vendor]:
        if backend is postgres:
            ranked = postgres.scores(kind, query, ids.tolist())
        else:
            ranked = sqlite.scores(kind, query)
        by_id = dict(ranked)
        scores = np.array([by_id.get(int(pk), 0.0) for pk in ids], dtype=np.float64)
    return Matches(ids, in_title, scores)
