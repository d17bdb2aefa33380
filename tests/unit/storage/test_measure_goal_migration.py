"""Schema 0011: the link table between measures and goals, on a record with a plan in it."""

import json

from tests.crash_harness import old_record
from tests.helpers import PASSPHRASE, PROFILE

from psykhelse_desktop.storage.engine import connect_raw, create_encrypted_engine
from psykhelse_desktop.storage.migrate import upgrade_in_one_transaction

PLAN = {
    "choice": "onsker",
    "choice_date": "2026-01-05",
    "goals": [{"id": 1, "life_area": "helse", "text": "Sove bedre", "ended_on": None},
              {"id": 2, "life_area": "helse", "text": "Gå på tur", "ended_on": None}],
    "measures": [{"id": 1, "what": "Søvnskole", "scope": "", "responsible": "Kari",
                  "start": None, "end": None, "status": "planlagt"}],
    "consents": [],
}  # fmt: skip


def _record_at_0009_with_a_plan(paths) -> bytes:
    key, _ = old_record(paths, PASSPHRASE)
    upgrade_in_one_transaction(paths.database, key, "0009")
    content = json.dumps(PLAN, ensure_ascii=False).replace("'", "''")
    conn = connect_raw(paths.database, key)
    with conn:
        conn.execute(
            "INSERT INTO individual_plan (id, service_user_id, status, current_revision,"
            " created_at, updated_at) VALUES (1, 1, 'utkast', 1, '2026-01-05 08:00',"
            " '2026-01-05 08:00')"
        )
        conn.execute(
            "INSERT INTO plan_revision (plan_id, number, saved_at, saved_by, status, content)"
            f" VALUES (1, 1, '2026-01-05 08:00', 'Kari', 'utkast', '{content}')"
        )
    conn.close()
    return key


def test_the_plan_reads_the_same_and_its_measures_can_then_serve_goals(paths):
    from psykhelse_desktop.services.database import Database
    from psykhelse_desktop.services.plans import plans

    key = _record_at_0009_with_a_plan(paths)
    upgrade_in_one_transaction(paths.database, key)
    db = Database(create_encrypted_engine(paths.database, key), paths.database, PROFILE, True)
    try:
        view = plans.open_plan(db, 1)
        assert [g.text for g in view.plan.goals] == ["Sove bedre", "Gå på tur"]
        assert view.plan.measures[0].what == "Søvnskole"
        assert view.plan.measures[0].goal_ids == ()
        plans.set_measure_goals(db, 1, 1, (1,), version=view.revision.number)
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT * FROM measure_goal").fetchall()
    finally:
        db.engine.dispose()
    assert rows == [(1, 1, 1)]


def test_links_already_in_the_newest_snapshot_are_copied(paths):
    key = _record_at_0009_with_a_plan(paths)
    linked = {**PLAN, "measures": [{**PLAN["measures"][0], "goal_ids": [2, 7]}]}
    conn = connect_raw(paths.database, key)
    with conn:
        conn.execute("UPDATE individual_plan SET current_revision = 2")
        conn.execute(
            "INSERT INTO plan_revision (plan_id, number, saved_at, saved_by, status, content)"
            " VALUES (1, 2, '2026-01-06 08:00', 'Kari', 'utkast', ?)",
            (json.dumps(linked),),
        )
    conn.close()
    upgrade_in_one_transaction(paths.database, key)
    conn = connect_raw(paths.database, key)
    try:
        rows = conn.execute("SELECT plan_id, measure_id, goal_id FROM measure_goal").fetchall()
    finally:
        conn.close()
    assert rows == [(1, 1, 2)]  # goal 7 is not in the plan: that link is not made
