"""The consent form to sign on paper: the plan itself, and what may be shared with whom and
until when, how to withdraw, and lines to sign for the user and any guardian (verge)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.plan_vocabulary import ConsentKind
from ..domain.plans import Consent, IndividualPlan
from . import styles as s
from .print_context import PrintContext

W = s.CONTENT_WIDTH
BOX = "☐ Ja    ☐ Nei"  # two empty boxes (U+2610), printed in the embedded font
UNTIL_ENDED = "til planen avsluttes"


def consent_story(
    plan: IndividualPlan, person_name: str, birth: str, context: PrintContext
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
        _sharing_table(plan),
    ]  # fmt: skip
    return story + _withdraw(plan, context) + _signing(person_name, context)


def _sharing_table(plan: IndividualPlan) -> Flowable:
    consents = {
        c.participant.strip().casefold(): c for c in plan.consents if c.kind is ConsentKind.SHARING
    }
    names = [(p.name, p.organisation) for p in plan.participants]
    known = {n.strip().casefold() for n, _ in names}
    names += [(c.participant, "") for key, c in consents.items() if key not in known]
    rows = [[n, org, *_scope(consents.get(n.strip().casefold()), plan), BOX] for n, org in names]
    rows = rows or [["", "", "", "", BOX]] * 3
    widths = [W * 0.22, W * 0.19, W * 0.25, W * 0.15, W * 0.19]
    return s.table(["Deltaker", "Virksomhet", "Hva kan deles", "Til og med", "Samtykker"],
                   rows, widths)  # fmt: skip


def _scope(consent: Consent | None, plan: IndividualPlan) -> list[str]:
    """What may be shared and until when: the consent's own date, else the plan period's end."""
    scope = consent.scope if consent else ""  # to be written on the form when not yet agreed
    until: dt.date | None = (consent.expires_on if consent else None) or plan.period_end
    return [scope, s.nb_date(until) if until else UNTIL_ENDED]


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
