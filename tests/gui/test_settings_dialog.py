"""The settings dialog: one box per setting from SPECS, saved through the service."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from psykhelse_desktop.domain.settings import SPECS, Settings
from psykhelse_desktop.services.settings import get_settings, save_settings
from psykhelse_desktop.ui.dialogs.settings_dialog import SettingsDialog


def open_dialog(qtbot, db) -> SettingsDialog:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_setting_has_a_box_with_its_unit_range_and_value(qtbot, db):
    save_settings(db, {"no_contact_weeks": 8})
    dialog = open_dialog(qtbot, db)
    assert list(dialog.spins) == [spec.key for spec in SPECS if spec.in_dialog]  # not Språk
    weeks = dialog.spins["no_contact_weeks"]
    assert (weeks.value(), weeks.suffix(), weeks.minimum(), weeks.maximum()) == (8, " uker", 1, 52)
    assert weeks.toolTip() == "Fra 1 til 52 uker."
    assert dialog.spins["small_count_threshold"].suffix() == ""


def test_the_sections_are_named_for_the_nurse(qtbot, db):
    dialog = open_dialog(qtbot, db)
    headings = [w.text() for w in dialog.findChildren(type(dialog.intro))
                if w.objectName() == "sectionTitle"]  # fmt: skip
    assert headings == [
        "Varsler på «I dag»",
        "Eksport av tall til kommunen",
        "Sikkerhet",
        "Kalenderfiler (.ics) for ansvarsgruppemøter",
    ]
    helps = [w.text() for w in dialog.findChildren(type(dialog.intro))]
    assert "«Ikke møtt» teller ikke som kontakt. Fra 1 til 52 uker." in helps
    assert any("ADVARSEL: kalendere synkroniseres" in " ".join(h.split()) for h in helps)


def test_saving_stores_the_changes(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.spins["plan_revision_days"].setValue(45)
    dialog.spins["small_count_threshold"].setValue(10)
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_settings(db)
    assert (saved.plan_revision_days, saved.small_count_threshold) == (45, 10)
    assert dialog.saved == saved


def test_a_refused_value_is_shown_at_its_field_and_nothing_is_saved(qtbot, db):
    dialog = open_dialog(qtbot, db)
    weeks = dialog.spins["no_contact_weeks"]
    weeks.setMaximum(99)  # as if the box let a wrong value through
    weeks.setValue(60)
    dialog.spins["plan_revision_days"].setValue(10)
    dialog.try_save()
    assert dialog.error_text("no_contact_weeks") == (
        "«Ingen kontakt på»: velg et tall fra 1 til 52 uker."
    )
    assert dialog.isVisible() and get_settings(db) == Settings()


def test_standard_values_restore_every_box(qtbot, db):
    save_settings(db, {"meeting_horizon_days": 20})
    dialog = open_dialog(qtbot, db)
    dialog.restore_defaults()
    assert dialog.spins["meeting_horizon_days"].value() == 7
