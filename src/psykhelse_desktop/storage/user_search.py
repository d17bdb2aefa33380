"""The user search's word test: a trigram lookup where the index can serve it, LIKE otherwise."""

from __future__ import annotations

from sqlalchemy import ColumnElement, column, select, table

from ..domain.text import escape_like
from . import models as m
from .daily_models import USER_TRIGRAMS

# Created by migration 0012: an FTS5 trigram table on SQLite, a pg_trgm GIN index on PostgreSQL.
TRIGRAM_TABLE = USER_TRIGRAMS
TRIGRAM = 3  # a trigram index knows nothing of words shorter than this
_TRIGRAMS = table(TRIGRAM_TABLE, column("rowid"), column("search_key"))


def contains_word(word: str, dialect: str) -> ColumnElement[bool]:
    """The user's folded search key contains `word` (already folded)."""
    if dialect != "sqlite" or len(word) < TRIGRAM or any(c in word for c in "%_\\"):
        # PostgreSQL's pg_trgm index serves LIKE as it stands; FTS5 does not take ESCAPE.
        return m.ServiceUser.search_key.like(f"%{escape_like(word)}%", escape="\\")
    found = select(_TRIGRAMS.c.rowid).where(_TRIGRAMS.c.search_key.like(f"%{word}%"))
    return m.ServiceUser.id.in_(found)
