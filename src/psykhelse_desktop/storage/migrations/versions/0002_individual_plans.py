"""individual plans: the plan, its saved revisions, and coordinators

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:01:12.208651
"""

import sqlalchemy as sa
from alembic import op

from psykhelse_desktop.storage.server_sql import drop_trigger_sql, refuse_changes_sql

# A saved revision is a record of what the plan said: SQLite refuses to change or delete it.
REVISIONS_APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER plan_revision_no_update BEFORE UPDATE ON plan_revision "
    "BEGIN SELECT RAISE(ABORT, 'plan_revision is append-only'); END",
    "CREATE TRIGGER plan_revision_no_delete BEFORE DELETE ON plan_revision "
    "BEGIN SELECT RAISE(ABORT, 'plan_revision is append-only'); END",
)

REVISIONS_APPEND_ONLY_PG = refuse_changes_sql(
    "plan_revision", "plan_revision_no_change", "plan_revision is append-only"
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "individual_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("next_revision", sa.Date(), nullable=True),
        sa.Column("current_revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_individual_plan_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_individual_plan")),
        sa.UniqueConstraint("service_user_id", name=op.f("uq_individual_plan_service_user_id")),
    )
    op.create_table(
        "coordinator_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("nurse_name", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_coordinator_period_contact_person_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_coordinator_period_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordinator_period")),
    )
    with op.batch_alter_table("coordinator_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordinator_period_service_user_id"), ["service_user_id"], unique=False
        )

    op.create_table(
        "plan_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["individual_plan.id"],
            name=op.f("fk_plan_revision_plan_id_individual_plan"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_revision")),
        sa.UniqueConstraint("plan_id", "number", name=op.f("uq_plan_revision_plan_id")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in REVISIONS_APPEND_ONLY_SQLITE:
            op.execute(statement)
    else:
        for statement in REVISIONS_APPEND_ONLY_PG:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS plan_revision_no_update")
        op.execute("DROP TRIGGER IF EXISTS plan_revision_no_delete")
    else:
        for statement in drop_trigger_sql("plan_revision", "plan_revision_no_change"):
            op.execute(statement)
    op.drop_table("plan_revision")
    with op.batch_alter_table("coordinator_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordinator_period_service_user_id"))

    op.drop_table("coordinator_period")
    op.drop_table("individual_plan")
