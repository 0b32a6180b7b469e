"""Benchmark: ads clustered into operators at growing sizes (time, peak memory, quality vs planted truth).

    .venv/bin/python bench/ads.py 10000 100000 [1000000] [--dask] [--seed=7]

Generates each corpus to a temporary JSONL file, then runs the same steps as `vigila ads cluster`
(read, assess, MinHash, identifiers, style, clustering, output lines) and prints one line per size.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from vigila.batch.ads import featurize_chunk, input_files, line_chunks
from vigila.linking.features import AdFeatures, Featurizer
from vigila.linking.metrics import pairwise_scores
from vigila.linking.operators import OperatorClusterer
from vigila.models.adgen import AdCorpusGenerator


def featurize(path: Path, use_dask: bool) -> AdFeatures:
    """Features of every ad in ``path``, on this process or a 2-worker Dask LocalCluster."""
    if use_dask:
        from distributed import Client, LocalCluster

        from vigila.batch.ads import dask_featurize

        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c,
            Client(c) as client,
        ):
            return dask_featurize(path, client, Featurizer())
    parts = [featurize_chunk(ch, Featurizer())[0] for ch in line_chunks(input_files(path))]
    return AdFeatures.concat(parts)


def main(argv: list[str]) -> None:
    """Run the benchmark for each size given on the command line."""
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        return
    use_dask = "--dask" in argv
    seed = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--seed=")), 7)
    sizes = [int(a) for a in argv if a.isdigit()] or [10_000, 100_000]
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "ads.jsonl"
            with path.open("w") as fh:
                for ad in AdCorpusGenerator(seed=seed).iter_ads(n):
                    fh.write(json.dumps(ad) + "\n")
            t0 = time.perf_counter()
            feats = featurize(path, use_dask)
            t1 = time.perf_counter()
            result = OperatorClusterer().fit(feats)
            t2 = time.perf_counter()
            with (Path(tmp) / "out.jsonl").open("w") as out:
                for rec in result.records():
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            t3 = time.perf_counter()
            truth = [a.extra.get("operator") or f"single:{a.id}" for a in feats.ads]
            scores = pairwise_scores(truth, result.operator)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
            print(
                json.dumps(
                    {
                        "ads": n,
                        "seed": seed,
                        "engine": "dask-2" if use_dask else "local",
                        "featurize_s": round(t1 - t0, 1),
                        "cluster_s": round(t2 - t1, 1),
                        "write_s": round(t3 - t2, 1),
                        "total_s": round(t3 - t0, 1),
                        "peak_rss_gb_driver": round(rss, 2),
                        **scores,
                    }
                ),
                flush=True,
            )


if __name__ == "__main__":
    main(sys.argv[1:])
