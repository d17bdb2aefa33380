"""The consent form to sign on paper: the plan itself, and what may be shared with whom and
until when, how to withdraw, and lines to sign for the user and any guardian (verge)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.plans import IndividualPlan, SharingParty
from . import styles as s
from .print_context import PrintContext

W = s.CONTENT_WIDTH
BOX = "☐ Ja    ☐ Nei"  # two empty boxes (U+2610), printed in the embedded font
UNTIL_ENDED = "til planen avsluttes"


def consent_story(
    parties: tuple[SharingParty, ...],
    plan: IndividualPlan,
    person_name: str,
    birth: str,
    context: PrintContext,
) -> list[Flowable]:
    born = f", født {birth}" if birth else ""
    story: list[Flowable] = [
        Paragraph("Samtykke til individuell plan og deling av opplysninger", s.TITLE),
        Paragraph("Samtykke til å lage planen", s.HEADING),
        s.para(f"Jeg, {person_name}{born}, samtykker til at det lages en individuell plan "
               "sammen med meg, og at planen oppbevares i kommunen."),
        s.facts([["Jeg samtykker til at planen lages", BOX]], [W * 0.6, W * 0.4]),
        Paragraph("Samtykke til å dele opplysninger", s.HEADING),
        s.para("Opplysninger om meg kan deles med disse deltakerne, bare så langt det er nødvendig "
               "for arbeidet med planen, bare det som står i kolonnen «Hva kan deles», og bare "
               "til datoen i kolonnen «Til og med». Kryss av for hver linje."),
        _sharing_table(parties, plan),
    ]  # fmt: skip
    return story + _withdraw(plan, context) + _signing(person_name, context)


def _sharing_table(parties: tuple[SharingParty, ...], plan: IndividualPlan) -> Flowable:
    """Everyone the user is asked about (services/plans/sharing.py), never the nurse."""
    rows = [[p.name, p.organisation, p.scope, _until(p, plan), BOX] for p in parties]
    rows = rows or [["", "", "", "", BOX]] * 3
    widths = [W * 0.22, W * 0.19, W * 0.25, W * 0.15, W * 0.19]
    return s.table(["Deltaker", "Virksomhet", "Hva kan deles", "Til og med", "Samtykker"],
                   rows, widths)  # fmt: skip


def _until(party: SharingParty, plan: IndividualPlan) -> str:
    """Until when: the consent's own date, else the plan period's end."""
    until: dt.date | None = party.expires_on or plan.period_end
    return s.nb_date(until) if until else UNTIL_ENDED


def _withdraw(plan: IndividualPlan, context: PrintContext) -> list[Flowable]:
    coordinator = plan.coordinator
    name = coordinator.name if coordinator else context.nurse.name
    phone = context.phone_of(name, coordinator.phone if coordinator else "")
    reach = f" på telefon {phone}" if phone else ""
    return [
        Paragraph("Slik trekker du samtykket tilbake", s.HEADING),
        s.para(f"Du kan trekke samtykket tilbake når som helst, helt eller delvis, uten å "
               f"oppgi grunn. Si fra til {name}{reach}, {context.nurse.municipality}."),
    ]  # fmt: skip


def _signing(person_name: str, context: PrintContext) -> list[Flowable]:
    people = [("Tjenestemottaker", person_name)]
    people += [("Verge", guardian) for guardian in context.guardians[:2]]
    return [Spacer(1, 10), s.signatures(people)]
