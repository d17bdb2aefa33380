"""Small-count suppression for figures sent out of the program (prikking).

In a small municipality a count of 1 to 4 can point at a person, so such counts are shown as
"<5" (the threshold is a setting). A value that is not a count (hours, waiting days) resting on
that few people is shown as "skjult". Zero stays 0: it tells nothing about anyone.

Secondary suppression: where the program also shows a total, one hidden cell could be worked
out by subtraction (total minus the shown parts). For every such sum, if exactly one of its
cells is hidden, a second one is hidden too (the part resting on the fewest people), and this
repeats until no sum has a single hidden cell. A cell hidden only for that reason says
"skjult", never "<5", since its own count may be large.

Means and sums of values are covered too. A value resting on a count (`count_key`: the
waiting-time mean on the number started) is hidden whenever that count is hidden. A weighted
sum (the mean of all is the count-weighted mean of its parts: total days = days of each part)
treats a mean as unknown when the mean or its count is hidden, and hides a second mean when
only one part is unknown, so no hidden mean is recoverable from the total and the other rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

DEFAULT_THRESHOLD = 5
HIDDEN = "skjult"

Key = tuple[str, str, str]
Value = int | Decimal | str | None


@dataclass(frozen=True)
class Figure:
    """One number of a report: where it sits, what it is, and how many it rests on.

    `basis` decides suppression: the number of people (or events) behind the value. For a
    count it is the count itself.
    """

    table: str
    group: str
    measure: str
    value: Value
    basis: int
    is_count: bool = True
    count_key: Key | None = None  # the count a mean or sum rests on: hidden with it

    @property
    def key(self) -> Key:
        return (self.table, self.group, self.measure)


@dataclass(frozen=True)
class Sum:
    """The figure at `total` is the sum of the figures at `parts` (so subtraction works).

    `weighted`: the figures are means, and the total times its count is the sum of each part
    times its count (each figure's `count_key`).
    """

    total: Key
    parts: tuple[Key, ...]
    weighted: bool = False


def count(table: str, group: str, measure: str, value: int) -> Figure:
    return Figure(table, group, measure, value, value)


def small_mark(threshold: int) -> str:
    return f"<{threshold}"


def suppress(
    figures: Sequence[Figure], sums: Sequence[Sum], threshold: int = DEFAULT_THRESHOLD
) -> list[Figure]:
    """The figures with small values and the cells that would reveal them replaced by marks."""
    if threshold <= 1:
        return list(figures)
    basis = {f.key: f.basis for f in figures}
    counts = {f.key: f.count_key for f in figures if f.count_key in basis}
    primary = {f.key for f in figures if 0 < f.basis < threshold}
    hidden = _secondary(primary, sums, basis, counts)
    return [_shown(f, f.key in primary, f.key in hidden, threshold) for f in figures]


def _shown(figure: Figure, primary: bool, hidden: bool, threshold: int) -> Figure:
    if primary and figure.is_count:
        return replace(figure, value=small_mark(threshold))
    if hidden:
        return replace(figure, value=HIDDEN)
    return figure


def _secondary(
    primary: set[Key], sums: Sequence[Sum], basis: dict[Key, int], counts: dict[Key, Key]
) -> set[Key]:
    hidden = set(primary)
    plain = [[k for k in (*t.parts, t.total) if k in basis] for t in sums if not t.weighted]
    weighted = [[k for k in (*t.parts, t.total) if k in basis] for t in sums if t.weighted]
    changed = True
    while changed:
        changed = _hide_with_counts(hidden, counts)
        for cells in plain:
            changed |= _mend(cells, hidden, basis, plain)
        for cells in weighted:
            unknown = hidden | {k for k in cells if counts.get(k) in hidden}
            changed |= _mend(cells, unknown, basis, weighted, hidden)
    return hidden


def _hide_with_counts(hidden: set[Key], counts: dict[Key, Key]) -> bool:
    """A mean or sum goes when the count it rests on goes."""
    more = {k for k, count_key in counts.items() if count_key in hidden} - hidden
    hidden |= more
    return bool(more)


def _mend(
    cells: list[Key],
    unknown: set[Key],
    basis: dict[Key, int],
    members: list[list[Key]],
    hidden: set[Key] | None = None,
) -> bool:
    """Hide a second cell of a sum that has exactly one unknown cell; True if one was."""
    if sum(k in unknown for k in cells) != 1:
        return False
    extra = _second_cell(cells, unknown, basis, members)
    if extra is None:
        return False
    (unknown if hidden is None else hidden).add(extra)
    return True


def _second_cell(
    cells: list[Key], hidden: set[Key], basis: dict[Key, int], members: list[list[Key]]
) -> Key | None:
    """The cell to hide beside the one hidden cell of a sum.

    Preferred: a cell whose hiding also mends another sum with a single hidden cell and
    breaks none; then a part before the total (the last cell); then the smallest.
    """
    candidates = [k for k in cells if k not in hidden and basis[k] > 0]
    if not candidates:
        return None

    def score(key: Key) -> tuple[int, bool, int, int]:
        others = [c for c in members if key in c and c is not cells]
        counts = [sum(k in hidden for k in c) for c in others]
        mended = counts.count(1) - counts.count(0)
        return (-mended, key == cells[-1], basis[key], cells.index(key))

    return min(candidates, key=score)
