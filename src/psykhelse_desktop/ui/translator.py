"""Loads the translation catalogues of the window's language (bokmål or nynorsk) at start,
so Qt's own texts (Ja/Nei, the file dialog, a text field's Angre/Klipp ut/Kopier/Lim inn) and
the program's own speak the same målform."""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QCoreApplication, QTranslator

from ..translations import BOKMAL, LANGUAGES, catalogue_names, compiled_catalogue

log = logging.getLogger(__name__)


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load every catalogue of `language` it can (the current one, else bokmål); a missing
    one is logged, and the source text stays. Loading another language drops the first."""
    current = getattr(app, "_psykhelse_language", None)
    language = language or current or BOKMAL
    if language not in LANGUAGES:
        raise ValueError(language)
    installed = getattr(app, "_psykhelse_translators", None)
    if installed is not None and language == current:
        return installed
    for translator in installed or []:
        app.removeTranslator(translator)
    installed = []
    for name in catalogue_names(language):
        translator = QTranslator(app)
        try:
            path = compiled_catalogue(name)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("Oversettelsen %s kunne ikke bygges: %s", name, type(exc).__name__)
            continue
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
    app._psykhelse_translators = installed  # noqa: SLF001 (kept alive with the application)
    app._psykhelse_language = language  # noqa: SLF001
    return installed


def window_language(app: QCoreApplication) -> str:
    """The language the window's texts are loaded in."""
    return getattr(app, "_psykhelse_language", None) or BOKMAL
