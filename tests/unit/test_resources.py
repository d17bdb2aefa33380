"""The embedded font ships with the program and is found where the program runs."""

import shutil
import sys

import pytest

from psykhelse_desktop import resources
from psykhelse_desktop.resources import FONT_FILES, font_files, resources_folder


def test_the_four_font_files_ship_in_resources_fonts():
    files = font_files()
    assert set(files) == {"regular", "bold", "italic", "bold_italic"}
    assert all(path.parent == resources_folder() / "fonts" for path in files.values())


def test_the_frozen_program_reads_the_fonts_from_its_bundle(monkeypatch, tmp_path):
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    for name in FONT_FILES.values():
        shutil.copy2(resources_folder() / "fonts" / name, tmp_path / "resources" / "fonts")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert font_files()["bold"] == tmp_path / "resources" / "fonts" / "DejaVuSans-Bold.ttf"


def test_no_font_anywhere_is_a_plain_message(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(resources, "SYSTEM_FONTS", tmp_path / "none")
    with pytest.raises(FileNotFoundError, match="Skrifttypen DejaVu Sans mangler"):
        font_files()


def test_the_shipped_watermarks_are_the_ones_the_font_draws():
    from psykhelse_desktop.domain.plan_vocabulary import DRAFT_MARK
    from psykhelse_desktop.printing.page import CANCELLED_MARK, render_watermark, watermark_path

    for word in (DRAFT_MARK, CANCELLED_MARK):
        from PIL import Image

        with Image.open(watermark_path(word)) as shipped:
            assert shipped.size == render_watermark(word).size, word
