"""Ads: assessment, ingest, clustering views, hub guard, CLI and Dask equivalence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila import AdAssessor
from vigila.cli.main import run
from vigila.detectors.ads import Ad
from vigila.ingest.ads import BadRow, read_ads
from vigila.linking.features import Featurizer
from vigila.linking.metrics import pairwise_scores
from vigila.linking.operators import OperatorClusterer
from vigila.linking.pipeline import featurize_all
from vigila.linking.style import StyleLinker
from vigila.models.adgen import AdCorpusGenerator


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ads") / "ads.jsonl"
    with path.open("w") as fh:
        for ad in AdCorpusGenerator(seed=3).iter_ads(3000):
            fh.write(json.dumps(ad) + "\n")
    return path


def _truth(ads: list[Ad]) -> list[str]:
    return [a.extra.get("operator") or f"single:{a.id}" for a in ads]


def test_assessor_weights_follow_evidence() -> None:
    a = AdAssessor()
    base = a.assess("Sweet lady, call me for a relaxing massage.").risk
    moving = a.assess("Sweet lady, new in town and leaving soon, call me for a relaxing massage.")
    trusted = a.assess("Sweet lady, 100% real pics, call me for a relaxing massage.")
    assert moving.risk < base < trusted.risk
    sig = next(s for s in trusted.signals if s.tactic == "ad_trustworthy_language")
    text = "Sweet lady, 100% real pics, call me for a relaxing massage."
    assert text[sig.start : sig.end] == sig.text
    assert "outcome evidence" in trusted.explanation


def test_assessor_finds_obscured_phone_and_other_languages() -> None:
    a = AdAssessor()
    tactics = {s.tactic for s in a.assess("llama al seis uno dos tres 4 5 6 7 8, fotos reales").signals}
    assert {"ad_obscured_phone", "ad_trustworthy_language"} <= tactics


def test_ingest_reports_bad_rows_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    path.write_text(
        '{"id": "a1", "body": "hello"}\n'
        "not json\n"
        '{"id": "a2"}\n'
        "\n"
        '{"id": "a3", "text": "hi", "price": "cheap"}\n'
        '{"id": "a4", "text": "hi", "image_hashes": "ab12;cd34"}\n'
    )
    bad: list[BadRow] = []
    ads = list(read_ads(path, bad.append))
    assert [a.id for a in ads] == ["a1", "a4"]
    assert ads[1].image_hashes == ("ab12", "cd34")
    assert [b.line for b in bad] == [2, 3, 5]
    assert "missing 'body' or 'text'" in str(bad[1])


def test_ingest_csv(tmp_path: Path) -> None:
    path = tmp_path / "ads.csv"
    path.write_text("id,body,phone,price\nx1,hello there,+12025550100,100\nx2,,+12025550100,100\nx3,hi,,\n")
    bad: list[BadRow] = []
    ads = list(read_ads(path, bad.append))
    assert [a.id for a in ads] == ["x1", "x3"] and ads[0].price == 100.0
    assert bad[0].line == 3


def test_operator_clusters_recover_planted_truth(corpus: Path) -> None:
    feats = featurize_all(read_ads(corpus), Featurizer(assess=False))
    result = OperatorClusterer().fit(feats)
    truth = _truth(feats.ads)
    op = pairwise_scores(truth, result.operator)
    tpl = pairwise_scores(truth, result.template)
    assert tpl["precision"] >= 0.98
    assert op["f1"] >= 0.9 and op["recall"] > tpl["recall"]
    top = result.summaries(limit=3)
    assert top and {"cluster_id", "cities", "template", "identifiers", "top_indicators"} <= set(top[0])
    assert top[0]["size"] >= 2 and "[…]" in top[0]["template"]


def test_hub_guard_keeps_unrelated_ads_apart() -> None:
    # 300 unrelated ads share one switchboard number; two real operators reuse their own phones.
    gen = AdCorpusGenerator(hub_phones=1, hub_share=0.3, noise_share=0.8, seed=11)
    raw = gen.generate(1500)
    ads = [
        Ad(id=r["id"], text=r["body"], phone=r["phone"], city=r["city"], extra={"operator": r["operator"]})
        for r in raw
    ]
    feats = featurize_all(ads, Featurizer(assess=False))
    guarded = OperatorClusterer(use_style=False).fit(feats)
    unguarded = OperatorClusterer(use_style=False, hub_max_groups=10**6).fit(feats)
    assert len(guarded.hubs) == 1
    truth = _truth(feats.ads)
    assert pairwise_scores(truth, guarded.entity)["precision"] > 0.95
    assert pairwise_scores(truth, unguarded.entity)["precision"] < 0.5


def test_datasketch_backend_gives_same_quality(corpus: Path) -> None:
    ads = list(read_ads(corpus))[:800]
    feats = featurize_all(ads, Featurizer(backend="datasketch", assess=False))
    result = OperatorClusterer().fit(feats)
    assert pairwise_scores(_truth(ads), result.template)["precision"] >= 0.98


def test_cli_cluster_writes_lines_and_report(corpus: Path, tmp_path: Path) -> None:
    out, report = tmp_path / "c.jsonl", tmp_path / "r.html"
    assert run(["ads", "cluster", str(corpus), "-o", str(out), "--report", str(report), "--top", "3"]) == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 3000
    assert {"id", "cluster_id", "template_cluster", "entity_cluster", "risk", "signals"} <= set(lines[0])
    html = report.read_text()
    assert (
        html.count("<section") == 3
        and '<use href="#land"/>' in html
        and "http" not in html.split("<body>")[1]
    )


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["ads", "assess", str(tmp_path / "missing.jsonl")]) == 1
    assert "no such file" in capsys.readouterr().err
    empty = tmp_path / "bad.jsonl"
    empty.write_text("{oops\n")
    assert run(["ads", "cluster", str(empty), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "line 1" in err and "no valid ads" in err and "Traceback" not in err
    assert run(["ads", "cluster", str(empty), "-o", str(tmp_path / "o.jsonl"), "--engine", "spark"]) == 1


@pytest.mark.slow
def test_dask_local_cluster_matches_single_machine(corpus: Path, tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    from vigila.batch.ads import dask_featurize

    part = tmp_path / "parts"
    part.mkdir()
    lines = corpus.read_text().splitlines(keepends=True)[:1200]
    (part / "p0.jsonl").write_text("".join(lines[:600]) + "{broken\n")
    (part / "p1.jsonl").write_text("".join(lines[600:]))
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run(["ads", "cluster", str(part), "-o", str(local_out)]) == 1  # written; one line skipped
    bad: list[str] = []
    with (
        LocalCluster(n_workers=2, processes=True, dashboard_address=None, threads_per_worker=1) as cluster,
        Client(cluster) as client,
    ):
        feats = dask_featurize(part, client, Featurizer(), bad.append)
    assert bad == [
        "p0.jsonl: line 601: invalid JSON (Expecting property name enclosed in double quotes)"
    ]
    with dask_out.open("w") as fh:
        for rec in OperatorClusterer().fit(feats).records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    assert dask_out.read_text() == local_out.read_text()


def test_style_disagreement_cuts_chance_near_duplicates() -> None:
    # Two operators posting the same stock text in different styles stay apart; one operator's
    # ads in one style stay together.
    body = "new in town sweet and friendly {x} call me for a relaxing time hotel incall only"
    styles = [("♡ ", " ♡ xoxo"), ("** ", " !!! CALL NOW !!!")]
    ads = [
        Ad(id=f"{k}-{i}", text=f"{pre}{body.format(x=i)}{post}", extra={"operator": str(k)})
        for k, (pre, post) in enumerate(styles)
        for i in range(10)
    ]
    feats = featurize_all(ads, Featurizer(assess=False))
    result = OperatorClusterer(use_style=False).fit(feats)
    assert pairwise_scores(_truth(feats.ads), result.template)["f1"] == 1.0
    ungated = OperatorClusterer(use_style=False, template_style_min=-1.0, weak_style_min=-1.0).fit(feats)
    assert len(set(ungated.template.tolist())) == 1


def test_style_threshold_rises_with_the_number_of_groups() -> None:
    linker = StyleLinker(0.9)
    assert linker.effective_threshold(500) == 0.9
    assert 0.9 < linker.effective_threshold(8000) < linker.effective_threshold(64000) <= 0.97
