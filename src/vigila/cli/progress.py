"""The one progress bar of the CLI: on stderr (stdout may carry JSONL), only on a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def stderr_console() -> Console:
    """A rich console on stderr, for anything that must not mix with output on stdout."""
    return Console(stderr=True)


@contextmanager
def progress_bar(total: int | None, label: str, min_total: int = 0) -> Iterator[Callable[[int], None]]:
    """Yield `step(n)` advancing a bar; hidden off a terminal and for totals under `min_total`."""
    console = stderr_console()
    hidden = not console.is_terminal or (total is not None and total < min_total)
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn() if total is not None else TextColumn("{task.completed}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=hidden,
    ) as bar:
        task = bar.add_task(label, total=total)

        def step(n: int = 1) -> None:
            bar.advance(task, n)

        yield step
