"""structured postal addresses (c/o, street, postcode, place) for next of kin and the address book

The free-text address of a next of kin or a partner service is split where it can be done
safely ("Storgata 1, 9700 Lakselv", or the postcode line under the street); anything else is
kept whole in the street field and flagged, so the nurse is asked to check it before a letter.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-02 12:00:00.000000
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SPLIT_TABLES = ("next_of_kin", "organisation")
# "street[, or a new line]0000 Place", the place without digits or commas.
_TAIL = re.compile(r"^(?P<street>.*?)[,\n]\s*(?P<code>\d{4})\s+(?P<place>[^\d,\n]+?)\s*$", re.S)
_CARE_OF = re.compile(r"^\s*c/o\s+(?P<name>[^,\n]+)[,\n]\s*(?P<rest>.+)$", re.I | re.S)


def split_address(text: str) -> tuple[str, str, str, str, bool]:
    """(care_of, street, postcode, place, needs_check) from a free-text address."""
    text = text.strip()
    if not text:
        return "", "", "", "", False
    care_of, rest = "", text
    if match := _CARE_OF.match(text):
        care_of, rest = match["name"].strip(), match["rest"]
    match = _TAIL.match(rest)
    if not match or not match["street"].strip():
        return "", text, "", "", True
    street = " ".join(match["street"].split())
    return care_of, street, match["code"], match["place"].strip(), False


def _address_columns() -> list[sa.Column]:
    return [
        sa.Column("care_of", sa.String(200), server_default="", nullable=False),
        sa.Column("postal_code", sa.String(4), server_default="", nullable=False),
        sa.Column("postal_place", sa.String(100), server_default="", nullable=False),
        sa.Column("address_needs_check", sa.Boolean(), server_default="0", nullable=False),
    ]


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): the tables keep their triggers.
    op.add_column(
        "service_user", sa.Column("care_of", sa.String(200), server_default="", nullable=False)
    )
    connection = op.get_bind()
    for table in SPLIT_TABLES:
        for column in _address_columns():
            op.add_column(table, column)
        rows = connection.execute(sa.text(f"SELECT id, address FROM {table}")).all()
        for row_id, address in rows:
            care_of, street, code, place, check = split_address(address or "")
            connection.execute(
                sa.text(
                    f"UPDATE {table} SET care_of = :care_of, address = :street, "
                    "postal_code = :code, postal_place = :place, address_needs_check = :check "
                    "WHERE id = :id"
                ),
                {"care_of": care_of, "street": street, "code": code, "place": place,
                 "check": check, "id": row_id},
            )  # fmt: skip


def downgrade() -> None:
    for table in reversed(SPLIT_TABLES):
        for column in ("address_needs_check", "postal_place", "postal_code", "care_of"):
            op.drop_column(table, column)
    op.drop_column("service_user", "care_of")
