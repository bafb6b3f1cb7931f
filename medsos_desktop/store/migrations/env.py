"""Alembic environment: run on the connection the app hands over, in batch mode for SQLite."""

from alembic import context

from medsos_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
