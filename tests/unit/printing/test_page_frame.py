"""Every document with a 60-character Sámi name and a three-language municipality: every font
embedded, the name read back letter for letter, no two words overlapping, nothing past a margin."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess

import pytest
from tests.group_helpers import hold_meeting, make_group
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.records import NurseProfile, ServiceUserForm
from psykhelse_desktop.domain.vocabulary import Maalform
from psykhelse_desktop.printing import styles as s
from psykhelse_desktop.printing.documents import DocumentKind, print_document
from psykhelse_desktop.printing.journal_documents import print_journal_extract
from psykhelse_desktop.printing.meeting_documents import MeetingDocumentKind, print_meeting_document
from psykhelse_desktop.printing.page import PAGE_WIDTH
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.plans.plan_coordinators import set_coordinator
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.vault import create_vault, update_profile
from psykhelse_desktop.storage.keys import TEST_KDF

from .conftest import TODAY, _content, pdf_text

MUNICIPALITY = "Porsanger kommune – Porsáŋgu gielda – Porsangin komuuni"
FIRST_NAME = "Áilu Čávgi Đuommá"
LAST_NAME = "Šávžža-Ŧeahkká Žiilaš Łukasz Śliwińskiš Án"
FULL_NAME = f"{FIRST_NAME} {LAST_NAME}"
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@pytest.fixture
def long_names(paths):
    """A record in a three-language municipality, a user with a 60-character name: a plan, a
    held meeting and a signed journal note. Returns every printed document."""
    nurse = NurseProfile("Kari Testesen", "Psykiatrisk sykepleier", MUNICIPALITY)
    db = create_vault(paths, PASSPHRASE, nurse, demo=True, kdf=TEST_KDF)
    user_id = service_users.create(
        db, ServiceUserForm(FIRST_NAME, LAST_NAME, birth_date=dt.date(1984, 3, 7))
    )
    set_coordinator(db, user_id, None, TODAY)
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(view.plan, **_content())
    plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)
    group = make_group(db, user_id)
    hold_meeting(db, group)
    form = JournalForm(dt.datetime(2026, 11, 20, 13, 30), JournalKind.CONVERSATION, 45, "Samtale.")
    journal.sign(
        db, journal.create_draft(db, user_id, form, now=dt.datetime(2026, 11, 20, 16)), version=1
    )
    yield db, user_id, group.meeting_id
    db.close()


def _every_document(db, user_id, meeting_id, folder):
    for kind in DocumentKind:
        yield print_document(db, user_id, kind, folder / f"{kind.name}.pdf", today=TODAY)
    for kind in MeetingDocumentKind:
        target = folder / f"meeting-{kind.name}.pdf"
        yield print_meeting_document(db, meeting_id, kind, target, today=TODAY)
    first, last = dt.date(2026, 11, 1), TODAY
    yield print_journal_extract(db, user_id, first, last, folder / "extract.pdf", today=TODAY)


def _pages(path) -> list[list[tuple[float, float, float, float, str]]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(*map(float, w[:4]), w[4]) for w in WORD.findall(page)]
        for page in html.split("<page ")[1:]
    ]


def _overlap(a, b) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return min(width, height)


def test_the_long_name_is_exactly_sixty_characters():
    assert len(FULL_NAME) == 60


@pytest.mark.parametrize("maalform", [Maalform.BOKMAL, Maalform.NYNORSK])
def test_no_two_words_overlap_and_nothing_crosses_the_margins(long_names, tmp_path, maalform):
    db = long_names[0]
    update_profile(db, dataclasses.replace(db.profile, maalform=maalform))
    for path in _every_document(*long_names, tmp_path):
        for number, words in enumerate(_pages(path), start=1):
            where = f"{path.name}, side {number}"
            for word in words:
                assert word[0] >= s.MARGIN - 0.5, (where, word)
                assert word[2] <= PAGE_WIDTH - s.MARGIN + 0.5, (where, word)
            broken = [w for w in words if re.fullmatch(r"\d\d\.\d\d\.\d{1,3}", w[4])]
            assert broken == [], (where, "a date split over two lines", broken)
            for i, a in enumerate(words):
                clashes = [b for b in words[i + 1 :] if _overlap(a, b) > 1.0]
                assert clashes == [], (where, a, clashes)


def test_every_font_is_embedded_and_the_names_read_back(long_names, tmp_path):
    for path in _every_document(*long_names, tmp_path):
        fonts = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert fonts, path.name
        assert all(" yes yes yes " in line for line in fonts), (path.name, fonts)
        words = set(re.findall(r"\w[\w-]*", pdf_text(path)))
        assert {"Porsáŋgu", *FULL_NAME.split()} <= words, path.name


def test_every_pdf_carries_title_author_subject_language_and_date(long_names, tmp_path):
    for path in _every_document(*long_names, tmp_path):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
        if "INVITATION" not in path.name:  # letters to members without consent name nobody
            assert FULL_NAME in fields["Title"], path.name
        assert fields["Author"].strip() == "Kari Testesen", path.name
        assert "Unntatt offentlighet" in fields["Subject"], path.name
        assert fields["CreationDate"].strip(), path.name
        assert b"/Lang (nb-NO)" in path.read_bytes(), path.name
