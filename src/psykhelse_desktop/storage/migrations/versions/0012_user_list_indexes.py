"""the user search at team size: a trigram index for words of three letters or more

A search word of three letters or more is looked up in a trigram index instead of reading every
row: an FTS5 trigram table kept by triggers on SQLite, a pg_trgm GIN index (which serves LIKE
directly) on PostgreSQL. (A narrower ordering index was tried and left out: SQLite then took it
for a search's page and read the table row of every person to test the words, 40x slower.)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 16:00:00.000000
"""

from alembic import op

from psykhelse_desktop.storage.user_search import TRIGRAM_TABLE

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SQLITE_TRIGRAM = (
    f"CREATE VIRTUAL TABLE {TRIGRAM_TABLE} USING fts5(search_key, content='service_user', "
    "content_rowid='id', tokenize='trigram', detail='none')",
    f"CREATE TRIGGER {TRIGRAM_TABLE}_insert AFTER INSERT ON service_user BEGIN "
    f"INSERT INTO {TRIGRAM_TABLE} (rowid, search_key) VALUES (new.id, new.search_key); END",
    f"CREATE TRIGGER {TRIGRAM_TABLE}_delete AFTER DELETE ON service_user BEGIN "
    f"INSERT INTO {TRIGRAM_TABLE} ({TRIGRAM_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    f"CREATE TRIGGER {TRIGRAM_TABLE}_update AFTER UPDATE OF search_key ON service_user BEGIN "
    f"INSERT INTO {TRIGRAM_TABLE} ({TRIGRAM_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    f"INSERT INTO {TRIGRAM_TABLE} (rowid, search_key) VALUES (new.id, new.search_key); END",
    f"INSERT INTO {TRIGRAM_TABLE} ({TRIGRAM_TABLE}) VALUES ('rebuild')",
)
POSTGRESQL_TRIGRAM = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX {TRIGRAM_TABLE} ON service_user USING gin (search_key gin_trgm_ops)",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in POSTGRESQL_TRIGRAM if dialect == "postgresql" else SQLITE_TRIGRAM:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_TABLE}")
    else:
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {TRIGRAM_TABLE}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}")
