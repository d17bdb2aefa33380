"""Migration 0010: an old record with a person gets the målform column, and the person prints
in the municipality's målform until one of their own is set."""

import dataclasses

from tests.crash_harness import old_record
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.vocabulary import Maalform
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.vault import unlock_vault, update_profile
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.migrate import SCHEMA_HEAD, ensure_schema


def test_0010_gives_every_stored_person_the_municipalitys_maalform(paths):
    key, params = old_record(paths, PASSPHRASE)

    ensure_schema(paths.database, key, params, paths.backups)

    conn = connect_raw(paths.database, key)
    try:
        rows = conn.execute("SELECT last_name, maalform FROM service_user").fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert rows == [("Øvrebø", "")] and revision == SCHEMA_HEAD
    db = unlock_vault(paths, PASSPHRASE)
    try:
        (user_id,) = service_users.search_ids(db, "Øvrebø")
        detail = service_users.open_record(db, user_id, log=False)
        assert detail.form.maalform is Maalform.MUNICIPALITY
        assert db.profile.maalform is Maalform.BOKMAL  # an old profile has none: bokmål
        assert service_users.document_maalform(db, user_id) is Maalform.BOKMAL
        update_profile(db, dataclasses.replace(db.profile, name="Kari", municipality="Testvik",
                                               maalform=Maalform.NYNORSK))  # fmt: skip
        assert service_users.document_maalform(db, user_id) is Maalform.NYNORSK
        form = dataclasses.replace(detail.form, maalform=Maalform.BOKMAL)
        service_users.update(db, user_id, form, version=detail.version)
        assert service_users.document_maalform(db, user_id) is Maalform.BOKMAL
    finally:
        db.close()
    reopened = unlock_vault(paths, PASSPHRASE)
    try:
        assert reopened.profile.maalform is Maalform.NYNORSK
        assert service_users.open_record(reopened, user_id, log=False).form.maalform is (
            Maalform.BOKMAL
        )
    finally:
        reopened.close()
