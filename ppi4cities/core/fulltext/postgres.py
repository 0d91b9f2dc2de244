"""The PostgreSQL backend: a weighted tsvector column on `core_searchentry`, GIN-indexed.

Each record's vector joins two parts: its text through the configuration of its language
(stemmed where PostgreSQL has a stemmer) and its folded text through `simple`, so that
"procurements" finds "procurement" and "panevezys" finds "Panevėžys" without the unaccent
extension. Title is weight A, summary and keywords B, body C; ts_rank_cd ranks by them.
A `_` lexeme between the parts keeps a phrase from matching across two of them. Queries
are built with plainto_tsquery / phraseto_tsquery on parsed tokens, which accept any text,
so user input never reaches to_tsquery's syntax.
"""

import numpy as np
from django.db import connection, transaction

from ppi4cities.core.arrays import numbers

from .query import Query, Term

CONFIGS = {"en": "english", "de": "german", "da": "danish", "fi": "finnish", "sv": "swedish"}
BATCH = 2000
FUZZY_THRESHOLD = 0.5

_WRITE = """
INSERT INTO core_searchentry
    (kind, object_id, language, title, title_folded, summary, body, keywords, vector)
SELECT %s, r.object_id, r.language, r.title, r.f_title, r.summary, r.body, r.keywords,
    setweight(to_tsvector(r.config::regconfig, r.title), 'A')
    || '_:1'::tsvector || setweight(to_tsvector(r.config::regconfig, r.keywords), 'B')
    || '_:1'::tsvector || setweight(to_tsvector(r.config::regconfig, r.summary), 'B')
    || '_:1'::tsvector || setweight(to_tsvector(r.config::regconfig, r.body), 'C')
    || '_:1'::tsvector || setweight(to_tsvector('simple', r.f_title), 'A')
    || '_:1'::tsvector || setweight(to_tsvector('simple', r.f_keywords), 'B')
    || '_:1'::tsvector || setweight(to_tsvector('simple', r.f_summary), 'B')
    || '_:1'::tsvector || setweight(to_tsvector('simple', r.f_body), 'C')
    || array_to_tsvector(string_to_array(r.pairs, ' '))
FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[],
            %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])
    AS r(object_id, language, config, title, summary, body, keywords,
         f_title, f_summary, f_body, f_keywords, pairs)
ON CONFLICT (kind, object_id) DO UPDATE SET
    language = EXCLUDED.language, title = EXCLUDED.title,
    title_folded = EXCLUDED.title_folded, summary = EXCLUDED.summary, body = EXCLUDED.body,
    keywords = EXCLUDED.keywords, vector = EXCLUDED.vector
"""
PAIR = "{}_{}"


def word_pairs(*texts: str) -> str:
    """Every pair of neighbouring words of each folded text, as lexemes ("market_consultation"):
    a quoted phrase then matches through the index alone, without reading back each
    candidate's positions (see `_term`)."""
    pairs = set()
    for text in texts:
        words = text.split()
        pairs.update(PAIR.format(a, b) for a, b in zip(words, words[1:], strict=False))
    return " ".join(sorted(pairs))


def write(kind: str, rows: list[tuple]) -> None:
    """Insert or replace rows (object_id, language, title, summary, body, keywords, folded…)."""
    with connection.cursor() as cursor:
        # A larger GIN pending list merges a bulk load in far fewer, larger steps.
        cursor.execute("SET LOCAL gin_pending_list_limit = '64MB'")
        for start in range(0, len(rows), BATCH):
            columns = [list(column) for column in zip(*rows[start : start + BATCH], strict=True)]
            configs = [CONFIGS.get(language, "simple") for language in columns[1]]
            pairs = [word_pairs(*folded) for folded in zip(*columns[6:10], strict=True)]
            cursor.execute(_WRITE, [kind, columns[0], columns[1], configs, *columns[2:], pairs])


def delete(kind: str, object_ids: list[int]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM core_searchentry WHERE kind = %s AND object_id = ANY(%s)",
            [kind, list(object_ids)],
        )


def _alternatives(term: Term, *, positions: bool = False) -> tuple[str, list[tuple[str, list]]]:
    """The ways a term may match, each as (SQL, params), and the operator joining them: any
    stemmed form of the term, its folded form, or (long words) its trimmed prefix.

    A phrase matches, unless `positions` is asked (for ranking), through its word-pair
    lexemes: every pair of neighbouring words must be there. Reading each candidate's
    positions back from TOAST storage instead costs seconds for a common phrase; the pairs
    differ from it only for a record holding "a b" and "b c" but never "a b c", and such a
    record ranks last (it has no positional match)."""
    if term.is_phrase and not positions:
        pairs = [PAIR.format(a, b) for a, b in zip(term.words, term.words[1:], strict=False)]
        # Folded words hold letters and digits only, so the quoted lexemes are safe.
        return " && ", [("%s::tsquery", [f"'{pair}'"]) for pair in pairs]
    function = "phraseto_tsquery" if term.is_phrase else "plainto_tsquery"
    found = [(f"{function}('{c}', %s)", [term.raw]) for c in sorted(set(CONFIGS.values()))]
    found.append((f"{function}('simple', %s)", [" ".join(term.words)]))
    if term.trimmed:
        found.append(("to_tsquery('simple', %s)", [f"'{term.trimmed}':*"]))
    return " || ", found


def _term(term: Term, *, positions: bool = False) -> tuple[str, list]:
    operator, found = _alternatives(term, positions=positions)
    return "(" + operator.join(sql for sql, _ in found) + ")", [p for _, ps in found for p in ps]


def tsquery(query: Query, *, positions: bool = False) -> tuple[str, list]:
    pieces = [_term(term, positions=positions) for term in query.terms]
    return " && ".join(sql for sql, _ in pieces), [p for _, params in pieces for p in params]


def compact_tsquery(cursor, query: Query) -> str:
    """`tsquery(query)` as text with every term's alternatives worked out once and the same
    lexeme kept once: most stemmers leave a word as it is, and the index checks each match
    against every alternative, so the compact form is a third quicker for several words."""
    terms = [_alternatives(term) for term in query.terms]
    columns = [f"({sql})::text" for _, found in terms for sql, _ in found]
    cursor.execute(
        f"SELECT ARRAY[{', '.join(columns)}]",  # noqa: S608 - built from the fixed SQL above
        [p for _, found in terms for _, params in found for p in params],
    )
    texts = iter(cursor.fetchone()[0])
    parts = []
    for operator, found in terms:
        alternatives = list(dict.fromkeys(text for text in (next(texts) for _ in found) if text))
        if operator.strip() == "&&":  # a phrase's pairs are all required
            parts.append("(" + " & ".join(alternatives) + ")")
        elif alternatives:
            parts.append("(" + " | ".join(alternatives) + ")")
    return " & ".join(parts)


def matches_sql(kind: str, query: Query) -> tuple[str, list]:
    """SQL selecting the object ids that match, for `pk__in`."""
    sql, params = tsquery(query)
    return (
        f"SELECT object_id FROM core_searchentry WHERE kind = %s AND vector @@ ({sql})",  # noqa: S608
        [kind, *params],
    )


def rank_sql(kind: str, query: Query) -> tuple[str, list]:
    """A scalar subquery, completed by the outer primary key, giving a rank (higher = better)."""
    sql, params = tsquery(query, positions=True)
    return (
        f"SELECT ts_rank_cd(hit.vector, {sql}) FROM core_searchentry hit "  # noqa: S608
        "WHERE hit.kind = %s AND hit.object_id =",
        [*params, kind],
    )


def ranked_ids(kind: str, query: Query, limit: int | None) -> list[int]:
    sql, params = tsquery(query)
    order_sql, rank_params = tsquery(query, positions=True)
    statement = (
        f"SELECT object_id FROM core_searchentry WHERE kind = %s AND vector @@ ({sql}) "  # noqa: S608
        f"ORDER BY ts_rank_cd(vector, {order_sql}) DESC, object_id"
    )
    params = [kind, *params, *rank_params]
    if limit is not None:
        statement += " LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return [row[0] for row in cursor.fetchall()]


def titles_starting_with(kind: str, prefix: str, limit: int) -> list[tuple[int, str]]:
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id, title FROM core_searchentry WHERE kind = %s "
            "AND title_folded LIKE %s ORDER BY title_folded LIMIT %s",
            [kind, pattern, limit],
        )
        return cursor.fetchall()


def titles_with_words(kind: str, query: Query, limit: int) -> list[tuple[int, str]]:
    """Titles containing every word, the last one as a prefix when it is still being typed."""
    # Regular expressions on the folded title use its trigram index, and recheck short text
    # rather than the whole vector.
    words = query.all_words
    patterns = [f"(^| ){word}( |$)" for word in words]
    if query.open_ended:
        patterns[-1] = f"(^| ){words[-1]}"
    conditions = " AND ".join(["title_folded ~ %s"] * len(patterns))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT object_id, title FROM core_searchentry "  # noqa: S608
            f"WHERE kind = %s AND {conditions} LIMIT %s",
            [kind, *patterns, limit],
        )
        return cursor.fetchall()


def similar_titles(kind: str, query: Query, limit: int) -> list[int]:
    """Typo-tolerant matches: titles that pg_trgm finds word-similar to the query."""
    text = " ".join(query.all_words)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id FROM core_searchentry WHERE kind = %s AND %s <%% title_folded "
            "AND word_similarity(%s, title_folded) >= %s "
            "ORDER BY word_similarity(%s, title_folded) DESC, object_id LIMIT %s",
            [kind, text, text, FUZZY_THRESHOLD, text, limit],
        )
        return [row[0] for row in cursor.fetchall()]


def match_ids(kind: str, query: Query) -> np.ndarray:
    """Every matching object id, in no particular order."""
    with transaction.atomic(), connection.cursor() as cursor:
        condition = compact_tsquery(cursor, query)
        if not condition:
            return numbers(None)
        # For a very common word the planner picks a sequential scan, which reads every
        # vector back from TOAST storage; the index's bitmap reads none of them (plain words
        # need no recheck), which is several times quicker.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "SELECT string_agg(object_id::text, ',') FROM core_searchentry "
            "WHERE kind = %s AND vector @@ %s::tsquery",
            [kind, condition],
        )
        return numbers(cursor.fetchone()[0])


def title_match_ids(kind: str, query: Query) -> np.ndarray:
    """The matching object ids whose folded title holds every word of the query, each as the
    start of a title word (so a plural still counts; a phrase's words need not be in a row
    there, which would need each title read back). An index on the title's words (migration
    core.0004) serves it."""
    words = [term.trimmed or word for term in query.terms for word in term.words]
    condition = " && ".join(["%s::tsquery"] * len(words))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT string_agg(object_id::text, ',') FROM core_searchentry WHERE kind = %s AND "  # noqa: S608
            f"to_tsvector('simple', title_folded) @@ ({condition})",
            [kind, *(f"'{word}':*" for word in words)],
        )
        return numbers(cursor.fetchone()[0])


def _rank_tsquery(query: Query) -> tuple[str, list]:
    """The words as typed (folded), for ranking: a sixth of the full query, so ts_rank_cd
    runs several times quicker, and exact word forms rank above other inflections."""
    parts = [
        ("phraseto_tsquery" if term.is_phrase else "plainto_tsquery") + "('simple', %s)"
        for term in query.terms
    ]
    return " && ".join(parts), [" ".join(term.words) for term in query.terms]


def scores(kind: str, query: Query, object_ids: list[int]) -> list[tuple[int, float]]:
    """(object id, ts_rank_cd) for the given matches, higher is better."""
    sql, params = _rank_tsquery(query)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT object_id, ts_rank_cd(vector, {sql}) FROM core_searchentry "  # noqa: S608
            "WHERE kind = %s AND object_id = ANY(%s)",
            [*params, kind, list(object_ids)],
        )
        return cursor.fetchall()
