"""`vigila chat score`, `vigila chat generate` and `vigila eval chat` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.cli.main import run


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_score_writes_one_line_per_conversation(tmp_path: Path) -> None:
    convs = [
        {
            "id": "a",
            "messages": [
                {"sender": "other", "text": "hi"},
                {"sender": "other", "text": "give me your passport, I'll keep it for you"},
                {"sender": "other", "text": "you will pay the ticket back from your salary"},
            ],
        },
        {"id": "b", "messages": []},
        {
            "id": "c",
            "messages": [{"sender": "user", "text": "see you at dinner", "ts": "2024-01-01"}],
            "x": 1,
        },
    ]
    src = _write(tmp_path / "in.jsonl", [json.dumps(c) for c in convs])
    out = tmp_path / "out.jsonl"
    assert run(["chat", "score", str(src), "-o", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert set(rows[0]) == {"id", "risk", "category", "alert_at", "signals"}
    assert rows[0]["alert_at"] in (1, 2) and rows[0]["category"] == "recruitment"
    assert rows[1] == {"id": "b", "risk": 0.0, "category": None, "alert_at": None, "signals": []}
    assert rows[2]["alert_at"] is None


def test_malformed_lines_are_named_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(
        tmp_path / "in.jsonl", ['{"id": "ok", "messages": []}', "{not json", '{"id": "x", "messages": "no"}']
    )
    out = tmp_path / "out.jsonl"
    assert run(["chat", "score", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "line 3" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert run(["chat", "score", str(src), "--strict"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_missing_file_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["chat", "score", "/nonexistent.jsonl"]) == 1
    assert capsys.readouterr().err.strip().startswith("Error: no such file")


def test_generate_then_eval_on_held_out_family(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "test.jsonl"
    assert run(["chat", "generate", "-o", str(path), "-n", "60", "--split", "test"]) == 0
    capsys.readouterr()
    assert run(["eval", "chat", str(path), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["conversations"] == 60
    assert rep["detection"]["f1"] > 0.8 and rep["false_alarm_rate"] <= 0.1
    assert set(rep["per_language"]) == {"es", "en", "pt", "fr", "ro"}


def test_eval_rejects_bad_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "bad.jsonl", ['{"id": "1", "messages": [], "label": {"category": "spam"}}'])
    assert run(["eval", "chat", str(path)]) == 1
    assert ":1:" in capsys.readouterr().err
