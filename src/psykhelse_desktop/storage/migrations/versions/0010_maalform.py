"""the written standard (målform) of a service user's printed documents

"" means the municipality's own (set in the nurse's profile); "nb" bokmål, "nn" nynorsk.
Every person stored before this revision gets "" and so prints as before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 16:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): the table keeps its triggers.
    op.add_column(
        "service_user", sa.Column("maalform", sa.String(2), server_default="", nullable=False)
    )


def downgrade() -> None:
    op.drop_column("service_user", "maalform")
