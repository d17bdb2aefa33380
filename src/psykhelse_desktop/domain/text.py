"""Norwegian-aware folding of text for search: case, 'aa' as 'å', and foreign accents."""

from __future__ import annotations

import functools
import re
import unicodedata

_KEEP = {"æ", "ø", "å"}
_EQUIVALENTS = {"ä": "æ", "ö": "ø", "aa": "å"}
_PHONE_RE = re.compile(r"^[\d\s+\-]+$")
_SPACES_AND_DASHES = re.compile(r"[\s\-]")
# Characters after "z" in Norwegian order: Æ, Ø, Å.
_NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def fold(text: str) -> str:
    """Fold text so that 'ØVRE', 'øvre' and 'Øvrebø' meet, and 'aasen' meets 'Åsen'."""
    text = text.casefold()
    plain = text.isascii()  # most names: no accents to strip
    for old, new in _EQUIVALENTS.items():
        text = text.replace(old, new)
    return text if plain else "".join(_strip_accent(ch) for ch in text)


@functools.cache  # a few hundred distinct letters; an import folds tens of thousands of names
def _strip_accent(ch: str) -> str:
    if ch in _KEEP or ch.isascii():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() else ch


def search_terms(query: str) -> list[str]:
    """Split a query into folded terms; a phone number or ID typed with spaces is one term."""
    query = query.strip()
    if _PHONE_RE.match(query) and any(c.isdigit() for c in query):
        return [re.sub(r"[\s\-]", "", query)]
    return [fold(t) for t in query.split() if t]


def search_key(*parts: str | None) -> str:
    """The text a record is found by: folded words, and digits with no spaces."""
    words = []
    for part in parts:
        if not part:
            continue
        words.append(fold(part))
        squeezed = _SPACES_AND_DASHES.sub("", part)
        if squeezed != part and squeezed.isdigit():
            words.append(squeezed)
    return " " + " ".join(words) + " "


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def sort_key(*parts: str) -> str:
    """Sort in Norwegian order: Æ, Ø, Å after Z, and 'Aa' with 'Å' as in Norwegian directories."""
    return fold(" ".join(p.strip() for p in parts)).translate(_NORWEGIAN_ORDER)
