"""The library's result list: who sees what, filters, facet counts and order, over the snapshot.

A `Selection` combines the visibility rule, the full-text matches and every active filter as
boolean masks over `snapshot.current()`. Facet counts are sums of masks; the order is a sort
key per resource, of which only the requested page is sorted. `Results` hands pages to
Django's Paginator, the feed, the CSV export and the API, fetching only the shown rows.

Relevance, when searching: resources whose title holds every term come first; then, when at
most `fulltext.EXACT_RANK_LIMIT` resources match, the engine's own rank (bm25 on SQLite,
ts_rank_cd on PostgreSQL: title over summary over text); beyond that, the newest first.
docs/search.md explains the trade.
"""

from functools import cached_property

import numpy as np

from ppi4cities.core import fulltext

from . import permissions, snapshot
from .indexing import SEARCH_KIND
from .models import Resource


class Selection:
    """The resources a person may see that match `filters`, as masks over the snapshot."""

    def __init__(self, filters, user):
        self.filters, self.user = filters, user
        self.snapshot = snapshot.current()
        self.matches = fulltext.match(SEARCH_KIND, filters.q) if filters.q else None

    @cached_property
    def base(self) -> np.ndarray:
        """Visible and matching the text, before the facet filters."""
        mask = permissions.visible_mask(self.snapshot, self.user)
        if self.matches is not None:
            mask &= self.snapshot.mask(self.matches.ids)
        return mask

    @cached_property
    def groups(self) -> dict[str, np.ndarray]:
        """One mask per active filter: any chosen value within it, every filter must hold."""
        filters, data = self.filters, self.snapshot
        groups = {}
        if filters.kinds:
            groups["kind"] = data.kind_mask(filters.kinds)
        if filters.years:
            groups["year"] = np.isin(data.year, filters.years)
        for facet, values in filters.values.items():
            if values:
                groups[facet] = data.facet_mask(facet, values)
        return groups

    def without(self, skip: str = "") -> np.ndarray:
        """The selection with every filter except `skip`: what that filter's counts use."""
        mask = self.base.copy()
        for name, group in self.groups.items():
            if name != skip:
                mask &= group
        return mask

    @cached_property
    def chosen(self) -> np.ndarray:
        return self.without()

    def counts(self, facet: str) -> dict:
        """Resources per value of `facet`, within every other active filter."""
        data, within = self.snapshot, self.without(facet)
        if facet == "kind":
            found = np.bincount(data.kind[within], minlength=len(data.kinds))
            return {kind: int(found[code]) for code, kind in enumerate(data.kinds)}
        if facet == "year":
            years, found = np.unique(data.year[within], return_counts=True)
            return {int(y): int(n) for y, n in zip(years, found, strict=True) if y}
        return {
            value: int(np.count_nonzero(within & mask))
            for value, mask in data.facets.get(facet, {}).items()
        }

    def order_key(self, sort: str, positions: np.ndarray) -> list[np.ndarray]:
        """Sort keys for np.lexsort (last is primary), ascending is first."""
        data = self.snapshot
        recency = data.recency[positions]
        if sort == "-useful":
            return [recency, -data.useful[positions]]
        if sort != "relevance" or self.matches is None:
            return [recency]
        matches = self.matches
        at = np.searchsorted(matches.ids, data.pks[positions])
        in_title = matches.in_title[at]
        if matches.scores is None:
            return [recency, ~in_title]
        return [recency, -matches.scores[at], ~in_title]

    def ordered_positions(self, sort: str, stop: int) -> np.ndarray:
        """The first `stop` chosen positions in the requested order; only those are sorted."""
        positions = np.flatnonzero(self.chosen)
        keys = self.order_key(sort, positions)
        if len(positions) <= stop or len(keys) == 3:
            # Few enough to sort whole (three keys only come with at most EXACT_RANK_LIMIT).
            return positions[np.lexsort(keys)][:stop]
        # One integer key (recency ranks are unique), partitioned, and only `stop` sorted.
        combined = keys[0]
        if len(keys) == 2:
            combined = keys[1].astype(np.int64) * (len(self.snapshot) + 1) + keys[0]
        first = np.argpartition(combined, stop - 1)[:stop]
        return positions[first[np.argsort(combined[first])]]


class Results:
    """An ordered, lazily fetched list of resources: `count()`, slices and iteration."""

    def __init__(self, selection: Selection, sort: str, prefetch: tuple = ()):
        self.selection, self.sort, self.prefetch = selection, sort, prefetch

    def prefetch_related(self, *lookups) -> "Results":
        return Results(self.selection, self.sort, (*self.prefetch, *lookups))

    def count(self) -> int:
        return int(np.count_nonzero(self.selection.chosen))

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, index):
        if isinstance(index, int):
            found = self[index : index + 1]
            if not found:
                raise IndexError(index)
            return found[0]
        start, stop, _step = index.indices(self.count())
        if stop <= start:
            return []
        positions = self.selection.ordered_positions(self.sort, stop)[start:stop]
        return self._fetch(self.selection.snapshot.pks[positions].tolist())

    def iterator(self, *, limit: int | None = None, chunk_size: int = 500):
        """Every resource (or the first `limit`) in order, fetched `chunk_size` at a time."""
        stop = self.count() if limit is None else min(limit, self.count())
        positions = self.selection.ordered_positions(self.sort, stop) if stop else []
        pks = self.selection.snapshot.pks[positions].tolist() if stop else []
        for start in range(0, len(pks), chunk_size):
            yield from self._fetch(pks[start : start + chunk_size])

    def _fetch(self, pks: list[int]) -> list[Resource]:
        """The rows in that order, with visibility checked again by the database."""
        rows = (
            Resource.objects.filter(permissions.visible_filter(self.selection.user), pk__in=pks)
            .select_related("organisation")
            .prefetch_related(*self.prefetch)
        )
        by_pk = {resource.pk: resource for resource in rows}
        return [by_pk[pk] for pk in pks if pk in by_pk]
