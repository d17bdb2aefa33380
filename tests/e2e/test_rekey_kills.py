"""A passphrase change killed (SIGKILL) at random moments always leaves a record that opens
with the old passphrase or the new one, whole, with its data; the key file and its copy agree."""

from __future__ import annotations

import os
import random
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest
from tests.crash_harness import NEW_PASSPHRASE, PASSPHRASE, Zygote, make_record

from psykhelse_desktop.domain.errors import WrongPassphrase
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage.engine import check_database, connect_raw
from psykhelse_desktop.storage.keys import read_params_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork")
KILLS = 24
USERS = 40


def rekey_kill_runs(root: Path, kills: int, seed: int = 2026) -> Counter:
    """Kill `kills` changes at random moments; how many opened with the old / new passphrase."""
    template = AppPaths(root / "mal")
    make_record(template.data_dir, users=USERS)
    zygote = Zygote()
    outcomes: Counter = Counter()
    try:
        length = change_length(zygote, template, root)
        rng = random.Random(seed)
        for kill in range(kills):
            paths = AppPaths(root / f"kjoring-{kill}")
            shutil.copytree(template.data_dir, paths.data_dir)
            pid = zygote.run("rekey", paths.data_dir)
            time.sleep(rng.uniform(0, length * 1.2))
            zygote.kill(pid)
            outcomes[opens_whole_with_one_passphrase(paths)] += 1
    finally:
        zygote.close()
    return outcomes


def change_length(zygote: Zygote, template: AppPaths, root: Path) -> float:
    """How long after the fork a change ends (a second run, once the program is loaded)."""
    for attempt in range(2):
        timed = AppPaths(root / f"tid-{attempt}")
        shutil.copytree(template.data_dir, timed.data_dir)
        phases = root / f"faser-{attempt}.log"
        forked = time.time()
        zygote.finish(zygote.run("rekey", timed.data_dir, phases))
    return float(phases.read_text().split()[1]) - forked


def opens_whole_with_one_passphrase(paths: AppPaths) -> str:
    opened = {}
    for name, secret in (("old", PASSPHRASE), ("new", NEW_PASSPHRASE)):
        try:
            db = unlock_vault(paths, secret, check_wait=None)
        except WrongPassphrase:
            continue
        try:
            assert len(service_users.search_ids(db, "krasjbruker")) == USERS
            conn = connect_raw(paths.database, db.key)
            assert check_database(conn, "integrity_check") == []
            conn.close()
        finally:
            db.close()
        opened[name] = True
    assert len(opened) == 1, opened
    assert read_params_file(paths.key_file) == read_params_file(paths.key_copy)
    assert not paths.pending_key_file.exists() or "old" in opened
    return next(iter(opened))


def test_killed_passphrase_changes_open_with_the_old_or_the_new(tmp_path):
    outcomes = rekey_kill_runs(tmp_path, KILLS)
    assert sum(outcomes.values()) == KILLS
    assert outcomes["old"] >= 2 and outcomes["new"] >= 2, outcomes  # kills on both sides
