"""Printed words in bokmål or nynorsk: bokmål as written in the code, nynorsk from the .ts files.

The documents and the window share one format: Qt's .ts catalogues in resources/translations
(`documents_nn.ts` for the printed documents, `domain_nn.ts` for the core's labels and
messages). The window loads them through Qt; the core reads them here with ElementTree, once,
so printing needs no Qt. A text with no entry is printed as written (tests keep that from
happening).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from .domain.vocabulary import Maalform
from .resources import resources_folder

# The catalogues the documents read their nynorsk from.
NYNORSK_CATALOGUES = ("documents_nn", "domain_nn")
DOMAIN = "domain"  # the context of every label and message from domain/
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip
PLACEHOLDER = re.compile(r"%(\d+)")

Catalogue = dict[tuple[str, str], str]


@dataclass(frozen=True)
class Words:
    """The words of one målform; `text` gives bokmål back as it is."""

    maalform: Maalform
    catalogue: Catalogue

    def text(self, context: str, source: str, *values: object) -> str:
        """`source` (bokmål) in this målform, with %1, %2, ... filled from `values`."""
        translated = self.catalogue.get((context, source), source) if self.catalogue else source
        return fill(translated, *values) if values else translated

    def domain(self, source: str) -> str:
        """A label or message from domain/ (an enum's label, a heading, a fixed line)."""
        return self.catalogue.get((DOMAIN, source), source)

    @property
    def language(self) -> str:
        return self.maalform.language

    def weekday(self, day: dt.date) -> str:
        return self.text("dates", WEEKDAYS[day.weekday()])

    def month(self, day: dt.date) -> str:
        return self.text("dates", MONTHS[day.month - 1])


def fill(text: str, *values: object) -> str:
    """Put values into %1, %2, ... as if in one pass (a value's own "%1" is never filled)."""
    shown = [str(value) for value in values]
    if any("%" in value for value in shown):
        return PLACEHOLDER.sub(lambda m: shown[int(m.group(1)) - 1], text)
    for number in range(len(shown), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", shown[number - 1])
    return text


_BOKMAL = Words(Maalform.BOKMAL, {})


def words(maalform: Maalform) -> Words:
    """The words of `maalform`; MUNICIPALITY is not a målform of its own and reads as bokmål."""
    return _nynorsk_words() if maalform is Maalform.NYNORSK else _BOKMAL


@functools.cache
def _nynorsk_words() -> Words:
    return Words(Maalform.NYNORSK, nynorsk_catalogue())


_CURRENT: ContextVar[Words | None] = ContextVar("written_words", default=None)


@contextlib.contextmanager
def written_in(maalform: Maalform) -> Iterator[Words]:
    """Write a document in `maalform` inside this block (tr() below reads it). A context
    variable: a document printed on a worker thread has its own."""
    token = _CURRENT.set(words(maalform))
    try:
        yield current_words()
    finally:
        _CURRENT.reset(token)


def current_words() -> Words:
    """The words of the document being written; bokmål outside `written_in`."""
    return _CURRENT.get() or _BOKMAL


def tr(context: str, source: str, *values: object) -> str:
    """A document's own text (bokmål `source`) in the målform being written; %1... filled."""
    return current_words().text(context, source, *values)


def tr_domain(source: str) -> str:
    """A label or fixed line from domain/ in the målform being written."""
    return current_words().domain(source)


@functools.cache
def nynorsk_catalogue(folder: Path | None = None) -> Catalogue:
    """(context, bokmål) -> nynorsk from every catalogue the documents use, read once."""
    found: Catalogue = {}
    for name in NYNORSK_CATALOGUES:
        found.update(read_catalogue(catalogue_path(name, folder)))
    return found


def catalogue_path(name: str, folder: Path | None = None) -> Path:
    """The .ts in resources/translations, or where the bundles put it (document-words/: a .ts
    beside the built .qm would send the window to build it again)."""
    if folder is not None:
        return folder / f"{name}.ts"
    source = resources_folder() / "translations" / f"{name}.ts"
    return source if source.is_file() else resources_folder() / "document-words" / f"{name}.ts"


def read_catalogue(path: Path) -> Catalogue:
    """The finished entries of one .ts file (an unfinished or empty one is left out)."""
    found: Catalogue = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text
    return found
