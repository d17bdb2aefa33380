"""daily work: journal, decisions, requests, ledger

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:47:37.524518
"""

import sqlalchemy as sa
from alembic import op

from psykhelse_desktop.storage import server_sql

# Folded journal text for full-text search (see storage/daily_models.py); SQLite only.
JOURNAL_FTS_SQLITE = (
    "CREATE VIRTUAL TABLE journal_fts USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"
)
# A signed journal entry and the ledger are records of what happened: SQLite refuses changes.
APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER journal_entry_signed_no_update BEFORE UPDATE ON journal_entry "
    "WHEN OLD.signed_at IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'a signed journal entry cannot change'); END",
    "CREATE TRIGGER journal_entry_signed_no_delete BEFORE DELETE ON journal_entry "
    "WHEN OLD.signed_at IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'a signed journal entry cannot change'); END",
    "CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry "
    "BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END",
    "CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry "
    "BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END",
)
TRIGGERS = (
    "journal_entry_signed_no_update",
    "journal_entry_signed_no_delete",
    "ledger_entry_no_update",
    "ledger_entry_no_delete",
)

# PostgreSQL: a generated tsvector column with a GIN index instead of FTS5, and the same
# refusals as PL/pgSQL triggers (storage/server_sql.py).
APPEND_ONLY_PG = (
    *server_sql.refuse_changes_sql("journal_entry", "journal_entry_signed_no_change",
                                   "a signed journal entry cannot change",
                                   "OLD.signed_at IS NOT NULL"),
    *server_sql.refuse_changes_sql("ledger_entry", "ledger_entry_no_change",
                                   "ledger_entry is append-only"),
)  # fmt: skip
TRIGGERS_PG = (("journal_entry", "journal_entry_signed_no_change"),
               ("ledger_entry", "ledger_entry_no_change"))  # fmt: skip

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("addendum_to_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["addendum_to_id"],
            ["journal_entry.id"],
            name=op.f("fk_journal_entry_addendum_to_id_journal_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_journal_entry_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journal_entry_addendum_to_id"), ["addendum_to_id"], unique=False
        )
        batch_op.create_index(
            "ix_journal_entry_drafts", ["signed_at", "service_user_id"], unique=False
        )
        batch_op.create_index(
            "ix_journal_entry_user_time", ["service_user_id", "occurred_at"], unique=False
        )

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("what", sa.String(length=300), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=True),
        sa.Column("byte_count", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_ledger_entry_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_entry_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ledger_entry_service_user_id"), ["service_user_id"], unique=False
        )

    op.create_table(
        "low_threshold_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_low_threshold_contact_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_low_threshold_contact")),
    )
    with op.batch_alter_table("low_threshold_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_low_threshold_contact_occurred_on"), ["occurred_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_low_threshold_contact_service_user_id"),
            ["service_user_id"],
            unique=False,
        )

    op.create_table(
        "service_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("service_type", sa.String(length=40), nullable=False),
        sa.Column(
            "hours_per_week", sa.Numeric(precision=6, scale=2, asdecimal=False), nullable=False
        ),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("evaluate_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_service_decision_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_decision")),
    )
    with op.batch_alter_table("service_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_decision_service_user_id"), ["service_user_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_decision_valid_to"), ["valid_to"], unique=False
        )

    op.create_table(
        "service_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("from_whom", sa.String(length=200), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_service_request_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_request")),
    )
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_request_decided_on"), ["decided_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_request_service_user_id"), ["service_user_id"], unique=False
        )

    if op.get_bind().dialect.name == "sqlite":
        op.execute(JOURNAL_FTS_SQLITE)
        for statement in APPEND_ONLY_SQLITE:
            op.execute(statement)
    else:
        for statement in (*server_sql.journal_search_sql(), *APPEND_ONLY_PG):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS journal_fts")
    else:
        for table, name in TRIGGERS_PG:
            for statement in server_sql.drop_trigger_sql(table, name):
                op.execute(statement)
        op.drop_index(server_sql.SEARCH_INDEX, table_name="journal_entry")
        op.drop_column("journal_entry", server_sql.SEARCH_COLUMN)
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_request_service_user_id"))
        batch_op.drop_index(batch_op.f("ix_service_request_decided_on"))

    op.drop_table("service_request")
    with op.batch_alter_table("service_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_decision_valid_to"))
        batch_op.drop_index(batch_op.f("ix_service_decision_service_user_id"))

    op.drop_table("service_decision")
    with op.batch_alter_table("low_threshold_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_low_threshold_contact_service_user_id"))
        batch_op.drop_index(batch_op.f("ix_low_threshold_contact_occurred_on"))

    op.drop_table("low_threshold_contact")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_service_user_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entry_at"))

    op.drop_table("ledger_entry")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_entry_user_time")
        batch_op.drop_index("ix_journal_entry_drafts")
        batch_op.drop_index(batch_op.f("ix_journal_entry_addendum_to_id"))

    op.drop_table("journal_entry")
