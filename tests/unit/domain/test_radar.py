"""The radar's plain parts: every kind has a Norwegian label and a place to open; the order."""

import datetime as dt

from psykhelse_desktop.domain.radar import (
    RadarKind,
    RadarLine,
    RadarSeverity,
    Target,
    overview,
    severity_for,
    sorted_lines,
)

TODAY = dt.date(2026, 11, 23)


def test_every_kind_has_a_label_and_opens_somewhere():
    for kind in RadarKind:
        assert kind.label and isinstance(kind.target, Target) and kind.target.label
    assert RadarKind.DECISION_EXPIRED.label == "Vedtak har gått ut"
    assert RadarKind.JOURNAL_DRAFT.target is Target.JOURNAL


def test_severity_by_date():
    assert severity_for(TODAY - dt.timedelta(days=1), TODAY) is RadarSeverity.OVERDUE
    assert severity_for(TODAY, TODAY) is RadarSeverity.TODAY
    assert severity_for(TODAY + dt.timedelta(days=7), TODAY) is RadarSeverity.THIS_WEEK
    assert severity_for(TODAY + dt.timedelta(days=8), TODAY) is RadarSeverity.SOON
    assert [s.label for s in RadarSeverity] == ["Forfalt", "I dag", "Innen en uke", "Senere"]


def test_overdue_first_then_by_date_with_undated_last_and_names_in_norwegian_order():
    def line(severity, due, name):
        return RadarLine(RadarKind.PLAN_CONSENT_MISSING, severity, due, 1, name, "")

    lines = [
        line(RadarSeverity.SOON, None, "Åse"),
        line(RadarSeverity.SOON, TODAY, "Zara"),
        line(RadarSeverity.OVERDUE, TODAY, "Øystein"),
        line(RadarSeverity.SOON, None, "Øystein"),
        line(RadarSeverity.OVERDUE, TODAY - dt.timedelta(days=3), "Bjørn"),
    ]
    assert [(x.severity.name, x.person_name) for x in sorted_lines(lines)] == [
        ("OVERDUE", "Bjørn"),
        ("OVERDUE", "Øystein"),
        ("SOON", "Zara"),
        ("SOON", "Øystein"),
        ("SOON", "Åse"),
    ]


def test_the_overview_keeps_the_first_lines_of_each_severity_and_counts_all():
    def line(severity: RadarSeverity, name: str) -> RadarLine:
        return RadarLine(RadarKind.NO_CONTACT, severity, TODAY, 1, name, "")

    lines = [line(RadarSeverity.OVERDUE, n) for n in "ABC"] + [line(RadarSeverity.SOON, "D")]
    shown = overview(lines, shown_per_severity=2)
    assert [x.person_name for x in shown.lines] == ["A", "B", "D"]
    assert shown.counts[RadarSeverity.OVERDUE] == 3 and shown.counts[RadarSeverity.TODAY] == 0
    assert shown.total == 4
