"""Innsyn: the whole record of one person as one document, part by part, for a request for access.

Each part has its own heading and says so when it is empty; the plan, the minutes, the journal
entries and the access log are laid out by the same builders as their own documents.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, PageBreak, Paragraph, Spacer

from ..domain.access import COPY_BASIS, RECORD_COPY_TITLE
from ..domain.journal import duration_text
from ..domain.national_id import format_national_id
from ..domain.records import NextOfKin, ServiceUserDetail
from ..domain.requests import Request
from ..services.trust.record_copy import RecordCopy
from . import styles as s
from .access_log_pdf import access_table
from .journal_extract_pdf import entry_flowables
from .language import tr, tr_domain
from .page import CONTENT_WIDTH
from .record_copy_parts import consent_part, group_part, meetings_part, plan_part

W = CONTENT_WIDTH  # the frame's padding is already left out
PARTS = (
    "Personalia", "Pårørende", "Fastlege", "Samarbeidspartnere", "Individuell plan",
    "Samtykker", "Ansvarsgruppe", "Møter og referater", "Journal", "Vedtak",
    "Lavterskelhjelp", "Henvendelser", "Hvem har sett journalen",
)  # fmt: skip
NONE = "Ingen registrert."
R = "record_copy_pdf"  # the catalogue context of this document


def record_copy_story(copy: RecordCopy, printed_by: str) -> list[Flowable]:
    title = Paragraph(tr_domain(RECORD_COPY_TITLE), s.TITLE)
    story: list[Flowable] = [title, s.para(tr_domain(COPY_BASIS))]
    story += [_front(copy, printed_by), Spacer(1, 4)]
    builders = (
        _personalia, _next_of_kin, _gps, _partners, plan_part, consent_part, group_part,
        meetings_part, _journal, _decisions, _low_threshold, _requests, _access,
    )  # fmt: skip
    for title, build in zip(PARTS, builders, strict=True):
        story += part_heading(title)
        story += build(copy) or [s.para(tr("record_copy_pdf", NONE), s.EMPTY)]
    return story


def part_title(title: str) -> str:
    """One of PARTS in the målform being printed."""
    return tr("record_copy_pdf", title)


# The long parts start on a page of their own.
NEW_PAGE = {"Individuell plan", "Møter og referater", "Journal", "Hvem har sett journalen"}


def part_heading(title: str) -> list[Flowable]:
    """A part's heading, larger than the headings inside it (the plan's parts, the minutes')."""
    space = PageBreak() if title in NEW_PAGE else CondPageBreak(80)
    rule = HRFlowable(width="100%", thickness=0.8, color=s.RULE, spaceAfter=4)
    return [space, Paragraph(part_title(title), s.BIG_HEADING), rule]


def _front(copy: RecordCopy, printed_by: str) -> Flowable:
    born = tr(R, ", født %1", s.nb_date(copy.birth_date)) if copy.birth_date else ""
    contents = ", ".join(part_title(title) for title in PARTS)
    rows = [
        [tr(R, "Tjenestemottaker"), f"{copy.person_name}{born}"],
        [tr(R, "Innhold"), contents],
        [tr(R, "Skrevet ut av"), printed_by],
    ]
    return s.facts(rows, [W * 0.22, W * 0.78])


def _personalia(copy: RecordCopy) -> list[Flowable]:
    detail = copy.detail
    form = detail.form
    rows = [
        [tr(R, "Navn"), detail.full_name],
        [tr(R, "Fødselsnummer"),
         format_national_id(form.national_id) if form.national_id else ""],
        [tr(R, "Fødselsdato"), s.nb_date(form.birth_date)],
        [tr(R, "Adresse"), _address(form.address, form.postal_code, form.postal_place)],
        [tr(R, "Telefon"), ", ".join(p for p in (form.phone, form.phone_alt) if p)],
        [tr(R, "E-post"), form.email],
        [tr(R, "Kategori"), tr_domain(form.category.label)],
        ["LAR / TUD", f"LAR: {_yes(form.is_lar)}, TUD: {_yes(form.is_tud)}"],
        [tr(R, "Har mindreårige barn"), _yes(form.has_minor_children)],
        [tr(R, "Slik når du personen"), form.reach_notes],
        [tr(R, "Tjenestestart"), s.nb_date(form.service_start)],
        [tr(R, "Målform"), tr_domain(form.maalform.label)],
        [tr(R, "Status"), _status(detail)],
        [tr(R, "Registrert"), f"{s.nb_date(detail.created_at.date())}"],
    ]  # fmt: skip
    return [s.facts([r for r in rows if r[1]], [W * 0.28, W * 0.72])]


def _address(street: str, code: str, place: str) -> str:
    return ", ".join(p for p in (street, f"{code} {place}".strip()) if p)


def _yes(value: bool) -> str:
    return tr(R, "ja") if value else tr(R, "nei")


def _status(detail: ServiceUserDetail) -> str:
    label = tr_domain(detail.status.label)
    if detail.service_end is None:
        return label
    reason = f": {detail.closed_reason}" if detail.closed_reason else ""
    return f"{label} {s.nb_date(detail.service_end)}{reason}"


def _next_of_kin(copy: RecordCopy) -> list[Flowable]:
    rows = [
        [k.name, _relation(k.relation) + (tr(R, " (nærmeste)") if k.is_closest else ""), k.phone,
         _kin_notes(k)]
        for k in copy.detail.next_of_kin
    ]  # fmt: skip
    rows += [
        [k.name, _relation(k.relation), k.phone,
         tr(R, "Fjernet fra listen %1", s.nb_date(k.ended_at.date()))]
        for k in copy.ended_next_of_kin
    ]  # fmt: skip
    widths = [W * 0.28, W * 0.22, W * 0.18, W * 0.32]
    header = [tr(R, "Navn"), tr(R, "Relasjon"), tr(R, "Telefon"), tr(R, "Merknad")]
    return [s.table(header, rows, widths)] if rows else []


def _relation(relation: str) -> str:
    """A relation from the fixed list in the målform being printed; a typed one as it is."""
    return tr_domain(relation)


def _kin_notes(kin: NextOfKin) -> str:
    notes = [] if kin.may_contact else [tr(R, "Ikke kontakt uten samtykke")]
    if kin.is_minor_child:
        notes.append(tr(R, "mindreårig barn"))
    return ", ".join(notes + [kin.notes] * bool(kin.notes))


def _gps(copy: RecordCopy) -> list[Flowable]:
    rows = [
        [p.gp_name, p.practice, p.phone, s.nb_date(p.valid_from),
         s.nb_date(p.valid_to) or tr(R, "nå")]
        for p in copy.detail.gp_history
    ]  # fmt: skip
    widths = [W * 0.26, W * 0.28, W * 0.16, W * 0.15, W * 0.15]
    header = [tr(R, "Fastlege"), tr(R, "Kontor"), tr(R, "Telefon"), tr(R, "Fra"), tr(R, "Til")]
    return [s.table(header, rows, widths)] if rows else []


def _partners(copy: RecordCopy) -> list[Flowable]:
    rows = [
        [tr_domain(c.role), c.person_name, c.organisation, c.phone] for c in copy.detail.contacts
    ]
    widths = [W * 0.22, W * 0.26, W * 0.32, W * 0.20]
    header = [tr(R, "Rolle"), tr(R, "Navn"), tr(R, "Virksomhet"), tr(R, "Telefon")]
    return [s.table(header, rows, widths)] if rows else []


def _journal(copy: RecordCopy) -> list[Flowable]:
    count, drafts = len(copy.journal), copy.drafts_left_out
    if not count and not drafts:
        return []
    text = (
        tr(R, "1 signert journalnotat, med tillegg (retting) under notatet.")
        if count == 1
        else tr(R, "%1 signerte journalnotater, eldste først, med tillegg (retting) under "
                "notatet.", count)
    )  # fmt: skip
    if drafts == 1:
        text += tr(R, " 1 usignert utkast er ikke med (det er ikke en del av journalen ennå).")
    elif drafts:
        text += tr(R, " %1 usignerte utkast er ikke med (de er ikke en del av journalen ennå).",
                   drafts)  # fmt: skip
    story: list[Flowable] = [s.para(text)]
    for entry in copy.journal:
        story += entry_flowables(entry)
    return story


def _decisions(copy: RecordCopy) -> list[Flowable]:
    rows = [
        [tr_domain(d.service_type.label), f"{d.hours_per_week:g}".replace(".", ","),
         s.nb_date(d.decided_on), s.nb_date(d.valid_from),
         s.nb_date(d.valid_to) or tr(R, "inntil videre"), s.nb_date(d.evaluate_on), d.notes]
        for d in copy.decisions
    ]  # fmt: skip
    widths = [W * 0.16, W * 0.08, W * 0.14, W * 0.14, W * 0.14, W * 0.14, W * 0.20]
    header = [tr(R, "Tjeneste"), tr(R, "Timer/uke"), tr(R, "Vedtatt"), tr(R, "Fra"), tr(R, "Til"),
              tr(R, "Evaluering"), tr(R, "Merknad")]  # fmt: skip
    return [s.table(header, rows, widths)] if rows else []


def _low_threshold(copy: RecordCopy) -> list[Flowable]:
    rows = [
        [s.nb_date(c.occurred_on), tr_domain(c.kind.label), duration_text(c.duration_minutes),
         c.notes]
        for c in copy.low_threshold
    ]  # fmt: skip
    widths = [W * 0.14, W * 0.22, W * 0.12, W * 0.52]
    header = [tr(R, "Dato"), tr(R, "Type"), tr(R, "Varighet"), tr(R, "Merknad")]
    return [s.table(header, rows, widths)] if rows else []


def _requests(copy: RecordCopy) -> list[Flowable]:
    rows = [
        [s.nb_date(r.received_on), r.from_whom,
         f"{tr_domain(r.urgency.label)}, {tr_domain(r.severity.label)}",
         _outcome(r), s.nb_date(r.started_on), r.notes]
        for r in copy.requests
    ]  # fmt: skip
    widths = [W * 0.14, W * 0.17, W * 0.17, W * 0.19, W * 0.14, W * 0.19]
    header = [tr(R, "Mottatt"), tr(R, "Fra"), tr(R, "Hastegrad"), tr(R, "Beslutning"),
              tr(R, "Oppstart"), tr(R, "Merknad")]  # fmt: skip
    return [s.table(header, rows, widths)] if rows else []


def _outcome(request: Request) -> str:
    if request.decided_on is None:
        return tr(R, "Ikke besluttet")
    label = tr_domain(request.outcome.label) if request.outcome else ""
    return f"{s.nb_date(request.decided_on)} {label}".strip()


def _access(copy: RecordCopy) -> list[Flowable]:
    return access_table(copy.access)
