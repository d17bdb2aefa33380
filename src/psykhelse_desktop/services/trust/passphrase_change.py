"""Change the passphrase: a fresh Argon2id salt, SQLCipher's rekey, all or nothing.

The order makes every kill safe (tests/e2e/test_rekey_kills.py kills it at random):
1. the new parameters go to a pending key file beside the record (synced);
2. the database is rekeyed in one SQLite transaction (rollback journal, so a kill rolls the
   whole rewrite back: the file is either all old key or all new key);
3. the key file and its reserve copy get the new parameters (each written whole);
4. the pending file goes.
Unlocking knows the pending file (services/trust/vault.py): killed before 2 ends, the old
passphrase opens it; after, the new one does, and that unlock finishes steps 3 and 4.
Older backups keep the old passphrase: they are copies made with the old key.
"""

from __future__ import annotations

import logging

from ...domain.errors import UserError
from ...domain.passphrase import passphrase_problem
from ...paths import AppPaths
from ...storage.engine import connect_raw
from ...storage.files import write_private
from ...storage.keys import KdfParams, derive_key, params_json, write_sidecar
from .record import OpenRecord
from .vault import _key_for

log = logging.getLogger(__name__)

OLD_BACKUPS_NOTE = (
    "Passordet er byttet. Sikkerhetskopier tatt før i dag har fortsatt det gamle passordet: "
    "ta vare på det gamle passordet så lenge du har slike kopier, eller ta en ny "
    "sikkerhetskopi nå."
)


def change_passphrase(
    paths: AppPaths,
    old: str,
    new: str,
    repeated: str,
    *,
    user_inputs: tuple[str, ...] = (),
    kdf: dict[str, int] | None = None,
) -> tuple[bytes, KdfParams]:
    """Rekey the record from `old` to `new`; returns the new key and parameters. Nothing else
    may have the record open (the window's lock is the caller's)."""
    problem = passphrase_problem(new, repeated, user_inputs)
    if problem:
        raise UserError(problem)
    old_key, old_params = _key_for(paths, old)
    params = KdfParams.new(**(kdf or _same_cost(old_params)))
    key = derive_key(new, params)
    params = params.checked_by(key)
    write_private(paths.pending_key_file, params_json(params).encode("utf-8"))
    _rekey(paths, old_key, key)
    write_sidecar(paths.database, params)
    paths.pending_key_file.unlink(missing_ok=True)
    log.info("Passordet er byttet")
    return key, params


def change_open_record(record: OpenRecord, old: str, new: str, repeated: str) -> None:
    """Change the passphrase of the record the window has open, and go on with the new key."""
    record.gate.wait()
    record.engine.dispose()  # the rekey needs the file to itself
    kdf = _same_cost(record.params) if record.params else None
    key, params = change_passphrase(record.paths, old, new, repeated,
                                    user_inputs=_about(record), kdf=kdf)  # fmt: skip
    record.use_key(key, params)


def _about(record: OpenRecord) -> tuple[str, ...]:
    return (record.profile.name, record.profile.municipality)


def _same_cost(params: KdfParams) -> dict[str, int]:
    return {"time_cost": params.time_cost, "memory_cost_kib": params.memory_cost_kib,
            "parallelism": params.parallelism}  # fmt: skip


def _rekey(paths: AppPaths, old_key: bytes, key: bytes) -> None:
    """One transaction rewrites every page under the new key; WAL is off while it runs."""
    conn = connect_raw(paths.database, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
            raise UserError(
                "Journalen er åpen i et annet program, så passordet kan ikke byttes nå. "
                "Lukk det andre programmet og prøv igjen. Ingenting ble endret."
            )
        conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
