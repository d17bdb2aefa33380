"""Putting a database in the record's place: the old one moved aside, and a kill half-way undone."""

import json
import os

import pytest

from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.storage.keys import TEST_KDF, KdfParams, read_sidecar
from psykhelse_desktop.storage.swap import MARKER_NAME, recover_interrupted_swap, swap_in


@pytest.fixture
def record(tmp_path) -> AppPaths:
    """A stand-in record: the files a record has, with contents we can recognise."""
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    for path, text in zip(
        paths.record_files(), ("db", "wal", "shm", "", "key", "copy", "pending"), strict=True
    ):
        if text:
            path.write_text(f"gammel {text}")
    return paths


def new_database(paths: AppPaths) -> os.PathLike:
    path = paths.data_dir / "ny.tmp"
    path.write_text("ny db")
    return path


def contents(paths: AppPaths) -> dict[str, str]:
    return {p.name: p.read_text() for p in paths.record_files() if p.exists()}


def test_the_old_record_is_moved_aside_whole(record):
    before = contents(record)
    params = KdfParams.new(**TEST_KDF)
    aside = swap_in(record.record_files(), new_database(record), params, record.set_aside, "x")
    assert record.database.read_text() == "ny db"
    assert read_sidecar(record.database) == params
    assert {p.name: p.read_text() for p in aside.iterdir()} == before
    assert not (record.data_dir / MARKER_NAME).exists()


def test_into_an_empty_folder_nothing_is_moved(tmp_path):
    paths = AppPaths(tmp_path / "ny-maskin")
    paths.data_dir.mkdir()
    params = KdfParams.new(**TEST_KDF)
    assert swap_in(paths.record_files(), new_database(paths), params, paths.set_aside, "x") is None
    assert paths.database.read_text() == "ny db" and not paths.set_aside.exists()


def kill_after(record: AppPaths, moved_count: int, renamed: bool) -> None:
    """The state a kill leaves: the marker, `moved_count` files moved, maybe the new one in."""
    present = [p for p in record.record_files() if p.exists()]
    folder = record.set_aside / "avbrutt"
    marker = {"aside": str(folder), "moved": [p.name for p in present]}
    (record.data_dir / MARKER_NAME).write_text(json.dumps(marker))
    folder.mkdir(parents=True)
    for path in present[:moved_count]:
        os.replace(path, folder / path.name)
    if renamed:
        os.replace(new_database(record), record.database)
        record.key_file.write_text("ny nøkkel")


@pytest.mark.parametrize(("moved", "renamed"), [(0, False), (1, False), (3, False), (5, True)])
def test_a_kill_during_the_swap_is_undone_at_the_next_start(record, moved, renamed):
    before = contents(record)
    kill_after(record, moved, renamed)
    assert recover_interrupted_swap(record.record_files())
    assert contents(record) == before
    assert not (record.data_dir / MARKER_NAME).exists()
    assert not (record.set_aside / "avbrutt").exists()


def test_no_marker_means_nothing_is_touched(record):
    before = contents(record)
    assert not recover_interrupted_swap(record.record_files())
    assert contents(record) == before


def test_an_unreadable_marker_leaves_every_file_where_it_is(record):
    before = contents(record)
    (record.data_dir / MARKER_NAME).write_text("{ødelagt")
    assert not recover_interrupted_swap(record.record_files())
    assert contents(record) == before
