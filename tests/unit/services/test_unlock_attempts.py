"""Failed unlocks are counted beside the record (no key needed); the next unlock tells how
many and when; after five in a row each attempt waits longer."""

import datetime as dt
import json

import pytest
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.errors import WrongPassphrase
from psykhelse_desktop.services.trust import unlock_attempts
from psykhelse_desktop.services.trust.unlock_attempts import MustWait, seconds_to_wait
from psykhelse_desktop.services.trust.vault import unlock_vault

pytestmark = pytest.mark.sqlite_only(reason="wrong passphrases against the encrypted file")


def test_failures_are_counted_and_told_at_the_next_unlock(db, paths):
    db.close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            unlock_vault(paths, "ikke riktig passord")
    stored = json.loads((paths.data_dir / unlock_attempts.FILE_NAME).read_text())
    assert set(stored) == {"in_row", "since_success", "last_failure"}  # counts and times only
    opened = unlock_vault(paths, PASSPHRASE)
    assert opened.failed_unlocks.startswith(
        "Siden sist du låste opp, har det vært 3 mislykkede forsøk på å låse opp journalen, sist "
    )
    opened.close()
    again = unlock_vault(paths, PASSPHRASE)
    assert again.failed_unlocks == ""
    again.close()


def test_after_five_in_a_row_each_attempt_waits_longer(db, paths):
    db.close()
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            unlock_vault(paths, "ikke riktig passord")
    with pytest.raises(MustWait, match="Vent 5 sekunder"):
        unlock_vault(paths, PASSPHRASE)  # even the right one waits
    now = dt.datetime.now(dt.UTC)
    waits = []
    for _ in range(4):
        data = json.loads((paths.data_dir / unlock_attempts.FILE_NAME).read_text())
        waits.append(seconds_to_wait(paths, now=dt.datetime.fromisoformat(data["last_failure"])))
        unlock_attempts.record_failure(paths)
    assert waits == [5, 10, 20, 40]
    later = now + dt.timedelta(hours=1)
    assert seconds_to_wait(paths, now=later) == 0
