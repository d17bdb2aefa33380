"""The consent form to sign on paper: the plan itself, and what may be shared with whom."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.plan_vocabulary import ConsentKind
from ..domain.plans import IndividualPlan
from . import styles as s
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH
BOX = "[   ] Ja      [   ] Nei"


def consent_story(plan: IndividualPlan, person_name: str, birth: str) -> list[Flowable]:
    born = f", født {birth}" if birth else ""
    story: list[Flowable] = [
        Paragraph("Samtykke til individuell plan og deling av opplysninger", s.TITLE),
        Paragraph("Samtykke til å lage planen", s.HEADING),
        s.para(f"Jeg, {person_name}{born}, samtykker til at det lages en individuell plan "
               "sammen med meg, og at planen oppbevares i kommunen."),
        s.facts([["Jeg samtykker til at planen lages", BOX]], [W * 0.6, W * 0.4]),
        Paragraph("Samtykke til å dele opplysninger", s.HEADING),
        s.para("Opplysninger om meg kan deles med disse deltakerne, bare så langt det er nødvendig "
               "for arbeidet med planen, og bare det som står i kolonnen «Hva kan deles»."),
        _sharing_table(plan),
    ]  # fmt: skip
    return story + _closing()


def _sharing_table(plan: IndividualPlan) -> Flowable:
    scopes = {
        c.participant.strip().casefold(): c.scope
        for c in plan.consents
        if c.kind is ConsentKind.SHARING
    }
    names = [(p.name, p.organisation) for p in plan.participants]
    known = {n.casefold() for n, _ in names}
    extra = [c.participant for c in plan.consents if c.kind is ConsentKind.SHARING]
    names += [(name, "") for name in extra if name.casefold() not in known]
    rows = [[n, org, scopes.get(n.strip().casefold(), ""), BOX] for n, org in names]
    rows = rows or [["", "", "", BOX]] * 3
    widths = [W * 0.24, W * 0.22, W * 0.30, W * 0.24]
    return s.table(["Deltaker", "Virksomhet", "Hva kan deles", "Samtykker"], rows, widths)


def _closing() -> list[Flowable]:
    return [
        Spacer(1, 8),
        s.para("Samtykket gjelder til: ____________________ (eller til planen avsluttes)."),
        s.para(
            "Jeg vet at jeg kan trekke samtykket tilbake når som helst, helt eller delvis, "
            "ved å si fra til koordinatoren min."
        ),  # fmt: skip
        Spacer(1, 24),
        s.para("Sted og dato: ______________________________"),
        Spacer(1, 18),
        s.para("Underskrift: ______________________________"),
    ]
