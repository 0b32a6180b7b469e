"""`vigila train …`: rebuild the bundled models from data in the repo or ../shared/data."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(help="Train the bundled models reproducibly.", no_args_is_help=True)

# (command name, "module:function"); each function is a Typer command body.
COMMANDS: list[tuple[str, str]] = [
    ("jobs", "vigila.cli.jobs:train_jobs_command"),
    ("chat", "vigila.cli.chat:train_chat"),
]

for _name, _target in COMMANDS:
    _module, _, _func = _target.partition(":")
    app.command(_name)(getattr(importlib.import_module(_module), _func))
