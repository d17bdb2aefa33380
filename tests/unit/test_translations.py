"""The translation catalogues: every entry translated, placeholders kept, built by lrelease."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from psykhelse_desktop.translations import (
    QT_CATALOGUES,
    compile_catalogues,
    compiled_catalogue,
    translations_folder,
)

PLACEHOLDER = re.compile(r"%\d+|%[sdn]")
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("name", QT_CATALOGUES)
def test_every_entry_is_translated_with_the_same_placeholders(name):
    found = messages(translations_folder() / f"{name}.ts")
    assert len(found) > 100
    for context, source, translation in found:
        where = f"{context}: {source!r}"
        assert translation is not None and translation.text, where
        assert translation.get("type") not in ("unfinished", "obsolete"), where
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text))
        assert source.count("&") - source.count("&&") <= 1
        assert translation.text.count("&") == source.count("&"), where  # mnemonic kept


def test_the_bokmal_catalogue_has_no_nynorsk_left():
    texts = " ".join(t.text for _c, _s, t in messages(translations_folder() / "qtbase_nb.ts"))
    for nynorsk in ("ikkje", "namn", "Opna", "Lagra", "Angra", "Gjer", "høgre", "teikn", "fila"):
        assert not re.search(rf"\b{nynorsk}\b", texts), nynorsk


def test_a_catalogue_is_built_once_into_the_cache_and_rebuilt_when_it_changes(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    ts = source / "qtbase_nb.ts"
    ts.write_bytes((translations_folder() / "qtbase_nb.ts").read_bytes())
    first = compiled_catalogue("qtbase_nb", source, tmp_path / "cache")
    assert first.read_bytes().startswith(QM_MAGIC)
    assert compiled_catalogue("qtbase_nb", source, tmp_path / "cache") == first
    ts.write_text(ts.read_text(encoding="utf-8").replace("Lukk fane", "Lukk fanen"), "utf-8")
    second = compiled_catalogue("qtbase_nb", source, tmp_path / "cache")
    assert second != first and second.read_bytes().startswith(QM_MAGIC)


def test_a_bundle_uses_the_qm_built_beside_it(tmp_path):
    built = compile_catalogues(translations_folder(), tmp_path)
    every = sorted(f"{ts.stem}.qm" for ts in translations_folder().glob("*.ts"))
    assert [p.name for p in built] == every and {f"{n}.qm" for n in QT_CATALOGUES} <= set(every)
    assert (
        compiled_catalogue("qtbase_nb", tmp_path, tmp_path / "cache") == tmp_path / "qtbase_nb.qm"
    )
    assert not (tmp_path / "cache").exists()
