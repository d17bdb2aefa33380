"""The window keeps no copy of its modules' source (PySide6's feature check read it all)."""

from __future__ import annotations

import linecache
import sys

from psykhelse_desktop.ui import source_check


def test_modules_imported_after_pyside_are_checked_but_their_source_is_not_kept(tmp_path):
    (tmp_path / "med_qt.py").write_text("import PySide6.QtCore\nSVAR = 'Åse'\n", "utf-8")
    (tmp_path / "uten_qt.py").write_text("SVAR = 'Øvrebø'\n", "utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        __import__("med_qt")
        __import__("uten_qt")
    finally:
        sys.path.remove(str(tmp_path))
    feature = sys.modules[source_check.FEATURE_MODULE]
    assert feature.pyside_feature_dict["med_qt"] == 0  # as PySide6's own check answers
    assert feature.pyside_feature_dict["uten_qt"] == -1
    assert not [name for name in linecache.cache if str(tmp_path) in name]


def test_the_check_is_in_place_and_answers_for_modules_without_source():
    assert source_check.keep_no_sources()
    assert source_check.uses_pyside(sys) is False
    assert source_check.uses_pyside(source_check) is True
