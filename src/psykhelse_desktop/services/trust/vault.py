"""Create and unlock the encrypted record on disk: key, schema, profile, demo flag.

A new record is made whole in `.oppretter` and moved into place only when it is complete, and
never where any file of a record already lies. Unlocking tells a wrong passphrase (the key
check says so) from a damaged file (the right key does not open it, or the quick check fails),
and a full or read-only disk from both.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import astuple

from sqlalchemy import select

from ...domain.errors import StorageUnavailable, ValidationFailed, WrongPassphrase
from ...domain.record_safety import KeyFileProblem
from ...domain.records import NurseProfile
from ...domain.validation import validate_profile
from ...domain.vocabulary import maalform_of
from ...paths import AppPaths
from ...storage.engine import StorageRefused, connect_raw, create_encrypted_engine
from ...storage.files import make_private_dir, sync_dir, tighten
from ...storage.keys import KdfParams, derive_key, read_params_file, write_sidecar
from ...storage.migrate import SCHEMA_HEAD, ensure_schema, revision_of
from ...storage.models import Setting, utc_now
from ..database import Database
from . import unlock_attempts, unlock_errors
from .backups import CREATED_AT_KEY
from .folder import CREATED_MARK, move_created_record, prepare_folder, refuse_if_record_present
from .integrity import IntegrityGate, QuickCheck
from .key_sources import key_sources, no_usable_key_file
from .log_chain import unlock_warning
from .record import OpenRecord
from .upgrade import upgrade_or_put_back

log = logging.getLogger(__name__)

# Settings key per NurseProfile field, in the dataclass's order.
_PROFILE_KEYS = (
    "nurse_name", "nurse_title", "municipality", "nurse_phone", "nurse_email",
    "service_address", "switchboard", "maalform",
)  # fmt: skip
# How long unlocking waits for the quick check before letting it finish in the background.
CHECK_WAIT_SECONDS = 1.0


def create_vault(
    paths: AppPaths,
    passphrase: str,
    profile: NurseProfile,
    *,
    demo: bool = False,
    kdf: dict[str, int] | None = None,
) -> OpenRecord:
    """Create a new encrypted record; refuses where any file of a record is found."""
    prepare_folder(paths)
    refuse_if_record_present(paths)
    unlock_errors.make_writable_dir(paths.data_dir)
    staged = AppPaths(paths.creating)
    shutil.rmtree(staged.data_dir, ignore_errors=True)
    make_private_dir(staged.data_dir)
    params = KdfParams.new(**(kdf or {}))
    key = derive_key(passphrase, params)
    params = params.checked_by(key)
    try:
        _build(staged, key, params, profile, demo)
        (staged.data_dir / CREATED_MARK).write_bytes(b"")
        sync_dir(staged.data_dir)
    except BaseException:
        shutil.rmtree(staged.data_dir, ignore_errors=True)
        raise
    move_created_record(paths)
    tighten(paths.data_dir)
    return _open(paths, key, params, check_wait=None)


def _build(staged: AppPaths, key: bytes, params: KdfParams, profile: NurseProfile, demo: bool):
    """The whole new record in the staging folder, closed and without a -wal."""
    write_sidecar(staged.database, params)
    ensure_schema(staged.database, key, params, staged.backups)
    record = OpenRecord(create_encrypted_engine(staged.database, key), staged.database,
                        profile, demo, key=key, params=params)  # fmt: skip
    try:
        write_profile(record, profile, demo)
        with record.transaction() as session:
            session.merge(Setting(key=CREATED_AT_KEY, value=utc_now().isoformat()))
    finally:
        record.close()
    conn = connect_raw(staged.database, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def unlock_vault(
    paths: AppPaths, passphrase: str, *, check_wait: float | None = CHECK_WAIT_SECONDS
) -> OpenRecord:
    """Open an existing record; nothing is written before the passphrase is proven right.

    The quick check runs at once; unlocking waits `check_wait` seconds for it (None: until it
    is done) and leaves the rest to the background, where writes wait for it.
    """
    prepare_folder(paths)
    unlock_errors.refuse_missing_or_empty(paths)
    key, params, failed = _counted_key_for(paths, passphrase)
    record = _open(paths, key, params, check_wait=check_wait)
    record.failed_unlocks = failed
    return record


def unlock_again(record: OpenRecord, passphrase: str) -> None:
    """Unlock a record the window locked: the same checks and counts, then its key again."""
    key, params, failed = _counted_key_for(record.paths, passphrase)
    record.use_key(key, params)
    record.failed_unlocks = failed


def _counted_key_for(paths: AppPaths, passphrase: str) -> tuple[bytes, KdfParams, str]:
    """The key, with failed attempts counted (and waited for); what failed since last time."""
    unlock_attempts.refuse_if_waiting(paths)
    try:
        key, params = _key_for(paths, passphrase)
    except WrongPassphrase:
        unlock_attempts.record_failure(paths)
        raise
    return key, params, unlock_attempts.record_success(paths).message()


def open_read_only(paths: AppPaths, passphrase: str) -> OpenRecord:
    """A damaged record, opened for reading only: nothing is ever written to it."""
    key, params = _key_for(paths, passphrase)
    gate = IntegrityGate()
    gate.settle(["åpnet bare for lesing"])
    engine = create_encrypted_engine(paths.database, key, read_only=True)
    record = OpenRecord(engine, paths.database, NurseProfile("", "", ""), False,
                        key=key, params=params, gate=gate)  # fmt: skip
    record.profile, record.is_demo = read_profile(record)
    return record


def _key_for(paths: AppPaths, passphrase: str) -> tuple[bytes, KdfParams]:
    """The key that opens the database, and its parameters; repairs a lost or old key file,
    and finishes a passphrase change that was killed after the rekey.

    A key check that matches, on a file the key cannot open, means the file is damaged; only
    the key file and its copy are judged so (a backup's parameters may be from before a
    passphrase change), or any source when neither can be read, and never during a change.
    """
    sources = key_sources(paths)
    usable = [s for s in sources if s.params is not None]
    if not usable:
        raise no_usable_key_file(paths, sources)
    judge_all = not any(s.is_current for s in usable)
    changing = paths.pending_key_file.exists()
    key_was_right = False
    for source in usable:
        assert source.params is not None
        key = derive_key(passphrase, source.params)
        verdict = source.params.accepts(key)
        if (source.is_current or judge_all) and not changing:
            key_was_right = key_was_right or bool(verdict)
        if verdict is not False and _opens(paths, key):
            params = source.params.checked_by(key)
            finishing = changing and _pending_params(paths) == params  # rekeyed, then killed
            if not source.is_key_file or params != source.params or finishing:
                write_sidecar(paths.database, params)
                log.warning("Nøkkelfilen er skrevet på nytt fra %s", source.where)
            if finishing:
                paths.pending_key_file.unlink(missing_ok=True)
            return key, params
    if key_was_right:
        raise unlock_errors.damaged(paths, key, "den riktige nøkkelen åpner den ikke")
    raise WrongPassphrase()


def _pending_params(paths: AppPaths) -> KdfParams | None:
    try:
        return read_params_file(paths.pending_key_file)
    except KeyFileProblem:
        return None


def _opens(paths: AppPaths, key: bytes) -> bool:
    try:
        connect_raw(paths.database, key, read_only=True).close()
    except WrongPassphrase:
        return False
    except StorageRefused as refused:
        raise StorageUnavailable(unlock_errors.storage_message(paths, refused)) from None
    return True


def _open(paths: AppPaths, key: bytes, params: KdfParams, *, check_wait: float | None):
    """The record, read while the quick check runs beside it; waits for the check's answer
    (up to `check_wait`) only before handing the record over."""
    gate = IntegrityGate()
    QuickCheck(paths.database, key, gate).start()
    try:
        record = _open_engine(paths, key, params, gate)
    except Exception:
        gate.wait(check_wait)
        if gate.failed:  # a damaged file may fail the reads before the check says so
            raise unlock_errors.damaged(paths, key, gate.problems) from None
        raise
    gate.wait(check_wait)
    if gate.failed:
        record.close()
        raise unlock_errors.damaged(paths, key, gate.problems)
    return record


def _open_engine(paths: AppPaths, key: bytes, params: KdfParams, gate: IntegrityGate):
    """Upgrade (only after the check passed), engine, profile and the log chain's tail."""
    if revision_of(paths.database, key) != SCHEMA_HEAD:
        gate.wait()
        if gate.failed:
            raise unlock_errors.damaged(paths, key, gate.problems)
        upgrade_or_put_back(paths, key, params)
    engine = create_encrypted_engine(paths.database, key)
    record = OpenRecord(engine, paths.database, NurseProfile("", "", ""), False,
                        key=key, params=params, gate=gate)  # fmt: skip
    try:
        record.profile, record.is_demo = read_profile(record)
        record.chain_warning = unlock_warning(paths.database, key)
    except Exception:
        record.close()
        raise
    if record.chain_warning:
        log.warning("Loggkjeden er brutt")
    return record


def read_profile(database: Database) -> tuple[NurseProfile, bool]:
    with database.transaction() as session:
        values = dict(session.execute(select(Setting.key, Setting.value)).all())
    texts = [values.get(k, "") for k in _PROFILE_KEYS[:-1]]
    own = maalform_of(values.get("maalform", ""))
    profile = NurseProfile(*texts, maalform=NurseProfile("", "", "").document_maalform(own))
    return profile, values.get("demo") == "1"


def write_profile(database: Database, profile: NurseProfile, demo: bool) -> None:
    values = dict(zip(_PROFILE_KEYS, astuple(profile), strict=True))
    values["maalform"] = profile.document_maalform().value
    values["demo"] = "1" if demo else "0"
    with database.transaction() as session:
        for key, value in values.items():
            session.merge(Setting(key=key, value=value))
    database.profile, database.is_demo = profile, demo


def update_profile(database: Database, profile: NurseProfile) -> None:
    problems = validate_profile(profile)
    if problems:
        raise ValidationFailed(problems)
    write_profile(database, profile, database.is_demo)
