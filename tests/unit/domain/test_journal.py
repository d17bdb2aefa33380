"""Rules for a journal entry: what must be filled in, times, durations, and the quick templates."""

import datetime as dt

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.journal import (
    QUICK_TEMPLATES,
    JournalForm,
    duration_text,
    template_for,
    validate_addendum,
    validate_journal,
)

NOW = dt.datetime(2026, 11, 23, 14, 0)


def _form(**changes) -> JournalForm:
    values = {"occurred_at": NOW - dt.timedelta(hours=2), "kind": JournalKind.CONVERSATION,
              "duration_minutes": 45, "text": "Tema: søvn."}  # fmt: skip
    return JournalForm(**{**values, **changes})


def test_a_complete_entry_passes():
    assert validate_journal(_form(), NOW) == {}


def test_missing_text_says_what_to_write():
    errors = validate_journal(_form(text="  \n "), NOW)
    assert errors["text"].startswith("Notatet er tomt.")
    assert "vurdert" in errors["text"]


def test_a_contact_must_have_a_time_and_not_lie_ahead():
    assert "dato og klokkeslett" in validate_journal(_form(occurred_at=None), NOW)["occurred_at"]
    tomorrow = validate_journal(_form(occurred_at=NOW + dt.timedelta(days=1)), NOW)
    assert tomorrow["occurred_at"] == (
        "Tidspunktet ligger fram i tid. Skriv når kontakten faktisk var."
    )


def test_a_time_rounded_up_to_the_next_quarter_is_accepted():
    assert validate_journal(_form(occurred_at=NOW + dt.timedelta(minutes=10)), NOW) == {}


def test_duration_is_between_zero_and_a_day():
    assert "negativ" in validate_journal(_form(duration_minutes=-5), NOW)["duration_minutes"]
    assert "24 timer" in validate_journal(_form(duration_minutes=1441), NOW)["duration_minutes"]
    assert validate_journal(_form(duration_minutes=1440), NOW) == {}
    assert validate_journal(_form(duration_minutes=0), NOW) == {}


def test_an_empty_addendum_is_refused():
    assert "Tillegget er tomt" in validate_addendum(" ")["text"]
    assert validate_addendum("Retting: feil dato.") == {}


def test_templates_follow_the_rules_for_a_record_entry():
    talk = template_for(JournalKind.CONVERSATION)
    assert talk.startswith("Tema:\nVurdering:")
    assert "samtykke" in talk and talk.endswith("Avtalt videre:")
    assert template_for(JournalKind.NOT_MET).startswith(
        "Møtte ikke til avtalt tid. Forsøkt kontaktet:"
    )
    assert set(QUICK_TEMPLATES) == set(JournalKind)
    assert all(text.strip() for text in QUICK_TEMPLATES.values())


def test_duration_reads_as_hours_and_minutes():
    assert [duration_text(m) for m in (0, 45, 60, 90)] == ["", "45 min", "1 t", "1 t 30 min"]
