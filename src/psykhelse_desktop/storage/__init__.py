"""Storage: SQLAlchemy models, the encrypted engine, key derivation, migrations and backup."""
