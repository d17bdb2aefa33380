"""The four lines of a postal address in a form: c/o, street, postcode and place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from .form_dialog import FormDialog

POSTAL_FIELDS = ("care_of", "address", "postal_code", "postal_place")


def add_postal_fields(dialog: FormDialog) -> dict[str, QLineEdit]:
    labels = {
        "care_of": QCoreApplication.translate("postal_fields", "c/o"),
        "address": QCoreApplication.translate("postal_fields", "Adresse"),
        "postal_code": QCoreApplication.translate("postal_fields", "Postnummer"),
        "postal_place": QCoreApplication.translate("postal_fields", "Poststed"),
    }
    fields = {name: dialog.add_field(name, labels[name], QLineEdit()) for name in POSTAL_FIELDS}
    fields["care_of"].setPlaceholderText(
        QCoreApplication.translate("postal_fields", "Bare når posten skal gå via noen andre")
    )
    fields["address"].setPlaceholderText(
        QCoreApplication.translate("postal_fields", "Gate og nummer, eller postboks")
    )
    fields["postal_code"].setMaxLength(4)
    return fields


def fill_postal(dialog: FormDialog, fields: dict[str, QLineEdit], form: object) -> None:
    """Fill the lines; an old address the upgrade could not split is pointed out above them."""
    for name, field in fields.items():
        field.setText(getattr(form, name))
    if getattr(form, "address_needs_check", False):
        dialog.set_intro(
            QCoreApplication.translate(
                "postal_fields",
                "Sjekk adressen: den kunne ikke deles opp i gate, postnummer og poststed da "
                "programmet ble oppdatert. Fyll inn postnummer og poststed, så kan brev sendes.",
            )
        )


def postal_values(fields: dict[str, QLineEdit]) -> dict[str, str]:
    return {name: field.text() for name, field in fields.items()}
