"""The consent form to sign on paper: the plan itself, and what may be shared with whom."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.plans import SharingParty
from . import styles as s
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH
BOX = "[   ] Ja      [   ] Nei"


def consent_story(
    parties: tuple[SharingParty, ...], person_name: str, birth: str
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
               "for arbeidet med planen, og bare det som står i kolonnen «Hva kan deles»."),
        _sharing_table(parties),
    ]  # fmt: skip
    return story + _closing()


def _sharing_table(parties: tuple[SharingParty, ...]) -> Flowable:
    """Everyone the user is asked about (services/plans/sharing.py), never the nurse."""
    rows = [[p.name, p.organisation, p.scope, BOX] for p in parties]
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
