"""Service users (tjenestemottakere): search, open, create, edit and close; every step audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields

from sqlalchemy import Connection, Select, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...domain.errors import ValidationFailed
from ...domain.national_id import compact
from ...domain.records import ServiceUserDetail, ServiceUserForm, ServiceUserRow
from ...domain.text import escape_like, search_key, search_terms, sort_key
from ...domain.validation import checked_service_user
from ...domain.vocabulary import (
    SERVICE_USER_FIELD_LABELS,
    Category,
    Maalform,
    ProtectedAddress,
    Status,
    maalform_of,
)
from ...storage import models as m
from ...storage.queries import fetch_ids, insert_rows
from ..database import Database, get_row
from ..versions import claim_version
from .record_parts import load_changes, load_contacts, load_gp_history, load_next_of_kin

DUPLICATE_ID_MESSAGE = "Det finnes allerede en tjenestemottaker med dette fødselsnummeret."


def search_statement(query: str, *, include_closed: bool = False) -> Select:
    """The one search used by the window, the CLI and the benchmarks: ids in name order."""
    statement = select(m.ServiceUser.id).order_by(m.ServiceUser.sort_key, m.ServiceUser.id)
    if not include_closed:
        statement = statement.where(m.ServiceUser.is_closed.is_(False))
    for term in search_terms(query):
        statement = statement.where(
            m.ServiceUser.search_key.like(f"%{escape_like(term)}%", escape="\\")
        )
    return statement


def search_ids(db: Database, query: str = "", *, include_closed: bool = False) -> list[int]:
    with db.transaction() as session:
        return fetch_ids(session, search_statement(query, include_closed=include_closed))


def rows_for_ids(db: Database, ids: list[int]) -> list[ServiceUserRow]:
    """Rows for the given ids, in the order given (one query)."""
    if not ids:
        return []
    with db.transaction() as session:
        found = session.scalars(select(m.ServiceUser).where(m.ServiceUser.id.in_(ids))).all()
    by_id = {u.id: row_of_user(u) for u in found}
    return [by_id[i] for i in ids if i in by_id]


def count(db: Database, *, include_closed: bool = True) -> int:
    statement = select(func.count(m.ServiceUser.id))
    if not include_closed:
        statement = statement.where(m.ServiceUser.is_closed.is_(False))
    with db.transaction() as session:
        return session.scalar(statement) or 0


def open_record(db: Database, user_id: int, *, log: bool = True) -> ServiceUserDetail:
    """Everything on one service user's page; the opening is written to the audit log (unless
    `log` is False: the page already logged its look at this person)."""
    with db.transaction() as session:
        user = _get(session, user_id)
        if log:
            db.audit(session, "open", user_id, "Personalia")
        return ServiceUserDetail(
            id=user.id,
            form=_form(user),
            version=user.version,
            status=Status.CLOSED if user.is_closed else Status.ACTIVE,
            service_end=user.service_end,
            closed_reason=user.closed_reason,
            created_at=user.created_at,
            next_of_kin=load_next_of_kin(session, user_id),
            gp_history=load_gp_history(session, user_id),
            contacts=load_contacts(session, user_id),
            changes=load_changes(session, user_id),
        )


def document_maalform(db: Database, user_id: int) -> Maalform:
    """The målform of documents about the person: their own where set, else the municipality's.
    Reading it is not a look at the record (it says nothing about the person)."""
    with db.transaction() as session:
        own = session.scalar(select(m.ServiceUser.maalform).where(m.ServiceUser.id == user_id))
    return db.profile.document_maalform(maalform_of(own or ""))


def create(db: Database, form: ServiceUserForm) -> int:
    form = _checked(db, form)
    with db.transaction() as session:
        user = m.ServiceUser()
        _apply(user, form)
        session.add(user)
        _flush_unique(session)
        db.audit(session, "create", user.id)
        return user.id


def insert_checked(db: Database, forms: Sequence[ServiceUserForm], *, action: str) -> list[int]:
    """Insert service users whose forms are already checked (`checked_service_user`, once per
    form) in one transaction and one statement, each with its audit event: all, or none."""
    if not forms:
        return []
    values = [_values(form) for form in forms]
    with db.transaction() as session:
        try:
            ids = _insert_many(session.connection(), values)
        except IntegrityError as exc:
            raise _duplicate(exc) from exc
        db.audit_many(session, action, ids)
        return ids


def update(db: Database, user_id: int, form: ServiceUserForm, *, version: int) -> list[str]:
    """Save an edit of the form opened on `version`; returns the labels of the fields that
    changed (also in the audit log). EditConflict if it was saved elsewhere since."""
    form = _checked(db, form)
    with db.transaction() as session:
        user = _get(session, user_id)
        stored = _form(user)
        changes = _describe_changes(stored, form)
        if not changes:
            return []
        claim_version(user, version, "Tjenestemottakeren", lambda: stored)
        _apply(user, form)
        user.updated_at = m.utc_now()
        _flush_unique(session)
        db.audit(session, "update", user_id, "\n".join(changes))
        return [c.split(":")[0] for c in changes]


def close(db: Database, user_id: int, end_date: dt.date, reason: str) -> None:
    """End the service; the record is kept (never deleted) and can be reopened."""
    if not reason.strip():
        raise ValidationFailed({"closed_reason": "Skriv en kort begrunnelse for avslutningen."})
    with db.transaction() as session:
        user = _get(session, user_id)
        if user.service_start and end_date < user.service_start:
            raise ValidationFailed({"service_end": "Sluttdato kan ikke være før tjenestestart."})
        user.is_closed, user.service_end, user.closed_reason = True, end_date, reason.strip()
        db.audit(session, "close", user_id, f"Sluttdato {end_date:%d.%m.%Y}: {reason.strip()}")


def reopen(db: Database, user_id: int) -> None:
    with db.transaction() as session:
        user = _get(session, user_id)
        user.is_closed, user.service_end = False, None
        db.audit(session, "reopen", user_id)


def _checked(db: Database, form: ServiceUserForm) -> ServiceUserForm:
    form, errors = checked_service_user(form, allow_synthetic=db.is_demo)
    if errors:
        raise ValidationFailed(errors)
    return form


def _insert_many(connection: Connection, values: list[dict[str, object]]) -> list[int]:
    """Insert the rows with the driver's executemany; their ids, in order.

    SQLite: the ids are the ones after the largest before the insert. That is safe: a write
    after a read in one transaction fails (SQLITE_BUSY_SNAPSHOT) if another connection wrote in
    between, and new rowids follow the largest one. Elsewhere: RETURNING.
    """
    table = m.ServiceUser.__table__
    if connection.dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(connection.execute(statement, values).scalars())
    before = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    insert_rows(connection, table, values)
    return list(connection.execute(select(table.c.id).where(table.c.id > before)).scalars())


def _flush_unique(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise _duplicate(exc) from exc


def _duplicate(exc: IntegrityError) -> Exception:
    if "national_id" in str(exc.orig):
        return ValidationFailed({"national_id": DUPLICATE_ID_MESSAGE})
    return exc


def _get(session: Session, user_id: int) -> m.ServiceUser:
    return get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")


def _apply(user: m.ServiceUser, form: ServiceUserForm) -> None:
    for key, value in _values(form).items():
        setattr(user, key, value)


def _values(form: ServiceUserForm) -> dict[str, object]:
    """The columns as stored: text stripped, search and sort keys made."""
    values = {k: v.strip() if type(v) is str else v for k, v in vars(form).items()}
    values["category"] = form.category.value
    values["protected_address"] = form.protected_address.value
    values["maalform"] = form.maalform.value
    values["national_id"] = compact(form.national_id) or None
    values["search_key"] = search_key(
        form.first_name, form.last_name, values["national_id"], form.phone, form.phone_alt
    )
    values["sort_key"] = sort_key(form.last_name, form.first_name)
    return values


def _form(user: m.ServiceUser) -> ServiceUserForm:
    values = {f.name: getattr(user, f.name) for f in fields(ServiceUserForm)}
    values["category"] = Category(user.category)
    values["protected_address"] = ProtectedAddress(user.protected_address)
    values["maalform"] = maalform_of(user.maalform)
    values["national_id"] = user.national_id or ""
    return ServiceUserForm(**values)


def row_of_user(user: m.ServiceUser) -> ServiceUserRow:
    """A user as one line of the list."""
    return ServiceUserRow(
        id=user.id,
        full_name=f"{user.first_name} {user.last_name}",
        birth_date=user.birth_date,
        national_id=user.national_id,
        phone=user.phone,
        category=Category(user.category),
        status=Status.CLOSED if user.is_closed else Status.ACTIVE,
    )


def _describe_changes(old: ServiceUserForm, new: ServiceUserForm) -> list[str]:
    changes = []
    for f in fields(ServiceUserForm):
        before, after = getattr(old, f.name), getattr(new, f.name)
        if isinstance(after, str):
            after = after.strip()
        if before != after:
            label = SERVICE_USER_FIELD_LABELS[f.name]
            changes.append(f"{label}: «{_shown(before)}» → «{_shown(after)}»")
    return changes


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, Category | ProtectedAddress | Maalform):
        return value.label
    return str(value or "")
