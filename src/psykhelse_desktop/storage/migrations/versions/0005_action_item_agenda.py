"""action items remember the agenda item they were agreed under

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:05:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda_item_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_action_item_agenda_item_id_agenda_item"),
            "agenda_item",
            ["agenda_item_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_action_item_agenda_item_id_agenda_item"), type_="foreignkey"
        )
        batch_op.drop_column("agenda_item_id")
