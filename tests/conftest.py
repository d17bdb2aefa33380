"""Shared fixtures: a fresh encrypted record in a temporary folder, with cheap key derivation,
or with `--backend postgresql` a fresh database on a PostgreSQL server (tests/backends.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from psykhelse_desktop.paths import AppPaths  # noqa: E402
from psykhelse_desktop.services.server import open_server  # noqa: E402
from psykhelse_desktop.services.trust.vault import create_vault, write_profile  # noqa: E402
from psykhelse_desktop.storage.keys import TEST_KDF  # noqa: E402
from tests import backends  # noqa: E402
from tests.backends import (  # noqa: E402
    POSTGRESQL,
    RECORD_FIXTURES,
    SQLITE,
    URL_ENV,
    Databases,
    running_server,
    server_available,
)
from tests.helpers import PASSPHRASE, PROFILE  # noqa: E402


def pytest_addoption(parser):
    parser.addoption(
        "--backend",
        choices=(SQLITE, POSTGRESQL),
        default=SQLITE,
        help="where the db fixtures keep the record: the encrypted file or a PostgreSQL server",
    )


def pytest_configure(config):
    backends.active = config.getoption("--backend")
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the encrypted SQLite file itself; not on a server"
    )


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL: only the tests that open a record, and not those about the file."""
    if config.getoption("--backend") != POSTGRESQL:
        return
    kept, left = [], []
    for item in items:
        (kept if RECORD_FIXTURES & set(item.fixturenames) else left).append(item)
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            item.add_marker(pytest.mark.skip(reason=f"bare SQLite-filen: {reason}"))
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(scope="session")
def backend(request) -> str:
    return request.config.getoption("--backend")


@pytest.fixture(scope="session")
def server_databases(backend):
    if backend != POSTGRESQL:
        yield None
        return
    if not server_available():
        pytest.skip("ingen PostgreSQL: installer postgresql-15 eller sett " + URL_ENV)
    with running_server() as admin_url:
        databases = Databases(admin_url)
        try:
            yield databases
        finally:
            databases.close()


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path / "data")


def _record(paths, server_databases, *, demo: bool):
    """A new record on the chosen backend; closed (and a server database dropped) after."""
    if server_databases is None:
        database = create_vault(paths, PASSPHRASE, PROFILE, demo=demo, kdf=TEST_KDF)
        yield database
        database.close()
        return
    name = server_databases.new()
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    database = open_server(server_databases.url_of(name), paths.data_dir)
    if not demo:
        write_profile(database, PROFILE, demo=False)
    try:
        yield database
    finally:
        database.close()
        server_databases.drop(name)


@pytest.fixture
def db(paths, server_databases):
    """A demo record (synthetic ID numbers accepted), closed after the test."""
    yield from _record(paths, server_databases, demo=True)


@pytest.fixture
def real_db(paths, server_databases):
    """A real (non-demo) record: synthetic ID numbers are refused."""
    yield from _record(paths, server_databases, demo=False)


@pytest.fixture
def both_records(tmp_path, server_databases):
    """The same new record twice: the encrypted file and a PostgreSQL database (only in a
    `--backend postgresql` run, where there is a server)."""
    if server_databases is None:
        pytest.skip("trenger en PostgreSQL-server: kjøres med --backend postgresql")
    on_file = _record(AppPaths(tmp_path / "fil"), None, demo=True)
    on_server = _record(AppPaths(tmp_path / "server"), server_databases, demo=True)
    yield next(on_file), next(on_server)
    for made in (on_file, on_server):
        next(made, None)


@pytest.fixture
def server_url(server_databases):
    """The URL of a fresh, empty PostgreSQL database (only in a `--backend postgresql` run)."""
    if server_databases is None:
        pytest.skip("trenger en PostgreSQL-server: kjøres med --backend postgresql")
    name = server_databases.new(empty=True)
    yield server_databases.url_of(name)
    server_databases.drop(name)
