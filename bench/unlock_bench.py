"""Unlock, her daily wait: "Lås opp" pressed to "I dag" painted, against the floor of the same
Argon2id derivation, a raw SQLCipher open and a bare window; the two alternate in one run.

Alone: python bench/unlock_bench.py [--users 80] [--runs 7] [--typing 2.0]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys

import startup_bench
from common import Result, median, new_vault, temp_root
from psykhelse_desktop.services.demo.populate import populate_demo

NURSE_USERS = 80


def measure(data_dir, runs: int, typing_s: float) -> tuple[list[dict], list[dict]]:  # noqa: ANN001
    """Alternating children, so a busy moment on the machine hits both alike."""
    os.environ["BENCH_TYPING_S"] = repr(typing_s)
    app, floor = [], []
    for _ in range(runs):
        for script, into in (("unlock_floor.py", floor), ("unlock_today.py", app)):
            _wall, output = startup_bench.run_child(script, data_dir)
            if "failed" in output:
                raise SystemExit(output["failed"])
            into.append(output)
    return app, floor


def result(users: int, runs: int, typing_s: float, data_dir) -> Result:  # noqa: ANN001
    app, floor = measure(data_dir, runs, typing_s)
    figure, raw = median([o["today_s"] for o in app]), median([o["today_s"] for o in floor])
    late = sum(o["still_loading_at_press"] for o in app)
    window = median([o["window_made_s"] for o in app])
    note = (
        f"median of {runs}, {users} users, typing {typing_s:.1f} s; window made after "
        f"{window:.2f} s; loading not done at the press in {late} of {runs} runs"
    )
    return Result(f"b2. unlock to 'I dag' painted, {users} users", figure, "s", raw,
                  "<= 2x floor", figure <= 2 * raw, note)  # fmt: skip


def run(root, users: int, runs: int, typing_s: float) -> Result:  # noqa: ANN001
    """On a record of its own (a nurse's size by default) under `root`."""
    paths, db = new_vault(root, f"unlock-{users}")
    populate_demo(db, users)
    db.close()
    return result(users, runs, typing_s, paths.data_dir)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=NURSE_USERS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--typing", type=float, default=3.0, help="seconds she types (a passphrase of a few words)"
    )
    args = parser.parse_args(argv)
    root = temp_root()
    try:
        row = run(root, args.users, args.runs, args.typing)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    ratio = row.figure / row.raw
    print(f"{row.benchmark}: {row.figure:.3f} s, floor {row.raw:.3f} s, {ratio:.2f}x; {row.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
