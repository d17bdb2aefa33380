"""Loads the translation catalogues at start, so Qt's own texts (Ja/Nei, the file dialog,
a text field's Angre/Klipp ut/Kopier/Lim inn) are Norwegian like the rest of the program."""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QCoreApplication, QTranslator

from ..translations import QT_CATALOGUES, compiled_catalogue

log = logging.getLogger(__name__)


def install_translations(app: QCoreApplication) -> list[QTranslator]:
    """Load every catalogue it can; a missing one is logged, and Qt's English stays."""
    installed = getattr(app, "_psykhelse_translators", None)
    if installed is not None:
        return installed
    installed = []
    for name in QT_CATALOGUES:
        translator = QTranslator(app)
        try:
            path = compiled_catalogue(name)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("Oversettelsen %s kunne ikke bygges: %s", name, type(exc).__name__)
            continue
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
    app._psykhelse_translators = installed  # noqa: SLF001 (kept alive with the application)
    return installed
