"""The fixed Norwegian vocabulary of the record: categories, relations and partner kinds."""

from __future__ import annotations

from enum import Enum


class Category(Enum):
    MENTAL_HEALTH = "psykisk_helse"
    SUBSTANCE_USE = "rus"
    DUAL_DIAGNOSIS = "rop"

    @property
    def label(self) -> str:
        return {"psykisk_helse": "Psykisk helse", "rus": "Rus", "rop": "ROP"}[self.value]


class ProtectedAddress(Enum):
    """Fortrolig or strengt fortrolig adresse (formerly kode 7 and kode 6): the address never
    leaves the record (no letter, calendar file, export, list or print shows it)."""

    NONE = ""
    CONFIDENTIAL = "fortrolig"
    STRICT = "strengt_fortrolig"

    @property
    def label(self) -> str:
        return _PROTECTED_LABELS[self.value]

    @property
    def mark(self) -> str:
        """The visible mark in the record: text, never colour alone."""
        if self is ProtectedAddress.NONE:
            return ""
        return f"{self.label.upper()}: adressen skal aldri ut av journalen"


_PROTECTED_LABELS = {
    "": "Ingen",
    "fortrolig": "Fortrolig adresse",
    "strengt_fortrolig": "Strengt fortrolig adresse",
}


class Maalform(Enum):
    """The written standard of a printed document. On a person, MUNICIPALITY means the
    municipality's own (set in the nurse's profile, which is never MUNICIPALITY)."""

    MUNICIPALITY = ""
    BOKMAL = "nb"
    NYNORSK = "nn"

    @property
    def label(self) -> str:
        return _MAALFORM_LABELS[self.value]

    @property
    def language(self) -> str:
        """The PDF's language tag."""
        return "nn-NO" if self is Maalform.NYNORSK else "nb-NO"


_MAALFORM_LABELS = {"": "Kommunens målform", "nb": "Bokmål", "nn": "Nynorsk"}


def maalform_of(value: str) -> Maalform:
    """A stored value; anything this version does not know is read as the default."""
    try:
        return Maalform(value or "")
    except ValueError:
        return Maalform.MUNICIPALITY


class Status(Enum):
    ACTIVE = "aktiv"
    CLOSED = "avsluttet"

    @property
    def label(self) -> str:
        return {"aktiv": "Aktiv", "avsluttet": "Avsluttet"}[self.value]


GUARDIAN = "Verge"  # the relation that marks a next of kin as the user's guardian
RELATIONS = (
    "Mor", "Far", "Søster", "Bror", "Ektefelle", "Samboer", "Kjæreste", "Barn",
    "Besteforelder", "Venn", "Verge", "Annen",
)  # fmt: skip

ORGANISATION_KINDS = (
    "Fastlegekontor", "NAV", "DPS", "BUP", "Legevakt", "Hjemmesykepleien", "Barnevern",
    "PPT", "Skolehelsetjenesten", "Politi", "Frivilligsentral", "Kommunen", "Annen",
)  # fmt: skip

CONTACT_ROLES = (
    "Kontaktperson NAV", "Behandler DPS", "Primærkontakt hjemmesykepleien", "Saksbehandler",
    "Miljøterapeut", "Annen",
)  # fmt: skip

SERVICE_USER_FIELD_LABELS = {
    "first_name": "Fornavn",
    "last_name": "Etternavn",
    "national_id": "Fødselsnummer",
    "birth_date": "Fødselsdato",
    "address": "Adresse",
    "postal_code": "Postnummer",
    "postal_place": "Poststed",
    "protected_address": "Beskyttet adresse",
    "phone": "Telefon",
    "phone_alt": "Telefon 2",
    "email": "E-post",
    "category": "Kategori",
    "is_lar": "LAR",
    "is_tud": "TUD",
    "has_minor_children": "Har mindreårige barn",
    "reach_notes": "Slik når du personen",
    "service_start": "Tjenestestart",
    "care_of": "c/o",
    "maalform": "Målform",
}

AUDIT_ACTION_LABELS = {
    "open": "Åpnet journalen",
    "create": "Opprettet",
    "update": "Endret",
    "close": "Avsluttet",
    "reopen": "Gjenåpnet",
    "next_of_kin_add": "La til pårørende",
    "next_of_kin_update": "Endret pårørende",
    "next_of_kin_end": "Fjernet pårørende (tatt vare på)",
    "gp_set": "Ny fastlege",
    "contact_link": "Koblet samarbeidspartner",
    "contact_unlink": "Fjernet samarbeidspartner (tatt vare på)",
    "import": "Importert fra regneark",
    "coordinator_set": "Ny koordinator",
    "plan_create": "Opprettet individuell plan",
    "plan_save": "Lagret ny revisjon av individuell plan",
    "group_create": "Opprettet ansvarsgruppe",
    "group_member_add": "Nytt medlem i ansvarsgruppen",
    "group_member_end": "Medlem gikk ut av ansvarsgruppen (tatt vare på)",
    "group_consent": "Samtykke for medlem i ansvarsgruppen",
    "consent_give": "Registrerte samtykke",
    "consent_withdraw": "Samtykke trukket tilbake",
    "group_end": "Avsluttet ansvarsgruppen",
    "meeting_plan": "Planla møte i ansvarsgruppen",
    "meeting_cancel": "Avlyste møte i ansvarsgruppen",
    "meeting_minutes": "Skrev referat",
    "meeting_lock": "Låste referatet (skrevet ut eller sendt)",
    "meeting_correct": "Rettet referatet (ny versjon)",
    "action_add": "Ny oppfølgingsoppgave",
    "action_close": "Lukket oppfølgingsoppgave",
    "export_aggregate": "Sendte samletall til kommunen (CSV, se utleveringsloggen)",
    "export_person": "Med i personliste til kommunen (CSV, se utleveringsloggen)",
    "document_print": "Skrev ut dokument (se utleveringsloggen)",
    "calendar_export": "Lagret møtekalender (ICS, se utleveringsloggen)",
    "journal_read": "Leste journalen",
    "journal_search": "Søkte i journalen (treff vist)",
    "journal_print": "Skrev ut journalutdrag",
    "journal_draft": "Skrev utkast til journalnotat",
    "journal_draft_update": "Endret utkast til journalnotat",
    "journal_draft_delete": "Slettet utkast til journalnotat (aldri signert)",
    "journal_sign": "Signerte journalnotat",
    "journal_addendum": "Tillegg (retting) til signert journalnotat",
    "decision_create": "Registrerte vedtak",
    "decision_update": "Endret vedtak",
    "decision_end": "Avsluttet vedtak (tatt vare på)",
    "low_threshold_add": "Registrerte lavterskelkontakt",
    "request_create": "Registrerte henvendelse",
    "request_update": "Endret henvendelse",
    "request_decision": "Beslutning på henvendelse",
    "request_start": "Oppstart etter henvendelse",
    "settings_save": "Endret innstillinger",
    "radar_view": "Åpnet oversikten «I dag»",
    "list": "Viste en liste over tjenestemottakere",
}

# Reads are logged (the user may ask who looked at the record) but are not changes.
READ_ACTIONS = frozenset(
    {"open", "journal_read", "journal_search", "journal_print", "export_person", "document_print",
     "calendar_export", "list"}
)  # fmt: skip
