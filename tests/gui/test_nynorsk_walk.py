"""A walk of every page and dialog in nynorsk finds no bokmål-only and no English text.

The walk runs in a process of its own (tests/gui/screen_walk.py --language nn --texts, the
same walk the screenshots come from) and reports the texts of every visible widget: labels,
buttons, titles, tabs, column headers, placeholders, group boxes, menus.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.gui.visible_texts import plain

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "psykhelse_nn.ts"
DEMO_DATA = ROOT / "src" / "psykhelse_desktop" / "services" / "demo"

BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvem|hvor|jeg|noen|noe|hvordan|hvorfor|mye|fra|bare|åpne\w*|"
    r"tjenestemottaker\w*|tjeneste|tjenester\w*|henvendelse\w*|innstillinger\w*|oppgaver\w*|"
    r"sikkerhetskopi\w*|pårørende)\b",
    re.IGNORECASE,
)
ENGLISH = {
    "Yes", "No", "OK Cancel", "Cancel", "Save", "Open", "Close", "Apply", "Undo", "Redo", "Cut",
    "Copy", "Paste", "Delete", "Select All", "Reset", "Discard", "Restore Defaults", "Abort",
    "Retry", "Ignore", "Help", "Back", "Next", "Finish", "Look in:", "File name:",
}  # fmt: skip


@pytest.fixture(scope="module")
def walk(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache))
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "tests.gui.screen_walk", "--size", "1366x768",
               "--language", "nn", "--texts"]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def bokmal_sources() -> set[str]:
    """Bokmål source texts whose nynorsk differs (and that are not nynorsk themselves)."""
    pairs = [
        (plain(m.findtext("source")), plain(m.findtext("translation") or ""))
        for m in ET.parse(CATALOGUE).getroot().iter("message")
    ]
    nynorsk = {translation for _s, translation in pairs}
    return {source for source, translation in pairs if source != translation} - nynorsk


def synthetic_data() -> list[str]:
    """Texts of the synthetic demo record (names, notes, places): data, not the window's."""
    found = set()
    for path in DEMO_DATA.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found |= {line.strip() for line in node.value.split("\n") if len(line.strip()) > 3}
    return sorted(found, key=len, reverse=True)


def without(text: str, parts: list[str]) -> str:
    for part in parts:
        if part and part in text:
            text = text.replace(part, " ")
    return text


def problems(report: dict) -> list[str]:
    bokmal = bokmal_sources()
    let_through = synthetic_data()  # the core's texts too are nynorsk (domain_nn.ts)
    whole = set(let_through)
    found = []
    for screen, texts in report["texts"].items():
        for text in texts:
            if text in ENGLISH:
                found.append(f"{screen}: English: {text!r}")
            elif text in whole:
                continue
            elif text in bokmal:
                found.append(f"{screen}: bokmål (has a nynorsk translation): {text!r}")
            elif BOKMAL_ONLY.search(without(text, let_through)):
                found.append(f"{screen}: bokmål word: {text!r}")
    return sorted(set(found))


def test_every_screen_was_walked_in_nynorsk(walk):
    assert len(walk["texts"]) >= 50
    assert "Tenestemottakarar" in walk["texts"]["i-dag"]


def test_no_screen_shows_bokmal_or_english_in_nynorsk(walk):
    assert problems(walk) == []
