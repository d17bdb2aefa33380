"""The identity part of the detail page: name, ID number, address, phones, flags, service dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...domain.records import ServiceUserDetail
from ..texts import date_text, domain_text, national_id_text


class IdentityPanel(QWidget):
    """Read-only labelled values; text can be selected and copied."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        tr = self.tr
        captions = {
            "national_id": tr("Fødselsnummer"),
            "birth_date": tr("Fødselsdato"),
            "address": tr("Adresse"),
            "phones": tr("Telefon"),
            "email": tr("E-post"),
            "category": tr("Kategori"),
            "flags": tr("Merknader"),
            "reach_notes": tr("Slik når du personen"),
            "service": tr("Tjeneste"),
            "maalform": tr("Målform i utskrifter"),
        }
        for key, caption in captions.items():
            self.values[key] = self._value_label()
            self.form.addRow(caption, self.values[key])

    def show_detail(self, detail: ServiceUserDetail) -> None:
        form = detail.form
        shown = {
            "national_id": national_id_text(form.national_id) or self.tr("Ikke registrert"),
            "birth_date": date_text(form.birth_date),
            "address": _address(form),
            "phones": join(" / ", form.phone, form.phone_alt),
            "email": form.email,
            "category": domain_text(form.category.label),
            "flags": self._flags(detail) or self.tr("Ingen"),
            "reach_notes": form.reach_notes,
            "service": self._service(detail),
            "maalform": domain_text(form.maalform.label),
        }
        for key, text in shown.items():
            self.values[key].setText(text)

    def _flags(self, detail: ServiceUserDetail) -> str:
        form = detail.form
        flags = [
            (form.is_lar, self.tr("LAR")),
            (form.is_tud, self.tr("TUD")),
            (form.has_minor_children, self.tr("Har mindreårige barn")),
        ]
        return ", ".join(text for on, text in flags if on)

    def _service(self, detail: ServiceUserDetail) -> str:
        text = self.tr("Fra %s") % (date_text(detail.form.service_start) or "–")
        if detail.service_end:
            text += self.tr(", avsluttet %s") % date_text(detail.service_end)
        if detail.closed_reason and detail.service_end:
            text += f" ({detail.closed_reason})"
        return text

    def _value_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def _address(form) -> str:  # noqa: ANN001 (a ServiceUserForm)
    """The address, with the protected-address mark above it in words."""
    address = join(", ", form.address, join(" ", form.postal_code, form.postal_place))
    return join("\n", form.protected_address.mark, address)


def join(separator: str, *parts: str) -> str:
    return separator.join(p for p in parts if p)
