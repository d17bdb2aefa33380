"""No hidden figure can be worked out from the shown ones, by any subtraction.

Every sum of the report is a linear equation over its cells (a weighted sum over each mean
times its count: the days behind a mean). The shown cells are constants; the hidden ones are
unknowns. A hidden cell is recoverable exactly when some combination of the equations isolates
it: when adding its unit row does not raise the rank of the unknowns' matrix. That covers every
subtraction of every combination of shown cells at once. A mean counts as recovered when its
days and its count are both known or recoverable; a count, when it is isolated, or when its
mean is shown and its days are recoverable.
"""

import datetime as dt
import random
from decimal import Decimal
from fractions import Fraction

import pytest
from tests.report_helpers import YEAR_2024, insert_report_data

from psykhelse_desktop.domain.suppression import Figure, Sum, count, suppress
from psykhelse_desktop.services.demo.populate import populate_demo
from psykhelse_desktop.services.reports import municipal_report

T = "Henvendelser"
STARTED, MEAN = "Startet i perioden", "Ventetid i dager, gjennomsnitt"


def _days(key):
    return ("dager", key)


def recoverable(
    figures: list[Figure], shown: list[Figure], sums: list[Sum], *, knows_small: bool = False
) -> set:
    """The hidden keys that some combination of the shown figures gives away.

    `knows_small`: the reader also knows every count shown as "<5" (in a small place someone
    may know how many got rapid help); then only hidden means and sums of values are asked
    about, since secondary suppression of counts cannot hold against that reader by design.
    """
    visible = {f.key for f in shown if not isinstance(f.value, str)}
    if knows_small:
        visible |= {f.key for f in shown if isinstance(f.value, str) and f.value.startswith("<")}
    counts = {f.key: f.count_key for f in figures}
    hidden = {f.key for f in figures} - visible
    known = set(visible)
    while True:  # what is recovered is used again, until nothing more comes out
        more = _one_round(counts, hidden, known, sums) - known
        if not more:
            break
        known |= more
    is_count = {f.key: f.is_count for f in figures}
    return {k for k in known - visible if not (knows_small and is_count[k])}


def _one_round(counts: dict, hidden: set, visible: set, sums: list[Sum]) -> set:
    equations, unknowns = [], set()
    for total in sums:
        cells = [(1, total.total)] + [(-1, part) for part in total.parts]
        row = {}
        for sign, key in cells:
            if key not in counts:
                continue
            if total.weighted:
                known = key in visible and counts[key] in visible
                key = _days(key) if not known else None
            elif key in visible:
                key = None
            if key is not None:
                row[key] = row.get(key, 0) + sign
                unknowns.add(key)
        equations.append(row)
    found = {u for u in unknowns if _isolated(equations, sorted(unknowns, key=str), u)}
    out = {k for k in hidden if k in found}
    for key in hidden:
        days, of = _days(key), counts.get(key)
        if of is not None and days in found and of in visible | found:
            out.add(key)  # a mean: its days and its count are known
    for key, of in counts.items():
        if of in hidden and key in visible and _days(key) in found:
            out.add(of)  # a count: its mean is shown and its days are known
    return out


def _isolated(equations, order, target) -> bool:
    matrix = [[Fraction(row.get(u, 0)) for u in order] for row in equations]
    unit = [[Fraction(int(u == target)) for u in order]]
    return _rank(matrix) == _rank(matrix + unit)


def _rank(rows) -> int:
    rows, rank = [r[:] for r in rows], 0
    for column in range(len(rows[0]) if rows else 0):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][column] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for i in range(len(rows)):
            if i != rank and rows[i][column] != 0:
                factor = rows[i][column] / rows[rank][column]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


def _waiting(groups: dict[str, list[int]]) -> tuple[list[Figure], list[Sum]]:
    """The requests table's shape: started and mean waiting days per group, and in all."""
    everyone = [d for days in groups.values() for d in days]
    figures = []
    for group, days in {**groups, "Alle": everyone}.items():
        n = len(days)
        mean = (Decimal(sum(days)) / n).quantize(Decimal("0.1")) if n else None
        figures += [count(T, group, STARTED, n),
                    Figure(T, group, MEAN, mean, n, False, (T, group, STARTED))]  # fmt: skip
    parts = tuple(groups)
    sums = [Sum((T, "Alle", STARTED), tuple((T, g, STARTED) for g in parts)),
            Sum((T, "Alle", MEAN), tuple((T, g, MEAN) for g in parts), weighted=True)]  # fmt: skip
    return figures, sums


def test_the_checker_finds_the_old_leak():
    """Before means were covered: one person with rapid help, 23 days, was recoverable."""
    figures, sums = _waiting({"Rask psykisk helsehjelp": [23], "Andre tjenester": [10] * 7})
    counts_only = [Sum(s.total, s.parts) for s in sums if not s.weighted]
    old = suppress([_without_count(f) for f in figures], counts_only)
    # whoever knows that one person got rapid help subtracts the others' days from the total
    found = recoverable(figures, old, sums, knows_small=True)
    assert found == {(T, "Rask psykisk helsehjelp", MEAN)}


def _without_count(figure: Figure) -> Figure:
    return Figure(figure.table, figure.group, figure.measure, figure.value, figure.basis,
                  figure.is_count)  # fmt: skip


def test_one_person_with_rapid_help_cannot_be_worked_out():
    figures, sums = _waiting({"Rask psykisk helsehjelp": [23], "Andre tjenester": [10] * 7})
    shown = suppress(figures, sums)
    assert recoverable(figures, shown, sums) == set()
    assert recoverable(figures, shown, sums, knows_small=True) == set()
    assert {f.key: f.value for f in shown}[(T, "Rask psykisk helsehjelp", MEAN)] == "skjult"


@pytest.mark.parametrize("seed", range(200))
def test_no_hidden_count_or_mean_is_recoverable_in_random_tables(seed):
    rng = random.Random(seed)
    groups = {f"Gruppe {i}": [rng.randint(0, 90) for _ in range(rng.choice((0, 1, 2, 4, 5, 9)))]
              for i in range(rng.randint(2, 4))}  # fmt: skip
    figures, sums = _waiting(groups)
    shown = suppress(figures, sums, threshold=rng.choice((3, 5)))
    assert recoverable(figures, shown, sums) == set()
    assert recoverable(figures, shown, sums, knows_small=True) == set()


def _report_parts(db, start, end):
    with db.transaction() as session:
        return municipal_report._collect(session, municipal_report.mf.Period(start, end))


def test_nothing_hidden_is_recoverable_in_the_whole_report(db):
    insert_report_data(db)
    figures, sums = _report_parts(db, *YEAR_2024)
    shown = suppress(figures, sums)
    assert recoverable(figures, shown, sums) == set()
    assert recoverable(figures, shown, sums, knows_small=True) == set()


def test_nothing_hidden_is_recoverable_in_the_demo_report(db):
    populate_demo(db, 60, today=dt.date(2026, 11, 23))
    for start in (dt.date(2025, 1, 1), dt.date(2026, 1, 1), dt.date(2026, 10, 1)):
        figures, sums = _report_parts(db, start, dt.date(2026, 11, 23))
        shown = suppress(figures, sums)
        assert any(isinstance(f.value, str) for f in shown)  # something is hidden at all
        assert recoverable(figures, shown, sums) == set()
        assert recoverable(figures, shown, sums, knows_small=True) == set()
