"""The consent form to sign on paper: the plan itself, and what may be shared with whom and
until when, how to withdraw, and lines to sign for the user and any guardian (verge)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.plans import IndividualPlan, SharingParty
from ..words import fill
from . import styles as s
from .language import tr
from .print_context import PrintContext

W = s.CONTENT_WIDTH
BOX = "☐ %1    ☐ %2"  # two empty boxes (U+2610), printed in the embedded font


def consent_story(
    parties: tuple[SharingParty, ...],
    plan: IndividualPlan,
    person_name: str,
    birth: str,
    context: PrintContext,
) -> list[Flowable]:
    born = tr("consent_pdf", ", født %1", birth) if birth else ""
    agree = tr("consent_pdf", "Jeg samtykker til at planen lages")
    story: list[Flowable] = [
        Paragraph(tr("consent_pdf", "Samtykke til individuell plan og deling av opplysninger"),
                  s.TITLE),
        Paragraph(tr("consent_pdf", "Samtykke til å lage planen"), s.HEADING),
        s.para(tr("consent_pdf", "Jeg, %1%2, samtykker til at det lages en individuell plan "
                  "sammen med meg, og at planen oppbevares i kommunen.", person_name, born)),
        s.facts([[agree, _boxes()]], [W * 0.6, W * 0.4]),
        Paragraph(tr("consent_pdf", "Samtykke til å dele opplysninger"), s.HEADING),
        s.para(tr("consent_pdf", "Opplysninger om meg kan deles med disse deltakerne, bare så "
                  "langt det er nødvendig for arbeidet med planen, bare det som står i kolonnen "
                  "«Hva kan deles», og bare til datoen i kolonnen «Til og med». Kryss av for "
                  "hver linje.")),
        _sharing_table(parties, plan),
    ]  # fmt: skip
    return story + _withdraw(plan, context) + _signing(person_name, context)


def _sharing_table(parties: tuple[SharingParty, ...], plan: IndividualPlan) -> Flowable:
    """Everyone the user is asked about (services/plans/sharing.py), never the nurse."""
    box = _boxes()
    rows = [[p.name, p.organisation, p.scope, _until(p, plan), box] for p in parties]
    rows = rows or [["", "", "", "", box]] * 3
    widths = [W * 0.22, W * 0.19, W * 0.25, W * 0.15, W * 0.19]
    header = [tr("consent_pdf", "Deltaker"), tr("consent_pdf", "Virksomhet"),
              tr("consent_pdf", "Hva kan deles"), tr("consent_pdf", "Til og med"),
              tr("consent_pdf", "Samtykker")]  # fmt: skip
    return s.table(header, rows, widths)


def _boxes() -> str:
    return fill(BOX, tr("consent_pdf", "Ja"), tr("consent_pdf", "Nei"))


def _until(party: SharingParty, plan: IndividualPlan) -> str:
    """Until when: the consent's own date, else the plan period's end."""
    until: dt.date | None = party.expires_on or plan.period_end
    return s.nb_date(until) if until else tr("consent_pdf", "til planen avsluttes")


def _withdraw(plan: IndividualPlan, context: PrintContext) -> list[Flowable]:
    coordinator = plan.coordinator
    name = coordinator.name if coordinator else context.nurse.name
    phone = context.phone_of(name, coordinator.phone if coordinator else "")
    reach = tr("consent_pdf", " på telefon %1", phone) if phone else ""
    return [
        Paragraph(tr("consent_pdf", "Slik trekker du samtykket tilbake"), s.HEADING),
        s.para(tr("consent_pdf", "Du kan trekke samtykket tilbake når som helst, helt eller "
                  "delvis, uten å oppgi grunn. Si fra til %1%2, %3.", name, reach,
                  context.nurse.municipality)),
    ]  # fmt: skip


def _signing(person_name: str, context: PrintContext) -> list[Flowable]:
    people = [(tr("consent_pdf", "Tjenestemottaker"), person_name)]
    people += [(tr("consent_pdf", "Verge"), guardian) for guardian in context.guardians[:2]]
    return [Spacer(1, 10), s.signatures(people)]
