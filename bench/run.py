"""Run every benchmark on a large synthetic record and print one table (also bench/out/)."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import export_bench
import generation_bench
import import_bench
import journal_search_bench
import search_bench
import startup_bench
import unlock_bench
from common import Result, new_vault, temp_root

OUT = Path(__file__).resolve().parent / "out" / "results.md"
HEADERS = ("benchmark", "figure", "raw floor", "ratio", "target", "ok", "note")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50_000, help="service users in the record")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of the typed queries")
    parser.add_argument("--runs", type=int, default=5, help="child processes per start timing")
    parser.add_argument(
        "--journal", type=int, default=500_000, help="journal entries (export, journal search)"
    )
    return parser.parse_args(argv)


def measure(root: Path, args: argparse.Namespace) -> list[Result]:
    paths, db = new_vault(root, "record")
    try:
        seconds, summary = generation_bench.timed_populate(db, args.users)
        print(f"record ready: {summary}", file=sys.stderr)
        results = search_bench.run(db, paths.database, args.repeat)
    finally:
        db.close()
    results += generation_bench.results(root, args.users, seconds, summary)
    start, bare = startup_bench.start_results(paths.data_dir, args.runs)
    results += start
    results.append(startup_bench.memory_result(paths.data_dir, bare, args.users))
    results.append(unlock_bench.run(root, unlock_bench.NURSE_USERS, args.runs, 3.0))
    results += import_bench.run(root, import_bench.ROWS, args.repeat)
    return results + large_record(root, args)


def large_record(root: Path, args: argparse.Namespace) -> list[Result]:
    """One seeded record with `--journal` entries, built once for the export and the search."""
    _paths, db = export_bench.build(root, args.users, args.journal)
    try:
        results = export_bench.measure(db, root, args.users, args.journal)
        return results + journal_search_bench.run(db, db.db_path, args.repeat, args.journal)
    finally:
        db.close()


def cells(result: Result) -> tuple[str, ...]:
    def number(value: float | None) -> str:
        return "-" if value is None else f"{value:.3g} {result.unit}"

    ratio = "-" if result.ratio is None else f"{result.ratio:.2f}x"
    ok = {None: "pending" if result.figure is None else "-", True: "yes", False: "NO"}[result.ok]
    return (result.benchmark, number(result.figure), number(result.raw), ratio,
            result.target or "-", ok, result.note)  # fmt: skip


def text_table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in [HEADERS, *rows]) for i in range(len(HEADERS))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    header = " | ".join(h.ljust(w) for h, w in zip(HEADERS, widths, strict=True))
    return "\n".join([header, "-+-".join("-" * w for w in widths), *lines])


def markdown_table(rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    root = temp_root()
    try:
        rows = [cells(r) for r in measure(root, args)]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(text_table(rows))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(f"# Benchmarks ({args.users} users)\n\n" + markdown_table(rows), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
