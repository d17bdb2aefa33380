"""The contact journal as plain data: the form, the entry as read, search hits, quick templates.

Times of contact are the wall-clock time in Norway, stored without a time zone. A signed entry
never changes; a correction is an addendum (tillegg) that keeps the original
(helsepersonelloven § 42).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .daily_vocabulary import JournalKind

MAX_MINUTES = 24 * 60
# A contact typed as "now" is often rounded up to the next quarter hour: allow that much.
FUTURE_GRACE = dt.timedelta(minutes=15)
ADDENDUM_LABEL = "Tillegg (retting)"

_FOLLOW_UP = "Informasjon gitt og samtykke:\nAvtalt videre:"
QUICK_TEMPLATES: dict[JournalKind, str] = {
    JournalKind.CONVERSATION: f"Tema:\nVurdering:\n{_FOLLOW_UP}",
    JournalKind.HOME_VISIT: f"Til stede:\nSituasjonen hjemme:\nVurdering:\n{_FOLLOW_UP}",
    JournalKind.PHONE: f"Hvem ringte, og hvorfor:\nVurdering:\n{_FOLLOW_UP}",
    JournalKind.VIDEO: f"Tema:\nVurdering:\n{_FOLLOW_UP}",
    JournalKind.GROUP: "Gruppe og tema:\nDeltakelse og vurdering:\nAvtalt videre:",
    JournalKind.MEDICATION: (
        "Legemiddel og dose:\nGitt kl.:\nObservasjoner og bivirkninger:\nNeste gang:"
    ),
    JournalKind.NOT_MET: "Møtte ikke til avtalt tid. Forsøkt kontaktet:\nAvtalt videre:",
}


@dataclass(frozen=True)
class JournalForm:
    """What the nurse types for one contact."""

    occurred_at: dt.datetime | None = None
    kind: JournalKind = JournalKind.CONVERSATION
    duration_minutes: int = 0
    text: str = ""


@dataclass(frozen=True)
class JournalEntry:
    """One entry as read. `created_at` and `signed_at` are Norwegian wall-clock times.

    An original carries its addenda, oldest first; an addendum has `addendum_to_id`.
    """

    id: int
    service_user_id: int
    person_name: str
    occurred_at: dt.datetime
    kind: JournalKind
    duration_minutes: int
    text: str
    written_by: str
    created_at: dt.datetime
    signed_at: dt.datetime | None = None
    signed_by: str = ""
    addenda: tuple[JournalEntry, ...] = ()
    addendum_to_id: int | None = None
    version: int = 1

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def is_addendum(self) -> bool:
        return self.addendum_to_id is not None


@dataclass(frozen=True)
class SearchHit:
    """One entry found by the journal search, with a short piece of its text around the match."""

    entry_id: int
    service_user_id: int
    person_name: str
    occurred_at: dt.datetime
    kind: JournalKind
    snippet: str
    signed: bool = True


@dataclass(frozen=True)
class JournalExtract:
    """What a printed journal extract holds: signed entries in a period, oldest first."""

    service_user_id: int
    person_name: str
    birth_date: dt.date | None
    first: dt.date
    last: dt.date
    entries: tuple[JournalEntry, ...]
    drafts_left_out: int


def template_for(kind: JournalKind) -> str:
    """The starting text for a new entry of this kind (empty when there is none)."""
    return QUICK_TEMPLATES.get(kind, "")


def validate_journal(form: JournalForm, now: dt.datetime) -> dict[str, str]:
    """Rules for saving an entry; `now` is the wall-clock time in Norway."""
    errors = {}
    if not form.text.strip():
        errors["text"] = (
            "Notatet er tomt. Skriv hva som ble gjort og vurdert, og hva som er avtalt."
        )
    if form.occurred_at is None:
        errors["occurred_at"] = "Skriv dato og klokkeslett for kontakten."
    elif form.occurred_at > now + FUTURE_GRACE:
        errors["occurred_at"] = "Tidspunktet ligger fram i tid. Skriv når kontakten faktisk var."
    errors.update(validate_duration(form.duration_minutes))
    return errors


def validate_duration(minutes: int) -> dict[str, str]:
    if minutes < 0:
        return {"duration_minutes": "Varigheten kan ikke være negativ. Skriv antall minutter."}
    if minutes > MAX_MINUTES:
        return {"duration_minutes": "Varigheten kan ikke være over 24 timer (1440 minutter)."}
    return {}


def validate_addendum(text: str) -> dict[str, str]:
    if text.strip():
        return {}
    return {"text": "Tillegget er tomt. Skriv hva som rettes eller legges til, og hvorfor."}


def duration_text(minutes: int) -> str:
    """«45 min», «1 t 30 min»; empty for no duration."""
    if minutes <= 0:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} t {rest} min" if rest else f"{hours} t"
