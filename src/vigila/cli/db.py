"""`vigila db …`: the store's schema."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Manage the store (SQLite by default, PostgreSQL in production).", no_args_is_help=True
)


@app.command()
def upgrade() -> None:
    """Create or migrate the database schema to the newest version."""
    from vigila.settings import get_settings
    from vigila.store.db import upgrade_schema

    settings = get_settings()
    revision = upgrade_schema(settings)
    typer.echo(f"database at revision {revision}", err=True)
