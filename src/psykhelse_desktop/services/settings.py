"""Read and change the nurse's settings, kept in the Setting key/value table; changes audited."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationFailed
from ..domain.settings import SPECS, SPECS_BY_KEY, Settings, parse_value, validate_changes
from ..storage.models import Setting
from .database import Database

log = logging.getLogger(__name__)


def get_settings(db: Database) -> Settings:
    """Every setting's value; one that was never saved (or cannot be read) is its default."""
    with db.transaction() as session:
        return read_settings(session)


def save_settings(db: Database, changes: Mapping[str, object]) -> Settings:
    """Check and save the changed settings (key -> value); returns all settings after the save.

    Raises ValidationFailed with a Norwegian message per wrong field; then nothing is saved.
    """
    errors = validate_changes(changes)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        before = read_settings(session)
        changed = {key: parse_value(SPECS_BY_KEY[key], raw) for key, raw in changes.items()}
        changed = {key: value for key, value in changed.items() if getattr(before, key) != value}
        for key, value in changed.items():
            session.merge(Setting(key=key, value=str(value)))
        if changed:
            db.audit(session, "settings_save", None, _describe(before, changed))
        return read_settings(session)


# -- inside one transaction ------------------------------------------------------------------


def read_settings(session: Session) -> Settings:
    """The settings as stored in this transaction (one query)."""
    keys = [spec.key for spec in SPECS]
    statement = select(Setting.key, Setting.value).where(Setting.key.in_(keys))
    stored = dict(session.execute(statement).all())
    values = {}
    for key, text in stored.items():
        try:
            values[key] = parse_value(SPECS_BY_KEY[key], text)
        except ValueError:
            log.warning("Innstillingen %s har en ugyldig lagret verdi; bruker standardverdien", key)
    return Settings(**values)


def _describe(before: Settings, changed: Mapping[str, int]) -> str:
    lines = []
    for key, value in changed.items():
        spec = SPECS_BY_KEY[key]
        unit = f" {spec.unit}" if spec.unit else ""
        lines.append(f"{spec.label}: {getattr(before, key)} → {value}{unit}")
    return "\n".join(lines)
