"""one consent table replaces the plan's consent list and the membership's bare consent date;
protected address (fortrolig / strengt fortrolig adresse) on service users and next of kin

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-02 12:00:00.000000

Every membership consent date and every consent in each plan's newest revision becomes one
entry, linked to the next of kin or address-book person where it can be told; nothing is lost.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

MEMBER_SCOPE = "Opplysninger som trengs i ansvarsgruppen (overført fra medlemskapet)"


def upgrade() -> None:
    _create_consent_table()
    for table in ("service_user", "next_of_kin"):
        # Plain ADD COLUMN: a batch copy of the table would lose its triggers.
        op.add_column(
            table,
            sa.Column("protected_address", sa.String(20), server_default="", nullable=False),
        )
    conn = op.get_bind()
    _move_membership_dates(conn)
    _move_plan_consents(conn)
    op.drop_column("group_member", "consent_on")


def downgrade() -> None:
    op.add_column("group_member", sa.Column("consent_on", sa.Date(), nullable=True))
    op.get_bind().exec_driver_sql(
        "UPDATE group_member SET consent_on = (SELECT MAX(c.given_on) FROM consent c"
        " WHERE c.kind = 'deling' AND c.withdrawn_on IS NULL AND ("
        " c.next_of_kin_id = group_member.next_of_kin_id"
        " OR c.contact_person_id = group_member.contact_person_id))"
    )
    for table in ("next_of_kin", "service_user"):
        op.drop_column(table, "protected_address")
    op.drop_index(op.f("ix_consent_service_user_id"), table_name="consent")
    op.drop_table("consent")


def _create_consent_table() -> None:
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("participant", sa.String(length=200), nullable=False),
        sa.Column("next_of_kin_id", sa.Integer(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("form_received", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["contact_person_id"], ["contact_person.id"],
                                name=op.f("fk_consent_contact_person_id_contact_person")),
        sa.ForeignKeyConstraint(["next_of_kin_id"], ["next_of_kin.id"],
                                name=op.f("fk_consent_next_of_kin_id_next_of_kin")),
        sa.ForeignKeyConstraint(["service_user_id"], ["service_user.id"],
                                name=op.f("fk_consent_service_user_id_service_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )  # fmt: skip
    op.create_index(op.f("ix_consent_service_user_id"), "consent", ["service_user_id"])


INSERT = sa.text(
    "INSERT INTO consent (service_user_id, kind, participant, next_of_kin_id, contact_person_id,"
    " scope, given_on, expires_on, withdrawn_on, form_received, created_at, version) VALUES"
    " (:user, :kind, :participant, :kin, :person, :scope, :given, :expires, NULL, :received,"
    " CURRENT_TIMESTAMP, 1)"
)


def _move_membership_dates(conn: sa.Connection) -> None:
    rows = conn.exec_driver_sql(
        "SELECT g.service_user_id, m.next_of_kin_id, m.contact_person_id, m.consent_on,"
        " COALESCE(k.name, p.name, '') FROM group_member m"
        " JOIN responsibility_group g ON g.id = m.group_id"
        " LEFT JOIN next_of_kin k ON k.id = m.next_of_kin_id"
        " LEFT JOIN contact_person p ON p.id = m.contact_person_id"
        " WHERE m.consent_on IS NOT NULL AND m.kind != 'tjenestemottaker'"
    ).fetchall()
    for user, kin, person, given, name in rows:
        conn.execute(INSERT, {"user": user, "kind": "deling", "participant": name, "kin": kin,
                              "person": person, "scope": MEMBER_SCOPE, "given": given,
                              "expires": None, "received": False})  # fmt: skip


def _move_plan_consents(conn: sa.Connection) -> None:
    rows = conn.exec_driver_sql(
        "SELECT p.service_user_id, r.content FROM individual_plan p"
        " JOIN plan_revision r ON r.plan_id = p.id AND r.number = p.current_revision"
    ).fetchall()
    for user, content in rows:
        plan = json.loads(content)
        people = {_fold(p.get("name")): p.get("contact_person_id")
                  for p in plan.get("participants") or ()}  # fmt: skip
        kin = _next_of_kin(conn, user)
        for item in plan.get("consents") or ():
            name = (item.get("participant") or "").strip()
            conn.execute(INSERT, {
                "user": user, "kind": item.get("kind") or "plan", "participant": name,
                "kin": kin.get(_fold(name)), "person": people.get(_fold(name)),
                "scope": item.get("scope") or "", "given": item.get("given_on"),
                "expires": item.get("expires_on"), "received": bool(item.get("form_received")),
            })  # fmt: skip


def _next_of_kin(conn: sa.Connection, user: int) -> dict[str, int]:
    rows = conn.execute(
        sa.text("SELECT name, id FROM next_of_kin WHERE service_user_id = :user"), {"user": user}
    ).fetchall()
    return {_fold(name): kin_id for name, kin_id in rows}


def _fold(name: str | None) -> str:
    return (name or "").strip().casefold()
