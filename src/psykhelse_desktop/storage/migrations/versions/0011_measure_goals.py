"""the goals each measure of the individual plan serves (a measure serves one or more goals)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 16:00:00.000000

One row per link, for the plan as it is now; each revision's JSON snapshot keeps the links as
they were then. Links already in a plan's newest snapshot are copied in; none exist before this
revision, so an older record starts with measures that serve no goal yet.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "measure_goal",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["individual_plan.id"],
                                name=op.f("fk_measure_goal_plan_id_individual_plan")),
        sa.PrimaryKeyConstraint("plan_id", "measure_id", "goal_id", name=op.f("pk_measure_goal")),
    )  # fmt: skip
    _copy_links_from_snapshots(op.get_bind())


def downgrade() -> None:
    op.drop_table("measure_goal")


def _copy_links_from_snapshots(conn: sa.Connection) -> None:
    rows = conn.exec_driver_sql(
        "SELECT p.id, r.content FROM individual_plan p"
        " JOIN plan_revision r ON r.plan_id = p.id AND r.number = p.current_revision"
    ).fetchall()
    for plan_id, content in rows:
        plan = json.loads(content)
        goals = {goal.get("id") for goal in plan.get("goals") or ()}
        for measure in plan.get("measures") or ():
            for goal_id in set(measure.get("goal_ids") or ()) & goals:
                conn.execute(
                    sa.text("INSERT INTO measure_goal (plan_id, measure_id, goal_id)"
                            " VALUES (:plan, :measure, :goal)"),
                    {"plan": plan_id, "measure": measure["id"], "goal": goal_id},
                )  # fmt: skip
