"""Every printed document in bokmål or nynorsk: the person's målform where set, else the
municipality's; the group's documents and the ledger in the municipality's. Read back with
pdftotext: a nynorsk document has no bokmål-only word the program wrote."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from tests.group_helpers import TODAY

from psykhelse_desktop.domain.vocabulary import Maalform
from psykhelse_desktop.printing.documents import DocumentKind, print_document
from psykhelse_desktop.printing.journal_documents import print_journal_extract
from psykhelse_desktop.printing.meeting_documents import (
    MeetingDocumentKind,
    print_meeting_document,
)
from psykhelse_desktop.printing.person_documents import print_access_log, print_record
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.services.trust.access_log import access_log
from psykhelse_desktop.services.trust.vault import update_profile

from .conftest import pdf_text
from .nynorsk_person import nynorsk_person

# Words that are bokmål and never nynorsk: none of them may come from the program.
BOKMAL_ONLY = (
    "ikke", "hva", "hvem", "jeg", "noen", "hvordan", "hvis", "tjenestemottaker",
    "tjenestemottakeren", "tjenestemottakere", "pårørende", "fra", "skrevet", "født", "navn",
)  # fmt: skip
# What each document must say in nynorsk (a heading or a line the program writes).
PERSON_DOCUMENTS = {
    "plan": ("Kven som deltek i arbeidet med planen", "Godkjenning og underskrift",
             "Tenestemottakar", "Stad og dato", "Pårørande (syster)"),
    "consent": ("Eg samtykkjer til at planen blir laga", "Slik trekkjer du samtykket tilbake"),
    "crisis": ("Tidlege teikn på at det går dårleg", "Kven eg ringjer på dagtid"),
    "easy": ("Eg heiter Sigrun Åkre Ølstad", "Dette vil eg", "2. mars 2027"),
    "changes": ("Endringar sidan førre revisjon",),
    "extract": ("Journalutdrag", "sundag 22.11.2026", "Skrive av Kari Testesen"),
    "access": ("Kven har sett journalen", "Tidspunkt", "pasientjournallova"),
    "record": ("Innsyn i journalen", "Pårørande", "Målform", "Nynorsk", "Møte og referat"),
}  # fmt: skip
GROUP_DOCUMENTS = {
    "invitation": ("Du blir kalla inn til møte i ansvarsgruppa", "Med venleg helsing",
                   "tysdag 24.11.2026"),
    "agenda": ("Deltakarliste", "Eventuelt", "Sakslista blir berre send til"),
    "minutes": ("Referat frå ansvarsgruppemøte", "Oppgåver: kven gjer kva innan når", "Fråvær"),
}  # fmt: skip


def _print_person_documents(db, user_id, folder) -> dict[str, object]:
    files = {}
    for kind in DocumentKind:
        path = folder / f"{kind.value}.pdf"
        files[kind.value] = print_document(db, user_id, kind, path, today=TODAY)
    first = TODAY - dt.timedelta(days=30)
    files["extract"] = print_journal_extract(
        db, user_id, first, TODAY, folder / "extract.pdf", today=TODAY
    )
    files["access"] = print_access_log(db, user_id, folder / "access.pdf", today=TODAY)
    files["record"] = print_record(db, user_id, folder / "record.pdf", today=TODAY)
    return files


def _print_group_documents(db, meeting_id, folder) -> dict[str, object]:
    return {
        kind.value: print_meeting_document(
            db, meeting_id, kind, folder / f"{kind.value}.pdf", today=TODAY
        )
        for kind in MeetingDocumentKind
    }


def _bokmal_words(text: str) -> set[str]:
    found = {w.casefold() for w in re.findall(r"[\wæøåÆØÅ]+", text)}
    return found & set(BOKMAL_ONLY)


def _logged_words(db, user_id) -> set[str]:
    """Words in the access log's stored details (what was saved, in the words of the day): the
    person's record, not the program's text, so the log and the copy may quote them."""
    details = " ".join(e.details for e in access_log(db, user_id).entries)
    return _bokmal_words(details)


def _set_municipality(db, maalform: Maalform) -> None:
    update_profile(db, dataclasses.replace(db.profile, maalform=maalform))


def test_every_document_about_a_nynorsk_person_is_in_nynorsk(db, tmp_path):
    user_id, _group = nynorsk_person(db, Maalform.NYNORSK)  # the municipality writes bokmål

    files = _print_person_documents(db, user_id, tmp_path)

    quoted = _logged_words(db, user_id)
    for name, expected in PERSON_DOCUMENTS.items():
        text = " ".join(pdf_text(files[name]).split())
        allowed = quoted if name in ("access", "record") else set()
        assert _bokmal_words(text) <= allowed, name
        for line in expected:
            assert line in text, (name, line)
        assert b"/Lang (nn-NO)" in files[name].read_bytes(), name


def test_the_groups_documents_are_in_the_municipalitys_nynorsk(db, tmp_path):
    _set_municipality(db, Maalform.NYNORSK)
    _user_id, group = nynorsk_person(db, Maalform.MUNICIPALITY)

    files = _print_group_documents(db, group.meeting_id, tmp_path)

    for name, expected in GROUP_DOCUMENTS.items():
        text = " ".join(pdf_text(files[name]).split())
        assert _bokmal_words(text) == set(), name
        for line in expected:
            assert line in text, (name, line)
    rows = ledger.entries(db)
    assert any(r.what.startswith("Referat frå ansvarsgruppemøte") for r in rows)


def test_the_persons_bokmal_overrides_the_municipalitys_nynorsk(db, tmp_path):
    _set_municipality(db, Maalform.NYNORSK)
    user_id, group = nynorsk_person(db, Maalform.BOKMAL)

    plan = pdf_text(print_document(db, user_id, DocumentKind.PLAN, tmp_path / "p.pdf", today=TODAY))
    minutes = print_meeting_document(
        db, group.meeting_id, MeetingDocumentKind.MINUTES, tmp_path / "m.pdf", today=TODAY
    )

    assert "Hvem som deltar i arbeidet med planen" in plan and "Kven" not in plan
    assert b"/Lang (nb-NO)" in (tmp_path / "p.pdf").read_bytes()
    assert "Referat frå ansvarsgruppemøte" in pdf_text(minutes)  # the group's: the municipality's


def test_the_municipalitys_nynorsk_is_a_persons_when_they_have_none(db, tmp_path):
    _set_municipality(db, Maalform.NYNORSK)
    user_id, _group = nynorsk_person(db, Maalform.MUNICIPALITY)

    path = print_document(db, user_id, DocumentKind.CRISIS, tmp_path / "k.pdf", today=TODAY)

    assert "Tidlege teikn på at det går dårleg" in pdf_text(path)
    assert service_users.document_maalform(db, user_id) is Maalform.NYNORSK
    _set_municipality(db, Maalform.BOKMAL)
    path = print_document(db, user_id, DocumentKind.CRISIS, tmp_path / "k.pdf", today=TODAY)
    assert "Tidlige tegn på at det går dårlig" in pdf_text(path)


@pytest.mark.parametrize("maalform", [Maalform.BOKMAL, Maalform.MUNICIPALITY])
def test_a_bokmal_person_gets_every_document_as_before(db, tmp_path, maalform):
    user_id, _group = nynorsk_person(db, maalform)

    files = _print_person_documents(db, user_id, tmp_path)

    assert "Hvem som deltar i arbeidet med planen" in pdf_text(files["plan"])
    assert "Jeg heter Sigrun Åkre Ølstad" in " ".join(pdf_text(files["easy"]).split())
    assert "søndag 22.11.2026" in pdf_text(files["extract"])
    assert all(b"/Lang (nb-NO)" in path.read_bytes() for path in files.values())
