"""Screenshots of every page and dialog, at 1366x768 and 1024x600, light and dark, in bokmål
and nynorsk, under Xvfb.

    python docs/make_screenshots.py            (needs Xvfb: apt-get install xvfb)
    python docs/make_screenshots.py --offscreen   (no X server: Qt's offscreen platform)
    python docs/make_screenshots.py --language nn --size 1366x768 --theme lys   (only those)

Writes docs/screenshots/SIZE-lys/ and SIZE-mork/ in bokmål, SIZE-lys-nn/ and SIZE-mork-nn/ in
nynorsk (one PNG per screen, named as in tests/gui/screens.py), and the user guide's pictures
(resources/help/bilder/) from the bokmål 1024x600 light run, so neither goes stale. A synthetic
demo record; no real person appears. Exits 1 if a screen does not fit its screen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
HELP_PICTURES = ROOT / "resources" / "help" / "bilder"
SIZES = ("1024x600", "1366x768")  # the guide's pictures come from the first run
THEMES = {"lys": [], "mork": ["--dark"]}
LANGUAGES = {"nb": "", "nn": "-nn"}  # the folder's ending per language
# The guide's pictures: screen name -> file in resources/help/bilder (from 1024x600, light).
GUIDE_WIDTH = 640
GUIDE = ("i-dag", "tjenestemottakere", "plan", "ansvarsgruppe", "journal", "sikkerhetskopi")


def run(size: str, extra: list[str], target: Path, offscreen: bool) -> dict:
    """One walk of every screen, in a process of its own (the screen is read at start)."""
    walk = [sys.executable, "-m", "tests.gui.screen_walk", "--size", size, "--shots", str(target)]
    if offscreen:
        command = walk + extra
    else:
        screen = f"-screen 0 {size}x24 -dpi 96"
        command = ["xvfb-run", "-a", "-s", screen, *walk, "--xcb", *extra]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{size} {extra}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def copy_guide_pictures(source: Path) -> None:
    """The guide's pictures, smoothly scaled to the width the guide shows them at (a text
    browser scales coarsely); the guide's own screenshots after this run show them."""
    from PIL import Image

    HELP_PICTURES.mkdir(parents=True, exist_ok=True)
    for name in GUIDE:
        with Image.open(source / f"{name}.png") as picture:
            width = GUIDE_WIDTH if picture.width > GUIDE_WIDTH else picture.width
            height = round(picture.height * width / picture.width)
            scaled = picture.resize((width, height), Image.Resampling.LANCZOS)
            scaled.save(HELP_PICTURES / f"{name}.png", optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offscreen", action="store_true", help="without Xvfb")
    parser.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        action="append",
        help="only this language (bokmål nb, nynorsk nn); default both",
    )
    parser.add_argument("--size", choices=SIZES, action="append", help="only this size")
    parser.add_argument("--theme", choices=tuple(THEMES), action="append", help="only this")
    options = parser.parse_args()
    problems = []
    for language in options.language or LANGUAGES:
        for size in options.size or SIZES:
            for theme in options.theme or THEMES:
                extra = [*THEMES[theme], "--language", language]
                target = OUT / f"{size}-{theme}{LANGUAGES[language]}"
                shutil.rmtree(target, ignore_errors=True)
                report = run(size, extra, target, options.offscreen)
                problems += [f"{size} {theme} {language}: {p}" for p in report["problems"]]
                print(f"{target.relative_to(ROOT)}: {len(report['checked'])} skjermbilder")
                if (language, size, theme) == ("nb", SIZES[0], "lys"):
                    copy_guide_pictures(target)
    print("\n".join(problems) or "Alt passer på skjermen.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
