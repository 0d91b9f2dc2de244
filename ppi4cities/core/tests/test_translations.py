"""Every interface string is translated into every configured language."""

import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "ppi4cities" / "locale"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _entries(po_file: Path):
    """(msgid, msgid_plural, [msgstr...], flags) for each entry of a .po file."""
    entries, current, key, flags = [], None, None, ""
    for line in po_file.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#,"):
            flags = line
        elif line.startswith("msgid "):
            if current:
                entries.append(current)
            current = {"msgid": "", "plural": None, "msgstr": {}, "flags": flags}
            flags = ""
            key = "msgid"
            current["msgid"] = _unquote(line[6:])
        elif line.startswith("msgid_plural "):
            key = "plural"
            current["plural"] = _unquote(line[13:])
        elif line.startswith("msgstr"):
            match = re.match(r"msgstr(?:\[(\d+)\])? (.*)", line)
            key = ("msgstr", int(match.group(1) or 0))
            current["msgstr"][key[1]] = _unquote(match.group(2))
        elif line.startswith('"') and current is not None:
            if key == "msgid":
                current["msgid"] += _unquote(line)
            elif key == "plural":
                current["plural"] += _unquote(line)
            else:
                current["msgstr"][key[1]] += _unquote(line)
    if current:
        entries.append(current)
    return entries


def _unquote(text: str) -> str:
    return text.strip()[1:-1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    """No empty or fuzzy entry, and msgfmt accepts the file."""
    po_file = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert po_file.exists(), f"missing {po_file}"
    entries = _entries(po_file)
    assert len(entries) > 100
    problems = [
        e["msgid"]
        for e in entries
        if e["msgid"]
        and ("fuzzy" in e["flags"] or not all(v.strip() for v in e["msgstr"].values()))
    ]
    assert problems == []
    header = entries[0]["msgstr"][0]
    assert "fuzzy" not in entries[0]["flags"]
    assert f"Language: {language}" in header and "Plural-Forms: nplurals=" in header
    result = subprocess.run(  # noqa: S603 - fixed arguments
        ["msgfmt", "--check", "-o", "/dev/null", str(po_file)],  # noqa: S607
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    """A translation uses the same named placeholders as the original."""
    po_file = LOCALE / language / "LC_MESSAGES" / "django.po"
    mismatched = []
    for entry in _entries(po_file)[1:]:
        wanted = set(PLACEHOLDER.findall(entry["msgid"])) | set(
            PLACEHOLDER.findall(entry["plural"] or "")
        )
        for text in entry["msgstr"].values():
            found = set(PLACEHOLDER.findall(text))
            # A singular form may drop the number ("one organisation"); names must not change.
            if not found <= wanted or (not entry["plural"] and found != wanted):
                mismatched.append(entry["msgid"])
    assert mismatched == []


def test_every_configured_language_has_a_catalogue():
    """Each non-default interface language has its own .po file."""
    assert sorted(p.name for p in LOCALE.iterdir() if p.is_dir()) == sorted(LANGUAGES)
