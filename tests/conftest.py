"""Shared fixtures: a fresh encrypted record in a temporary folder, with cheap key derivation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from psykhelse_desktop.paths import AppPaths  # noqa: E402
from psykhelse_desktop.services.trust.vault import create_vault  # noqa: E402
from psykhelse_desktop.storage.keys import TEST_KDF  # noqa: E402
from tests.helpers import PASSPHRASE, PROFILE  # noqa: E402


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def db(paths):
    """A demo record (synthetic ID numbers accepted), closed after the test."""
    database = create_vault(paths, PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF)
    yield database
    database.close()


@pytest.fixture
def real_db(paths):
    """A real (non-demo) record: synthetic ID numbers are refused."""
    database = create_vault(paths, PASSPHRASE, PROFILE, demo=False, kdf=TEST_KDF)
    yield database
    database.close()
