"""Alembic environment: runs on the connection the application hands over (see migrate.py)."""

from alembic import context

from bfa_desktop.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by recreating them
)
with context.begin_transaction():
    context.run_migrations()
