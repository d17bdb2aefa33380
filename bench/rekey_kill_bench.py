"""Passphrase changes killed with SIGKILL at random moments (tests/e2e/test_rekey_kills.py's
runs, more of them): how many records opened afterwards with the old passphrase, how many
with the new one, and how many with neither (must be 0; the run stops at the first).

    python bench/rekey_kill_bench.py [--kills 200]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.e2e.test_rekey_kills import rekey_kill_runs  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    kills = parser.parse_args().kills
    root = Path(tempfile.mkdtemp(prefix="psykhelse-rekey-"))
    try:
        outcomes = rekey_kill_runs(root, kills)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{kills} killed passphrase changes: {outcomes['old']} opened with the old "
          f"passphrase, {outcomes['new']} with the new, 0 with neither or damaged")  # fmt: skip


if __name__ == "__main__":
    main()
