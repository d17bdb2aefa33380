"""Before the minutes are printed: who receives them, and why anyone is left out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...domain.groups import Recipient
from ..texts import domain_text, yes_no
from ..widgets.simple_table import SimpleTable


def why(recipient: Recipient) -> str:
    """The reason without its «Får (ikke) referatet:» label, which the table shows as Ja/Nei."""
    return domain_text(recipient.reason.split(": ", 1)[-1])


class RecipientsDialog(QDialog):
    """Every member with Ja/Nei and the reason; «Skriv ut» goes on, «Avbryt» stops."""

    def __init__(self, recipients: Sequence[Recipient], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hvem får referatet"))
        receiving = sum(r.receives for r in recipients)
        intro = QLabel(
            self.tr(
                "Referatet går bare til tjenestemottakeren og til medlemmer som "
                "tjenestemottakeren har samtykket til å dele opplysninger med."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel(
            self.tr("%1 av %2 medlemmer får referatet.")
            .replace("%1", str(receiving))
            .replace("%2", str(len(recipients)))
        )
        self.summary.setObjectName("sectionTitle")
        self.table = SimpleTable(
            [self.tr("Navn"), self.tr("Rolle"), self.tr("Får referatet"), self.tr("Hvorfor")]
        )
        self._fill(recipients)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("Skriv ut"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.summary, self.table, buttons):
            layout.addWidget(widget)
        self.resize(900, self.sizeHint().height())

    def _fill(self, recipients: Sequence[Recipient]) -> None:
        self.table.set_rows(
            [(r.member_id, (r.name, r.role, yes_no(r.receives), why(r))) for r in recipients]
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for row, recipient in enumerate(recipients):
            if not recipient.receives:
                item = self.table.topLevelItem(row)
                for column in range(self.table.columnCount()):
                    item.setFont(column, bold)

    def texts(self) -> list[list[str]]:
        return self.table.texts()
