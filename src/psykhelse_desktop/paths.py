"""Where the record lives: platformdirs locations, overridable with --data-dir."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "psykhelse-desktop"
DB_FILE_NAME = "psykhelse.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "sikkerhetskopier"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logg"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(data_dir: str | Path | None = None) -> AppPaths:
    return AppPaths(Path(data_dir).expanduser() if data_dir else default_data_dir())
