"""Extract the window's texts into the nynorsk catalogue with PySide6's lupdate, keep every
translation already made, and say what is left to translate.

    python tools/update_catalogue.py          (after tools/wrap_tr.py; then translate what it lists)

lupdate reads src/psykhelse_desktop/ui and writes resources/translations/psykhelse_nn.ts without
line numbers (so a moved line changes nothing) and without texts no longer in the code. A text
whose context changed (moved to another class or module) keeps its translation: an unfinished
entry takes the translation the same source text has elsewhere in the old catalogue.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "psykhelse_desktop" / "ui"
CATALOGUE = ROOT / "resources" / "translations" / "psykhelse_nn.ts"


def lupdate() -> str:
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        shipped = Path(spec.submodule_search_locations[0]) / "lupdate"
        if shipped.is_file():
            return str(shipped)
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if not found:
        sys.exit("lupdate not found: pip install PySide6-Essentials")
    return found


def extract(target: Path) -> None:
    """The texts of ui/ as lupdate sees them, into `target` (merged with what it holds)."""
    command = [lupdate(), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
               "-source-language", "nb_NO", "-target-language", "nn_NO",
               str(UI), "-ts", str(target)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True)


def translations(path: Path) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(context, source) -> translation, and source -> translation, of finished entries."""
    by_context, by_source = {}, {}
    if not path.is_file():
        return by_context, by_source
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            done = message.find("translation")
            if done is None or not done.text or done.get("type") in ("unfinished", "vanished"):
                continue
            source = message.findtext("source")
            by_context[(name, source)] = done.text
            by_source.setdefault(source, done.text)
            if "%s" in source and source.count("%s") == done.text.count("%s"):
                # tools/wrap_tr.py turned `tr("… %s") % x` into `fill(tr("… %1"), x)`
                by_source.setdefault(numbered(source), numbered(done.text))
    return by_context, by_source


def numbered(text: str) -> str:
    """Each %s in turn as %1, %2, … (as tools/wrap_tr.py writes them)."""
    counter = iter(range(1, 100))
    return re.sub(r"%s", lambda _m: f"%{next(counter)}", text)


def fill(path: Path, old: Path) -> list[tuple[str, str]]:
    """Give unfinished entries the old translation of the same text; the ones still left."""
    by_context, by_source = translations(old)
    tree = ET.parse(path)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            done = message.find("translation")
            if done.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            found = by_context.get((name, source)) or by_source.get(source)
            if found:
                done.text = found
                del done.attrib["type"]
            else:
                left.append((name, source))
    write(tree, path)
    return left


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        old = Path(folder) / "old.ts"
        if CATALOGUE.is_file():
            shutil.copy(CATALOGUE, old)
        extract(CATALOGUE)
        left = fill(CATALOGUE, old)
    total = sum(1 for _ in ET.parse(CATALOGUE).getroot().iter("message"))
    for context, source in left:
        print(f"{context}\t{source}")
    print(f"{CATALOGUE.relative_to(ROOT)}: {total} texts, {total - len(left)} translated")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
