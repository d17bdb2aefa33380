"""The service-user list as the window pages it: how many, one page at a position, and where
one person stands, each on the covering (is_closed, sort_key, id, search_key) index."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import ColumnElement, Select, and_, func, select, true, tuple_

from ...domain.records import ServiceUserRow
from ...domain.text import search_terms
from ...storage import models as m
from ...storage.user_search import contains_word
from ..database import Database
from .service_users import row_of_user


class Which(Enum):
    ACTIVE = "active"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class UserList:
    """One search of the list: the words typed and which users it covers."""

    query: str = ""
    which: Which = Which.ACTIVE


def count(db: Database, listing: UserList) -> int:
    with db.transaction() as session:
        return session.scalar(_counted().where(_matches(listing, db.engine.dialect.name))) or 0


def page(db: Database, listing: UserList, offset: int, limit: int) -> list[ServiceUserRow]:
    """The rows at positions offset .. offset + limit - 1, in name order."""
    statement = (
        select(m.ServiceUser)
        .where(_matches(listing, db.engine.dialect.name))
        .order_by(m.ServiceUser.sort_key, m.ServiceUser.id)
        .offset(offset)
        .limit(limit)
    )
    with db.transaction() as session:
        return [row_of_user(user) for user in session.scalars(statement)]


@dataclass(frozen=True)
class Place:
    """Where one person stands in the list, with the page of rows around her."""

    row: int
    page_start: int
    page: list[ServiceUserRow]


def place(db: Database, listing: UserList, user_id: int, page_size: int) -> Place | None:
    """Her row (0 first) and the page she is on, or None when the search leaves her out.

    Counting the rows before her is the only step that grows with the list; the page is read
    from her key in both directions, so no rows are skipped over to reach it.
    """
    user, matches = m.ServiceUser, _matches(listing, db.engine.dialect.name)
    with db.transaction() as session:
        key = session.scalar(select(user.sort_key).where(user.id == user_id, matches))
        if key is None:
            return None
        here = tuple_(user.sort_key, user.id)
        row = session.scalar(_counted().where(matches, here < (key, user_id))) or 0
        before = (
            select(user)
            .where(matches, here < (key, user_id))
            .order_by(user.sort_key.desc(), user.id.desc())
            .limit(row % page_size)
        )
        onwards = (
            select(user)
            .where(matches, here >= (key, user_id))
            .order_by(user.sort_key, user.id)
            .limit(page_size - row % page_size)
        )
        rows = [*reversed(session.scalars(before).all()), *session.scalars(onwards)]
        return Place(row, row - row % page_size, [row_of_user(u) for u in rows])


def _counted() -> Select:
    return select(func.count()).select_from(m.ServiceUser)


def _matches(listing: UserList, dialect: str) -> ColumnElement[bool]:
    user = m.ServiceUser
    conditions = [contains_word(word, dialect) for word in search_terms(listing.query)]
    if listing.which is Which.ACTIVE:
        conditions.append(user.is_closed.is_(False))
    elif listing.which is Which.CLOSED:
        conditions.append(user.is_closed.is_(True))
    return and_(true(), *conditions)
