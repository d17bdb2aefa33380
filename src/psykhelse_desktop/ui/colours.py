"""The few colours the program adds to the platform's palette, for light and dark palettes.

Each tone has a light and a dark variant; the one used follows the lightness of the palette
in force when a widget is made, so a dark desktop never gets dark red on dark grey. The text
is always said too (“forfalt”, “Utkast”): colour is never the only signal. `READABLE_PAIRS`
lists every foreground on the background it is drawn on, and a test checks each against
WCAG's 4.5:1 in a light and a dark palette.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(NamedTuple):
    light: str
    dark: str


ERROR = Tone("#b00020", "#ff8a80")  # messages under fields, overdue lines
INFO = Tone("#0b4f8a", "#9cc7f5")  # "Lagret et annet sted", information
DONE = Tone("#1b5e20", "#8fd694")  # "Lagret"
MUTED = Tone("#555555", "#b8b8b8")  # who wrote and signed, untouched fields
ENDED = Tone("#5c5c5c", "#a8a8a8")  # ended goals and measures
DRAFT = Tone("#8a4b00", "#ffb86b")  # an unsigned journal entry
NOTICE_BACKGROUND = Tone("#fff4ce", "#4a3d10")  # banners, changed rows, addenda
NOTICE_TEXT = Tone("#3d2e00", "#ffeeb0")
NOTICE_BORDER = Tone("#c8a400", "#8a7420")
MINE_BACKGROUND = Tone("#fff4d6", "#4a3d10")  # her version in the conflict view
STORED_BACKGROUND = Tone("#e3effb", "#1d3550")  # the stored version
# Search words marked in journal text. Not the palette's Highlight: its white on blue is under
# 4.5:1 in Qt's own light and dark palettes (3.6 and 4.0), so a marker tone of our own.
MARK_BACKGROUND = Tone("#ffe27a", "#6b5200")
MARK_TEXT = Tone("#1a1a1a", "#fff6d8")
PAPER_BACKGROUND = Tone("#7a7a7a", "#3a3a3a")  # behind the pages of a PDF preview

Role = QPalette.ColorRole
# (foreground, background): a Tone or a palette role, as the widgets draw them.
READABLE_PAIRS: tuple[tuple[Tone | Role, Tone | Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (ERROR, Role.Window),
    (ERROR, Role.Base),
    (ERROR, Role.AlternateBase),
    (INFO, Role.Window),
    (DONE, Role.Window),
    (MUTED, Role.Window),
    (MUTED, Role.Base),
    (ENDED, Role.Base),
    (ENDED, Role.AlternateBase),
    (DRAFT, Role.Base),
    (DRAFT, Role.AlternateBase),
    (NOTICE_TEXT, NOTICE_BACKGROUND),
    (MUTED, NOTICE_BACKGROUND),
    (Role.WindowText, MINE_BACKGROUND),
    (Role.WindowText, STORED_BACKGROUND),
    (Role.Text, NOTICE_BACKGROUND),
    (MARK_TEXT, MARK_BACKGROUND),
)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(Role.Window).lightness() < 128


def colour(tone: Tone | Role, palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    if isinstance(tone, Tone):
        return QColor(tone.dark if is_dark(palette) else tone.light)
    return palette.color(tone)


def css(tone: Tone | Role) -> str:
    """The colour as a style sheet or HTML value (#rrggbb)."""
    return colour(tone).name()


def text_style(tone: Tone, extra: str = "") -> str:
    return f"color: {css(tone)}; {extra}".strip()


def notice_style(extra: str = "") -> str:
    """A banner: its own background with its own text colour, readable in either palette."""
    return (
        f"background: {css(NOTICE_BACKGROUND)}; color: {css(NOTICE_TEXT)}; "
        f"border: 1px solid {css(NOTICE_BORDER)}; {extra}"
    ).strip()


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(value: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(value.redF())
        + 0.7152 * channel(value.greenF())
        + 0.0722 * channel(value.blueF())
    )
