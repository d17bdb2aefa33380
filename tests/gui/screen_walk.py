"""Every page and dialog in a process of its own: Qt reads the screen size and the scaling
at start. Prints what does not fit (JSON) and saves a picture of each screen.

    python -m tests.gui.screen_walk --size 1024x600 [--dark] [--shots DIR] [--xcb]
                                    [--language nn] [--texts]

With --texts the report also holds every screen's visible texts, and the texts the core
passed through translation (context "domain"), for the nynorsk walk (test_nynorsk_walk.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from tests.gui.screens import DIALOGS, PAGES, make_record, shown


def dark_palette() -> QPalette:
    """A dark desktop palette like Fusion's dark scheme (the offscreen platform has none)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#3c3c3c",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.BrightText: "#ff6060",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#2a2a2a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette, as on a light desktop."""
    return QStyleFactory.create("Fusion").standardPalette()


TITLE_BAR = 32  # what a window manager adds above a window; offscreen adds nothing


def fit_problems(widget: QWidget) -> list[str]:
    """What of the widget would lie off the screen, or could not shrink onto it."""
    room = widget.screen().availableGeometry()
    height = room.height() - TITLE_BAR
    problems = []
    size, smallest = (
        widget.frameGeometry(),
        widget.minimumSizeHint().expandedTo(widget.minimumSize()),
    )
    if size.width() > room.width() or size.height() > height:
        problems.append(f"{size.width()}x{size.height()} på {room.width()}x{height}")
    if smallest.width() > room.width() or smallest.height() > height:
        problems.append(f"minst {smallest.width()}x{smallest.height()}")
    if not room.contains(size):
        problems.append(f"utenfor skjermen: {size.x()},{size.y()}")
    return problems


def walk(shots: Path | None, dark: bool, language: str = "nb", texts: bool = False) -> dict:
    """Open every screen in `language`; note what does not fit, save a picture of each into
    `shots`, and with `texts` note what each screen says."""
    import tempfile
    import time

    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.services.trust.vault import create_vault
    from psykhelse_desktop.storage.keys import TEST_KDF
    from psykhelse_desktop.ui.start import application
    from psykhelse_desktop.ui.translator import install_translations
    from tests.gui.visible_texts import TranslationSpy, visible_texts
    from tests.helpers import PASSPHRASE, PROFILE

    app = application()
    install_translations(app, language)
    spy = TranslationSpy(app)
    if texts:
        app.installTranslator(spy)
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())
    folder = Path(tempfile.mkdtemp(prefix="psykhelse-skjermer-"))
    db = create_vault(AppPaths(folder / "data"), PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF)
    record = make_record(db, folder)
    record.window.show()
    while record.window.radar_page.reading():  # I dag reads its lines in the background
        QApplication.processEvents()
        time.sleep(0.01)
    checked, problems, said = [], [], {}
    for screen in PAGES + DIALOGS:
        with shown(record, screen) as widget:
            for _ in range(3):
                QApplication.processEvents()
            checked.append(screen.name)
            problems += [f"{screen.name}: {p}" for p in fit_problems(widget)]
            if texts:
                said[screen.name] = visible_texts(widget)
            if shots is not None:
                widget.grab().save(str(shots / f"{screen.name}.png"))
    room = app.primaryScreen().availableGeometry()
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    report = {"screen": [room.width(), room.height()], "checked": checked, "problems": problems}
    if texts:
        report["texts"] = said
        report["domain"] = sorted(spy.sources("domain"))
    return report


def _screen_config(size: str) -> Path:
    """The offscreen platform's screen: one of `size` pixels, no window frames."""
    import json
    import tempfile

    width, height = (int(n) for n in size.split("x"))
    screen = {"name": "skjerm", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    settings = {"screens": [screen], "windowFrameMargins": False}
    config = Path(tempfile.mkdtemp(prefix="psykhelse-skjerm-")) / "skjerm.json"
    config.write_text(json.dumps(settings), encoding="utf-8")
    return config


def _main() -> None:
    import argparse
    import json
    import os

    parser = argparse.ArgumentParser(description="Every page and dialog on a demo record.")
    parser.add_argument("--size", default="1024x600", help="the screen, in pixels")
    parser.add_argument("--shots", type=Path, help="save a PNG of each screen here")
    parser.add_argument("--dark", action="store_true", help="a dark desktop palette")
    parser.add_argument("--xcb", action="store_true", help="a real X display (Xvfb) sets the size")
    parser.add_argument("--language", default="nb", choices=("nb", "nn"), help="bokmål or nynorsk")
    parser.add_argument("--texts", action="store_true", help="report every screen's texts")
    options = parser.parse_args()
    if options.xcb:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(options.size)}"
    if options.shots:
        options.shots.mkdir(parents=True, exist_ok=True)
    report = walk(options.shots, options.dark, options.language, options.texts)
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    _main()
