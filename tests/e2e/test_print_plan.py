"""`print-plan` as a real process on a demo database: every kind of document, and plain errors."""

import subprocess

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
