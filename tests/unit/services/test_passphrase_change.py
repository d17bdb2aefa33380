"""Changing the passphrase of the record the window has open: it goes on with the new key."""

import datetime as dt

import pytest
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.errors import UserError, WrongPassphrase
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.passphrase_change import change_open_record
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage.keys import read_params_file

pytestmark = pytest.mark.sqlite_only(reason="the passphrase and SQLCipher's rekey of the file")

NEW = "lykt kobber åker svane"


def test_the_open_record_goes_on_with_the_new_key(real_db, paths):
    before = read_params_file(paths.key_file)
    change_open_record(real_db, PASSPHRASE, NEW, NEW)
    service_users.create(real_db, ServiceUserForm("Ánde", "Ŧeŋ", birth_date=dt.date(1990, 3, 4)))
    after = read_params_file(paths.key_file)
    assert after.salt_hex != before.salt_hex and after.time_cost == before.time_cost
    assert read_params_file(paths.key_copy) == after and not paths.pending_key_file.exists()
    real_db.close()
    reopened = unlock_vault(paths, NEW)
    assert len(service_users.search_ids(reopened, "")) == 1
    reopened.close()
    with pytest.raises(WrongPassphrase):
        unlock_vault(paths, PASSPHRASE)


def test_a_wrong_old_or_weak_new_passphrase_changes_nothing(real_db, paths):
    before = paths.key_file.read_bytes()
    with pytest.raises(WrongPassphrase):
        change_open_record(real_db, "ikke dette passordet", NEW, NEW)
    with pytest.raises(UserError, match="for lett å gjette"):
        change_open_record(real_db, PASSPHRASE, "passord1", "passord1")
    assert paths.key_file.read_bytes() == before
    service_users.create(real_db, ServiceUserForm("Ánde", "Ŧeŋ", birth_date=dt.date(1990, 3, 4)))
