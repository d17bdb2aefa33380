"""Start time and memory: the app's windows as child processes vs a bare PySide6 window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from common import PASSPHRASE, Result, median

HERE = Path(__file__).resolve().parent


def run_child(script: str, data_dir: Path) -> tuple[float, dict]:
    """Wall seconds of one child run, and the JSON line it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_DATA_DIR=str(data_dir))
    env.update(BENCH_PASSPHRASE=PASSPHRASE, BENCH_LAUNCHED_AT=repr(time.time()))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / script)], env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return wall, {"failed": f"{script} failed: {last}"}
    return wall, json.loads(lines[-1])


def runs(script: str, data_dir: Path, count: int) -> tuple[list[float], list[dict]]:
    walls, outputs = [], []
    for _ in range(count):
        wall, output = run_child(script, data_dir)
        walls.append(wall)
        outputs.append(output)
    return walls, outputs


def start_results(data_dir: Path, count: int) -> tuple[list[Result], list[dict]]:
    bare_walls, bare = runs("bare_window.py", data_dir, count)
    app_walls, app = runs("unlock_window.py", data_dir, count)
    problem = app[0].get("pending") or app[0].get("failed")
    if problem:
        return [Result("b. start to unlock dialog shown", None, "s", note=problem)], bare
    wall, bare_wall = median(app_walls), median(bare_walls)
    shown = median([o["shown_s"] for o in app])
    bare_shown = median([o["shown_s"] for o in bare])
    return [
        Result(
            "b. start to unlock dialog, process wall", wall, "s", bare_wall, "<= 2.5x bare",
            ok=wall <= 2.5 * bare_wall, note=f"median of {count}, offscreen",
        ),
        Result(
            "b. start to unlock dialog, first paint", shown, "s", bare_shown, "<= 2.5x bare",
            ok=shown <= 2.5 * bare_shown, note="launch to first paint event",
        ),
    ], bare  # fmt: skip


def memory_result(data_dir: Path, bare: list[dict], users: int) -> Result:
    _, outputs = runs("main_window_memory.py", data_dir, 1)
    output = outputs[0]
    name = f"c. idle RSS, main window, {users} users"
    problem = output.get("pending") or output.get("failed")
    if problem:
        return Result(name, None, "MB", note=problem)
    bare_rss = median([o["rss_mb"] for o in bare])
    note = (
        f"RSS {output['imported_mb']:.0f} MB after imports, {output['unlocked_mb']:.0f} MB "
        f"after unlock; {output['rows']} rows shown {output['loaded_s']:.2f} s after launch"
    )
    return Result(name, output["rss_mb"], "MB", bare_rss, "< 150 MB", output["rss_mb"] < 150, note)
