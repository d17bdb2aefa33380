"""The fixed words of daily work: journal kinds, service types, urgency, severity, outcomes.

The stored value never changes; the label is what the nurse and the office read.
"""

from __future__ import annotations

from enum import Enum


class _Labelled(Enum):
    @property
    def label(self) -> str:
        return _LABELS[self]


class JournalKind(_Labelled):
    CONVERSATION = "samtale"
    HOME_VISIT = "hjemmebesok"
    PHONE = "telefon"
    VIDEO = "video"
    GROUP = "gruppe"
    MEDICATION = "medisin"
    NOT_MET = "ikke_mott"


class ServiceType(_Labelled):
    HOME_BASED = "hjemmebaserte"
    ACTIVITY = "aktivisering"
    HOUSING_GUIDANCE = "bo_veiledning"
    SUBSTANCE = "rustjeneste"
    RAPID_HELP = "rask_psykisk_helsehjelp"
    SUPPORT_TALKS = "stottesamtaler"
    MEDICATION = "medisinhandtering"


class Urgency(_Labelled):
    URGENT = "haster"
    ORDINARY = "ordinaer"


class Severity(_Labelled):
    MILD = "lett"
    MODERATE = "moderat"
    SEVERE = "alvorlig"


class RequestOutcome(_Labelled):
    GRANTED = "innvilget"
    LOW_THRESHOLD = "lavterskel"
    REFERRED = "henvist"
    REFUSED = "avslag"
    WITHDRAWN = "trukket"


_LABELS: dict[Enum, str] = {
    JournalKind.CONVERSATION: "Samtale",
    JournalKind.HOME_VISIT: "Hjemmebesøk",
    JournalKind.PHONE: "Telefon",
    JournalKind.VIDEO: "Video",
    JournalKind.GROUP: "Gruppe",
    JournalKind.MEDICATION: "Medisin/injeksjon",
    JournalKind.NOT_MET: "Ikke møtt",
    ServiceType.HOME_BASED: "Hjemmebaserte tjenester",
    ServiceType.ACTIVITY: "Aktivisering og dagtilbud",
    ServiceType.HOUSING_GUIDANCE: "Bo og veiledning",
    ServiceType.SUBSTANCE: "Rustjeneste",
    ServiceType.RAPID_HELP: "Rask psykisk helsehjelp",
    ServiceType.SUPPORT_TALKS: "Støttesamtaler",
    ServiceType.MEDICATION: "Medisinhåndtering",
    Urgency.URGENT: "Haster",
    Urgency.ORDINARY: "Ordinær",
    Severity.MILD: "Lett",
    Severity.MODERATE: "Moderat",
    Severity.SEVERE: "Alvorlig",
    RequestOutcome.GRANTED: "Innvilget vedtak",
    RequestOutcome.LOW_THRESHOLD: "Lavterskel, uten vedtak",
    RequestOutcome.REFERRED: "Henvist videre",
    RequestOutcome.REFUSED: "Avslag",
    RequestOutcome.WITHDRAWN: "Trukket",
}
