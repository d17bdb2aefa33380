"""Alembic migrations of the record's schema (run in-process, never from a shell)."""
