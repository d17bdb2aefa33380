"""What the nurse typed against what was saved elsewhere meanwhile, field by field, as text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from .groups import AgendaEntry, AttendanceLine


@dataclass(frozen=True)
class FieldDifference:
    """One field where her form and the stored version differ."""

    label: str
    mine: str
    stored: str


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


def differences(mine: Mapping[str, str], stored: Mapping[str, str]) -> list[FieldDifference]:
    """The fields (by label, in order) whose text differs between the two versions."""
    labels = list(dict.fromkeys([*mine, *stored]))
    return [
        FieldDifference(label, mine.get(label, ""), stored.get(label, ""))
        for label in labels
        if mine.get(label, "").strip() != stored.get(label, "").strip()
    ]
