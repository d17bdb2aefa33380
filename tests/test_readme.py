"""The README's test command is the one CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Run the tests", 1)[1]
    command = re.search(r"^    (\S.*)$", section, re.MULTILINE).group(1)
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
