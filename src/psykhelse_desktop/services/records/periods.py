"""Histories kept as periods (GP, coordinator): a new period closes the open one the day before."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import ValidationFailed


def close_open_period(
    session: Session, model: type, user_id: int, valid_from: dt.date, too_early: str
) -> None:
    """End the service user's open period of `model` the day before `valid_from`.

    `too_early` is the message when the new period would not start after the open one.
    """
    open_periods = session.scalars(
        select(model).where(model.service_user_id == user_id, model.valid_to.is_(None))
    ).all()
    for period in open_periods:
        if valid_from <= period.valid_from:
            raise ValidationFailed({"valid_from": too_early})
        period.valid_to = valid_from - dt.timedelta(days=1)
