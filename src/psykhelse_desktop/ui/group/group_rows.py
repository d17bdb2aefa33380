"""How members and meetings of a group read in the tables and the next-meeting panel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...domain.group_vocabulary import MeetingStatus, MemberKind
from ...domain.groups import MeetingRow, Member
from ...services.clock import oslo_today
from ..texts import date_text, domain_text, fill, weekday_text


def weekday(moment: dt.datetime | dt.date) -> str:
    return weekday_text(moment)


def meeting_time(meeting: MeetingRow) -> str:
    """'tirsdag 24.11.2026 kl. 13:30–15:00'."""
    ends = meeting.starts_at + dt.timedelta(minutes=meeting.duration_minutes)
    text = QCoreApplication.translate("group_rows", "%1 %2 kl. %3–%4")
    for key, value in (
        ("%1", weekday(meeting.starts_at)),
        ("%2", date_text(meeting.starts_at)),
        ("%3", f"{meeting.starts_at:%H:%M}"),
        ("%4", f"{ends:%H:%M}"),
    ):
        text = text.replace(key, value)  # fmt: skip
    return text


def how_soon(day: dt.date, today: dt.date) -> str:
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("group_rows", "i dag")
    if days == 1:
        return QCoreApplication.translate("group_rows", "i morgen")
    return fill(QCoreApplication.translate("group_rows", "om %1 dager"), days)


def invited_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("group_rows", "1 medlem")
    return fill(QCoreApplication.translate("group_rows", "%1 medlemmer"), count)


def member_texts(member: Member) -> tuple[str, ...]:
    """Navn, rolle, virksomhet, telefon, samtykke til deling, medlem fra (og til)."""
    return (
        member.name,
        member.role,
        member.organisation,
        member.phone,
        consent_text(member),
        period_text(member),
    )


def period_text(member: Member) -> str:
    """'fra 06.07.2026', or '06.07.2026–01.12.2026' for a member taken out."""
    if member.active_to is None:
        return fill(
            QCoreApplication.translate("group_rows", "fra %1"), date_text(member.active_from)
        )
    return f"{date_text(member.active_from)}–{date_text(member.active_to)}"


def consent_text(member: Member) -> str:
    if member.kind is MemberKind.SERVICE_USER:
        return QCoreApplication.translate("group_rows", "Ikke nødvendig")
    consent = member.valid_consent(oslo_today())
    if consent is None:
        return QCoreApplication.translate("group_rows", "Ikke samtykke")
    if consent.expires_on is not None:
        return fill(
            QCoreApplication.translate("group_rows", "%1 (til %2)"),
            date_text(consent.given_on),
            date_text(consent.expires_on),
        )
    return date_text(consent.given_on)


def meeting_texts(meeting: MeetingRow, now: dt.datetime) -> tuple[str, ...]:
    """Tidspunkt, sted, invitert, status, referat."""
    when = f"{weekday(meeting.starts_at)[:3]}. {date_text(meeting.starts_at)} "
    return (
        when + f"{meeting.starts_at:%H:%M}",
        meeting.place,
        str(meeting.invited_count),
        status_text(meeting, now),
        minutes_text(meeting),
    )


def status_text(meeting: MeetingRow, now: dt.datetime) -> str:
    if meeting.status is MeetingStatus.PLANNED and meeting.starts_at < now:
        return QCoreApplication.translate("group_rows", "Referat mangler")
    return domain_text(meeting.status.label)


def minutes_text(meeting: MeetingRow) -> str:
    if meeting.status is not MeetingStatus.HELD:
        return ""
    if meeting.minutes_locked:
        return fill(
            QCoreApplication.translate("group_rows", "Låst, versjon %1"), meeting.minutes_version
        )
    if meeting.minutes_version > 1:
        return fill(
            QCoreApplication.translate("group_rows", "Retting, versjon %1"), meeting.minutes_version
        )
    return QCoreApplication.translate("group_rows", "Kan endres")
