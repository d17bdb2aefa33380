"""Where the key derivation parameters can be found: the key file, its reserve copy, a record
still being created, and the automatic backups (each carries them). Losing one is not fatal.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...domain.record_safety import BackupUnreadable, KeyFileProblem
from ...paths import AppPaths
from ...storage.backup import BACKUP_SUFFIX, read_trailer
from ...storage.keys import KdfParams, read_params_file, sidecar_path


@dataclass(frozen=True)
class KeySource:
    where: str  # shown in a message: the file the parameters came from
    params: KdfParams | None
    problem: str = ""
    is_key_file: bool = False
    # The key file or its copy: a key check that matches there, on a file the key cannot
    # open, means damage (a backup's or a pending change's parameters may be old or new).
    is_current: bool = False


def key_sources(paths: AppPaths) -> list[KeySource]:
    """Every place the parameters may be, the key file first; the same parameters only once."""
    seen: set[tuple] = set()
    sources = []
    for source in _all_sources(paths):
        if source.params is not None:
            identity = (source.params.salt_hex, source.params.time_cost,
                        source.params.memory_cost_kib, source.params.parallelism)  # fmt: skip
            if identity in seen:
                continue
            seen.add(identity)
        sources.append(source)
    return sources


def _all_sources(paths: AppPaths) -> Iterator[KeySource]:
    yield _from_file(paths.key_file, is_key_file=True, is_current=True)
    yield _from_file(paths.key_copy, is_current=True)
    if paths.pending_key_file.exists():
        yield _from_file(paths.pending_key_file)
    staged = sidecar_path(paths.creating / paths.database.name)
    if staged.exists():
        yield _from_file(staged)
    for backup in newest_first(paths.backups):
        try:
            yield KeySource(backup.name, read_trailer(backup).params)
        except BackupUnreadable as exc:
            yield KeySource(backup.name, None, exc.message)


def _from_file(path: Path, **flags: bool) -> KeySource:
    try:
        return KeySource(path.name, read_params_file(path), **flags)
    except KeyFileProblem as exc:
        return KeySource(path.name, None, exc.message, **flags)


def newest_first(folder: Path) -> list[Path]:
    """The backup files in a folder, newest first (by the time in their name, then mtime)."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.suffix == BACKUP_SUFFIX and p.is_file()]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def no_usable_key_file(paths: AppPaths, sources: list[KeySource]) -> KeyFileProblem:
    details = " ".join(s.problem for s in sources if s.problem and s.is_key_file)
    return KeyFileProblem(
        f"{details} Det finnes heller ingen reservekopi av nøkkelfilen i {paths.data_dir}, "
        "så databasen kan ikke åpnes herfra. Legg tilbake nøkkelfilen "
        f"({paths.key_file.name}) fra en kopi, eller gjenopprett fra en sikkerhetskopi: "
        "«Gjenopprett fra sikkerhetskopi…» i vinduet, eller "
        "psykhelse-desktop restore --from FIL."
    )
