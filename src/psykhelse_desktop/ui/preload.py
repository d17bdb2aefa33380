"""While she types the passphrase, the storage stack and the window's modules load in the
background, so that "Lås opp" waits only for the key, the record and the first page.

The main thread waits for the loading to end before it imports any of these itself, so the
two never import at the same time.
"""

from __future__ import annotations

import importlib
import threading

MODULES = (
    "psykhelse_desktop.services.trust.vault",
    "psykhelse_desktop.ui.main_window",
    "psykhelse_desktop.ui.dialogs.backup_auto",
    "psykhelse_desktop.ui.dialogs.backup_damaged",
)

_loading: threading.Thread | None = None


def start_loading() -> None:
    """Start once per process; later calls do nothing."""
    global _loading
    if _loading is None:
        _loading = threading.Thread(target=_load, name="forhandslasting")
        _loading.start()


def still_loading() -> bool:
    return _loading is not None and _loading.is_alive()


def wait_until_loaded() -> None:
    """Returns at once when nothing was started or all is loaded."""
    if _loading is not None:
        _loading.join()


def _load() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            # The main thread imports it again when it needs it, and reports the error there.
            return
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # otherwise done by the first query after unlock
