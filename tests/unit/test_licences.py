"""The licence texts shipped with the program: complete, readable, and found when frozen."""

from __future__ import annotations

import importlib.metadata as metadata
import sys
import tomllib

from packaging.requirements import Requirement

from psykhelse_desktop.licences import INDEX_FILE, bundled_components, licences_folder

PLATFORMS = ({"sys_platform": "linux", "extra": ""}, {"sys_platform": "win32", "extra": ""})


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _runtime_closure(environment: dict[str, str]) -> set[str]:
    """Every distribution the installed program needs on one platform."""
    seen: set[str] = set()
    todo = ["psykhelse-desktop"]
    while todo:
        name = _canonical(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:  # another platform's package (tzdata on Linux)
            continue
        for line in requires:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                todo.append(requirement.name)
    return seen - {"psykhelse-desktop"}


def test_every_component_has_a_licence_and_its_text():
    components = bundled_components()
    assert len(components) >= 20
    for component in components:
        assert component.name and component.licence
        assert len(component.text) > 300, component.name


def test_qt_sqlcipher_reportlab_and_python_are_listed_with_their_licences():
    by_name = {c.name: c for c in bundled_components()}
    qt = by_name["Qt 6 og PySide6"]
    assert qt.licence == "LGPL-3.0-only"
    assert "bytte ut Qt-bibliotekene" in qt.text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text
    assert "ZETETIC LLC" in by_name["SQLCipher (kryptert SQLite)"].text
    assert "ReportLab" in by_name["ReportLab"].text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in by_name["Python"].text


def test_every_distribution_the_program_needs_is_covered_on_linux_and_windows():
    covered = {_canonical(p) for c in bundled_components() for p in c.packages}
    for environment in PLATFORMS:
        missing = _runtime_closure(environment) - covered
        assert missing == set(), environment["sys_platform"]


def test_every_file_in_the_folder_is_named_in_the_index():
    folder = licences_folder()
    index = tomllib.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
    named = {name for entry in index["component"] for name in entry["files"]}
    present = {p.name for p in folder.iterdir()} - {INDEX_FILE}
    assert present == named


def test_the_frozen_program_reads_them_from_its_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert licences_folder() == tmp_path / "resources" / "licenses"
    assert bundled_components() == []  # a bundle built without them shows none, and no error
