"""Settings in the record: defaults until saved, checked before saving, every change audited."""

import pytest
from sqlalchemy import select

from psykhelse_desktop.domain.errors import ValidationFailed
from psykhelse_desktop.domain.settings import Settings
from psykhelse_desktop.services.settings import get_settings, save_settings
from psykhelse_desktop.storage import models as m


def _audit(db) -> list[tuple[str, int | None, str]]:
    with db.transaction() as session:
        rows = session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "settings_save"))
        return [(e.operator, e.service_user_id, e.details) for e in rows]


def test_a_new_record_has_the_defaults(db):
    assert get_settings(db) == Settings()


def test_saved_settings_are_read_back_and_the_change_is_audited(db):
    saved = save_settings(db, {"no_contact_weeks": "8", "plan_revision_days": 45})
    assert saved == Settings(no_contact_weeks=8, plan_revision_days=45)
    assert get_settings(db) == saved
    assert _audit(db) == [
        ("Kari Testesen", None, "Ingen kontakt på: 6 → 8 uker\nPlanrevisjon innen: 30 → 45 dager")
    ]


def test_saving_the_same_values_writes_no_audit_event(db):
    save_settings(db, {"no_contact_weeks": 6})
    assert _audit(db) == []


def test_one_wrong_value_saves_nothing(db):
    with pytest.raises(ValidationFailed) as caught:
        save_settings(db, {"no_contact_weeks": 8, "meeting_horizon_days": "en uke"})
    assert caught.value.errors == {"meeting_horizon_days": "«Møter de neste»: skriv et helt tall."}
    assert "Noen felt må rettes" in caught.value.message
    assert get_settings(db) == Settings()
    assert _audit(db) == []


def test_an_unreadable_stored_value_falls_back_to_the_default(db):
    with db.transaction() as session:
        session.add(m.Setting(key="no_contact_weeks", value="mange"))
        session.add(m.Setting(key="request_age_days", value="999"))
        session.add(m.Setting(key="meeting_horizon_days", value="14"))
    assert get_settings(db) == Settings(meeting_horizon_days=14)


def test_settings_live_beside_the_nurses_profile_without_touching_it(db):
    save_settings(db, {"small_count_threshold": 10})
    with db.transaction() as session:
        values = dict(session.execute(select(m.Setting.key, m.Setting.value)).all())
    assert values["small_count_threshold"] == "10"
    assert values["nurse_name"] == "Kari Testesen"
