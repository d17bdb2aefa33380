"""The meeting commands on a demo record, run as real processes: list, print, calendar."""

import icalendar
import pytest
from tests.helpers import run_cli as run
from tests.unit.printing.conftest import pdf_text

from psykhelse_desktop.domain.plan_vocabulary import CONFIDENTIAL


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groups") / "data"
    run("demo", "--data-dir", folder, "--users", 40)
    lines = run("meetings", "--data-dir", folder).stdout.splitlines()
    return folder, lines


def _rows(lines):
    return [line.split("\t") for line in lines[1:]]


def test_meetings_are_listed_with_a_header(demo):
    _, lines = demo
    assert lines[0] == "id\tservice_user_id\tstarts_at\tstatus"
    statuses = {row[3] for row in _rows(lines)}
    assert statuses == {"holdt", "planlagt"}
    assert all(row[2].endswith(":00:00") for row in _rows(lines))


def test_meetings_for_one_user_and_users_show_has_group(demo):
    folder, lines = demo
    user = _rows(lines)[0][1]
    mine = _rows(run("meetings", "--data-dir", folder, "--user", user).stdout.splitlines())
    assert mine and {row[1] for row in mine} == {user}
    users = [line.split("\t") for line in run("users", "--data-dir", folder).stdout.splitlines()]
    assert users[0][-1] == "has_group"
    assert next(row for row in users if row[0] == user)[-1] == "ja"
    assert {row[-1] for row in users[1:]} == {"ja", "nei"}


def test_print_minutes_says_who_is_left_out(demo, tmp_path):
    folder, lines = demo
    first_user = min(int(row[1]) for row in _rows(lines))  # the demo's first group
    held = next(r[0] for r in _rows(lines) if r[3] == "holdt" and int(r[1]) == first_user)
    out = tmp_path / "referat.pdf"
    result = run("print-meeting", "--data-dir", folder, "--meeting", held, "--kind", "minutes",
                 "--out", out)  # fmt: skip
    assert "Får ikke referatet: tjenestemottakeren har ikke samtykket" in result.stdout
    assert "Får referatet: tjenestemottakeren selv" in result.stdout
    text = " ".join(pdf_text(out).split())
    assert "Referat fra ansvarsgruppemøte" in text and CONFIDENTIAL in text
    assert "Side 1 av" in text and "Dette ble avtalt:" in text


@pytest.mark.parametrize("kind", ["invitation", "agenda"])
def test_print_invitation_and_agenda(demo, tmp_path, kind):
    folder, lines = demo
    planned = next(row[0] for row in _rows(lines) if row[3] == "planlagt")
    out = tmp_path / f"{kind}.pdf"
    run("print-meeting", "--data-dir", folder, "--meeting", planned, "--kind", kind, "--out", out)
    text = " ".join(pdf_text(out).split())
    assert "Saksliste" in text and "Side 1 av" in text


def test_export_ics_parses(demo, tmp_path):
    folder, _ = demo
    out = tmp_path / "møter.ics"
    run("export-ics", "--data-dir", folder, "--group", 1, "--out", out)
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 4
    assert all(str(e["SUMMARY"]).startswith("Ansvarsgruppemøte (") for e in events)
    assert str(events[0].decoded("DTSTART").tzinfo) == "Europe/Oslo"


def test_unknown_meeting_is_a_plain_message(demo, tmp_path):
    folder, _ = demo
    result = run("print-meeting", "--data-dir", folder, "--meeting", 9999, "--kind", "agenda",
                 "--out", tmp_path / "x.pdf", check=False)  # fmt: skip
    assert result.returncode == 1
    assert "Fant ikke posten (id 9999)" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_minutes_are_locked_and_corrected_from_the_command_line(demo, tmp_path):
    folder, lines = demo
    held = next(r[0] for r in _rows(lines) if r[3] == "holdt")
    out = tmp_path / "referat.pdf"
    run("print-meeting", "--data-dir", folder, "--meeting", held, "--kind", "minutes", "--out", out)
    assert "UTKAST: ikke godkjent" in pdf_text(out)
    locked = run("lock-minutes", "--data-dir", folder, "--meeting", held).stdout
    assert "Referatet (versjon 1) er låst som skrevet ut." in locked
    run("print-meeting", "--data-dir", folder, "--meeting", held, "--kind", "minutes", "--out", out)
    assert "UTKAST" not in pdf_text(out) and "Versjon 1" in pdf_text(out)
    fixed = run("correct-minutes", "--data-dir", folder, "--meeting", held,
                "--reason", "Feil dato for neste møte.").stdout  # fmt: skip
    assert "Versjon 2 av referatet er åpnet for retting" in fixed
    run("print-meeting", "--data-dir", folder, "--meeting", held, "--kind", "minutes", "--out", out)
    text = " ".join(pdf_text(out).split())
    assert "Rettet versjon 2" in text and "UTKAST: ikke godkjent" in text


def test_a_planned_meeting_has_no_minutes(demo, tmp_path):
    folder, lines = demo
    planned = next(row[0] for row in _rows(lines) if row[3] == "planlagt")
    out = tmp_path / "referat.pdf"
    result = run("print-meeting", "--data-dir", folder, "--meeting", planned, "--kind", "minutes",
                 "--out", out, check=False)  # fmt: skip
    assert result.returncode == 1 and "Møtet er ikke holdt ennå" in result.stderr
    assert not out.exists()
    locked = run("lock-minutes", "--data-dir", folder, "--meeting", planned, check=False)
    assert locked.returncode == 1 and "Bare referatet fra et holdt møte" in locked.stderr


def test_invitations_one_file_per_recipient(demo, tmp_path):
    folder, lines = demo
    planned = next(row[0] for row in _rows(lines) if row[3] == "planlagt")
    result = run("print-meeting", "--data-dir", folder, "--meeting", planned, "--kind",
                 "invitation", "--out", tmp_path, "--per-recipient")  # fmt: skip
    written = sorted(tmp_path.glob("Innkalling til *.pdf"))
    assert len(written) >= 2 and result.stdout.count("Skrev ") == len(written)
    assert all("Side 1 av 1" in pdf_text(path) for path in written)
    assert result.stderr == ""  # demo users and partner services all have a postal address
    assert all("Vår ref.: møte" in pdf_text(path) for path in written)
