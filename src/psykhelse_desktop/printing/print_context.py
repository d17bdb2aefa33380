"""What a plan document prints beside the plan itself: the nurse, the service, the people."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.groups import Member
from ..domain.records import NurseProfile


@dataclass(frozen=True)
class PrintContext:
    nurse: NurseProfile
    members: tuple[Member, ...] = ()  # the responsibility group's
    guardians: tuple[str, ...] = ()  # registered guardians (verge), who co-sign a consent

    def phone_of(self, name: str, phone: str = "") -> str:
        """`phone`, or the nurse's own number when `name` is hers."""
        return phone or (self.nurse.phone if name == self.nurse.name else "")
