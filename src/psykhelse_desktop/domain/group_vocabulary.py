"""The fixed words of responsibility groups: member kinds, meeting statuses, document titles."""

from __future__ import annotations

from enum import Enum


class _Labelled(Enum):
    @property
    def label(self) -> str:
        return _LABELS[self]


class MemberKind(_Labelled):
    SERVICE_USER = "tjenestemottaker"
    NEXT_OF_KIN = "parorende"
    PARTNER = "samarbeidspartner"


class MeetingStatus(_Labelled):
    PLANNED = "planlagt"
    HELD = "holdt"
    CANCELLED = "avlyst"


class LockReason(_Labelled):
    PRINTED = "skrevet_ut"
    SENT = "sendt"


_LABELS: dict[Enum, str] = {
    MemberKind.SERVICE_USER: "Tjenestemottaker",
    MemberKind.NEXT_OF_KIN: "Pårørende",
    MemberKind.PARTNER: "Samarbeidspartner",
    MeetingStatus.PLANNED: "Planlagt",
    MeetingStatus.HELD: "Holdt",
    MeetingStatus.CANCELLED: "Avlyst",
    LockReason.PRINTED: "skrevet ut",
    LockReason.SENT: "sendt",
}

MEMBER_ROLES = (
    "Fastlege", "NAV-veileder", "DPS-behandler", "Hjemmesykepleien", "Skole/PPT", "Pårørende",
    "Kommunepsykolog", "Miljøterapeut", "Støttekontakt", "Barnevernet",
)  # fmt: skip

INVITATION_TITLE = "Innkalling til ansvarsgruppemøte"
AGENDA_TITLE = "Saksliste for ansvarsgruppemøte"
MINUTES_TITLE = "Referat fra ansvarsgruppemøte"
VIDEO_PLACE = "Videomøte"
CARRIED_OVER_HEADING = "Oppfølging fra tidligere møter"
RECEIVES = "Får referatet"
LEFT_OUT = "Får ikke referatet"
OWN_RECORD = "tjenestemottakeren selv"
NO_CONSENT = "tjenestemottakeren har ikke samtykket til at opplysninger deles med denne deltakeren"
NOT_MEMBER = "er ikke lenger medlem av gruppen"


HOME_VISIT = "Hjemmebesøk"
_HOME_WORDS = ("hjemme", "hjemmebesøk", "hos brukeren", "hos bruker", "hos tjenestemottaker",
               "bopel", "hjem til", "i boligen", "i leiligheten")  # fmt: skip


def is_home(place: str) -> bool:
    """Whether a typed meeting place is the user's home ("Hjemme hos brukeren", …)."""
    folded = place.casefold()
    return any(word in folded for word in _HOME_WORDS)
