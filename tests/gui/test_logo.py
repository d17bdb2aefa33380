"""Fil > Kommunens logo: the nurse picks an image file; a wrong file is refused plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from psykhelse_desktop.services import branding
from tests.helpers import tiny_png


def test_choosing_a_logo_stores_it(window, db, tmp_path, monkeypatch):
    image = tmp_path / "logo.png"
    image.write_bytes(tiny_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(image), ""))
    window.logo_action.trigger()
    assert branding.get_logo(db) == tiny_png()
    assert "alle utskrifter" in window.statusBar().currentMessage()
    window.remove_logo_action.trigger()
    assert branding.get_logo(db) is None


def test_a_file_that_is_no_image_is_refused(window, db, tmp_path, monkeypatch):
    text_file = tmp_path / "notat.txt"
    text_file.write_text("ikke et bilde")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(text_file), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window.logo_action.trigger()
    assert shown == ["Logoen må være en PNG- eller JPEG-fil. Velg en annen fil."]
    assert branding.get_logo(db) is None
