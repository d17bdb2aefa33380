"""Argon2id key derivation; the salt, parameters and a key check live in a small key file.

The key file is kept twice in the data folder (and inside every backup), so losing one copy
never loses the record. The key check is an HMAC of a constant under the derived key: it tells
a wrong passphrase from a damaged database without trying to decrypt anything. It gives an
attacker nothing the encrypted file does not: either way each guess costs one Argon2id run.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from ..domain.os_errors import os_error_text
from ..domain.record_safety import KeyFileProblem
from ..paths import KEY_COPY_NAME
from .files import write_private

SIDECAR_FORMAT = 2
KEY_CHECK_TEXT = b"psykhelse-desktop: nokkelkontroll 1"
# Bounds on what a key file may ask for: a damaged or hostile file must not hang the start
# (time_cost 100000) or exhaust memory. The defaults and the tests' cheap values lie inside.
LIMITS = {
    "time_cost": (1, 12),
    "memory_cost_kib": (8192, 1024 * 1024),
    "parallelism": (1, 16),
    "key_length": (32, 32),
}
SALT_BYTES = (16, 64)


@dataclass(frozen=True)
class KdfParams:
    salt_hex: str
    time_cost: int = 3
    memory_cost_kib: int = 65536
    parallelism: int = 2
    key_length: int = 32
    key_check: str = ""  # empty only in key files written before the check existed

    @classmethod
    def new(cls, **overrides: int) -> KdfParams:
        return cls(salt_hex=os.urandom(16).hex(), **overrides)

    def checked_by(self, key: bytes) -> KdfParams:
        return replace(self, key_check=key_check(key))

    def accepts(self, key: bytes) -> bool | None:
        """True/False by the key check; None when this key file has no check yet."""
        if not self.key_check:
            return None
        return hmac.compare_digest(self.key_check, key_check(key))


# Cheap parameters for tests only; a real record always uses the defaults above.
TEST_KDF = {"time_cost": 1, "memory_cost_kib": 8192, "parallelism": 1}


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=bytes.fromhex(params.salt_hex),
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=params.key_length,
        type=Type.ID,
    )


def key_check(key: bytes) -> str:
    return hmac.new(key, KEY_CHECK_TEXT, hashlib.sha256).hexdigest()


def sidecar_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key.json")


def key_copy_path(db_path: Path) -> Path:
    return db_path.with_name(KEY_COPY_NAME)


def params_json(params: KdfParams) -> str:
    return json.dumps({"format": SIDECAR_FORMAT, "kdf": "argon2id", **asdict(params)}, indent=2)


def write_sidecar(db_path: Path, params: KdfParams) -> None:
    """The key file and its reserve copy, each written whole (temporary name, then rename)."""
    text = params_json(params).encode("utf-8")
    for path in (sidecar_path(db_path), key_copy_path(db_path)):
        write_private(path, text)


def read_sidecar(db_path: Path) -> KdfParams:
    """The key file next to the database; KeyFileProblem says plainly what is wrong with it."""
    return read_params_file(sidecar_path(db_path))


def read_params_file(path: Path) -> KdfParams:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileProblem(f"Nøkkelfilen {path.name} mangler.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileProblem(
            f"Nøkkelfilen {path.name} kan ikke leses ({os_error_text(exc)})."
        ) from None
    return params_from_json(text, path.name)


def params_from_json(text: str, where: str) -> KdfParams:
    """Parse and check a key file's text; anything odd is a plain KeyFileProblem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise KeyFileProblem(f"Nøkkelfilen {where} er skadet (ikke gyldig innhold).") from None
    if not isinstance(data, dict) or data.get("kdf", "argon2id") != "argon2id":
        raise KeyFileProblem(f"Nøkkelfilen {where} er skadet (ukjent innhold).")
    problem = _params_problem(data)
    if problem:
        raise KeyFileProblem(f"Nøkkelfilen {where} er skadet ({problem}).")
    names = [n for n in KdfParams.__dataclass_fields__ if n in data]
    return KdfParams(**{n: data[n] for n in names})


def _params_problem(data: dict) -> str:
    salt = data.get("salt_hex")
    if not isinstance(salt, str):
        return "saltet mangler"
    try:
        salt_length = len(bytes.fromhex(salt))
    except ValueError:
        return "saltet er ikke gyldig"
    if not SALT_BYTES[0] <= salt_length <= SALT_BYTES[1]:
        return "saltet har feil lengde"
    for name, (lowest, highest) in LIMITS.items():
        value = data.get(name, getattr(KdfParams, name))
        if type(value) is not int or not lowest <= value <= highest:
            return f"urimelig verdi for {name}"
    check = data.get("key_check", "")
    if not isinstance(check, str) or (check and len(check) != 64):
        return "nøkkelkontrollen er ikke gyldig"
    return ""
