"""Locked minutes as JSON: written once when printed or sent, read back as they were."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from ...domain.group_vocabulary import LockReason
from ...domain.groups import ActionItem, AgendaEntry, AttendanceLine, Minutes


def minutes_to_json(minutes: Minutes) -> str:
    return json.dumps(dataclasses.asdict(minutes), default=_encode, ensure_ascii=False)


def minutes_from_json(content: str) -> Minutes:
    data = json.loads(content)
    return Minutes(
        **{
            **data,
            "birth_date": _date(data["birth_date"]),
            "starts_at": dt.datetime.fromisoformat(data["starts_at"]),
            "next_meeting": _datetime(data["next_meeting"]),
            "locked_at": _datetime(data["locked_at"]),
            "locked_how": LockReason(data["locked_how"]) if data["locked_how"] else None,
            "attendance": tuple(AttendanceLine(**a) for a in data["attendance"]),
            "items": tuple(AgendaEntry(**i) for i in data["items"]),
            "action_items": tuple(_action_item(a) for a in data["action_items"]),
            "carried_over": tuple(_action_item(a) for a in data["carried_over"]),
        }
    )


def _action_item(data: dict[str, Any]) -> ActionItem:
    return ActionItem(
        **{**data, "due_on": _date(data["due_on"]), "closed_on": _date(data["closed_on"])}
    )


def _encode(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, LockReason):
        return value.value
    raise TypeError(f"cannot store {type(value).__name__}")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
