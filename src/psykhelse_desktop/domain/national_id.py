"""Norwegian national identity numbers: fødselsnummer, D-nummer and synthetic test numbers.

python-stdnum gives the cleaning; the check digits and the date are ours, because stdnum knows
neither the 2032 rule (the first check digit may take up to four values) nor Tenor test numbers,
and it accepts synthetic H numbers where a real record must refuse them.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass
from enum import Enum

from stdnum.no import fodselsnummer as stdnum_fnr

_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# From 2032 the first check digit is valid when the weighted sum leaves one of these remainders;
# numbers issued before then always leave 0, so the new rule accepts every old number too.
_VALID_REMAINDERS_1 = frozenset({0, 1, 2, 3})


class IdKind(Enum):
    FODSELSNUMMER = "fødselsnummer"
    D_NUMBER = "D-nummer"
    SYNTHETIC_H = "syntetisk (H)"
    SYNTHETIC_TENOR = "syntetisk (Tenor)"

    @property
    def is_synthetic(self) -> bool:
        return self in (IdKind.SYNTHETIC_H, IdKind.SYNTHETIC_TENOR)


@dataclass(frozen=True)
class NationalId:
    number: str
    kind: IdKind
    birth_date: dt.date


class NationalIdError(ValueError):
    """The number is not valid; the message says why, in Norwegian."""


def compact(text: str) -> str:
    """The number without spaces, colons and dots; stdnum also maps look-alike characters."""
    if text.isascii():  # the common case, ten times faster than stdnum's cleaning
        return text.replace(" ", "").replace(":", "").replace(".", "").strip()
    return stdnum_fnr.compact(text.replace(".", ""))


def has_valid_check_digits(number: str) -> bool:
    digits = [ord(c) - 48 for c in number]
    sum1 = sum(map(operator.mul, _WEIGHTS_1, digits))
    sum2 = sum(map(operator.mul, _WEIGHTS_2, digits))
    return sum1 % 11 in _VALID_REMAINDERS_1 and sum2 % 11 == 0


def parse_national_id(
    text: str, *, allow_synthetic: bool = False, today: dt.date | None = None
) -> NationalId:
    """Validate a number and return it with its kind and birth date, or raise NationalIdError."""
    number = compact(text)
    if not number.isdigit():
        raise NationalIdError("Fødselsnummeret kan bare inneholde siffer.")
    if len(number) != 11:
        raise NationalIdError(f"Fødselsnummeret må ha 11 siffer, men har {len(number)}.")
    if not has_valid_check_digits(number):
        raise NationalIdError(
            "Kontrollsifrene stemmer ikke. Sjekk at alle sifrene er skrevet riktig."
        )
    kind, birth_date = _kind_and_birth_date(number)
    if kind.is_synthetic and not allow_synthetic:
        raise NationalIdError(
            "Dette er et syntetisk testnummer. Det kan bare brukes i en demodatabase."
        )
    if birth_date > (today or dt.date.today()):
        raise NationalIdError("Fødselsdatoen i nummeret ligger fram i tid.")
    return NationalId(number, kind, birth_date)


def _kind_and_birth_date(number: str) -> tuple[IdKind, dt.date]:
    day, month = int(number[0:2]), int(number[2:4])
    kind = IdKind.FODSELSNUMMER
    if day > 40:
        day, kind = day - 40, IdKind.D_NUMBER
    if month > 80:
        month, kind = month - 80, IdKind.SYNTHETIC_TENOR
    elif month > 40:
        month, kind = month - 40, IdKind.SYNTHETIC_H
    year = _full_year(int(number[4:6]), int(number[6:9]))
    try:
        return kind, dt.date(year, month, day)
    except ValueError:
        raise NationalIdError("Fødselsnummeret inneholder ikke en gyldig dato.") from None


def _full_year(year: int, individual: int) -> int:
    if individual < 500:
        return 1900 + year
    if individual < 750 and year >= 54:
        return 1800 + year
    if year < 40:
        return 2000 + year
    if individual >= 900:
        return 1900 + year
    raise NationalIdError("Individnummeret passer ikke med fødselsåret.")


def with_check_digits(first_nine: str) -> str | None:
    """Complete nine digits with the classic check digits; None when no valid pair exists."""
    digits = [int(c) for c in first_nine]
    k1 = (11 - sum(w * d for w, d in zip(_WEIGHTS_1, digits, strict=False)) % 11) % 11
    if k1 == 10:
        return None
    digits.append(k1)
    k2 = (11 - sum(w * d for w, d in zip(_WEIGHTS_2, digits, strict=False)) % 11) % 11
    if k2 == 10:
        return None
    return first_nine + str(k1) + str(k2)


def format_national_id(number: str) -> str:
    return stdnum_fnr.format(number)
