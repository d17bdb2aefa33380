"""The window's nynorsk catalogue (psykhelse_nn.ts): every text of the code is in it, finished,
under the context Qt will ask for at run time, with the same placeholders and mnemonic."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from psykhelse_desktop.translations import translations_folder

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "psykhelse_desktop" / "ui"
CATALOGUE = translations_folder() / "psykhelse_nn.ts"
PLACEHOLDER = re.compile(r"%\d+|%[sdn]")
# Bokmål forms that nynorsk does not use (whole words).
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvem|hvor|hvordan|hvorfor|jeg|noen|noe|mye|fra|bare|ble|nå|åpne\w*|"
    r"tjeneste\w*|henvendelse\w*|innstillinger\w*|oppgaver\w*|sikkerhetskopi\w*|"
    r"pårørende|navn|uke|uker|vinduet|skrevet|lagret)\b",
    re.IGNORECASE,
)


def tool(name: str):  # noqa: ANN201
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def catalogue() -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name") or "", message.findtext("source")): message.find("translation")
        for context in ET.parse(CATALOGUE).getroot().iter("context")
        for message in context.iter("message")
    }


def asked_at_run_time() -> set[tuple[str, str]]:
    """(context, source) of every translation call in ui/ with a written text: `self.tr` asks
    for its class (Qt tries the subclasses' names first, then this one), `translate` and
    `QT_TRANSLATE_NOOP` for the context they name."""
    found = set()
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls, call in _calls(tree, None):
            name = (
                call.func.attr
                if isinstance(call.func, ast.Attribute)
                else getattr(call.func, "id", "")
            )
            args = [a.value if isinstance(a, ast.Constant) else None for a in call.args]
            if name == "tr" and isinstance(call.func, ast.Attribute) and args and args[0]:
                found.add((cls or "", args[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and all(args[:2]):
                found.add((args[0], args[1]))
    return found


def _calls(node: ast.AST, cls: str | None):  # noqa: ANN202
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else cls
        if isinstance(child, ast.Call):
            yield cls, child
        yield from _calls(child, inner)


def test_the_code_is_in_the_form_lupdate_reads():
    """tools/wrap_tr.py has nothing left to change (run it after a merge, then
    tools/update_catalogue.py)."""
    results = tool("wrap_tr").run(check=True)
    left = [f"{r.path.name}:{e.start[0]}" for r in results for e in r.edits]
    left += [note for r in results for note in r.notes + r.advice]
    assert left == []


def test_every_text_lupdate_finds_is_in_the_catalogue_and_translated(tmp_path):
    extracted = tmp_path / "fra_koden.ts"
    tool("update_catalogue").extract(extracted)
    found = [
        (context.findtext("name") or "", message.findtext("source"))
        for context in ET.parse(extracted).getroot().iter("context")
        for message in context.iter("message")
    ]
    assert len(found) > 900
    known = catalogue()
    missing = [key for key in found if key not in known]
    assert missing == [], "run tools/update_catalogue.py and translate what it lists"
    assert not [key for key in found if key[0] == ""]  # lupdate lost the class: fix the code


def test_every_text_is_asked_for_under_a_context_the_catalogue_has():
    known = catalogue()
    missing = sorted(key for key in asked_at_run_time() if key not in known)
    assert missing == []


def test_every_entry_is_finished_with_the_same_placeholders_and_mnemonic():
    entries = catalogue()
    assert len(entries) > 900
    for (context, source), translation in entries.items():
        where = f"{context}: {source!r}"
        assert translation is not None and translation.text, where
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        text = translation.text
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
        assert text.count("&") == source.count("&"), where  # the Alt letter kept
        assert text[:1].isspace() == source[:1].isspace(), where  # joined to other texts
        assert text[-1:].isspace() == source[-1:].isspace(), where


def test_the_translations_are_nynorsk():
    words = {
        (source, match)
        for (_c, source), translation in catalogue().items()
        for match in BOKMAL_ONLY.findall(translation.text or "")
    }
    assert words == set()


@pytest.mark.parametrize("name", ["psykhelse_nn", "qtbase_nn"])
def test_the_nynorsk_catalogues_build(tmp_path, name):
    from psykhelse_desktop.translations import build_qm

    target = tmp_path / f"{name}.qm"
    build_qm(translations_folder() / f"{name}.ts", target)
    assert target.stat().st_size > 1000
