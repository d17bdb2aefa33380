"""One backup file: the database with its key file inside, checked before it gets its name."""

import os

import pytest
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.errors import WrongPassphrase
from psykhelse_desktop.domain.record_safety import BackupFailed, BackupUnreadable
from psykhelse_desktop.storage.backup import (
    MAGIC,
    copy_database_out,
    opened_backup,
    read_trailer,
    table_counts,
    verify_backup,
    write_backup,
)
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.keys import derive_key, read_sidecar

pytestmark = pytest.mark.sqlite_only(reason="the encrypted backup file")


@pytest.fixture
def key_and_params(db, paths):
    params = read_sidecar(paths.database)
    return derive_key(PASSPHRASE, params), params


def add_rows(paths, key, count: int, keep_open: bool = False):
    """Rows committed through a connection that stays open: they sit in the -wal file."""
    conn = connect_raw(paths.database, key)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(count):
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"test_{n}", "x" * 50))
        conn.commit()
    if not keep_open:
        conn.close()
    return conn


def test_the_backup_holds_what_is_still_in_the_wal(db, paths, key_and_params, tmp_path):
    key, params = key_and_params
    writer = add_rows(paths, key, 20, keep_open=True)
    assert paths.database.with_name("psykhelse.db-wal").stat().st_size > 0
    target = tmp_path / "kopi.psykhelse"
    counts = write_backup(paths.database, key, params, target)
    writer.close()
    with opened_backup(target, key) as copy:
        assert copy.execute("SELECT count(*) FROM setting WHERE key LIKE 'test_%'").fetchone() == (
            20,
        )
        assert table_counts(copy) == counts
    assert read_trailer(target).params == params
    assert verify_backup(target, key, counts) == []


def test_reading_a_backup_changes_nothing_and_leaves_nothing_beside_it(
    db, paths, key_and_params, tmp_path
):
    key, params = key_and_params
    folder = tmp_path / "minnepinne"
    folder.mkdir()
    target = folder / "kopi.psykhelse"
    write_backup(paths.database, key, params, target)
    before = (target.read_bytes(), target.stat().st_mtime_ns)
    assert verify_backup(target, key) == []
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before
    assert [p.name for p in folder.iterdir()] == ["kopi.psykhelse"]


def test_a_backup_is_private_and_never_written_over(db, paths, key_and_params, tmp_path):
    key, params = key_and_params
    target = tmp_path / "kopi.psykhelse"
    write_backup(paths.database, key, params, target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(BackupFailed, match="finnes allerede"):
        write_backup(paths.database, key, params, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "kopi.psykhelse"]


def test_a_cut_short_or_foreign_file_is_not_a_whole_backup(db, paths, key_and_params, tmp_path):
    key, params = key_and_params
    target = tmp_path / "kopi.psykhelse"
    write_backup(paths.database, key, params, target)
    data = target.read_bytes()
    for name, content in {
        "avkortet.psykhelse": data[: len(data) // 2],
        "uten-slutt.psykhelse": data[:-3],
        "tom.psykhelse": b"",
        "annen.psykhelse": b"SQLite format 3\x00" + os.urandom(5000),
        "feil-lengde.psykhelse": data[:-24] + (10**9).to_bytes(8, "big") + MAGIC,
    }.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(BackupUnreadable, match="ikke en hel sikkerhetskopi"):
            read_trailer(tmp_path / name)


def test_a_damaged_page_inside_a_backup_is_found(db, paths, key_and_params, tmp_path):
    key, params = key_and_params
    add_rows(paths, key, 300)
    target = tmp_path / "kopi.psykhelse"
    write_backup(paths.database, key, params, target)
    data = bytearray(target.read_bytes())
    middle = read_trailer(target).database_bytes // 2
    data[middle : middle + 16] = bytes(16)
    target.write_bytes(bytes(data))
    assert verify_backup(target, key) != []


def test_the_database_part_comes_out_whole(db, paths, key_and_params, tmp_path):
    key, params = key_and_params
    target = tmp_path / "kopi.psykhelse"
    counts = write_backup(paths.database, key, params, target)
    out = tmp_path / "ut.db"
    copy_database_out(target, read_trailer(target), out)
    conn = connect_raw(out, key)
    assert table_counts(conn) == counts
    conn.close()


def test_every_damaged_page_is_found_and_none_is_taken_for_a_wrong_passphrase(
    db, paths, key_and_params, tmp_path
):
    key, params = key_and_params
    source = tmp_path / "kopi.psykhelse"
    write_backup(paths.database, key, params, source)
    whole = source.read_bytes()
    pages = read_trailer(source).database_bytes // 4096
    for page in range(2, pages + 1):  # the schema's pages among them
        data = bytearray(whole)
        data[(page - 1) * 4096 + 200 : (page - 1) * 4096 + 216] = bytes(16)
        source.write_bytes(bytes(data))
        assert verify_backup(source, key) != [], page
    source.write_bytes(whole)
    with pytest.raises(WrongPassphrase):
        verify_backup(source, bytes(32))
