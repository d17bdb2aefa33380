"""A plan revision as JSON text and back: dates as ISO strings, enums as their values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from enum import Enum
from typing import Any

from ...domain.plan_vocabulary import ConsentKind, PlanChoice
from ...domain.plans import Consent, IndividualPlan


def plan_to_json(plan: IndividualPlan) -> str:
    return json.dumps(_plain(plan), ensure_ascii=False, separators=(",", ":"))


def plan_from_json(text: str) -> IndividualPlan:
    return _build(IndividualPlan, json.loads(text))


def consents_from_json(text: str) -> IndividualPlan:
    """Only the user's choice and the consents (the rest keep their defaults), built directly.

    The radar reads these from every plan; the general builder costs ten times more.
    """
    data = json.loads(text)
    consents = tuple(_consent(item) for item in data.get("consents") or ())
    return IndividualPlan(choice=PlanChoice(data["choice"]), consents=consents)


def _consent(item: dict[str, Any]) -> Consent:
    return Consent(
        kind=ConsentKind(item["kind"]),
        participant=item.get("participant", ""),
        scope=item.get("scope", ""),
        given_on=_date(item.get("given_on")),
        expires_on=_date(item.get("expires_on")),
        form_received=bool(item.get("form_received")),
    )


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _build(kind: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return _build(next(a for a in typing.get_args(kind) if a is not type(None)), data)
    if origin is tuple:
        return tuple(_build(typing.get_args(kind)[0], item) for item in data)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{k: _build(hints[k], v) for k, v in data.items() if k in hints})
    if kind is dt.date:
        return dt.date.fromisoformat(data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    return data


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)
