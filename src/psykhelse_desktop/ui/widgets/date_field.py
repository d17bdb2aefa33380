"""A line edit for dates typed as dd.mm.yyyy; empty means no date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from ..texts import date_text


class DateField(QLineEdit):
    """Accepts 'dd.mm.yyyy' (also 'd.m.yyyy' and 'ddmmyyyy'); `value()` raises ValueError."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.setMaxLength(10)
        self.set_value(value)

    def set_value(self, value: dt.date | None) -> None:
        self.setText(date_text(value))

    def value(self) -> dt.date | None:
        return parse_date(self.text())


def parse_date(text: str) -> dt.date | None:
    """Read a Norwegian date; ValueError when it is not one."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 8:
        text = f"{text[:2]}.{text[2:4]}.{text[4:]}"
    parts = text.replace("/", ".").replace("-", ".").split(".")
    if len(parts) != 3 or len(parts[2]) != 4 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    return dt.date(year, month, day)
