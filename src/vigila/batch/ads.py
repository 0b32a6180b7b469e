"""Distributed featurisation of ad corpora with Dask; clustering then runs once on the client.

Input files are read line by line on the client and cut into chunks that keep their first line
number, so bad rows are reported exactly as in a local run. Chunks are featurised on the workers and
gathered in order, so the clustering step sees the same arrays as the single-machine pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from vigila.core.errors import InputError
from vigila.ingest.ads import BadRow, iter_jsonl_ads
from vigila.linking.features import AdFeatures, Featurizer

CHUNK_LINES = 20_000


def input_files(path: str | Path) -> list[Path]:
    """A JSONL file, or the sorted *.jsonl files of a partitioned directory."""
    p = Path(path)
    if p.is_dir():
        files = sorted(p.glob("*.jsonl"))
        if not files:
            raise InputError(f"{p}: no .jsonl partitions in this directory")
        return files
    if not p.is_file():
        raise InputError(f"{p}: no such file or directory")
    return [p]


def line_chunks(files: list[Path], size: int = CHUNK_LINES) -> Iterator[tuple[str, int, list[str]]]:
    """(file name, first line number, lines) chunks of the input files, in order."""
    for f in files:
        with f.open(encoding="utf-8", errors="replace") as fh:
            lines: list[str] = []
            first = 1
            for n, line in enumerate(fh, start=1):
                lines.append(line)
                if len(lines) >= size:
                    yield f.name, first, lines
                    lines, first = [], n + 1
            if lines:
                yield f.name, first, lines


def featurize_chunk(
    chunk: tuple[str, int, list[str]], featurizer: Featurizer
) -> tuple[AdFeatures, list[str]]:
    """Parse and featurise one chunk; bad rows come back as messages naming file and line."""
    name, first, lines = chunk
    bad: list[BadRow] = []
    ads = list(iter_jsonl_ads(lines, bad.append, first_line=first))
    return featurizer(ads), [f"{name}: {b}" for b in bad]


def dask_featurize(
    path: str | Path,
    client: Any,
    featurizer: Featurizer | None = None,
    on_bad: Callable[[str], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> AdFeatures:
    """Featurise every ad under ``path`` on a ``distributed.Client``; results in input order."""
    from distributed import as_completed

    featurizer = featurizer or Featurizer()
    futures = []
    for chunk in line_chunks(input_files(path)):
        futures.append(client.submit(featurize_chunk, chunk, featurizer, pure=False))
    results: dict[int, tuple[AdFeatures, list[str]]] = {}
    index = {f.key: i for i, f in enumerate(futures)}
    for fut in as_completed(futures):
        results[index[fut.key]] = fut.result()
        if progress:
            progress(len(results[index[fut.key]][0]))
        fut.release()
    parts = []
    for i in range(len(futures)):
        feats, bad = results[i]
        parts.append(feats)
        for msg in bad:
            if on_bad:
                on_bad(msg)
    return AdFeatures.concat(parts, featurizer.num_perm)
