"""`vigila serve`: the web app and API."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the web pages and the REST API (OpenAPI at /docs) until Ctrl-C."""
    import uvicorn

    from vigila.settings import get_settings
    from vigila.web.app import create_app

    settings = get_settings()
    web = create_app(settings)
    typer.echo(f"Vigila on http://{host}:{port}  (data in {settings.data_dir})", err=True)
    # No access log: request lines would carry reporters' addresses and paths.
    uvicorn.run(web, host=host, port=port, access_log=False, log_level="warning")
