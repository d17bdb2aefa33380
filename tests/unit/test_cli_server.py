"""The headless commands on a PostgreSQL server: `init-server`, then the same commands with
`--database-url`; the commands about the encrypted file refuse it plainly."""

from __future__ import annotations

import pytest

from psykhelse_desktop.cli import main

NURSE = ["--name", "Kari Testesen", "--municipality", "Testvik kommune"]


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_server_then_the_commands_work_on_it(server_url, tmp_path, capsys):
    where = ["--data-dir", str(tmp_path), "--database-url", server_url]
    assert _run(capsys, "init-server", *where, *NURSE)[0] == 0
    code, out, _ = _run(capsys, "set-profile", *where, "--title", "Psykiatrisk sykepleier")
    assert code == 0 and "title\tPsykiatrisk sykepleier" in out
    code, out, _ = _run(capsys, "users", *where)
    assert code == 0 and out.startswith("id\tname")
    code, out, _ = _run(capsys, "verify-log", *where)
    assert code == 0 and "Loggene er hele" in out and "rader kontrollert" in out


def test_init_server_refuses_a_database_that_has_a_record(server_url, tmp_path, capsys):
    where = ["--data-dir", str(tmp_path), "--database-url", server_url]
    assert _run(capsys, "init-server", *where, *NURSE)[0] == 0
    code, _, err = _run(capsys, "init-server", *where, *NURSE)
    assert code == 1 and "har allerede en journal" in err


def test_a_server_with_no_record_says_how_to_make_one(server_url, tmp_path, capsys):
    code, _, err = _run(capsys, "users", "--data-dir", str(tmp_path), "--database-url", server_url)
    assert code == 1 and "init-server" in err
    code, _, err = _run(capsys, "users", "--database-url", "mysql://x@y/z")
    assert code == 1 and "postgresql+psycopg://" in err


@pytest.mark.parametrize(
    "command", [["backup", "--to", "."], ["change-passphrase"], ["demo"], []]
)
def test_the_file_commands_and_the_window_refuse_a_server(server_url, tmp_path, capsys, command):
    where = ["--data-dir", str(tmp_path), "--database-url", server_url]
    code, _, err = _run(capsys, *command[:1], *where, *command[1:])
    assert code == 1 and "bare den krypterte journalfilen" in err
