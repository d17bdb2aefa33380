"""Plain Norwegian for "Min plan": service words turned into everyday ones, and dates in words.

The glossary is data: add a pair here and every easy-read copy uses it. Matching is whole
words, case-insensitive, and keeps a capital first letter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")  # fmt: skip

PLAIN_WORDS = {
    "budsjettveiledning": "hjelp til å lage budsjett",
    "økonomisk rådgivning": "hjelp med pengene",
    "støttesamtale": "samtale",
    "støttesamtaler": "samtaler",
    "ansvarsgruppe": "gruppen som hjelper meg",
    "ansvarsgruppemøte": "møte med dem som hjelper meg",
    "tiltak": "hjelp",
    "oppfølging": "at noen følger med",
    "hjemmesykepleien": "sykepleierne som kommer hjem",
    "legevakt": "legevakten (lege kveld og natt)",
    "fastlege": "legen min",
    "psykisk helse": "hvordan jeg har det",
    "medikamentutdeling": "hjelp med medisinene",
    "boveiledning": "hjelp i hjemmet",
    "avlastning": "pause for de som hjelper meg",
    "miljøterapeut": "en som hjelper meg i hverdagen",
    "individuell plan": "planen min",
    "samtykke": "ja-svar",
    "evaluering": "når vi ser på hvordan det går",
    "revisjon": "når vi går gjennom planen",
}
_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(PLAIN_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def plain_text(text: str, written: Callable[[str], str] = str) -> str:
    """`text` with every glossary word replaced by its plain meaning; `written` gives the
    plain words in the målform being printed (bokmål as they stand here by default)."""
    return _PATTERN.sub(lambda match: _replace(match, written), text)


def _replace(match: re.Match[str], written: Callable[[str], str]) -> str:
    plain = written(PLAIN_WORDS[match.group(0).casefold()])
    return plain[:1].upper() + plain[1:] if match.group(0)[:1].isupper() else plain


def date_in_words(day: dt.date) -> str:
    """«2. mars 2027»."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
