"""The headless commands, run as real processes on real encrypted files."""

import pytest
from tests.helpers import run_cli as run
from tests.helpers import tenor_id

from psykhelse_desktop import __version__


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    run("demo", "--data-dir", folder, "--users", 40)
    return folder


def test_version():
    assert run("--version").stdout.strip() == f"psykhelse-desktop {__version__}"


def test_self_test_passes():
    result = run("self-test")
    assert "Selvtesten gikk bra." in result.stdout
    assert result.stdout.count("OK ") == 4


def test_demo_database_lists_users(demo_dir):
    lines = run("users", "--data-dir", demo_dir).stdout.splitlines()
    assert lines[0] == "id\tname\tbirth_date\tstatus\thas_plan\thas_group"
    assert 30 <= len(lines) - 1 <= 40  # about 10 % of demo users are closed
    with_closed = run("users", "--data-dir", demo_dir, "--closed").stdout.splitlines()
    assert len(with_closed) == 41


def test_users_search_uses_the_window_search(demo_dir):
    everyone = run("users", "--data-dir", demo_dir, "--closed").stdout.splitlines()[1:]
    first_name = everyone[0].split("\t")[1].split(" ")[0]
    found = run("users", "--data-dir", demo_dir, "--closed", "--search", first_name.upper())
    names = [line.split("\t")[1] for line in found.stdout.splitlines()[1:]]
    assert names and all(first_name.casefold() in n.casefold() for n in names)


def test_demo_refuses_to_overwrite(demo_dir):
    result = run("demo", "--data-dir", demo_dir, "--users", 0, check=False)
    assert result.returncode == 1
    assert "finnes allerede" in result.stderr


def test_wrong_passphrase_is_a_plain_message(demo_dir):
    result = run("users", "--data-dir", demo_dir, passphrase="feil", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "Feil passord. Databasen ble ikke åpnet. Prøv igjen."


def test_import_users_all_or_nothing(tmp_path):
    folder = tmp_path / "data"
    run("demo", "--data-dir", folder, "--users", 0)
    csv_file = tmp_path / "liste.csv"
    header = "fornavn;etternavn;fødselsnummer;telefon;adresse;postnummer;poststed\r\n"
    good = f"Åse;Øvrebø;{tenor_id()};912 34 567;Fjellveien 2;9990;Testvik\r\n"
    bad = "Per;Feil;12345678901;;;;\r\n"
    csv_file.write_bytes((header + good + bad).encode("utf-8-sig"))

    refused = run("import-users", "--data-dir", folder, csv_file, check=False)
    assert refused.returncode == 1
    assert "Rad 3: Kontrollsifrene stemmer ikke" in refused.stderr
    assert "Ingenting ble skrevet" in refused.stdout
    assert run("users", "--data-dir", folder).stdout.count("\n") == 1

    dry = run("import-users", "--data-dir", folder, csv_file, "--dry-run", "--skip-invalid")
    assert "0 importert" in dry.stdout

    run("import-users", "--data-dir", folder, csv_file, "--skip-invalid")
    listed = run("users", "--data-dir", folder, "--search", "øvre").stdout.splitlines()
    assert [line.split("\t")[1] for line in listed[1:]] == ["Åse Øvrebø"]


def test_missing_database_is_explained(tmp_path):
    result = run("users", "--data-dir", tmp_path / "ingen", check=False)
    assert result.returncode == 1
    assert "Fant ingen database" in result.stderr
