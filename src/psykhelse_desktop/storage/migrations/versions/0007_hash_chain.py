"""the audit log and the ledger prove themselves: each row carries a hash chained to the last

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from psykhelse_desktop.storage import chain

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The append-only triggers of 0001 and 0004, replaced by ones that let the chain set the hash.
OLD_TRIGGERS = {
    "audit_event": ("audit_event_no_update", "audit_event_no_delete"),
    "ledger_entry": ("ledger_entry_no_update", "ledger_entry_no_delete"),
}


def upgrade() -> None:
    connection = op.get_bind()
    for table in chain.CHAINED_COLUMNS:
        for trigger in OLD_TRIGGERS[table]:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.add_column(table, sa.Column("hash", sa.String(length=64), nullable=True))
        _chain_existing(connection, table)
        op.execute(chain.trigger_sql(table))
        for statement in chain.append_only_sql(table):
            op.execute(statement)


def _chain_existing(connection: sa.Connection, table: str) -> None:
    """Chain the rows already there, oldest first (in batches, so memory stays small)."""
    columns = ", ".join(chain.CHAINED_COLUMNS[table])
    previous, last_id = None, 0
    while True:
        rows = connection.exec_driver_sql(
            f"SELECT {columns} FROM {table} WHERE id > ? ORDER BY id LIMIT 5000", (last_id,)
        ).fetchall()
        if not rows:
            return
        updates = []
        for row in rows:
            previous = chain.chain_hash(previous, *row)
            updates.append((previous, row[0]))
        connection.exec_driver_sql(f"UPDATE {table} SET hash = ? WHERE id = ?", updates)
        last_id = rows[-1][0]


def downgrade() -> None:
    for trigger in chain.TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in chain.CHAINED_COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("hash")
