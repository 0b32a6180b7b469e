"""`vigila ads …`: assess escort/massage ads and cluster them into operators."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from vigila.cli.output import OutPath, SkippedRecords, jsonl_output
from vigila.cli.progress import progress_bar
from vigila.core.errors import InputError

app = typer.Typer(
    help="Escort and massage ads: indicators, operator clusters, entity links.", no_args_is_help=True
)

InPath = Annotated[
    Path, typer.Argument(help="Ads as JSONL (.jsonl), CSV (.csv), or a directory of .jsonl partitions.")
]


_MAX_HUB_NOTES = 20  # a hub-heavy corpus must not flood the terminal


def _count_lines(path: Path) -> int | None:
    from vigila.batch.ads import input_files

    try:
        return sum(sum(1 for _ in f.open("rb")) for f in input_files(path))
    except (InputError, OSError):
        return None


def _features(
    path: Path,
    engine: str,
    workers: int,
    featurizer: Any,
    progress: Callable[[int], None],
    skip: SkippedRecords,
) -> Any:
    """Featurise ads from a file or partition directory, locally or on a Dask LocalCluster."""
    from vigila.batch.ads import dask_featurize, featurize_chunk, input_files, line_chunks
    from vigila.ingest.ads import read_ads
    from vigila.linking.features import AdFeatures
    from vigila.linking.pipeline import featurize_all

    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r} (use local or dask)")
    if path.suffix.lower() == ".csv":
        if engine == "dask":
            raise InputError("the dask engine reads JSONL; convert the CSV or use --engine local")
        return featurize_all(read_ads(path, lambda b: skip(str(b))), featurizer, progress)
    if engine == "local":
        parts = []
        for chunk in line_chunks(input_files(path)):
            feats, bad = featurize_chunk(chunk, featurizer)
            for msg in bad:
                skip(msg)
            parts.append(feats)
            progress(len(chunk[2]))
        return AdFeatures.concat(parts, featurizer.num_perm)
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        return dask_featurize(path, client, featurizer, skip, progress)


@app.command()
def assess(path: InPath, output: OutPath = None) -> None:
    """Assess each ad: risk in [0, 1], level, evidence-graded signals with spans, explanation."""
    from vigila.detectors.ads import AdAssessor, AdCorpusContext
    from vigila.ingest.ads import read_ads

    skip = SkippedRecords()
    ads = list(read_ads(path, lambda b: skip(str(b))))
    if not ads:
        raise InputError(f"{path}: no valid ads")
    assessor = AdAssessor()
    context = AdCorpusContext.from_ads(ads)
    with jsonl_output(output) as out, progress_bar(len(ads), "assessing") as step:
        for ad in ads:
            out.write({"id": ad.id, **assessor.assess(ad, context).to_dict()})
            step(1)
    skip.finish()


@app.command()
def cluster(
    path: InPath,
    output: Annotated[Path, typer.Option("-o", "--output", help="Per-ad cluster lines (JSONL).")],
    report: Annotated[
        Path | None, typer.Option("--report", help="Write an HTML report of the top clusters.")
    ] = None,
    summaries: Annotated[
        Path | None, typer.Option("--summaries", help="Write cluster summaries (JSONL).")
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="Clusters in the HTML report.")] = 30,
    engine: Annotated[
        str, typer.Option("--engine", help="local, or dask (a LocalCluster of --workers).")
    ] = "local",
    workers: Annotated[int, typer.Option("--workers", min=1, help="Dask worker processes.")] = 2,
    style: Annotated[bool, typer.Option("--style/--no-style", help="Link clusters by writing style.")] = True,
    hub_max_groups: Annotated[
        int,
        typer.Option(
            "--hub-max-groups", min=1, help="An identifier joining more templates than this is a hub."
        ),
    ] = 8,
    hub_max_ads: Annotated[
        int, typer.Option("--hub-max-ads", min=2, help="An identifier in more ads than this is a hub.")
    ] = 5000,
    text_entities: Annotated[
        bool,
        typer.Option(
            "--text-entities", help="Also extract phones/e-mails/handles from ad text (slow: ~5 ms per ad)."
        ),
    ] = False,
) -> None:
    """Cluster ads into operators (template, entity and style views) and write one line per ad."""
    from vigila.linking.features import Featurizer
    from vigila.linking.operators import OperatorClusterer

    featurizer = Featurizer(text_entities=text_entities)
    skip = SkippedRecords()
    with progress_bar(_count_lines(path), "reading and featurising") as step:
        feats = _features(path, engine, workers, featurizer, step, skip)
    if not len(feats):
        raise InputError(f"{path}: no valid ads")
    result = OperatorClusterer(hub_max_ads=hub_max_ads, hub_max_groups=hub_max_groups, use_style=style).fit(
        feats
    )
    for ident, why in sorted(result.hubs.items())[:_MAX_HUB_NOTES]:
        typer.echo(f"note: hub identifier {ident} not used for linking: {why}", err=True)
    if len(result.hubs) > _MAX_HUB_NOTES:
        typer.echo(f"note: {len(result.hubs) - _MAX_HUB_NOTES} more hub identifiers not used", err=True)
    with jsonl_output(output) as out, progress_bar(len(feats), "writing") as step:
        for rec in result.records():
            out.write(rec)
            step(1)
    if summaries is not None:
        with jsonl_output(summaries) as out:
            for s in result.summaries():
                out.write(s)
    if report is not None:
        from vigila.linking.report import render_report

        n_clusters = len({r for r in result.operator.tolist()})
        stats = {
            "ads": len(feats),
            "operator clusters": n_clusters,
            "hub identifiers": len(result.hubs),
            "style links": result.style_links,
        }
        try:
            report.write_text(render_report(result.summaries(limit=top), stats=stats), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{report}: cannot write ({exc.strerror})") from None
    typer.echo(f"{len(feats)} ads → {len(set(result.operator.tolist()))} operator clusters", err=True)
    skip.finish()


@app.command()
def generate(
    n: Annotated[int, typer.Argument(min=1, help="Number of ads.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output JSONL.")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed.")] = 7,
) -> None:
    """Write a synthetic, non-explicit ad corpus with planted operators (field `operator`)."""
    from vigila.models.adgen import AdCorpusGenerator

    with jsonl_output(output) as out, progress_bar(n, "generating") as step:
        for ad in AdCorpusGenerator(seed=seed).iter_ads(n):
            out.write(ad)
            step(1)


def eval_ads(
    path: Annotated[
        Path, typer.Argument(help="Ads JSONL with the planted `operator` field (see `vigila ads generate`).")
    ],
    style: Annotated[bool, typer.Option("--style/--no-style", help="Link clusters by writing style.")] = True,
) -> None:
    """Pairwise precision/recall/F1 and adjusted Rand index of each clustering view vs planted truth."""
    from vigila.linking.features import Featurizer
    from vigila.linking.metrics import pairwise_scores
    from vigila.linking.operators import OperatorClusterer

    skip = SkippedRecords()
    with progress_bar(_count_lines(path), "featurising") as step:
        feats = _features(path, "local", 1, Featurizer(assess=False), step, skip)
    if not len(feats):
        raise InputError(f"{path}: no valid ads")
    if "operator" not in feats.ads[0].extra:
        raise InputError(f"{path}: ads carry no `operator` truth field")
    truth = [a.extra.get("operator") or f"single:{a.id}" for a in feats.ads]
    result = OperatorClusterer(use_style=style).fit(feats)
    scores = {
        view: pairwise_scores(truth, getattr(result, view)) for view in ("template", "entity", "operator")
    }
    typer.echo(json.dumps({"ads": len(feats), **scores}))
    skip.finish()
