"""Fil → «Min profil»: the nurse and her service as every letter, form and plan prints them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.records import NurseProfile
from .form_dialog import FormDialog

if TYPE_CHECKING:  # the first-start dialog uses the fields before the storage stack is loaded
    from ...services.database import Database

FIELDS = ("name", "title", "municipality", "phone", "email", "service_address", "switchboard")


def add_profile_fields(dialog: FormDialog, profile: NurseProfile) -> dict[str, QLineEdit]:
    """One line per field of the profile, filled with what is stored."""
    labels = {
        "name": QCoreApplication.translate("profile_dialog", "Ditt navn"),
        "title": QCoreApplication.translate("profile_dialog", "Tittel"),
        "municipality": QCoreApplication.translate("profile_dialog", "Kommune"),
        "phone": QCoreApplication.translate("profile_dialog", "Telefon på dagtid"),
        "email": QCoreApplication.translate("profile_dialog", "E-post"),
        "service_address": QCoreApplication.translate("profile_dialog", "Tjenestens postadresse"),
        "switchboard": QCoreApplication.translate("profile_dialog", "Sentralbord"),
    }
    hints = {
        "phone": QCoreApplication.translate(
            "profile_dialog", "Står i brev, samtykkeskjema, kriseplan og «Min plan»"
        ),
        "service_address": QCoreApplication.translate(
            "profile_dialog", "For eksempel: Postboks 5, 9711 Lakselv"
        ),
    }
    fields = {}
    for name in FIELDS:
        field = QLineEdit(getattr(profile, name))
        field.setPlaceholderText(hints.get(name, ""))
        fields[name] = dialog.add_field(name, labels[name], field)
    return fields


def profile_from(fields: dict[str, QLineEdit]) -> NurseProfile:
    return NurseProfile(**{name: fields[name].text().strip() for name in FIELDS})


class ProfileDialog(FormDialog):
    """Edits the profile; saved with the same checks as the `set-profile` command."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(self.tr("Min profil"), parent)
        self.db = db
        self.set_intro(
            self.tr(
                "Dette står på alle brev og skjemaer du skriver ut, så mottakeren kan svare "
                "og brukeren vet hvem som skal ringes på dagtid."
            )
        )
        self.fields = add_profile_fields(self, db.profile)

    def save(self) -> None:
        from ...services.trust.vault import update_profile

        update_profile(self.db, profile_from(self.fields))
