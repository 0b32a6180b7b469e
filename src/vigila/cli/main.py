"""Entry point of the `vigila` command: one Typer app, one sub-app per area."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated

import typer
from typer._click import exceptions as click_exc

from vigila import __version__
from vigila.core.errors import VigilaError

app = typer.Typer(
    name="vigila",
    help="Vigila: explainable, offline AI against human trafficking for sexual exploitation.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

# (name, module): each module defines `app: typer.Typer`; a name of "" adds its commands at the top level.
SUBCOMMANDS: list[tuple[str, str]] = [
    ("", "vigila.cli.serve"),
    ("db", "vigila.cli.db"),
    ("demo", "vigila.cli.demo"),
    ("train", "vigila.cli.train"),
    ("eval", "vigila.cli.eval"),
    ("", "vigila.cli.extract"),
    ("", "vigila.cli.reports"),
    ("ads", "vigila.cli.ads"),
    ("job", "vigila.cli.jobs"),
    ("telegram", "vigila.cli.telegram"),
    ("chat", "vigila.cli.chat"),
    ("guardian", "vigila.cli.guardian"),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vigila {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
) -> None:
    """Vigila command line."""
    if debug:
        os.environ["VIGILA_DEBUG"] = "1"


def _register() -> None:
    for name, module in SUBCOMMANDS:
        sub = importlib.import_module(module).app
        if name:
            app.add_typer(sub, name=name)
        else:
            for command in sub.registered_commands:
                app.registered_commands.append(command)
            app.registered_groups.extend(sub.registered_groups)


_register()


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"Error: {message}\n")
    return code


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; errors become one line on stderr."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="vigila", standalone_mode=False)
    except click_exc.UsageError as exc:
        return _fail(exc.format_message().replace("\n", " "), exc.exit_code)
    except click_exc.ClickException as exc:
        return _fail(exc.format_message().replace("\n", " "), exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        return _fail("interrupted", 130)
    except typer.Exit as exc:
        return exc.exit_code
    except VigilaError as exc:
        if debug:
            raise
        return _fail(str(exc), 1)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: one line, never a traceback unless --debug
        if debug:
            raise
        return _fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)", 1)
    return result if isinstance(result, int) else 0


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())
