"""Schema 0008: every membership consent date and every plan consent becomes one consent entry,
linked to the next of kin or address-book person where it can be told; nothing is lost."""

import json

from tests.crash_harness import old_record
from tests.helpers import PASSPHRASE, PROFILE

from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.migrate import upgrade_in_one_transaction

ROWS = (
    "INSERT INTO next_of_kin (id, service_user_id, name, relation, phone, email, address,"
    " is_closest, may_contact, is_minor_child, child_follow_up_consent, notes, version)"
    " VALUES (1, 1, 'Åsne Øvrebø', 'søster', '', '', 'Fjæreveien 3', 1, 1, 0, 0, '', 1)",
    "INSERT INTO organisation (id, name, kind, phone, email, address, municipality, search_key,"
    " version) VALUES (1, 'NAV Testvik', 'nav', '', '', '', '', '', 1)",
    "INSERT INTO contact_person (id, organisation_id, name, role, phone, email, search_key,"
    " version) VALUES (1, 1, 'Bjørn Åsheim', 'Veileder', '', '', '', 1),"
    " (2, NULL, 'Dr. Čáđa Ŋuolja', 'Fastlege', '', '', '', 1)",
    "INSERT INTO responsibility_group (id, service_user_id, active_from, created_at, version)"
    " VALUES (1, 1, '2026-01-05', '2026-01-05 08:00:00', 1)",
    "INSERT INTO group_member (id, group_id, kind, contact_person_id, next_of_kin_id, role,"
    " consent_on, active_from, version) VALUES"
    " (1, 1, 'tjenestemottaker', NULL, NULL, 'Tjenestemottaker', NULL, '2026-01-05', 1),"
    " (2, 1, 'parorende', NULL, 1, 'Pårørende', '2026-01-05', '2026-01-05', 1),"
    " (3, 1, 'samarbeidspartner', 1, NULL, 'NAV-veileder', '2026-02-01', '2026-01-05', 1),"
    " (4, 1, 'samarbeidspartner', 2, NULL, 'Fastlege', NULL, '2026-01-05', 1)",
    "INSERT INTO individual_plan (id, service_user_id, status, current_revision, created_at,"
    " updated_at) VALUES (1, 1, 'aktiv', 2, '2026-01-05 08:00', '2026-03-01 08:00')",
)
OLD_PLAN = {
    "choice": "onsker",
    "participants": [],
    "consents": [{"kind": "plan", "participant": "", "scope": "", "given_on": "2025-12-01"}],
}
PLAN = {
    "choice": "onsker",
    "participants": [{"name": "Dr. Čáđa Ŋuolja", "role": "Fastlege", "organisation": "",
                      "phone": "", "contact_person_id": 2}],
    "consents": [
        {"kind": "plan", "participant": "", "scope": "", "given_on": "2026-01-05",
         "expires_on": None, "form_received": True},
        {"kind": "deling", "participant": "Dr. Čáđa Ŋuolja", "scope": "Medisiner",
         "given_on": "2026-01-05", "expires_on": "2027-01-05", "form_received": True},
        {"kind": "deling", "participant": "Åsne Øvrebø", "scope": "Kriseplanen",
         "given_on": "2026-01-10", "expires_on": None, "form_received": False},
        {"kind": "deling", "participant": "Legevakten", "scope": "Kriseplanen",
         "given_on": "2026-01-10", "expires_on": None, "form_received": False},
    ],
}  # fmt: skip


def _revision(number: int, plan: dict) -> str:
    content = json.dumps(plan, ensure_ascii=False).replace("'", "''")
    return ("INSERT INTO plan_revision (plan_id, number, saved_at, saved_by, status, content)"
            f" VALUES (1, {number}, '2026-01-05 08:00', 'Kari', 'aktiv', '{content}')")  # fmt: skip


def _record_at_0006_with_consents(paths) -> bytes:
    key, _ = old_record(paths, PASSPHRASE)
    upgrade_in_one_transaction(paths.database, key, "0006")
    conn = connect_raw(paths.database, key)
    with conn:
        for statement in (*ROWS, _revision(1, OLD_PLAN), _revision(2, PLAN)):
            conn.execute(statement)
    conn.close()
    return key


def test_every_membership_date_and_plan_consent_becomes_an_entry(paths):
    key = _record_at_0006_with_consents(paths)
    upgrade_in_one_transaction(paths.database, key)
    conn = connect_raw(paths.database, key)
    try:
        rows = conn.execute(
            "SELECT kind, participant, next_of_kin_id, contact_person_id, scope, given_on,"
            " expires_on, withdrawn_on, form_received FROM consent ORDER BY id"
        ).fetchall()
        member_columns = [r[1] for r in conn.execute("PRAGMA table_info(group_member)")]
        flags = conn.execute("SELECT protected_address FROM service_user").fetchall()
    finally:
        conn.close()
    moved = "Opplysninger som trengs i ansvarsgruppen (overført fra medlemskapet)"
    assert rows == [
        ("deling", "Åsne Øvrebø", 1, None, moved, "2026-01-05", None, None, 0),
        ("deling", "Bjørn Åsheim", None, 1, moved, "2026-02-01", None, None, 0),
        ("plan", "", None, None, "", "2026-01-05", None, None, 1),
        ("deling", "Dr. Čáđa Ŋuolja", None, 2, "Medisiner", "2026-01-05", "2027-01-05", None, 1),
        ("deling", "Åsne Øvrebø", 1, None, "Kriseplanen", "2026-01-10", None, None, 0),
        ("deling", "Legevakten", None, None, "Kriseplanen", "2026-01-10", None, None, 0),
    ]
    assert "consent_on" not in member_columns
    assert flags == [("",)]


def test_the_group_and_the_plan_read_the_moved_consents(paths):
    from psykhelse_desktop.services.database import Database
    from psykhelse_desktop.services.meetings import groups
    from psykhelse_desktop.services.plans import plans
    from psykhelse_desktop.storage.engine import create_encrypted_engine

    key = _record_at_0006_with_consents(paths)
    upgrade_in_one_transaction(paths.database, key)
    db = Database(create_encrypted_engine(paths.database, key), paths.database, PROFILE, True)
    try:
        members = {m.name: m for m in groups.open_group(db, 1).members}
        consents = plans.open_plan(db, 1).plan.consents
    finally:
        db.engine.dispose()
    assert [c.scope for c in members["Åsne Øvrebø"].consents] == [
        "Opplysninger som trengs i ansvarsgruppen (overført fra medlemskapet)",
        "Kriseplanen",
    ]
    assert members["Dr. Čáđa Ŋuolja"].consents[0].scope == "Medisiner"
    assert len(consents) == 6
