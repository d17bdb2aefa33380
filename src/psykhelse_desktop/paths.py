"""Where the record lives: platformdirs locations, overridable with --data-dir."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "psykhelse-desktop"
DB_FILE_NAME = "psykhelse.db"
KEY_FILE_SUFFIX = ".key.json"
KEY_COPY_NAME = "reservekopi-av-nokkelfil.json"
PENDING_KEY_NAME = "ny-nokkelfil-under-passordbytte.json"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def key_file(self) -> Path:
        return self.data_dir / (DB_FILE_NAME + KEY_FILE_SUFFIX)

    @property
    def key_copy(self) -> Path:
        """The key file's reserve copy: losing the key file must not lose the record."""
        return self.data_dir / KEY_COPY_NAME

    @property
    def pending_key_file(self) -> Path:
        """The new key file while the passphrase is being changed (see passphrase_change.py)."""
        return self.data_dir / PENDING_KEY_NAME

    @property
    def backups(self) -> Path:
        """Automatic backups (on close, daily, before an upgrade), kept by a rotation."""
        return self.data_dir / "sikkerhetskopier"

    @property
    def set_aside(self) -> Path:
        """Records moved aside by a restore, one folder each; never deleted by the program."""
        return self.data_dir / "tidligere-journaler"

    @property
    def creating(self) -> Path:
        """A new record is made here and moved into place whole when it is complete."""
        return self.data_dir / ".oppretter"

    @property
    def window_lock(self) -> Path:
        """Held by the window while it runs (one window per record)."""
        return self.data_dir / "vindu.lock"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logg"

    def record_files(self) -> list[Path]:
        """The files that together are the record: database, its journal files, key files."""
        db = self.database
        journals = [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]
        return [db, *journals, self.key_file, self.key_copy, self.pending_key_file]


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(data_dir: str | Path | None = None) -> AppPaths:
    return AppPaths(Path(data_dir).expanduser() if data_dir else default_data_dir())
