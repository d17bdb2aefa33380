"""Plain data the services accept and return: forms the nurse fills in, rows she reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .vocabulary import Category, Maalform, ProtectedAddress, Status


@dataclass
class ServiceUserForm:
    """What the nurse types about a service user; every field is plain text or a date."""

    first_name: str = ""
    last_name: str = ""
    national_id: str = ""
    birth_date: dt.date | None = None
    address: str = ""
    postal_code: str = ""
    postal_place: str = ""
    phone: str = ""
    phone_alt: str = ""
    email: str = ""
    category: Category = Category.MENTAL_HEALTH
    is_lar: bool = False
    is_tud: bool = False
    has_minor_children: bool = False
    reach_notes: str = ""
    service_start: dt.date | None = None
    protected_address: ProtectedAddress = ProtectedAddress.NONE
    care_of: str = ""
    maalform: Maalform = Maalform.MUNICIPALITY  # the documents about the person


@dataclass(frozen=True)
class ServiceUserRow:
    id: int
    full_name: str
    birth_date: dt.date | None
    national_id: str | None
    phone: str
    category: Category
    status: Status


@dataclass(frozen=True)
class NextOfKinForm:
    name: str = ""
    relation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    is_closest: bool = False
    may_contact: bool = True
    is_minor_child: bool = False
    child_follow_up_consent: bool = False
    notes: str = ""
    protected_address: ProtectedAddress = ProtectedAddress.NONE
    care_of: str = ""
    postal_code: str = ""
    postal_place: str = ""


@dataclass(frozen=True)
class NextOfKin(NextOfKinForm):
    id: int = 0
    version: int = 1
    address_needs_check: bool = False


@dataclass(frozen=True)
class GpPeriod:
    id: int
    contact_person_id: int
    gp_name: str
    practice: str
    phone: str
    valid_from: dt.date
    valid_to: dt.date | None

    @property
    def is_current(self) -> bool:
        return self.valid_to is None


@dataclass(frozen=True)
class LinkedContact:
    id: int
    contact_person_id: int
    role: str
    person_name: str
    organisation: str
    phone: str
    email: str


@dataclass(frozen=True)
class ChangeEntry:
    at: dt.datetime  # Norwegian wall-clock time
    operator: str
    action: str
    details: str


@dataclass(frozen=True)
class ServiceUserDetail:
    id: int
    form: ServiceUserForm
    status: Status
    service_end: dt.date | None
    closed_reason: str
    created_at: dt.datetime
    version: int = 1
    next_of_kin: list[NextOfKin] = field(default_factory=list)
    gp_history: list[GpPeriod] = field(default_factory=list)
    contacts: list[LinkedContact] = field(default_factory=list)
    changes: list[ChangeEntry] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.form.first_name} {self.form.last_name}".strip()

    @property
    def current_gp(self) -> GpPeriod | None:
        return next((p for p in self.gp_history if p.is_current), None)


@dataclass(frozen=True)
class OrganisationForm:
    name: str = ""
    kind: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    municipality: str = ""
    care_of: str = ""
    postal_code: str = ""
    postal_place: str = ""


@dataclass(frozen=True)
class Organisation(OrganisationForm):
    id: int = 0
    version: int = 1
    address_needs_check: bool = False


@dataclass(frozen=True)
class ContactPersonForm:
    name: str = ""
    organisation_id: int | None = None
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ContactPerson(ContactPersonForm):
    id: int = 0
    organisation_name: str = ""
    version: int = 1


@dataclass(frozen=True)
class NurseProfile:
    """The nurse who owns this record and her service: author of entries, sender of letters."""

    name: str
    title: str
    municipality: str
    phone: str = ""
    email: str = ""
    service_address: str = (
        ""  # the service's postal address, for replies: "Postboks 5, 9711 Lakselv"
    )
    switchboard: str = ""  # the municipality's switchboard number
    maalform: Maalform = Maalform.BOKMAL  # the municipality's: bokmål or nynorsk

    def document_maalform(self, person: Maalform = Maalform.MUNICIPALITY) -> Maalform:
        """A person's own målform where it is set, else the municipality's."""
        if person is not Maalform.MUNICIPALITY:
            return person
        return self.maalform if self.maalform is not Maalform.MUNICIPALITY else Maalform.BOKMAL

    def reach(self) -> str:
        """«telefon 915 55 555, e-post kari@testvik.kommune.no», or what of it is known."""
        parts = [f"telefon {self.phone}" if self.phone else "",
                 f"e-post {self.email}" if self.email else ""]  # fmt: skip
        return ", ".join(p for p in parts if p)


def postal_lines(care_of: str, street: str, postal_code: str, postal_place: str) -> list[str]:
    """The address as it stands on an envelope: c/o, street, «0000 Place»; empty parts left out."""
    place = " ".join(p for p in (postal_code.strip(), postal_place.strip()) if p)
    care = f"c/o {care_of.strip()}" if care_of.strip() else ""
    return [line for line in (care, street.strip(), place) if line]


def is_postable(street: str, postal_code: str, postal_place: str) -> bool:
    """A letter can be posted: a street or box, a four-digit postcode and a place."""
    code = postal_code.strip()
    return bool(street.strip() and postal_place.strip() and len(code) == 4 and code.isdigit())
