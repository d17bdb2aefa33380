"""initial record: service users, contacts, audit

Revision ID: 0001
Revises:
Create Date: 2026-11-23 10:36:14.409596
"""

import sqlalchemy as sa
from alembic import op

from psykhelse_desktop.storage.server_sql import drop_trigger_sql, refuse_changes_sql

# SQLite refuses any change to the audit log: it is append-only.
AUDIT_APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
)

# PostgreSQL: the same refusal, as a PL/pgSQL trigger.
AUDIT_APPEND_ONLY_PG = refuse_changes_sql(
    "audit_event", "audit_event_no_change", "audit_event is append-only"
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=200), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_event_service_user_id"), ["service_user_id"], unique=False
        )

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "service_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("national_id", sa.String(length=11), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=4), nullable=False),
        sa.Column("postal_place", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("phone_alt", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("is_lar", sa.Boolean(), nullable=False),
        sa.Column("is_tud", sa.Boolean(), nullable=False),
        sa.Column("has_minor_children", sa.Boolean(), nullable=False),
        sa.Column("reach_notes", sa.Text(), nullable=False),
        sa.Column("service_start", sa.Date(), nullable=True),
        sa.Column("service_end", sa.Date(), nullable=True),
        sa.Column("closed_reason", sa.Text(), nullable=False),
        sa.Column("is_closed", sa.Boolean(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=220), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_user")),
        sa.UniqueConstraint("national_id", name=op.f("uq_service_user_national_id")),
    )
    with op.batch_alter_table("service_user", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_user_search", ["is_closed", "sort_key", "id", "search_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_user_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "contact_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_person_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_person")),
    )
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_person_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "next_of_kin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("is_closest", sa.Boolean(), nullable=False),
        sa.Column("may_contact", sa.Boolean(), nullable=False),
        sa.Column("is_minor_child", sa.Boolean(), nullable=False),
        sa.Column("child_follow_up_consent", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_next_of_kin_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_next_of_kin")),
    )
    with op.batch_alter_table("next_of_kin", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_next_of_kin_service_user_id"), ["service_user_id"], unique=False
        )

    op.create_table(
        "gp_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_gp_period_contact_person_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_gp_period_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gp_period")),
    )
    with op.batch_alter_table("gp_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_gp_period_service_user_id"), ["service_user_id"], unique=False
        )

    op.create_table(
        "service_user_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_service_user_contact_contact_person_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["service_user_id"],
            ["service_user.id"],
            name=op.f("fk_service_user_contact_service_user_id_service_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_user_contact")),
    )
    with op.batch_alter_table("service_user_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_user_contact_service_user_id"), ["service_user_id"], unique=False
        )
    if op.get_bind().dialect.name == "sqlite":
        for statement in AUDIT_APPEND_ONLY_SQLITE:
            op.execute(statement)
    else:
        for statement in AUDIT_APPEND_ONLY_PG:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for statement in drop_trigger_sql("audit_event", "audit_event_no_change"):
            op.execute(statement)
    with op.batch_alter_table("service_user_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_user_contact_service_user_id"))

    op.drop_table("service_user_contact")
    with op.batch_alter_table("gp_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gp_period_service_user_id"))

    op.drop_table("gp_period")
    with op.batch_alter_table("next_of_kin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_next_of_kin_service_user_id"))

    op.drop_table("next_of_kin")
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_person_organisation_id"))

    op.drop_table("contact_person")
    op.drop_table("setting")
    with op.batch_alter_table("service_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_user_sort_key"))
        batch_op.drop_index("ix_service_user_search")

    op.drop_table("service_user")
    op.drop_table("organisation")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_service_user_id"))

    op.drop_table("audit_event")
