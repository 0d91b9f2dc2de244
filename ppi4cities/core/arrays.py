"""Columns of numbers read from the database as one comma-joined string.

Aggregating a column in SQL (`group_concat`, `string_agg`) and parsing the one string with
numpy is several times quicker than fetching a row per value, which is what lets searches
and the library's snapshot read tens of thousands of ids in a few milliseconds.
"""

import numpy as np


def numbers(joined: str | None, dtype=np.int64) -> np.ndarray:
    """ "1,5,7" (or None for no rows) as an array."""
    return np.fromstring(joined, dtype=dtype, sep=",") if joined else np.empty(0, dtype)
