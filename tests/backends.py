"""The record's two homes in the tests: the encrypted file (default) or a PostgreSQL server.

`pytest --backend postgresql` gives the `db` and `real_db` fixtures a fresh PostgreSQL database
per test: one template per session (migrated, with the test nurse's profile), then
`CREATE DATABASE ... TEMPLATE` per test (a copy of files, no migrations), dropped after. The
server is the one named by PSYKHELSE_TEST_DATABASE_URL (an admin URL, as `.ci/run` exports
it), or else a private one started for the session in a temporary folder (tests/pg_server.py).
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from psykhelse_desktop.services.server import create_on_server
from tests import pg_server
from tests.helpers import PROFILE

URL_ENV = "PSYKHELSE_TEST_DATABASE_URL"
SQLITE, POSTGRESQL = "sqlite", "postgresql"
# The run's backend, set by conftest.py before the test modules are imported.
active = SQLITE
# Fixtures that open a record: a test using none of them is the same on both backends.
RECORD_FIXTURES = frozenset({"db", "real_db", "both_records", "server_url"})


def server_available() -> bool:
    return bool(os.environ.get(URL_ENV)) or pg_server.available()


@contextmanager
def running_server() -> Iterator[str]:
    """The admin URL of the server to use, started here (and stopped after) if none is given.

    Its folder is right under the system's temporary folder: the `postgres` user must reach
    it, and pytest's own temporary folders are private to whoever runs the tests.
    """
    given = os.environ.get(URL_ENV)
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp(prefix="psykhelse-pg-"))
    try:
        url = pg_server.start(folder)
        try:
            yield url
        finally:
            pg_server.stop(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Databases:
    """Fresh databases on one server, each a copy of one migrated template."""

    def __init__(self, admin_url: str):
        self.admin_url = admin_url
        self.admin = create_engine(make_url(admin_url), isolation_level="AUTOCOMMIT")
        self.prefix = f"psykhelse_test_{os.getpid()}"
        self.template = f"{self.prefix}_tmpl"
        self._numbers = itertools.count(1)
        self._run(f"DROP DATABASE IF EXISTS {self.template}")
        self._run(f"CREATE DATABASE {self.template} ENCODING 'UTF8' TEMPLATE template0")
        create_on_server(self.url_of(self.template), PROFILE, Path(tempfile.gettempdir()),
                         demo=True).close()  # fmt: skip

    def url_of(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def new(self, *, empty: bool = False) -> str:
        """A new database: a copy of the template, or with `empty` one with nothing in it."""
        name = f"{self.prefix}_{next(self._numbers)}"
        template = "template0 ENCODING 'UTF8'" if empty else self.template
        self._run(f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def drop(self, name: str) -> None:
        self._run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        self.drop(self.template)
        self.admin.dispose()

    def _run(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))
