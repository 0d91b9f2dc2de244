"""The library's filters, facet counts and orderings over an in-memory snapshot of every resource.

Counting facet values over tens of thousands of matches takes SQL hundreds of milliseconds;
over columns of numbers held in memory it takes one. Each process keeps one snapshot per
database: a row per resource (status, author, organisation, type, year, recency, usefulness)
and a mask per facet value. A library write calls `library_changed()`, which bumps the
"library" generation in the shared cache, and every process rebuilds on its next search; a
snapshot older than SNAPSHOT_SECONDS is rebuilt as well, which bounds staleness where
processes do not share a cache or a write bypasses the services (the admin).

The database stays the source of truth: `Results` fetches the shown rows from it with the
visibility rule applied again, so a stale snapshot can at worst be late with a count, never
show what a person may not see.
"""

import time
from dataclasses import dataclass

import numpy as np
from django.db import connection

from ppi4cities.core import caching
from ppi4cities.core.arrays import numbers

from .models import Resource, ResourceFacet

LIBRARY = "library"
SNAPSHOT_SECONDS = 300
NONE = -1


def library_changed() -> None:
    """Call in a transaction that changes resources or their facets: every process's
    snapshot is rebuilt on its next search (and again after the commit)."""
    caching.bump_now_and_on_commit(LIBRARY)


@dataclass(frozen=True)
class Snapshot:
    pks: np.ndarray  # ascending; every array below is aligned with it
    published: np.ndarray
    author: np.ndarray  # NONE where there is none
    organisation: np.ndarray
    kind: np.ndarray  # index into `kinds`
    kinds: tuple[str, ...]
    year: np.ndarray  # 0 where unknown
    recency: np.ndarray  # 0 for the newest publication, drafts last
    useful: np.ndarray
    facets: dict  # facet → value → boolean mask
    generation: int
    built_at: float

    def __len__(self) -> int:
        return len(self.pks)

    def positions(self, ids) -> np.ndarray:
        """Where the given resource ids are, leaving out ids the snapshot does not hold."""
        ids = np.asarray(ids, dtype=np.int64)
        at = np.searchsorted(self.pks, ids)
        at = np.minimum(at, max(len(self.pks) - 1, 0))
        if not len(self.pks):
            return np.empty(0, dtype=np.int64)
        return at[self.pks[at] == ids]

    def mask(self, ids) -> np.ndarray:
        chosen = np.zeros(len(self.pks), dtype=bool)
        chosen[self.positions(ids)] = True
        return chosen

    def kind_mask(self, kinds) -> np.ndarray:
        codes = [self.kinds.index(kind) for kind in kinds if kind in self.kinds]
        return np.isin(self.kind, codes)

    def facet_mask(self, facet: str, values) -> np.ndarray:
        """Resources with any of the values of a multi-valued facet."""
        chosen = np.zeros(len(self.pks), dtype=bool)
        for value in values:
            found = self.facets.get(facet, {}).get(value)
            if found is not None:
                chosen |= found
        return chosen


_snapshots: dict[str, Snapshot] = {}


def current() -> Snapshot:
    """This process's snapshot of the default database, rebuilt when stale."""
    generation = caching.generation(LIBRARY)
    snapshot = _snapshots.get(connection.alias)
    fresh = (
        snapshot is not None
        and snapshot.generation == generation
        and time.monotonic() - snapshot.built_at < SNAPSHOT_SECONDS
    )
    if not fresh:
        snapshot = _snapshots[connection.alias] = build(generation)
    return snapshot


def _joined_columns(table: str, expressions: list[str], group_by: str = "") -> list[tuple]:
    """Each SQL expression over every row (or group), comma-joined, all in the same order."""
    if connection.vendor == "postgresql":
        columns = [f"string_agg(({expression})::text, ',')" for expression in expressions]
    else:
        columns = [f"group_concat({expression})" for expression in expressions]
    sql = f"SELECT {', '.join(columns)} FROM {table}"  # noqa: S608
    if group_by:
        sql = f"SELECT {group_by}, {', '.join(columns)} FROM {table} GROUP BY {group_by}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def build(generation: int) -> Snapshot:
    # A number that grows with the publication time: the order is all that matters.
    published_at = (
        "EXTRACT(EPOCH FROM published_at)"
        if connection.vendor == "postgresql"
        else "julianday(published_at)"
    )
    ((pks, published, author, organisation, year, useful, when, kinds),) = _joined_columns(
        Resource._meta.db_table,
        [
            "id",
            "CASE WHEN status = 'published' THEN 1 ELSE 0 END",
            "COALESCE(author_id, -1)",
            "COALESCE(organisation_id, -1)",
            "COALESCE(year, 0)",
            "useful_count",
            f"COALESCE({published_at}, -1)",
            "kind",
        ],
    )
    pks = numbers(pks)
    # No ORDER BY in the database (a sort per column); the columns share one order, which
    # is sorted here by id.
    order = np.argsort(pks, kind="stable")
    pks = pks[order]
    count = len(pks)
    kinds, kind_codes = np.unique(
        np.asarray(kinds.split(",") if kinds else [], dtype=str), return_inverse=True
    )
    when = numbers(when, np.float64)[order]
    # Newest publication first, then the higher id; drafts (no publication date) last.
    recency = np.empty(count, dtype=np.int64)
    recency[np.lexsort((-pks, -when))] = np.arange(count)
    facets: dict = {}
    if count:
        rows = _joined_columns(ResourceFacet._meta.db_table, ["resource_id"], "facet, value")
        for facet, value, joined in rows:
            ids = numbers(joined)
            at = np.minimum(np.searchsorted(pks, ids), count - 1)
            chosen = np.zeros(count, dtype=bool)
            chosen[at[pks[at] == ids]] = True
            facets.setdefault(facet, {})[value] = chosen
    return Snapshot(
        pks=pks,
        published=numbers(published)[order].astype(bool),
        author=numbers(author)[order],
        organisation=numbers(organisation)[order],
        kind=kind_codes[order].astype(np.int16),
        kinds=tuple(str(kind) for kind in kinds),
        year=numbers(year)[order].astype(np.int32),
        recency=recency,
        useful=numbers(useful)[order],
        facets=facets,
        generation=generation,
        built_at=time.monotonic(),
    )
