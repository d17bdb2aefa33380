"""The crash harness at length: 500 children killed with SIGKILL at random moments.

Each child signs journal entries, saves plan revisions and imports a spreadsheet of
`--rows` rows into one real encrypted record, reporting every commit; after each kill the
record is opened and checked (tests/crash_harness.py): `PRAGMA integrity_check`, every
reported write present, every import all or nothing. The normal test run does 50 of these
(tests/e2e/test_crash_kills.py).

    python bench/crash_bench.py [--runs 500] [--rows 2000] [--max-delay 1.0]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.crash_harness import kill_runs  # noqa: E402

from common import temp_root  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--rows", type=int, default=2000, help="rows in each spreadsheet")
    parser.add_argument("--max-delay", type=float, default=1.0, help="latest kill, seconds")
    args = parser.parse_args(argv)
    root = temp_root()
    try:
        started = time.perf_counter()
        tally = kill_runs(root, args.runs, max_delay=args.max_delay, import_rows=args.rows)
        seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(root, ignore_errors=True)
    rows = [
        ("runs (SIGKILL at a random moment)", tally.runs),
        ("corrupt (integrity_check not ok)", tally.corrupt),
        ("lost (a reported commit missing)", tally.lost),
        ("partial imports (neither all nor nothing)", tally.partial_imports),
        ("kills after the child had committed something", tally.kills_while_writing),
        ("imports killed half-way", tally.imports_cut),
        ("report lines checked (commits, import starts)", tally.reported),
        ("wall time, seconds", round(seconds)),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    for problem in tally.problems[:20]:
        print("  ", problem)
    return 0 if tally.corrupt == tally.lost == tally.partial_imports == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
