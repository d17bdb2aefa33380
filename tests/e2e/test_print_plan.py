"""`print-plan` as a real process on a demo database: every kind of document, and plain errors."""

import contextlib
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.helpers import run_cli as run

from psykhelse_desktop.domain.plan_vocabulary import CONFIDENTIAL, PLAN_PARTS


def pdf_text(path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(result.stdout.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan") / "data"
    run("demo", "--data-dir", folder, "--users", 20)
    rows = [line.split("\t") for line in run("users", "--data-dir", folder).stdout.splitlines()]
    assert rows[0][4] == "has_plan" and {r[4] for r in rows[1:]} == {"ja", "nei"}
    return (
        folder,
        [r[0] for r in rows[1:] if r[4] == "ja"],
        [r[0] for r in rows[1:] if r[4] == "nei"],
    )


@pytest.mark.parametrize("kind", ["plan", "consent", "crisis", "easy", "changes"])
def test_each_kind_prints(demo, kind, tmp_path):
    folder, with_plan, _ = demo
    out = tmp_path / f"{kind}.pdf"
    result = run("print-plan", "--data-dir", folder, "--user", with_plan[0], "--kind", kind,
                 "--out", out)  # fmt: skip
    assert str(out) in result.stdout
    text = pdf_text(out)
    assert CONFIDENTIAL in text and "Side 1 av" in text and "Demovik kommune" in text
    if kind == "plan":
        positions = [text.find(heading) for heading in PLAN_PARTS]
        assert -1 not in positions and positions == sorted(positions)


def test_a_user_without_a_plan_is_a_plain_message(demo, tmp_path):
    folder, _, without = demo
    result = run("print-plan", "--data-dir", folder, "--user", without[0], "--out",
                 tmp_path / "x.pdf", check=False)  # fmt: skip
    assert result.returncode == 1
    assert "ingen individuell plan" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_folder_is_a_plain_message(demo, tmp_path):
    folder, with_plan, _ = demo
    result = run("print-plan", "--data-dir", folder, "--user", with_plan[0], "--out",
                 tmp_path / "finnes-ikke" / "x.pdf", check=False)  # fmt: skip
    assert result.returncode == 1 and "finnes ikke" in result.stderr


@pytest.fixture
def small_disks(tmp_path):
    """Real 4 MB file systems (tmpfs), where the machine lets us mount them."""
    mounts = []

    def mount() -> Path:
        folder = tmp_path / f"disk-{len(mounts)}"
        folder.mkdir()
        made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                              capture_output=True)  # fmt: skip
        if made.returncode != 0:
            pytest.skip("this machine does not allow mounting a small tmpfs")
        mounts.append(folder)
        return folder

    yield mount
    for folder in mounts:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_leaving(disk, room: int) -> None:
    """Fill the disk, then free `room` bytes again."""
    filler = disk / "fyll"
    with contextlib.suppress(OSError), open(filler, "wb", buffering=0) as stream:
        while True:
            stream.write(b"\0" * 4096)
    os.truncate(filler, max(filler.stat().st_size - room, 0))


def test_a_full_data_folder_keeps_no_unrecorded_pdf(demo, small_disks, tmp_path):
    """Issue 9: on a full data folder print-plan kept the PDF and failed to record it.

    The data folder's disk is full but for a little room, 4 KiB (a page) more each time, so
    the print runs out of room at each of its writes in turn: opening, the audit row, noting
    the file, and last the ledger row. Every failed print leaves no file; the first print
    that succeeds is recorded in the ledger.
    """
    folder, with_plan, _ = demo
    outcomes = []
    for room_kib in range(36, 100, 4):
        disk = small_disks()
        shutil.copytree(folder, disk / "data")
        fill_leaving(disk, room_kib * 1024)
        out = tmp_path / f"utskrifter-{room_kib}"
        out.mkdir()
        result = run("print-plan", "--data-dir", disk / "data", "--user", with_plan[0],
                     "--out", out / "plan.pdf", check=False)  # fmt: skip
        assert "Traceback" not in result.stderr
        outcomes.append(result.returncode)
        if result.returncode != 0:
            assert list(out.iterdir()) == [], f"{room_kib} KiB: {result.stderr}"
            continue
        (disk / "fyll").unlink()  # room to read the ledger back
        rows = run("ledger", "--data-dir", disk / "data").stdout.splitlines()[1:]
        digest = hashlib.sha256((out / "plan.pdf").read_bytes()).hexdigest()
        assert [p.name for p in out.iterdir()] == ["plan.pdf"]
        assert any(r.split("\t")[-1] == digest for r in rows)
        break
    assert outcomes[0] != 0 and outcomes[-1] == 0  # from too full to just enough room
