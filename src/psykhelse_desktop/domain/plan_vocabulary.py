"""The fixed words of the individual plan: statuses, life areas, outcomes and the nine parts."""

from __future__ import annotations

from enum import Enum


class _Labelled(Enum):
    @property
    def label(self) -> str:
        return _LABELS[self]


class PlanStatus(_Labelled):
    DRAFT = "utkast"
    ACTIVE = "aktiv"
    DUE = "revisjon"  # derived from the next revision date, never stored
    ENDED = "avsluttet"


class PlanChoice(_Labelled):
    UNDECIDED = "ikke_avklart"
    WANTS = "onsker"
    DECLINES = "takker_nei"


class KinInvolvement(_Labelled):
    """Whether the user wants next of kin involved in the work with the plan."""

    UNCLEAR = "ikke_avklart"
    YES = "ja"
    NO = "nei"


class LifeArea(_Labelled):
    HEALTH = "helse"
    DAILY_LIFE = "hverdag"
    ACTIVITY = "aktivitet"
    SOCIAL = "sosialt"
    ECONOMY = "okonomi"
    HOUSING = "bolig"
    SUBSTANCE_USE = "rus"


class MeasureStatus(_Labelled):
    PLANNED = "planlagt"
    ONGOING = "pagar"
    ENDED = "avsluttet"


class Outcome(_Labelled):
    ACHIEVED = "nadd"
    PARTLY = "delvis"
    NOT = "ikke_nadd"
    NOT_RELEVANT = "ikke_aktuelt"


class ConsentKind(_Labelled):
    PLAN = "plan"
    SHARING = "deling"


_LABELS: dict[Enum, str] = {
    PlanStatus.DRAFT: "Utkast",
    PlanStatus.ACTIVE: "Aktiv",
    PlanStatus.DUE: "Skal revideres",
    PlanStatus.ENDED: "Avsluttet",
    PlanChoice.UNDECIDED: "Ikke avklart",
    PlanChoice.WANTS: "Ønsker plan",
    PlanChoice.DECLINES: "Takker nei til plan",
    KinInvolvement.UNCLEAR: "Ikke avklart",
    KinInvolvement.YES: "Ja",
    KinInvolvement.NO: "Nei",
    LifeArea.HEALTH: "Helse",
    LifeArea.DAILY_LIFE: "Hjem og hverdag",
    LifeArea.ACTIVITY: "Aktivitet, arbeid og utdanning",
    LifeArea.SOCIAL: "Sosialt liv og nettverk",
    LifeArea.ECONOMY: "Økonomi",
    LifeArea.HOUSING: "Bolig",
    LifeArea.SUBSTANCE_USE: "Rus",
    MeasureStatus.PLANNED: "Planlagt",
    MeasureStatus.ONGOING: "Pågår",
    MeasureStatus.ENDED: "Avsluttet",
    Outcome.ACHIEVED: "Nådd",
    Outcome.PARTLY: "Delvis nådd",
    Outcome.NOT: "Ikke nådd",
    Outcome.NOT_RELEVANT: "Ikke lenger aktuelt",
    ConsentKind.PLAN: "Samtykke til å lage planen",
    ConsentKind.SHARING: "Samtykke til å dele opplysninger",
}

# The nine parts the regulation requires, in the legal order (forskrift om individuell plan).
PLAN_PARTS = (
    "1. Mål, ressurser og behov",
    "2. Hvem som deltar i arbeidet med planen",
    "3. Koordinator",
    "4. Hva tjenestemottakeren, tjenestene og pårørende bidrar med",
    "5. Tiltak",
    "6. Slik skal tiltakene gjennomføres",
    "7. Planperiode og revisjon",
    "8. Samtykke",
    "9. Samarbeid med andre tjenester, institusjoner og etater",
)
EVALUATIONS_HEADING = "Evalueringer"
CRISIS_HEADING = "Kriseplan"
NOT_FILLED = "Ikke utfylt"
KIN_QUESTION = "Ønsker tjenestemottakeren at pårørende involveres?"
DRAFT_MARK = "UTKAST"
CONFIDENTIAL = "Unntatt offentlighet, jf. offentleglova § 13, jf. forvaltningsloven § 13"
OUT_OF_HOURS_NUMBERS = "Legevakt: 116 117. Ved fare for liv: ring 113."


class DocumentKind(Enum):
    """The documents printed from an individual plan."""

    PLAN = "plan"
    CONSENT = "consent"
    CRISIS = "crisis"
    EASY = "easy"
    CHANGES = "changes"

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    DocumentKind.PLAN: "Individuell plan",
    DocumentKind.CONSENT: "Samtykkeskjema",
    DocumentKind.CRISIS: "Kriseplan",
    DocumentKind.EASY: "Min plan",
    DocumentKind.CHANGES: "Endringer i planen",
}
