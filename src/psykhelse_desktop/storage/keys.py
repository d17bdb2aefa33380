"""Argon2id key derivation; the salt and parameters live in a small plaintext sidecar file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

SIDECAR_FORMAT = 1


@dataclass(frozen=True)
class KdfParams:
    salt_hex: str
    time_cost: int = 3
    memory_cost_kib: int = 65536
    parallelism: int = 2
    key_length: int = 32

    @classmethod
    def new(cls, **overrides: int) -> KdfParams:
        return cls(salt_hex=os.urandom(16).hex(), **overrides)


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


def sidecar_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key.json")


def write_sidecar(db_path: Path, params: KdfParams) -> None:
    data = {"format": SIDECAR_FORMAT, "kdf": "argon2id", **asdict(params)}
    tmp = sidecar_path(db_path).with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, sidecar_path(db_path))


def read_sidecar(db_path: Path) -> KdfParams:
    data = json.loads(sidecar_path(db_path).read_text(encoding="utf-8"))
    fields = {k: data[k] for k in KdfParams.__dataclass_fields__}
    return KdfParams(**fields)
