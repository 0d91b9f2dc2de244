"""What a proposed edit changes, field by field, for the moderators' before/after table
(`moderation/includes/changes.html`): texts compared line by line and word by word, lists
item by item. The library and the pilots both describe their proposed edits this way."""

import difflib
import re
from dataclasses import dataclass

WORDS = re.compile(r"\s+|\w+|[^\w\s]")
# Unchanged text longer than this shows only its ends, so that a long text stays readable.
SHOWN_UNCHANGED = 240
UNCHANGED_END = 90
# Beyond this many pairs of words a changed passage is shown whole rather than word by word.
MAX_WORD_PAIRS = 4_000_000


@dataclass
class Change:
    """One field a proposed edit changes. For texts, `before` and `after` are passages
    (text, mark); for lists, items {text, url, mark}. The mark is "removed", "added" or ""."""

    label: str
    before: list
    after: list
    is_list: bool = False
    language: str = ""


def merged(segments) -> list[tuple[str, str]]:
    merged = []
    for text, mark in segments:
        if not text:
            continue
        if merged and merged[-1][1] == mark:
            merged[-1] = (merged[-1][0] + text, mark)
        else:
            merged.append((text, mark))
    return merged


def _unchanged(text: str) -> str:
    if len(text) <= SHOWN_UNCHANGED:
        return text
    return f"{text[:UNCHANGED_END]} […] {text[-UNCHANGED_END:]}"


def _diff(before: list[str], after: list[str], within=None):
    """Passages of `before` and `after` marked removed or added; `within` compares the
    pieces of a replaced passage more finely."""
    old, new = [], []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = "".join(before[i1:i2]), "".join(after[j1:j2])
        if operation == "equal":
            old.append((_unchanged(removed), ""))
            new.append((_unchanged(added), ""))
        elif operation == "replace" and within is not None:
            finer_old, finer_new = within(removed, added)
            old += finer_old
            new += finer_new
        else:
            old.append((removed, "removed"))
            new.append((added, "added"))
    return old, new


def _word_diff(before: str, after: str):
    words_before, words_after = WORDS.findall(before), WORDS.findall(after)
    if len(words_before) * len(words_after) > MAX_WORD_PAIRS:
        return [(before, "removed")], [(after, "added")]
    return _diff(words_before, words_after)


def text_changes(before: str, after: str) -> tuple[list, list]:
    """Two texts compared line by line, and word by word within changed lines."""
    old, new = _diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), within=_word_diff
    )
    return merged(old), merged(new)


def list_change(label, before: list[tuple], after: list[tuple], *, ordered: bool = False):
    """Items given as (key, text, url); None when the same keys are on both sides (in the
    same order too, when `ordered`)."""
    keys_before = [key for key, _text, _url in before]
    keys_after = [key for key, _text, _url in after]
    if (keys_before == keys_after) if ordered else (set(keys_before) == set(keys_after)):
        return None
    return Change(
        label,
        [
            {"text": text, "url": url, "mark": "" if key in keys_after else "removed"}
            for key, text, url in before
        ],
        [
            {"text": text, "url": url, "mark": "" if key in keys_before else "added"}
            for key, text, url in after
        ],
        is_list=True,
    )
