"""Every colour the program draws is readable (4.5:1) on a light and on a dark desktop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from psykhelse_desktop.ui.colours import ERROR, READABLE_PAIRS, colour, contrast, is_dark
from tests.gui.screen_walk import dark_palette, light_palette

MINIMUM = 4.5


def test_the_contrast_formula_matches_wcag():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_foreground_is_readable_on_its_background(qapp, name):
    palette = light_palette() if name == "light" else dark_palette()
    assert is_dark(palette) is (name == "dark")
    for foreground, background in READABLE_PAIRS:
        ratio = contrast(colour(foreground, palette), colour(background, palette))
        assert ratio >= MINIMUM, (name, foreground, background, round(ratio, 2))


def test_a_dark_palette_gets_the_light_variant_of_a_tone(qapp):
    assert colour(ERROR, dark_palette()).lightness() > colour(ERROR, light_palette()).lightness()
    assert colour(QPalette.ColorRole.Base, dark_palette()) == QColor("#1e1e1e")
