"""Every printed document, read back from the PDF: headings, æøå, page numbers, markings."""

import dataclasses
import re
import subprocess

import pytest
from tests.group_helpers import make_group
from tests.helpers import PROFILE

from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.domain.plan_vocabulary import (
    CONFIDENTIAL,
    PLAN_PARTS,
    KinInvolvement,
    PlanStatus,
)
from psykhelse_desktop.domain.plans import Goal, IndividualPlan
from psykhelse_desktop.domain.records import NextOfKinForm, ServiceUserForm
from psykhelse_desktop.printing.documents import DocumentKind, print_document
from psykhelse_desktop.printing.page import PageInfo, write_pdf
from psykhelse_desktop.printing.plan_pdf import PrintContext, plan_story
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import record_parts, service_users
from psykhelse_desktop.services.trust.vault import update_profile

from .conftest import TODAY, page_count, pdf_text

CONTEXT = PrintContext(PROFILE)


def _print(db, user_id, kind, tmp_path):
    return print_document(db, user_id, kind, tmp_path / f"{kind.value}.pdf", today=TODAY)


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def test_plan_has_the_nine_parts_in_order_and_every_page_marked(db, planned_user, tmp_path):
    path = _print(db, planned_user, DocumentKind.PLAN, tmp_path)
    text = _squeezed(pdf_text(path))
    positions = [text.find(heading) for heading in PLAN_PARTS]
    assert -1 not in positions and positions == sorted(positions)
    pages = page_count(path)
    assert pages >= 3
    for number in range(1, pages + 1):
        page = _squeezed(pdf_text(path, number))
        assert f"Side {number} av {pages}" in page
        assert CONFIDENTIAL in page
        assert "UTKAST" in page
        assert "Åse Øvrebø, født 07.03.1984" in page
        assert "Testvik kommune" in page


def test_plan_text_keeps_norwegian_letters_and_dates(db, planned_user, tmp_path):
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.PLAN, tmp_path)))
    phrases = ("Bjørn Åsheim", "Kåre Sæther", "Økonomi", "2026/1234", "01.09.2026")
    for phrase in (*phrases, "Ikke utfylt", "Kriseplan", "Evaluering 23.11.2026"):
        assert phrase in text


def test_measure_table_repeats_its_header_on_the_next_page(db, planned_user, tmp_path):
    path = _print(db, planned_user, DocumentKind.PLAN, tmp_path)
    pages_with_header = [
        n for n in range(1, page_count(path) + 1)
        if re.search(r"Tiltak\s+Omfang\s+Ansvarlig", pdf_text(path, n))
    ]  # fmt: skip
    assert len(pages_with_header) >= 2


def test_an_active_plan_is_not_marked_draft(db, planned_user, tmp_path):
    plans.set_status(db, planned_user, PlanStatus.ACTIVE, today=TODAY)
    text = pdf_text(_print(db, planned_user, DocumentKind.PLAN, tmp_path))
    assert "UTKAST" not in text and "Status: Aktiv" in text


def test_crisis_plan_fits_on_one_page_with_the_emergency_numbers_first(db, planned_user, tmp_path):
    update_profile(db, dataclasses.replace(db.profile, phone="915 55 555"))
    path = _print(db, planned_user, DocumentKind.CRISIS, tmp_path)
    assert page_count(path) == 1
    text = _squeezed(pdf_text(path))
    for phrase in ("Dette hjelper meg", "Søster Åsne", "Side 1 av 1"):
        assert phrase in text
    emergency = ("Ved fare for liv: ring 113 Kveld, natt og helg: legevakt 116 117 Dagtid: "
                 "Kari Testesen, psykiatrisk sykepleier, 915 55 555")  # fmt: skip
    assert emergency in text
    assert text.index(emergency) < text.index("Tidlige tegn på at det går dårlig")


def _body_sizes(path) -> set[float]:
    """The font sizes of the words between the header and the footer (from their heights)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    boxes = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html)
    return {round(float(y1) - float(y0), 1) for y0, y1 in boxes if 90 < float(y0) < 780}


def test_a_long_crisis_plan_goes_on_a_marked_second_page_never_below_12_pt(
    db, planned_user, tmp_path
):
    view = plans.open_plan(db, planned_user)
    long = "Jeg trekker meg unna, sover dårlig og slutter å spise. " * 120  # about 6,800
    crisis = dataclasses.replace(view.plan.crisis_plan, warning_signs=long, what_helps=long[:2700])
    plans.save_plan(db, planned_user, dataclasses.replace(view.plan, crisis_plan=crisis),
                    version=view.revision.number, today=TODAY)  # fmt: skip
    path = _print(db, planned_user, DocumentKind.CRISIS, tmp_path)
    assert page_count(path) >= 2
    assert "Kriseplanen fortsetter fra side 1" in pdf_text(path, 2)
    assert "ring 113" in pdf_text(path, 1)
    assert min(_body_sizes(path)) >= 12


def test_consent_form_lists_each_participant_with_what_may_be_shared(db, planned_user, tmp_path):
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.CONSENT, tmp_path)))
    assert "Jeg, Åse Øvrebø, født 07.03.1984, samtykker" in text
    assert "Bjørn Åsheim NAV Testvik Økonomi og arbeid 23.11.2027 ☐ Ja ☐ Nei" in text
    assert "Kåre Sæther DPS Fjordby 23.11.2027 ☐ Ja ☐ Nei" in text
    assert "Si fra til Kari Testesen, Testvik kommune." in text
    assert "Underskrift Navn: Åse Øvrebø Sted og dato:" in text.split("Tjenestemottaker")[-1]
    assert "Verge" not in text


def test_the_consent_form_has_a_line_for_the_guardian_and_the_nurses_phone(
    db, planned_user, tmp_path
):
    record_parts.add_next_of_kin(db, planned_user, NextOfKinForm("Ánte Čuoŋ", "Verge"))
    update_profile(db, dataclasses.replace(db.profile, phone="915 55 555"))
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.CONSENT, tmp_path)))
    assert "Si fra til Kari Testesen på telefon 915 55 555, Testvik kommune." in text
    assert "Tjenestemottaker Verge" in text and "Navn: Ánte Čuoŋ" in text
    assert text.count("Sted og dato:") == 2


def test_easy_read_is_first_person_without_codes(db, planned_user, tmp_path):
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.EASY, tmp_path)))
    assert "Min plan" in text and "Dette vil jeg" in text
    assert "Jeg heter Åse Øvrebø. Dette er planen min." in text
    assert "Min koordinator er Kari Testesen" in text
    assert "Samtale nr. 1 om søvn og angst. Kari Testesen har ansvaret." in text
    assert "Støttesamtale" not in text  # the glossary's plain word instead
    assert "2026/1234" not in text and "Revisjon" in text  # only the header names the revision
    assert "Vi ser på planen sammen igjen 22. mai 2027." in text
    assert "Tegn på at det går dårlig Jeg sover dårlig" in text
    assert "Kveld, natt og helg: legevakten, 116 117. • Hvis livet er i fare: ring 113." in text


def test_easy_read_gives_the_daytime_number(db, planned_user, tmp_path):
    update_profile(db, dataclasses.replace(db.profile, phone="915 55 555"))
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.EASY, tmp_path)))
    assert "Du kan ringe på dagtid: 915 55 555." in text
    assert "På dagtid kan jeg ringe Kari Testesen, 915 55 555." in text


def test_changes_sheet_lists_what_the_last_revision_changed(db, planned_user, tmp_path):
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.CHANGES, tmp_path)))
    assert "Revisjon 3" in text and "sammenlignet med revisjon 2" in text
    assert "Ny evaluering 23.11.2026" in text


def test_printing_leaves_no_temporary_file_and_replaces_the_target(db, planned_user, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "plan.pdf"
    target.write_bytes(b"gammel")
    print_document(db, planned_user, DocumentKind.PLAN, target, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]


def test_a_user_without_a_plan_gets_a_plain_message(db, tmp_path):
    user_id = service_users.create(db, ServiceUserForm("Per", "Ås", birth_date=TODAY))
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(UserError, match="ingen individuell plan"):
        print_document(db, user_id, DocumentKind.PLAN, out / "x.pdf")
    assert list(out.iterdir()) == []


def test_a_goal_longer_than_a_page_flows_on_with_the_header_repeated(tmp_path):
    plan = IndividualPlan(goals=(Goal(1, text="Jeg vil gå tur hver dag. " * 400),))
    info = PageInfo("Individuell plan", "Testvik kommune", "Åse Øvrebø", None, 1, TODAY, True)
    path = write_pdf(tmp_path / "lang.pdf", info, plan_story(plan, "Utkast", CONTEXT))
    texts = [pdf_text(path, n) for n in range(1, page_count(path) + 1)]
    with_goal = [text for text in texts if "gå tur hver dag" in text]
    assert len(with_goal) >= 3
    assert all("Mål (med tjenestemottakerens ord)" in text for text in with_goal)


def test_an_unwritable_folder_is_a_plain_message(tmp_path):
    info = PageInfo("Individuell plan", "Testvik kommune", "Åse Øvrebø", None, 1, TODAY, True)
    with pytest.raises(UserError, match="Kunne ikke skrive PDF-filen"):
        write_pdf(
            tmp_path / "finnes-ikke" / "x.pdf",
            info,
            plan_story(IndividualPlan(), "Utkast", CONTEXT),
        )


def test_part_two_lists_plan_participants_and_group_members_once(db, planned_user, tmp_path):
    make_group(db, planned_user)
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.PLAN, tmp_path)))
    part2 = text.split(PLAN_PARTS[1])[1].split(PLAN_PARTS[2])[0]
    assert "Bjørn Åsheim Veileder NAV Testvik 912 34 567" in part2  # in the plan
    assert "Åsne Øvrebø Pårørende Pårørende (søster)" in part2  # a group member only
    assert "Åse Øvrebø Tjenestemottaker Tjenestemottaker" in part2
    assert part2.count("Bjørn Åsheim") == 1  # in both: listed once


def test_empty_sub_items_say_not_filled_and_the_kin_question_is_answered(db, tmp_path):
    user = service_users.create(db, ServiceUserForm("Per", "Ŋuolla", birth_date=TODAY))
    view = plans.create_plan(db, user)
    answered = dataclasses.replace(
        view.plan, kin_involvement=KinInvolvement.NO, kin_involvement_date=TODAY
    )
    plans.save_plan(db, user, answered, version=view.revision.number, today=TODAY)
    text = _squeezed(pdf_text(_print(db, user, DocumentKind.PLAN, tmp_path)))
    assert "Ressurser Ikke utfylt Behov for tjenester Ikke utfylt" in text
    assert "Tjenestemottakeren Ikke utfylt Tjenestene Ikke utfylt Pårørende Ikke utfylt" in text
    assert "Ønsker tjenestemottakeren at pårørende involveres? Nei (23.11.2026)" in text


def test_the_plan_ends_with_signature_lines_for_user_and_coordinator(db, planned_user, tmp_path):
    text = _squeezed(pdf_text(_print(db, planned_user, DocumentKind.PLAN, tmp_path)))
    signing = text.split("Godkjenning og underskrift")[1]
    assert "Tjenestemottaker Koordinator" in signing
    assert signing.count("Underskrift") == 2 and signing.count("Sted og dato:") == 2
    assert "Navn: Kari Testesen" in signing
