"""A schema upgrade killed at random moments (SIGKILL, at least 20 times) never leaves a record
that will not open: the next unlock finds it at its old revision, or already upgraded, with its
data, and there is never more than one pre-upgrade backup."""

from __future__ import annotations

import os
import random
import shutil
import time

import pytest
from tests.crash_harness import PASSPHRASE, Zygote, old_record

from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage.engine import check_database, connect_raw
from psykhelse_desktop.storage.facts import schema_revision
from psykhelse_desktop.storage.migrate import SCHEMA_HEAD

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork")
KILLS = 30


def state(paths: AppPaths, key: bytes) -> tuple[str | None, bool]:
    """The revision the kill left, and whether the pre-upgrade backup was already there."""
    conn = connect_raw(paths.database, key)
    try:
        return schema_revision(conn), any(paths.backups.glob("*.psykhelse"))
    finally:
        conn.close()


def test_killed_upgrades_always_open_afterwards(tmp_path):
    template = AppPaths(tmp_path / "mal")
    key, _params = old_record(template)
    zygote = Zygote()
    try:
        first, last = upgrade_window(zygote, template, tmp_path)
        rng, mid_upgrade = random.Random(2026), 0
        for kill in range(KILLS):
            paths = AppPaths(tmp_path / f"kjoring-{kill}")
            shutil.copytree(template.data_dir, paths.data_dir)
            pid = zygote.run("open", paths.data_dir)
            time.sleep(rng.uniform(first * 0.8, last * 1.1))
            zygote.kill(pid)
            revision, backed_up = state(paths, key)
            mid_upgrade += revision == "0001" and backed_up
            assert_opens_upgraded_with_its_data(paths)
    finally:
        zygote.close()
    assert mid_upgrade >= KILLS // 5  # kills really landed inside the upgrade's transaction


def upgrade_window(zygote: Zygote, template: AppPaths, tmp_path) -> tuple[float, float]:
    """When, after the start of a run, the upgrade begins and ends (from its log lines);
    measured on a second run, once the first has waited for the program to load."""
    for attempt in range(2):
        timed = AppPaths(tmp_path / f"tid-{attempt}")
        shutil.copytree(template.data_dir, timed.data_dir)
        phases = tmp_path / f"faser-{attempt}.log"
        began = time.time()
        zygote.finish(zygote.run("open", timed.data_dir, phases))
    start, end = (float(line.split()[0]) - began for line in phases.read_text().splitlines())
    return start, end


def assert_opens_upgraded_with_its_data(paths: AppPaths) -> None:
    db = unlock_vault(paths, PASSPHRASE, check_wait=None)
    try:
        assert [
            r.full_name for r in service_users.rows_for_ids(db, service_users.search_ids(db, ""))
        ] == ["Åse Øvrebø"]
        conn = connect_raw(paths.database, db.key)
        assert (
            schema_revision(conn) == SCHEMA_HEAD and check_database(conn, "integrity_check") == []
        )
        conn.close()
    finally:
        db.close()
    assert len(list(paths.backups.glob("*.psykhelse"))) == 1
