"""Age bands, typed dates and the suppression rule, without a database."""

import datetime as dt
from decimal import Decimal

import pytest

from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.domain.municipal_figures import age_band, parse_date
from psykhelse_desktop.domain.suppression import Figure, Sum, count, suppress

END = dt.date(2024, 12, 31)


@pytest.mark.parametrize(
    ("born", "band"),
    [
        (dt.date(2006, 12, 31), "18–29 år"),  # 18 on the very day
        (dt.date(2007, 1, 1), "0–17 år"),
        (dt.date(1957, 12, 31), "67 år og eldre"),
        (dt.date(1958, 1, 1), "50–66 år"),
        (None, "Ukjent alder"),
        (dt.date(2030, 1, 1), "0–17 år"),  # a typing error is not a crash
    ],
)
def test_age_band_on_the_last_day(born, band):
    assert age_band(born, END) == band


def test_born_on_29_february():
    assert age_band(dt.date(2006, 2, 28), dt.date(2024, 2, 29)) == "18–29 år"
    assert age_band(dt.date(2006, 3, 1), dt.date(2024, 2, 29)) == "0–17 år"
    # Born 29 February: a year older on 1 March in other years.
    assert age_band(dt.date(2008, 2, 29), dt.date(2026, 2, 28)) == "0–17 år"
    assert age_band(dt.date(2008, 2, 29), dt.date(2026, 3, 1)) == "18–29 år"


def test_dates_are_typed_the_norwegian_or_the_iso_way():
    assert parse_date("31.12.2024") == parse_date(" 2024-12-31 ") == END
    for wrong in ("31/12/2024", "2024-13-01", "i går", ""):
        with pytest.raises(UserError, match="er ikke en dato"):
            parse_date(wrong)


def _values(figures):
    return {f.measure: f.value for f in figures}


def test_small_counts_become_marks_and_zero_stays():
    figures = [count("T", "G", str(n), n) for n in (0, 1, 4, 5, 6)]
    assert _values(suppress(figures, [])) == {"0": 0, "1": "<5", "4": "<5", "5": 5, "6": 6}
    assert _values(suppress(figures, [], threshold=1))["1"] == 1


def test_a_value_resting_on_few_people_is_hidden_not_marked_small():
    hours = Figure("T", "G", "Timer", Decimal("37.50"), basis=3, is_count=False)
    assert suppress([hours], [])[0].value == "skjult"


def test_subtraction_from_a_total_cannot_undo_suppression():
    parts = [count("T", "G", name, n) for name, n in (("a", 3), ("b", 6), ("c", 9), ("d", 0))]
    total = count("T", "G", "I alt", 18)
    shown = _values(suppress([*parts, total], [Sum(total.key, tuple(p.key for p in parts))]))
    assert shown == {"a": "<5", "b": "skjult", "c": 9, "d": 0, "I alt": 18}


def test_secondary_suppression_follows_through_linked_sums():
    a, b = count("T", "R1", "a", 2), count("T", "R1", "b", 7)
    row = count("T", "R1", "I alt", 9)
    elsewhere = count("U", "G", "same", 9)  # the same number in another table
    sums = [Sum(row.key, (a.key, b.key)), Sum(row.key, (elsewhere.key,))]
    shown = {f.key: f.value for f in suppress([a, b, row, elsewhere], sums)}
    assert shown[a.key] == "<5" and shown[b.key] == "skjult"
    assert shown[row.key] == 9 and shown[elsewhere.key] == 9
