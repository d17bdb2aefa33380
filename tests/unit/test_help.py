"""The user guide: every picture it shows is there, made by docs/make_screenshots.py."""

from __future__ import annotations

import re

from psykhelse_desktop.resources import help_folder

MAKER = "docs/make_screenshots.py"


def test_every_picture_in_the_guide_exists_and_comes_from_the_screenshot_script():
    page = (help_folder() / "index.html").read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', page)
    assert len(pictures) >= 5
    maker = (help_folder().parents[1] / MAKER).read_text(encoding="utf-8")
    for picture in pictures:
        assert (help_folder() / picture).is_file(), picture
        name = picture.removeprefix("bilder/").removesuffix(".png")
        assert f'"{name}"' in maker, name  # regenerated with the screenshots, never by hand


def test_the_guide_links_only_inside_itself():
    page = (help_folder() / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([^"]+)"', page))
    assert set(re.findall(r'<a href="#([^"]+)"', page)) <= anchors
    assert "http" not in page  # offline
