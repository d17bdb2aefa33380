"""The data folder is private: 0700 for folders, 0600 for files, tightened when found looser."""

import os
import stat

import pytest

from psykhelse_desktop.storage.files import make_private_dir, tighten, write_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_and_its_new_parents_are_private(tmp_path):
    folder = tmp_path / "a" / "b"
    make_private_dir(folder)
    assert mode(folder) == mode(tmp_path / "a") == 0o700


def test_an_old_open_folder_is_tightened(tmp_path):
    folder = tmp_path / "data"
    (folder / "sikkerhetskopier").mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    for name in ("psykhelse.db", "psykhelse.db.key.json", "sikkerhetskopier/auto.psykhelse"):
        (folder / name).write_bytes(b"x")
        os.chmod(folder / name, 0o644)
    tighten(folder)
    assert mode(folder) == mode(folder / "sikkerhetskopier") == 0o700
    assert {mode(p) for p in folder.rglob("*") if p.is_file()} == {0o600}


def test_a_file_is_written_whole_and_private(tmp_path):
    target = tmp_path / "nøkkel.json"
    write_private(target, b"innhold")
    assert target.read_bytes() == b"innhold" and mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["nøkkel.json"]
