"""Fil → «Min profil»: the nurse and her service as every letter, form and plan prints them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...domain.records import NurseProfile
from ...domain.vocabulary import Maalform
from ..texts import domain_text
from .form_dialog import FormDialog

if TYPE_CHECKING:  # the first-start dialog uses the fields before the storage stack is loaded
    from ...services.database import Database

FIELDS = ("name", "title", "municipality", "phone", "email", "service_address", "switchboard")


def maalform_box(choices: tuple[Maalform, ...], chosen: Maalform) -> QComboBox:
    """Bokmål / Nynorsk (and, for a person, «Kommunens målform») for printed documents."""
    box = QComboBox()
    for choice in choices:
        box.addItem(domain_text(choice.label), choice)
    box.setCurrentIndex(max(box.findData(chosen), 0))
    return box


def add_profile_fields(dialog: FormDialog, profile: NurseProfile) -> dict[str, QWidget]:
    """One line per field of the profile, filled with what is stored, and the målform."""
    tr = dialog.tr
    labels = {
        "name": tr("Ditt navn"), "title": tr("Tittel"), "municipality": tr("Kommune"),
        "phone": tr("Telefon på dagtid"), "email": tr("E-post"),
        "service_address": tr("Tjenestens postadresse"), "switchboard": tr("Sentralbord"),
    }  # fmt: skip
    hints = {
        "phone": tr("Står i brev, samtykkeskjema, kriseplan og «Min plan»"),
        "service_address": tr("For eksempel: Postboks 5, 9711 Lakselv"),
    }
    fields: dict[str, QWidget] = {}
    for name in FIELDS:
        field = QLineEdit(getattr(profile, name))
        field.setPlaceholderText(hints.get(name, ""))
        fields[name] = dialog.add_field(name, labels[name], field)
    box = maalform_box((Maalform.BOKMAL, Maalform.NYNORSK), profile.document_maalform())
    box.setToolTip(tr("Plan, brev, referat og andre utskrifter skrives på denne målformen, "
                      "om ikke tjenestemottakeren har valgt en egen."))  # fmt: skip
    fields["maalform"] = dialog.add_field("maalform", tr("Kommunens målform"), box)
    return fields


def profile_from(fields: dict[str, QWidget]) -> NurseProfile:
    texts = {name: fields[name].text().strip() for name in FIELDS}  # type: ignore[attr-defined]
    return NurseProfile(**texts, maalform=fields["maalform"].currentData())  # type: ignore[attr-defined]


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
