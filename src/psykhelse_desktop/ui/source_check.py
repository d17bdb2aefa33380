"""PySide6 reads the source of every module imported after it, to see whether the module asks
for one of its `__feature__`s, through `inspect.getsource`; Python then keeps every line of it
in `linecache`: about 20 MB of text the window never shows (measured: 113 MB after the
window's imports with it, 92 MB without). The same check here reads the file and keeps nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 (installs the import hook this module adjusts)

FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"


def keep_no_sources() -> bool:
    """Swap in the check that keeps nothing; False (and nothing changed) where PySide6 has
    no such check, as a later version may not."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, CHECK_NAME, None)):
        return False
    setattr(feature, CHECK_NAME, uses_pyside)
    return True


def uses_pyside(module: ModuleType) -> bool:
    """What PySide6's own check answers: whether the module's source names PySide6."""
    path = getattr(getattr(module, "__spec__", None), "origin", None)
    if not path or not str(path).endswith(".py"):
        return False  # built-in, frozen or compiled: PySide6's check finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
