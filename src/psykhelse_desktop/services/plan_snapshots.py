"""A plan revision as JSON text and back: dates as ISO strings, enums as their values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Collection
from enum import Enum
from typing import Any

from ..domain.plans import IndividualPlan


def plan_to_json(plan: IndividualPlan) -> str:
    return json.dumps(_plain(plan), ensure_ascii=False, separators=(",", ":"))


def plan_from_json(text: str, only: Collection[str] | None = None) -> IndividualPlan:
    """The plan from its JSON; with `only`, just those fields (the rest keep their defaults)."""
    data = json.loads(text)
    if only is not None:
        data = {key: value for key, value in data.items() if key in only}
    return _build(IndividualPlan, data)


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
