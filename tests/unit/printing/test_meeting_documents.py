"""The meeting documents read back from the PDF: names, times, decisions, æøå, markings."""

import datetime as dt
import re
import subprocess

import pytest
from tests.group_helpers import TODAY, hold_meeting, make_group

from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.domain.group_vocabulary import LockReason
from psykhelse_desktop.domain.plan_vocabulary import CONFIDENTIAL
from psykhelse_desktop.printing.meeting_documents import (
    MeetingDocumentKind,
    print_invitation_letters,
    print_meeting_document,
)
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.services.meetings.meeting_pack import invited_without_address
from psykhelse_desktop.services.reports import ledger

from .conftest import page_count, pdf_text

Kind = MeetingDocumentKind
MM = 72 / 25.4
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@pytest.fixture
def group(db, planned_user):
    made = make_group(db, planned_user)
    hold_meeting(db, made)
    return made


def _print(db, group, kind, tmp_path, **options):
    target = tmp_path / f"{kind.value}.pdf"
    return print_meeting_document(db, group.meeting_id, kind, target, today=TODAY, **options)


def _text(path) -> str:
    return " ".join(pdf_text(path).split())


def _every_page_marked(path, title: str, named: bool = True, letters: bool = False) -> None:
    pages = page_count(path)
    for number in range(1, pages + 1):
        page = " ".join(pdf_text(path, number).split())
        assert ("Side 1 av 1" if letters else f"Side {number} av {pages}") in page
        assert CONFIDENTIAL in page
        assert title in page
        assert ("Åse Øvrebø, født 07.03.1984" in page) is named


def test_minutes_show_who_came_what_was_agreed_and_who_does_what(db, group, tmp_path):
    path = _print(db, group, Kind.MINUTES, tmp_path)
    text = _text(path)
    assert "tirsdag 24.11.2026 kl. 13.30–15.00" in text
    assert "Møterom Øst, Testvik helsesenter" in text
    assert "Kåre Sæther Behandler Syk, sendte beskjed på e-post." in text
    assert "Vi fortsetter med kveldsturer tre ganger i uka." in text
    assert "Søke om økonomisk rådgivning hos NAV Bjørn Åsheim 07.12.2026 Åpen" in text
    assert "Referent Kari Testesen" in text
    _every_page_marked(path, "Referat fra ansvarsgruppemøte")


def test_minutes_go_only_to_members_with_consent(db, group, tmp_path):
    text = _text(_print(db, group, Kind.MINUTES, tmp_path))
    sent_to = text.split("Referatet sendes til")[1]
    assert "Åse Øvrebø, Åsne Øvrebø, Bjørn Åsheim" in sent_to
    assert "Kåre Sæther" not in sent_to


def test_corrected_minutes_are_marked_and_the_old_version_prints_as_it_was(db, group, tmp_path):
    meetings.lock_minutes(db, group.meeting_id, LockReason.PRINTED)
    meetings.correct_minutes(db, group.meeting_id, "Fraværsgrunnen var feil.")
    new = _text(_print(db, group, Kind.MINUTES, tmp_path))
    assert "Rettet versjon 2. Erstatter versjon 1" in new and "Versjon 2" in new
    old = _text(_print(db, group, Kind.MINUTES, tmp_path, version=1))
    assert "Rettet versjon" not in old and "Versjon 1, skrevet ut 23.11.2026" in old


def test_agenda_is_prefilled_from_open_items_and_the_plan(db, group, tmp_path):
    form = meetings.MeetingForm(
        dt.datetime(2027, 4, 20, 10, 0), 60, "Legekontoret på Ørnes", "", group.everyone, ()
    )
    later = meetings.plan_meeting(db, group.group_id, form, now=dt.datetime(2026, 11, 23))
    path = print_meeting_document(db, later, Kind.AGENDA, tmp_path / "a.pdf", today=TODAY)
    text = _text(path)
    assert "1. Oppfølging fra tidligere møter" in text
    assert "Kjøpe refleksvest før kveldsturene Åse Øvrebø 30.11.2026 Åpen" in text
    assert "Planen skal revideres innen 22.05.2027." in text
    assert "Jeg vil sove bedre og være mindre redd." in text
    assert "Deltakerliste" in text and "Kåre Sæther" in text
    _every_page_marked(path, "Saksliste for ansvarsgruppemøte")


def test_one_invitation_letter_per_member(db, group, tmp_path):
    path = _print(db, group, Kind.INVITATION, tmp_path)
    assert page_count(path) == 4
    second = " ".join(pdf_text(path, 2).split())
    assert second.startswith("Testvik kommune") and "Åsne Øvrebø" in second
    nav = " ".join(pdf_text(path, 3).split())
    assert "Tid: tirsdag 24.11.2026 kl. 13.30–15.00" in nav
    assert "1. Søvn og hverdag 2. Økonomi og arbeid" in nav
    assert "Gi beskjed til Kari Testesen" in nav
    assert "Du innkalles til møte i ansvarsgruppen for Åse Øvrebø." in nav
    first = " ".join(pdf_text(path, 1).split())
    assert "Du innkalles til møte i ansvarsgruppen din." in first
    dps = " ".join(pdf_text(path, 4).split())  # no consent for DPS: time and place only
    assert "Du innkalles til et ansvarsgruppemøte." in dps and "Tid: tirsdag 24.11.2026" in dps
    assert "Åse" not in dps and "Saksliste" not in dps and "Søvn" not in dps
    # one letter goes to a member without consent, so no page header names the user
    _every_page_marked(path, "Innkalling til ansvarsgruppemøte", named=False, letters=True)
    for number in range(1, 5):  # each letter counts its own pages
        assert "Side 1 av 1" in pdf_text(path, number)


def _window_text(path, page: int) -> str:
    """The words a C5/C65 left window shows: 20–105 mm from the left, 45–90 mm from the top."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    inside = [
        word for x0, y0, x1, y1, word in WORD.findall(html)
        if float(x0) >= 20 * MM - 0.5 and float(x1) <= 105 * MM
        and float(y0) >= 45 * MM - 0.5 and float(y1) <= 90 * MM
    ]  # fmt: skip
    return " ".join(inside)


def test_the_address_is_where_a_window_envelope_shows_it(db, group, tmp_path):
    path = _print(db, group, Kind.INVITATION, tmp_path)
    assert _window_text(path, 3).endswith("Bjørn Åsheim NAV Testvik Storgata 1 8150 Ørnes")
    assert _window_text(path, 1).endswith("Åse Øvrebø Fjæreveien 3 8150 Ørnes")
    sister = _window_text(path, 2)
    assert sister.endswith("Åsne Øvrebø Adresse mangler") and "Pårørende" not in sister
    nav = " ".join(pdf_text(path, 3).split())
    assert "Vår ref.: møte 1" in nav and "Dato: 23.11.2026" in nav


def test_who_lacks_an_address_is_named_before_printing(db, group):
    assert invited_without_address(db, group.meeting_id) == ["Åsne Øvrebø"]


def test_one_file_per_recipient_each_in_the_ledger(db, group, tmp_path):
    paths = print_invitation_letters(db, group.meeting_id, tmp_path, today=TODAY)
    assert [p.name for p in paths] == [
        "Innkalling til Åse Øvrebø 24.11.2026.pdf", "Innkalling til Åsne Øvrebø 24.11.2026.pdf",
        "Innkalling til Bjørn Åsheim 24.11.2026.pdf", "Innkalling til Kåre Sæther 24.11.2026.pdf",
    ]  # fmt: skip
    assert all(page_count(p) == 1 for p in paths)
    assert "Kåre Sæther" in pdf_text(paths[3]) and "Bjørn Åsheim" not in pdf_text(paths[3])
    rows = ledger.entries(db)
    assert sorted(r.recipient for r in rows) == sorted(
        ["Åse Øvrebø", "Åsne Øvrebø", "Bjørn Åsheim", "Kåre Sæther"]
    )


def test_unlocked_minutes_print_as_a_draft_on_every_page_and_locked_ones_do_not(
    db, group, tmp_path
):
    draft = _print(db, group, Kind.MINUTES, tmp_path)
    for number in range(1, page_count(draft) + 1):
        assert "UTKAST: ikke godkjent" in pdf_text(draft, number)
    meetings.lock_minutes(db, group.meeting_id, LockReason.PRINTED)
    final = _text(_print(db, group, Kind.MINUTES, tmp_path))
    assert "UTKAST" not in final and "Versjon 1, skrevet ut 23.11.2026" in final


def test_the_draft_watermark_leaves_the_text_layer_whole(db, group, tmp_path):
    text = pdf_text(_print(db, group, Kind.MINUTES, tmp_path))
    assert text.count("UTKAST") == page_count(tmp_path / "minutes.pdf")  # the footer line only
    assert "Vi fortsetter med kveldsturer tre ganger i uka." in " ".join(text.split())


def test_a_planned_meeting_has_no_minutes_to_print(db, planned_user, tmp_path):
    planned = make_group(db, planned_user)
    with pytest.raises(UserError, match="Møtet er ikke holdt ennå"):
        _print(db, planned, Kind.MINUTES, tmp_path)
    assert not (tmp_path / "minutes.pdf").exists() and ledger.entries(db) == []


def test_a_cancelled_meeting_refuses_minutes_and_its_letters_say_avlyst(db, planned_user, tmp_path):
    planned = make_group(db, planned_user)
    meetings.cancel_meeting(db, planned.meeting_id)
    with pytest.raises(UserError, match="Møtet er avlyst"):
        _print(db, planned, Kind.MINUTES, tmp_path)
    for kind in (Kind.INVITATION, Kind.AGENDA):
        path = _print(db, planned, kind, tmp_path)
        for number in range(1, page_count(path) + 1):
            page = " ".join(pdf_text(path, number).split())
            assert "AVLYST: møtet blir ikke holdt" in page
        assert "AVLYST: møtet tirsdag 24.11.2026 kl. 13.30–15.00 blir ikke holdt." in _text(path)
    rows = ledger.entries(db)
    assert rows[0].what == "Saksliste for ansvarsgruppemøte 24.11.2026, AVLYST"


def test_the_ledger_names_the_date_the_version_and_every_invited(db, group, tmp_path):
    _print(db, group, Kind.INVITATION, tmp_path)
    [row] = ledger.entries(db)
    assert row.what == "Innkalling til ansvarsgruppemøte 24.11.2026"
    assert row.recipient == "Åse Øvrebø, Åsne Øvrebø, Bjørn Åsheim, Kåre Sæther"
