"""`vigila demo …`: sample data for a first look."""

from __future__ import annotations

import typer

app = typer.Typer(help="Demo data for trying Vigila out.", no_args_is_help=True)


@app.command()
def load() -> None:
    """Load the bundled demo documents into the store (idempotent)."""
    from vigila.settings import get_settings
    from vigila.store.db import Store
    from vigila.store.demo import load_demo

    store = Store.from_settings(get_settings())
    added = load_demo(store)
    typer.echo(f"demo data loaded ({added} new records)", err=True)
