"""The SQLite backend: FTS5 tables keyed by `core_searchentry.id`.

`core_searchentry_fts` holds every record's folded text (unicode61, diacritics removed, with
prefix indexes for search-as-you-type); `core_searchentry_stem` holds English records again
through the porter stemmer; `core_searchentry_trigram` holds folded titles split into
trigrams, which is where typo-tolerant matches come from. Every MATCH expression is built
here from parsed tokens, each quoted, so user input never reaches FTS5 as syntax.
"""

import numpy as np
from django.db import connection

from ppi4cities.core import caching
from ppi4cities.core.arrays import numbers
from ppi4cities.core.models import SearchEntry

from .query import Query, Term

STEMMED = {"en"}  # languages the porter table holds
BATCH = 500
FUZZY_CANDIDATES = 300
FUZZY_THRESHOLD = 0.4


def write(kind: str, rows: list[tuple]) -> None:
    """Insert or replace rows (object_id, language, title, summary, body, keywords, folded…)."""
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            _delete(cursor, kind, [row[0] for row in batch])
            entries = SearchEntry.objects.bulk_create(
                SearchEntry(
                    kind=kind,
                    object_id=object_id,
                    language=language,
                    title=title,
                    title_folded=f_title,
                    summary=summary,
                    body=body,
                    keywords=keywords,
                )
                for (object_id, language, title, summary, body, keywords, f_title, *_) in batch
            )
            texts = [(entry.id, *row[6:]) for entry, row in zip(entries, batch, strict=True)]
            cursor.executemany(
                "INSERT INTO core_searchentry_fts (rowid, title, summary, body, keywords) "
                "VALUES (%s, %s, %s, %s, %s)",
                texts,
            )
            cursor.executemany(
                "INSERT INTO core_searchentry_stem (rowid, title, summary, body, keywords) "
                "VALUES (%s, %s, %s, %s, %s)",
                [text for text, row in zip(texts, batch, strict=True) if row[1] in STEMMED],
            )
            cursor.executemany(
                "INSERT INTO core_searchentry_trigram (rowid, title) VALUES (%s, %s)",
                [(text[0], text[1]) for text in texts],
            )


def delete(kind: str, object_ids: list[int]) -> None:
    with connection.cursor() as cursor:
        for start in range(0, len(object_ids), BATCH):
            _delete(cursor, kind, object_ids[start : start + BATCH])


def _delete(cursor, kind, object_ids):
    marks = ", ".join(["%s"] * len(object_ids))
    entries = f"SELECT id FROM core_searchentry WHERE kind = %s AND object_id IN ({marks})"  # noqa: S608
    for table in ("core_searchentry_fts", "core_searchentry_stem", "core_searchentry_trigram"):
        cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({entries})", [kind, *object_ids])  # noqa: S608
    cursor.execute(
        f"DELETE FROM core_searchentry WHERE kind = %s AND object_id IN ({marks})",  # noqa: S608
        [kind, *object_ids],
    )


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _term(term: Term) -> str:
    phrase = _quote(" ".join(term.words))
    if term.trimmed:
        return f"({phrase} OR {_quote(term.trimmed)} *)"
    return phrase


def match_expression(query: Query) -> str:
    return " AND ".join(_term(term) for term in query.terms)


# bm25() weights title 10, summary 4, body 1, keywords 4: title matches rank first.
_HITS = (
    "SELECT e.object_id AS object_id, MIN(h.score) AS score FROM ("
    "SELECT rowid AS id, bm25(core_searchentry_fts, 10.0, 4.0, 1.0, 4.0) AS score "
    "FROM core_searchentry_fts WHERE core_searchentry_fts MATCH %s "
    "UNION ALL SELECT rowid, bm25(core_searchentry_stem, 10.0, 4.0, 1.0, 4.0) "
    "FROM core_searchentry_stem WHERE core_searchentry_stem MATCH %s"
    ") h JOIN core_searchentry e ON e.id = h.id WHERE e.kind = %s GROUP BY e.object_id"
)


def matches_sql(kind: str, query: Query) -> tuple[str, list]:
    """SQL selecting the object ids that match, for `pk__in`."""
    expression = match_expression(query)
    return (
        "SELECT e.object_id FROM core_searchentry e WHERE e.kind = %s AND e.id IN ("
        "SELECT rowid FROM core_searchentry_fts WHERE core_searchentry_fts MATCH %s "
        "UNION SELECT rowid FROM core_searchentry_stem WHERE core_searchentry_stem MATCH %s)",
        [kind, expression, expression],
    )


def rank_sql(kind: str, query: Query) -> tuple[str, list]:
    """A scalar subquery, completed by the outer primary key, giving a rank (higher = better)."""
    expression = match_expression(query)
    return (
        f"WITH hits AS MATERIALIZED ({_HITS}) SELECT -score FROM hits WHERE object_id =",  # noqa: S608
        [expression, expression, kind],
    )


def ranked_ids(kind: str, query: Query, limit: int | None) -> list[int]:
    expression = match_expression(query)
    sql = f"SELECT object_id FROM ({_HITS}) ORDER BY score, object_id"  # noqa: S608
    params = [expression, expression, kind]
    if limit is not None:
        sql += " LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def titles_starting_with(kind: str, prefix: str, limit: int) -> list[tuple[int, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id, title FROM core_searchentry WHERE kind = %s "
            "AND title_folded >= %s AND title_folded < %s ORDER BY title_folded LIMIT %s",
            [kind, prefix, prefix + "\U0010ffff", limit],
        )
        return cursor.fetchall()


def titles_with_words(kind: str, query: Query, limit: int) -> list[tuple[int, str]]:
    """Titles containing every word, the last one as a prefix when it is still being typed."""
    parts = [_quote(" ".join(term.words)) for term in query.terms]
    if query.open_ended:
        parts[-1] += " *"
    with connection.cursor() as cursor:
        cursor.execute(
            # CROSS JOIN keeps FTS5 as the outer loop, which stops at the limit.
            "SELECT e.object_id, e.title FROM core_searchentry_fts f "
            "CROSS JOIN core_searchentry e ON e.id = f.rowid "
            "WHERE core_searchentry_fts MATCH %s AND e.kind = %s LIMIT %s",
            ["title : (" + " AND ".join(parts) + ")", kind, limit],
        )
        return cursor.fetchall()


def similar_titles(kind: str, query: Query, limit: int) -> list[int]:
    """Typo-tolerant matches: titles whose words are trigram-similar to every query word.

    FTS5's trigram table finds candidate titles sharing trigrams with the query; the
    similarity that pg_trgm computes is then applied to them here.
    """
    words = [word for word in query.all_words if len(word) >= 3]
    grams = sorted({gram for word in words for gram in _trigrams(word, padded=False)})[:40]
    if not grams:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.object_id, e.title_folded FROM ("
            "SELECT rowid AS id, rank FROM core_searchentry_trigram "
            "WHERE core_searchentry_trigram MATCH %s ORDER BY rank LIMIT %s"
            ") t JOIN core_searchentry e ON e.id = t.id WHERE e.kind = %s",
            [" OR ".join(_quote(gram) for gram in grams), FUZZY_CANDIDATES, kind],
        )
        candidates = cursor.fetchall()
    scored = []
    for object_id, title in candidates:
        title_words = title.split()
        if not title_words:
            continue
        scores = [max(_similarity(word, other) for other in title_words) for word in words]
        if min(scores) >= FUZZY_THRESHOLD:
            scored.append((-sum(scores), object_id))
    return [object_id for _, object_id in sorted(scored)[:limit]]


def _trigrams(word: str, padded: bool = True) -> set[str]:
    text = f"  {word} " if padded else word
    return {text[i : i + 3] for i in range(len(text) - 2)}


def _similarity(a: str, b: str) -> float:
    """pg_trgm's similarity: shared trigrams over all trigrams of the two padded words."""
    first, second = _trigrams(a), _trigrams(b)
    return len(first & second) / len(first | second)


def _joined_ids(cursor) -> np.ndarray:
    return numbers(cursor.fetchone()[0])


class _EntryIds:
    """Kind and object id of every index row, held in memory: mapping FTS5's row ids in
    memory is several times quicker than joining them back to `core_searchentry` in SQL.

    Two arrays indexed by row id (row ids are dense: AUTOINCREMENT) give the object id and
    a code of the kind, -1 where no row is. Every index write bumps the "fulltext"
    generation, which drops them; and since rewriting a record gives it a new row id, a row
    id they do not know (written by a process that shares no cache with this one) means
    they are out of date: they are read again."""

    def __init__(self):
        self.by_database = {}

    def __call__(self, kind: str, rowids: np.ndarray) -> np.ndarray:
        if not len(rowids):
            return rowids
        key = (connection.alias, caching.generation("fulltext"))
        mapping = self.by_database.get(key)
        if mapping is None or not self._knows(mapping, rowids):
            mapping = self._read(key)
            rowids = rowids[rowids < len(mapping[0])]
        objects, kinds, codes = mapping
        found = objects[rowids]
        return found[(kinds[rowids] == codes.get(kind, -2)) & (found >= 0)]

    @staticmethod
    def _knows(mapping, rowids) -> bool:
        objects = mapping[0]
        return int(rowids.max()) < len(objects) and bool((objects[rowids] >= 0).all())

    def _read(self, key):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT group_concat(id), group_concat(object_id), group_concat(kind, '|') "
                "FROM core_searchentry"
            )
            entries, objects, kinds = cursor.fetchone()
        entries, objects = numbers(entries), numbers(objects)
        names, kind_of_entry = np.unique(
            np.asarray(kinds.split("|") if kinds else [], dtype=str), return_inverse=True
        )
        size = int(entries.max()) + 1 if len(entries) else 0
        object_by_entry = np.full(size, -1, dtype=np.int64)
        kind_by_entry = np.full(size, -1, dtype=np.int16)
        object_by_entry[entries] = objects
        kind_by_entry[entries] = kind_of_entry
        codes = {str(name): code for code, name in enumerate(names)}
        self.by_database = {key: (object_by_entry, kind_by_entry, codes)}
        return self.by_database[key]


_entry_ids = _EntryIds()


_ROWIDS = (
    "SELECT group_concat(rowid) FROM (SELECT rowid FROM core_searchentry_fts "
    "WHERE core_searchentry_fts MATCH %s UNION ALL SELECT rowid FROM "
    "core_searchentry_stem WHERE core_searchentry_stem MATCH %s)"
)


def match_ids(kind: str, query: Query) -> np.ndarray:
    """Every matching object id, in no particular order (an id may come twice)."""
    expression = match_expression(query)
    with connection.cursor() as cursor:
        cursor.execute(_ROWIDS, [expression, expression])
        return _entry_ids(kind, _joined_ids(cursor))


def title_match_ids(kind: str, query: Query) -> np.ndarray:
    """The matching object ids whose title alone holds every term."""
    expression = "title : (" + match_expression(query) + ")"
    with connection.cursor() as cursor:
        cursor.execute(_ROWIDS, [expression, expression])
        return _entry_ids(kind, _joined_ids(cursor))


def scores(kind: str, query: Query) -> list[tuple[int, float]]:
    """(object id, rank) of every match, higher is better; bm25 is computed for every
    match, so callers ask only when the matches are few."""
    expression = match_expression(query)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT object_id, -score FROM ({_HITS})",  # noqa: S608
            [expression, expression, kind],
        )
        return cursor.fetchall()
