"""What the nurse typed against what was saved elsewhere meanwhile, field by field.

Three versions meet: what she opened, what she typed, and what is stored now. A field she left
as it was takes the stored value (so keeping her version never throws away a change made
elsewhere to a field she did not touch); a field she changed is hers to decide.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from .groups import AgendaEntry, AttendanceLine

T = TypeVar("T")


@dataclass(frozen=True)
class FieldDifference:
    """One field where her form and the stored version differ; `mine_changed` is False when
    she left it as she opened it (then the stored value is kept whatever she chooses)."""

    label: str
    mine: str
    stored: str
    mine_changed: bool = True


def shown_value(value: object) -> str:
    """A value as the form shows it: dates dd.mm.åååå, ja/nei, labels, one line per item."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, dt.datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, float | Decimal):
        return f"{value:g}".replace(".", ",")
    if isinstance(value, tuple | list):
        return "\n".join(shown_value(item) for item in value)
    if dataclasses.is_dataclass(value):
        return ", ".join(t for f in _shown_fields(value) if (t := shown_value(getattr(value, f))))
    return str(value).strip()


def _shown_fields(value: object) -> list[str]:
    """A nested item's fields, without its ids (they mean nothing to the nurse)."""
    names = [f.name for f in dataclasses.fields(value)]  # type: ignore[arg-type]
    return [n for n in names if n != "id" and not n.endswith("_id")]


def form_texts(form: object, labels: Mapping[str, str]) -> dict[str, str]:
    """The labelled fields of a form, as text, in the order of `labels`."""
    return {label: shown_value(getattr(form, name)) for name, label in labels.items()
            if hasattr(form, name)}  # fmt: skip


def minutes_texts(
    attendance: Iterable[AttendanceLine], items: Iterable[AgendaEntry]
) -> dict[str, str]:
    """The minutes as label -> text: who came, and each agenda item's title, notes, decision."""
    texts = {f"Oppmøte: {line.name}": _attended(line) for line in attendance}
    for number, item in enumerate(items, start=1):
        for part, text in (("tittel", item.title), ("notater", item.notes),
                           ("vedtak", item.decision)):  # fmt: skip
            texts[f"Sak {number}, {part}"] = text
    return texts


def _attended(line: AttendanceLine) -> str:
    if line.attended is None:
        return ""
    return "møtte" if line.attended else f"møtte ikke: {line.absence_reason}".rstrip(": ")


def differences(
    mine: Mapping[str, str], stored: Mapping[str, str], opened: Mapping[str, str] | None = None
) -> list[FieldDifference]:
    """The fields (by label, in order) whose text differs between her version and the stored
    one; with `opened`, each says whether she changed it."""
    labels = list(dict.fromkeys([*mine, *stored]))
    return [
        FieldDifference(label, mine.get(label, ""), stored.get(label, ""),
                        opened is None or _text(mine, label) != _text(opened, label))
        for label in labels
        if _text(mine, label) != _text(stored, label)
    ]  # fmt: skip


def _text(texts: Mapping[str, str], label: str) -> str:
    return texts.get(label, "").strip()


def merged(mine: T, stored: object, opened: object) -> T:
    """Her form, with the stored value in each field she left as it was when she opened it."""
    names = [f.name for f in dataclasses.fields(mine) if hasattr(stored, f.name)]  # type: ignore[arg-type]
    kept = {n: getattr(stored, n) for n in names if getattr(mine, n) == getattr(opened, n)}
    return dataclasses.replace(mine, **kept)  # type: ignore[type-var]


def rebased(form: T, stored: object) -> T:
    """The stored values in the shape of her form: what she edits on top of from now on."""
    names = [f.name for f in dataclasses.fields(form) if hasattr(stored, f.name)]  # type: ignore[arg-type]
    return dataclasses.replace(form, **{n: getattr(stored, n) for n in names})  # type: ignore[type-var]
