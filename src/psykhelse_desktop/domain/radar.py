"""The follow-up radar ("I dag"): what needs the nurse today and this week, as plain lines.

Each line says what kind of follow-up it is, how pressing it is, for whom, and where it opens.
The rules that find the lines are in services/radar.py (and domain/radar_plans.py for plans).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from .text import sort_key

WEEK = dt.timedelta(days=7)


class Target(Enum):
    """Where a line opens in the window."""

    PLAN = "plan"
    GROUP = "group"
    MEETING = "meeting"
    JOURNAL = "journal"
    DECISIONS = "decisions"
    REQUESTS = "requests"
    RECORD = "record"
    BACKUP = "backup"

    @property
    def label(self) -> str:
        return _TARGET_LABELS[self]


class RadarKind(Enum):
    PLAN_REVISION = "plan_revision"
    PLAN_CONSENT_MISSING = "plan_consent_missing"
    CONSENT_FORM_MISSING = "consent_form_missing"
    CONSENT_EXPIRING = "consent_expiring"
    CONSENT_EXPIRED = "consent_expired"
    CONSENT_LAPSES_BEFORE_MEETING = "consent_lapses_before_meeting"
    DECISION_EXPIRING = "decision_expiring"
    DECISION_EXPIRED = "decision_expired"
    DECISION_EVALUATION = "decision_evaluation"
    ACTION_ITEM_OVERDUE = "action_item_overdue"
    MEETING_SOON = "meeting_soon"
    MINUTES_MISSING = "minutes_missing"
    NO_CONTACT = "no_contact"
    JOURNAL_DRAFT = "journal_draft"
    REQUEST_UNDECIDED = "request_undecided"
    BACKUP_DUE = "backup_due"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def target(self) -> Target:
        return _KIND_LABELS[self][1]


class RadarSeverity(Enum):
    """How pressing a line is; the order of the members is the order on the page."""

    OVERDUE = "forfalt"
    TODAY = "i_dag"
    THIS_WEEK = "denne_uken"
    SOON = "snart"

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]

    @property
    def rank(self) -> int:
        return list(RadarSeverity).index(self)


_TARGET_LABELS = {
    Target.PLAN: "Åpne planen",
    Target.GROUP: "Åpne ansvarsgruppen",
    Target.MEETING: "Åpne møtet",
    Target.JOURNAL: "Åpne journalen",
    Target.DECISIONS: "Åpne vedtakene",
    Target.REQUESTS: "Åpne henvendelsen",
    Target.RECORD: "Åpne tjenestemottakeren",
    Target.BACKUP: "Ta sikkerhetskopi…",
}

_KIND_LABELS = {
    RadarKind.PLAN_REVISION: ("Planen skal revideres", Target.PLAN),
    RadarKind.PLAN_CONSENT_MISSING: ("Mangler samtykke til planen", Target.PLAN),
    RadarKind.CONSENT_FORM_MISSING: ("Signert samtykkeskjema er ikke kommet tilbake", Target.PLAN),
    RadarKind.CONSENT_EXPIRING: ("Samtykke går ut", Target.PLAN),
    RadarKind.CONSENT_EXPIRED: ("Samtykke har gått ut", Target.PLAN),
    RadarKind.CONSENT_LAPSES_BEFORE_MEETING: ("Samtykke går ut før møtet", Target.GROUP),
    RadarKind.DECISION_EXPIRING: ("Vedtak går ut", Target.DECISIONS),
    RadarKind.DECISION_EXPIRED: ("Vedtak har gått ut", Target.DECISIONS),
    RadarKind.DECISION_EVALUATION: ("Vedtak skal evalueres", Target.DECISIONS),
    RadarKind.ACTION_ITEM_OVERDUE: ("Oppfølgingsoppgave over frist", Target.GROUP),
    RadarKind.MEETING_SOON: ("Møte i ansvarsgruppen", Target.MEETING),
    RadarKind.MINUTES_MISSING: ("Møtet mangler referat", Target.MEETING),
    RadarKind.NO_CONTACT: ("Ingen kontakt på lenge", Target.RECORD),
    RadarKind.JOURNAL_DRAFT: ("Journalnotat er ikke signert", Target.JOURNAL),
    RadarKind.REQUEST_UNDECIDED: ("Henvendelse uten avgjørelse", Target.REQUESTS),
    RadarKind.BACKUP_DUE: ("Sikkerhetskopi utenfor maskinen", Target.BACKUP),
}

_SEVERITY_LABELS = {
    RadarSeverity.OVERDUE: "Forfalt",
    RadarSeverity.TODAY: "I dag",
    RadarSeverity.THIS_WEEK: "Innen en uke",
    RadarSeverity.SOON: "Senere",
}


@dataclass(frozen=True)
class RadarLine:
    """One thing to follow up, and the ids the window needs to open the right place.

    `service_user_id` and `person_name` are None only for a request from someone who is not
    registered yet, and for the reminder to take a backup (it is about the whole record).
    `due` is None when the follow-up has no date (a consent that is missing).
    """

    kind: RadarKind
    severity: RadarSeverity
    due: dt.date | None
    service_user_id: int | None
    person_name: str | None
    text: str
    meeting_id: int | None = None
    entry_id: int | None = None
    request_id: int | None = None
    decision_id: int | None = None
    action_item_id: int | None = None

    @property
    def target(self) -> Target:
        return self.kind.target


def severity_for(due: dt.date, today: dt.date) -> RadarSeverity:
    """Past is overdue; then today; then within a week; anything later is "later"."""
    if due < today:
        return RadarSeverity.OVERDUE
    if due == today:
        return RadarSeverity.TODAY
    return RadarSeverity.THIS_WEEK if due <= today + WEEK else RadarSeverity.SOON


def sorted_lines(lines: Iterable[RadarLine]) -> list[RadarLine]:
    """Overdue first, then by date (undated lines last in their group), then by kind and name."""
    return sorted(lines, key=_order)


def _order(line: RadarLine) -> tuple:
    return (
        line.severity.rank,
        line.due is None,
        line.due or dt.date.min,
        _KIND_ORDER[line.kind],
        sort_key(line.person_name or ""),
    )


_KIND_ORDER = {kind: position for position, kind in enumerate(RadarKind)}


def day(value: dt.date) -> str:
    """A date as the nurse writes it: 23.11.2026."""
    return f"{value:%d.%m.%Y}"


@dataclass(frozen=True)
class RadarOverview:
    """The first lines under each severity, and how many there are in all."""

    lines: tuple[RadarLine, ...]
    counts: dict[RadarSeverity, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines_in(self, severity: RadarSeverity) -> list[RadarLine]:
        return [line for line in self.lines if line.severity is severity]


def overview(lines: Iterable[RadarLine], shown_per_severity: int) -> RadarOverview:
    """The first `shown_per_severity` of each group in order, and the count of all of them.

    Lines are consumed as they come and trimmed as they go, so a record with tens of thousands
    of lines never holds them all at once.
    """
    counts = {severity: 0 for severity in RadarSeverity}
    kept: dict[RadarSeverity, list[RadarLine]] = {severity: [] for severity in RadarSeverity}
    for line in lines:
        counts[line.severity] += 1
        group = kept[line.severity]
        group.append(line)
        if len(group) >= 2 * shown_per_severity + 100:
            group[:] = sorted(group, key=_order)[:shown_per_severity]
    shown = [
        line for group in kept.values() for line in sorted(group, key=_order)[:shown_per_severity]
    ]
    return RadarOverview(tuple(sorted_lines(shown)), counts)
