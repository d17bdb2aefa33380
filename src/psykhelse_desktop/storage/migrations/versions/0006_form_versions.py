"""every record a form edits carries a version, so an older form never overwrites a newer save

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Existing rows start at version 1; the individual plan uses its revision number instead.
VERSIONED_TABLES = (
    "service_user",
    "next_of_kin",
    "organisation",
    "contact_person",
    "responsibility_group",
    "group_member",
    "meeting",
    "journal_entry",
    "service_decision",
    "service_request",
    "low_threshold_contact",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of the table would lose its triggers.
    for table in reversed(VERSIONED_TABLES):
        op.drop_column(table, "version")
