"""National ID rules: fødselsnummer, D-nummer, synthetic H and Tenor numbers, the 2032 rule."""

import datetime as dt

import pytest

from psykhelse_desktop.domain.national_id import (
    IdKind,
    NationalIdError,
    has_valid_check_digits,
    parse_national_id,
    with_check_digits,
)

# Published example (Skatteetaten/stdnum docs): 15.10.1986, individual number 950.
VALID_FNR = "15108695088"
TODAY = dt.date(2026, 11, 23)


def _complete(first_nine: str) -> str:
    for individual in range(int(first_nine[6:9]), 1000):
        number = with_check_digits(first_nine[:6] + f"{individual:03d}")
        if number:
            return number
    raise AssertionError("no valid number")


def test_valid_fodselsnummer_gives_birth_date_and_kind():
    parsed = parse_national_id("151086 95088", today=TODAY)
    assert parsed.number == VALID_FNR
    assert parsed.kind is IdKind.FODSELSNUMMER
    assert parsed.birth_date == dt.date(1986, 10, 15)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1510869508", "11 siffer, men har 10"),
        ("151086950881", "11 siffer, men har 12"),
        ("15108695077", "Kontrollsifrene stemmer ikke"),
        ("1510869508A", "bare inneholde siffer"),
    ],
)
def test_invalid_numbers_name_the_problem(text, message):
    with pytest.raises(NationalIdError, match=message):
        parse_national_id(text, today=TODAY)


def test_impossible_date_is_refused():
    number = _complete("310286100")  # 31 February
    with pytest.raises(NationalIdError, match="gyldig dato"):
        parse_national_id(number, today=TODAY)


def test_d_number_has_day_plus_40():
    number = _complete("550185100")  # 15.01.1985 as D-number
    parsed = parse_national_id(number, today=TODAY)
    assert parsed.kind is IdKind.D_NUMBER
    assert parsed.birth_date == dt.date(1985, 1, 15)


@pytest.mark.parametrize(
    ("first_nine", "kind"),
    [("154185100", IdKind.SYNTHETIC_H), ("158185100", IdKind.SYNTHETIC_TENOR)],
)
def test_synthetic_numbers_only_in_demo(first_nine, kind):
    number = _complete(first_nine)
    parsed = parse_national_id(number, allow_synthetic=True, today=TODAY)
    assert parsed.kind is kind
    assert parsed.birth_date == dt.date(1985, 1, 15)
    with pytest.raises(NationalIdError, match="syntetisk testnummer"):
        parse_national_id(number, today=TODAY)


def test_synthetic_d_number_tenor():
    number = _complete("558185100")
    parsed = parse_national_id(number, allow_synthetic=True, today=TODAY)
    assert parsed.birth_date == dt.date(1985, 1, 15)


def test_future_birth_date_is_refused():
    number = _complete("010130500")  # 01.01.2030, individual 500 -> 2000s
    with pytest.raises(NationalIdError, match="fram i tid"):
        parse_national_id(number, today=TODAY)


def _with_first_check_remainder(first_six: str, remainder: int) -> str:
    """Build a number whose first check digit leaves the given remainder (the 2032 rule)."""
    weights1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
    weights2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for individual in range(100, 500):
        for k1 in range(10):
            digits = f"{first_six}{individual}{k1}"
            if sum(w * int(d) for w, d in zip(weights1, digits, strict=True)) % 11 != remainder:
                continue
            k2 = (11 - sum(w * int(d) for w, d in zip(weights2, digits, strict=True)) % 11) % 11
            if k2 < 10:
                return digits + str(k2)
    raise AssertionError("no such number")


@pytest.mark.parametrize("remainder", [1, 2, 3])
def test_2032_rule_accepts_the_extra_first_check_digits(remainder):
    number = _with_first_check_remainder("010180", remainder)
    assert has_valid_check_digits(number)
    assert parse_national_id(number, today=TODAY).birth_date == dt.date(1980, 1, 1)


def test_2032_rule_still_refuses_other_remainders():
    number = _with_first_check_remainder("010180", 4)
    assert not has_valid_check_digits(number)


def test_sex_is_never_derived():
    parsed = parse_national_id(VALID_FNR, today=TODAY)
    assert not hasattr(parsed, "sex") and not hasattr(parsed, "gender")
