"""Alembic environment: runs on the connection the application hands it."""

from alembic import context

from psykhelse_desktop.storage.daily_models import is_modelled
from psykhelse_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=is_modelled,
)
with context.begin_transaction():
    context.run_migrations()
