"""the audit log and the ledger prove themselves: each row carries a hash chained to the last

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from psykhelse_desktop.storage import chain, server_sql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The append-only triggers of 0001 and 0004, replaced by ones that let the chain set the hash.
OLD_TRIGGERS = {
    "audit_event": ("audit_event_no_update", "audit_event_no_delete"),
    "ledger_entry": ("ledger_entry_no_update", "ledger_entry_no_delete"),
}


# PostgreSQL's one trigger per table of 0001 and 0004 (storage/server_sql.py).
OLD_TRIGGERS_PG = {"audit_event": "audit_event_no_change", "ledger_entry": "ledger_entry_no_change"}


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    for table in chain.CHAINED_COLUMNS:
        if sqlite:
            for trigger in OLD_TRIGGERS[table]:
                op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        else:
            for statement in server_sql.drop_trigger_sql(table, OLD_TRIGGERS_PG[table]):
                op.execute(statement)
        op.add_column(table, sa.Column("hash", sa.String(length=64), nullable=True))
        _chain_existing(connection, table)
        new_triggers = (
            (chain.trigger_sql(table), *chain.append_only_sql(table))
            if sqlite
            else chain.pg_trigger_sql(table)
        )
        for statement in new_triggers:
            op.execute(statement)


def _chain_existing(connection: sa.Connection, table: str) -> None:
    """Chain the rows already there, oldest first (in batches, so memory stays small)."""
    columns = chain.content_sql(table, connection.dialect.name)
    previous, last_id = None, 0
    while True:
        rows = connection.execute(
            sa.text(f"SELECT {columns} FROM {table} WHERE id > :last ORDER BY id LIMIT 5000"),
            {"last": last_id},
        ).fetchall()
        if not rows:
            return
        updates = []
        for row in rows:
            previous = chain.chain_hash(previous, *row)
            updates.append({"hash": previous, "id": row[0]})
        connection.execute(sa.text(f"UPDATE {table} SET hash = :hash WHERE id = :id"), updates)
        last_id = rows[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        _downgrade_pg()
        return
    for trigger in chain.TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in chain.CHAINED_COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("hash")


def _downgrade_pg() -> None:
    for table, trigger in chain.PG_TRIGGER_NAMES:
        for statement in server_sql.drop_trigger_sql(table, trigger):
            op.execute(statement)
    for table, trigger in OLD_TRIGGERS_PG.items():
        op.drop_column(table, "hash")
        for statement in server_sql.refuse_changes_sql(table, trigger, f"{table} is append-only"):
            op.execute(statement)
