"""`vigila demo …`: sample data for a first look."""

from __future__ import annotations

import typer

app = typer.Typer(help="Demo data for trying Vigila out.", no_args_is_help=True)


@app.command()
def load() -> None:
    """Load the bundled demo documents, and on an empty store a demo analyst with three demo reports."""
    from vigila.reports.demo import create_demo_analyst, submit_demo_reports
    from vigila.reports.service import ReportService
    from vigila.settings import get_settings
    from vigila.store.db import Store
    from vigila.store.demo import load_demo

    settings = get_settings()
    store = Store.from_settings(settings)
    added = load_demo(store)
    typer.echo(f"demo data loaded ({added} new records)", err=True)
    service = ReportService(store, settings)
    credentials = create_demo_analyst(service)
    if credentials is None:
        return
    reports = submit_demo_reports(service)
    user, passphrase = credentials
    typer.echo(
        f"demo analyst created: sign in at /analyst/login as {user} with passphrase {passphrase} "
        f"(shown once; {reports} demo reports are in the queue)",
        err=True,
    )
