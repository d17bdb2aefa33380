"""What one passphrase guess costs: Argon2id with the record's default parameters.

An attacker with a copy of the record (and its key file, which holds the salt) must run the
key derivation once per guess; nothing else in the file helps. Measures one derivation
(median of 7) with the default parameters, a whole unlock of a small record, and what that
means for the smallest passphrase the program accepts (10^10 guesses by zxcvbn's estimate).

    python bench/argon2_bench.py
"""

from __future__ import annotations

import os
import shutil
import time

from common import PASSPHRASE, median, new_vault, temp_root
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage.keys import KdfParams, derive_key

ROUNDS = 7
WEAKEST_ACCEPTED = 10**10
SECONDS_PER_YEAR = 365.25 * 24 * 3600


def one_derivation(params: KdfParams, clock=time.perf_counter) -> float:  # noqa: ANN001
    started = clock()
    derive_key(PASSPHRASE, params)
    return clock() - started


def main() -> None:
    params = KdfParams.new()
    derive = median([one_derivation(params) for _ in range(ROUNDS)])
    # CPU time (both lanes' threads): what a guess costs an attacker, whatever else runs here
    cpu = median([one_derivation(params, time.process_time) for _ in range(ROUNDS)])
    root = temp_root()
    try:
        paths, db = new_vault(root, "argon")
        db.close()
        unlocks = []
        for _ in range(3):
            started = time.perf_counter()
            unlock_vault(paths, PASSPHRASE).close()
            unlocks.append(time.perf_counter() - started)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    cores = os.cpu_count() or 1
    years = WEAKEST_ACCEPTED * cpu / cores / SECONDS_PER_YEAR
    mib = params.memory_cost_kib // 1024
    print(f"Argon2id t={params.time_cost}, m={mib} MiB, p={params.parallelism}: "
          f"{derive * 1000:.0f} ms per guess, {cpu * 1000:.0f} ms of CPU time "
          f"(medians of {ROUNDS})")  # fmt: skip
    print(f"whole unlock of a small record: {median(unlocks) * 1000:.0f} ms (median of 3)")
    print(f"10^10 guesses (the weakest passphrase accepted) on this machine's {cores} cores: "
          f"{years:,.0f} years; each guess also needs {mib} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
