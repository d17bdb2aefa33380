"""The hash chain of the audit log and the ledger: each row's hash covers the row before it.

Every row carries SHA-256 of the previous row's hash and its own canonical content, so a
row edited or removed behind the program's back (with the key, the triggers dropped) breaks
the chain at that row. The hash is set at insert by an SQLite trigger that calls
`chain_hash`, a function registered on every keyed connection (storage/engine.py), so every
insert path (the ORM, executemany, the demo's bulk rows) is chained the same way. On PostgreSQL
a PL/pgSQL trigger builds the same canonical text and takes its sha256() in the server, so the
same `first_break` checks both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SQL_FUNCTION = "chain_hash"
# The start of every chain: the hash "before" the first row.
GENESIS = "0" * 64

# Each chained table and the columns its hash covers, in order (never change an existing list:
# old rows would no longer fit; a new column means a new chain version).
CHAINED_COLUMNS: dict[str, tuple[str, ...]] = {
    "audit_event": ("id", "at", "operator", "service_user_id", "action", "details"),
    "ledger_entry": (
        "id", "at", "operator", "kind", "what", "recipient", "service_user_id",
        "file_name", "row_count", "byte_count", "sha256",
    ),
}  # fmt: skip


def canonical(previous: str | None, values: Sequence[object]) -> bytes:
    """The previous hash and one row's content as bytes: each value as text with its length
    in front (or "-" for null), so storage types don't matter (SQLite may keep "5" as 5) and
    no value can pass for two."""
    parts = [previous or GENESIS]
    for value in values:
        text = None if value is None else value.hex() if isinstance(value, bytes) else str(value)
        parts.append("-" if text is None else f"{len(text)}:{text}")
    return "\n".join(parts).encode("utf-8")


def chain_hash(previous: str | None, *values: object) -> str:
    """SHA-256 of the previous row's hash and this row's canonical content."""
    return hashlib.sha256(canonical(previous, values)).hexdigest()


def register(conn) -> None:  # noqa: ANN001 - a DB-API connection (sqlite3 or sqlcipher3)
    """Make `chain_hash(previous, col, ...)` callable from SQL on this connection."""
    conn.create_function(SQL_FUNCTION, -1, chain_hash, deterministic=True)


def trigger_sql(table: str) -> str:
    """The AFTER INSERT trigger that sets the new row's hash from the row before it."""
    columns = ", ".join(f"NEW.{c}" for c in CHAINED_COLUMNS[table])
    previous = f"(SELECT hash FROM {table} WHERE id < NEW.id ORDER BY id DESC LIMIT 1)"
    return (
        f"CREATE TRIGGER {table}_chain AFTER INSERT ON {table} BEGIN "
        f"UPDATE {table} SET hash = {SQL_FUNCTION}({previous}, {columns}) WHERE id = NEW.id; END"
    )


def append_only_sql(table: str) -> tuple[str, ...]:
    """Refuse every change and delete, except the chain trigger's one setting of the hash."""
    content = ", ".join(CHAINED_COLUMNS[table])
    message = f"'{table} is append-only'"
    return (
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {content} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, {message}); END",
        f"CREATE TRIGGER {table}_no_rehash BEFORE UPDATE OF hash ON {table} "
        f"WHEN OLD.hash IS NOT NULL BEGIN SELECT RAISE(ABORT, {message}); END",
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, {message}); END",
    )


TRIGGER_NAMES = tuple(
    f"{table}_{suffix}"
    for table in CHAINED_COLUMNS
    for suffix in ("chain", "no_update", "no_rehash", "no_delete")
)


@dataclass(frozen=True)
class Break:
    """The first row that does not fit: its table, id, and what is wrong."""

    table: str
    row_id: int
    reason: str


# Time columns: SQLite keeps SQLAlchemy's text "YYYY-MM-DD HH:MM:SS.ffffff"; PostgreSQL's own
# text form drops zero microseconds, so it is asked for exactly that form.
TIME_COLUMNS = frozenset({"at"})
PG_TIME_FORMAT = "YYYY-MM-DD HH24:MI:SS.US"


def _as_text_pg(column: str, prefix: str = "") -> str:
    if column in TIME_COLUMNS:
        return f"to_char({prefix}{column}, '{PG_TIME_FORMAT}')"
    return f"{prefix}{column}::text"


def content_sql(table: str, dialect: str = "sqlite") -> str:
    """The chained columns for a SELECT, each as the text the hash was made from."""
    names = CHAINED_COLUMNS[table]
    if dialect != "sqlite":
        names = tuple(c if c == "id" else _as_text_pg(c) for c in names)
    return ", ".join(names)


def select_sql(table: str, *, from_id: int = 0, dialect: str = "sqlite") -> str:
    columns = content_sql(table, dialect)
    return f"SELECT {columns}, hash FROM {table} WHERE id >= {int(from_id)} ORDER BY id"


# PostgreSQL: one canonical part ("-" or "LENGTH:TEXT"), as `canonical` makes it.
PG_PART_FUNCTION = (
    "CREATE OR REPLACE FUNCTION psykhelse_chain_part(value text) RETURNS text "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN value IS NULL THEN '-' "
    "ELSE length(value)::text || ':' || value END $$"
)


def pg_trigger_sql(table: str) -> tuple[str, ...]:
    """PostgreSQL: a BEFORE INSERT trigger that sets the new row's hash, and a trigger that
    refuses every change and delete.

    Inserts are chained one at a time: a lock held to commit (an advisory lock, so it cannot
    deadlock with the insert's own lock on the table) keeps two nurses' rows from naming the
    same previous row, and a row whose id was handed out before a larger one was committed
    gets a new id, so the chain's order is the ids' order.
    """
    parts = ", ".join(f"psykhelse_chain_part({_as_text_pg(c, 'NEW.')})"
                      for c in CHAINED_COLUMNS[table])  # fmt: skip
    return (
        PG_PART_FUNCTION,
        f"CREATE OR REPLACE FUNCTION {table}_chain() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"DECLARE previous text; BEGIN "
        f"PERFORM pg_advisory_xact_lock(hashtext('psykhelse:{table}')); "
        f"IF EXISTS (SELECT 1 FROM {table} WHERE id > NEW.id) THEN "
        f"NEW.id := nextval(pg_get_serial_sequence('{table}', 'id')); END IF; "
        f"SELECT hash INTO previous FROM {table} WHERE id < NEW.id ORDER BY id DESC LIMIT 1; "
        f"NEW.hash := encode(sha256(convert_to(concat_ws(E'\\n', "
        f"coalesce(previous, '{GENESIS}'), {parts}), 'UTF8')), 'hex'); "
        f"RETURN NEW; END $$",
        f"CREATE TRIGGER {table}_chain BEFORE INSERT ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_chain()",
        f"CREATE OR REPLACE FUNCTION {table}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{table} is append-only' USING ERRCODE = 'restrict_violation'; "
        f"END $$",
        f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()",
    )


PG_TRIGGER_NAMES = tuple(
    (table, f"{table}_{suffix}") for table in CHAINED_COLUMNS for suffix in ("chain", "no_change")
)


def first_break(table: str, rows: Iterable[Sequence[object]], previous: str | None) -> Break | None:
    """The first row among `rows` (content columns, then hash) that does not fit, or None.

    `previous` is the hash of the row before the first one (None: the chain starts here).
    """
    for row in rows:
        *values, stored = row
        if stored is None:
            return Break(table, int(values[0]), "raden har ingen kjedeverdi")
        if stored != chain_hash(previous, *values):
            return Break(table, int(values[0]), "innholdet passer ikke med kjeden")
        previous = stored
    return None
