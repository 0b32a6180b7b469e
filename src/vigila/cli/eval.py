"""`vigila eval …`: measure the detectors on a labelled file."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(help="Evaluate detectors on labelled data.", no_args_is_help=True)

# (command name, "module:function"); each function is a Typer command body.
COMMANDS: list[tuple[str, str]] = [
    ("extract", "vigila.cli.extract:eval_extract"),
    ("ads", "vigila.cli.eval_probe:eval_ads"),  # risk labels; planted-operator sets go on to clustering
    ("reports", "vigila.cli.eval_probe:eval_reports"),
    ("jobs", "vigila.cli.jobs:eval_jobs_command"),
    ("chat", "vigila.cli.chat:eval_chat"),
]

for _name, _target in COMMANDS:
    _module, _, _func = _target.partition(":")
    app.command(_name)(getattr(importlib.import_module(_module), _func))
