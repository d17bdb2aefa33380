"""Small pieces of the demo generator: fast dice and the plain rows it inserts in bulk."""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from typing import Any, TypeVar

from ...domain.text import search_key

T = TypeVar("T")
Row = dict[str, Any]


class Dice(random.Random):
    """random.Random with quick draws: the generator makes a few million of them."""

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def chance(self, probability: float) -> bool:
        return self.random() < probability

    def weighted(self, values: Sequence[T], cumulative: Sequence[float]) -> T:
        return values[bisect.bisect(cumulative, self.random() * cumulative[-1])]


_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", " ": ""})


def ascii_name(name: str) -> str:
    return name.lower().translate(_ASCII)


DEMO_POSTCODES = {"Testvik": "9990", "Fjordby": "9991"}  # invented places, invented codes


def organisation_row(org_id: int, name: str, kind: str, phone: str, address: str) -> Row:
    municipality = "Fjordby" if "Fjordby" in name else "Testvik"
    email = f"postmottak@{municipality.lower()}.kommune.example"
    return {
        "id": org_id, "name": name, "kind": kind, "phone": phone, "email": email,
        "address": address, "municipality": municipality,
        "postal_code": DEMO_POSTCODES[municipality], "postal_place": municipality,
        "search_key": search_key(name, kind, municipality),
    }  # fmt: skip


def kin_row(user_id: object, name: str, relation: str, phone: str, *, closest: bool) -> Row:
    return {
        "service_user_id": user_id, "name": name, "relation": relation, "phone": phone,
        "email": "", "address": "", "is_closest": closest, "may_contact": True,
        "is_minor_child": False, "child_follow_up_consent": False, "notes": "",
        "ended_at": None,
    }  # fmt: skip
