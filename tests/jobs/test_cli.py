"""`vigila job check` and `vigila eval jobs` through the CLI: formats, bad rows, exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from vigila.cli.main import app, run

EMSCAD_COLUMNS = [
    "id",
    "title",
    "location",
    "department",
    "salary_range",
    "company_profile",
    "description",
    "requirements",
    "benefits",
    "telecommuting",
    "has_company_logo",
    "has_questions",
    "employment_type",
    "required_experience",
    "required_education",
    "industry",
    "function",
]
OWN_TEST = Path(__file__).resolve().parents[2] / "data" / "jobs" / "test.jsonl"


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=EMSCAD_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_jsonl_with_missing_fields_and_no_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], risky_es: dict[str, Any]
) -> None:
    src = tmp_path / "ads.jsonl"
    src.write_text(
        json.dumps(risky_es, ensure_ascii=False)
        + "\n\n"
        + json.dumps({"title": "Line cook", "description": "Diner needs a line cook, $19/hour."})
        + "\n"
    )
    assert run(["job", "check", str(src)]) == 0
    out = _lines(capsys.readouterr().out)
    assert [o["id"] for o in out] == ["risky-es", "3"]  # no id: the line number
    assert out[0]["fraudulent"] is True and out[0]["trafficking_flags"]
    assert set(out[1]) >= {"id", "fraud_probability", "fraudulent", "trafficking_flags", "explanation"}


def test_csv_with_emscad_columns_and_a_bad_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], risky_es: dict[str, Any], legit_es: dict[str, Any]
) -> None:
    src = _write_csv(
        tmp_path / "ads.csv",
        [
            {**risky_es, "has_company_logo": "0", "has_questions": "0", "telecommuting": "0"},
            {**legit_es, "has_company_logo": "1", "has_questions": "1", "telecommuting": "0"},
        ],
    )
    with src.open("a", encoding="utf-8") as fh:
        fh.write("x9,too,many," + ",".join(["f"] * 20) + "\n")
    out_file = tmp_path / "out.jsonl"
    assert run(["job", "check", str(src), "-o", str(out_file)]) == 1  # written, but one row skipped
    captured = capsys.readouterr()
    assert "line 4" in captured.err and "more fields" in captured.err
    out = _lines(out_file.read_text("utf-8"))
    assert [o["id"] for o in out] == ["risky-es", "legit-es"]
    assert out[0]["fraud_probability"] > out[1]["fraud_probability"]
    assert run(["job", "check", str(src), "--strict"]) == 1
    assert "line 4" in capsys.readouterr().err


def test_csv_without_known_columns_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text("name,age\nAna,30\n", encoding="utf-8")
    assert run(["job", "check", str(src)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error:") and "CSV header" in err and err.count("\n") == 1


def test_bad_jsonl_line_is_reported_with_its_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "ads.jsonl"
    src.write_text(
        '{"id": "a", "description": "Se busca camarero con experiencia."}\n{"id": "b", \n'
        '{"id": "c", "title": "", "description": ""}\n',
        encoding="utf-8",
    )
    assert run(["job", "check", str(src)]) == 1
    captured = capsys.readouterr()
    assert "line 2: invalid JSON" in captured.err and "line 3: no text" in captured.err
    assert "2 bad record(s) skipped" in captured.err
    assert [o["id"] for o in _lines(captured.out)] == ["a"]


def test_plain_text_file_and_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ad = (
        "Recherchons jeunes filles pour bar de nuit à l'étranger. Voyage payé. "
        "Contact uniquement par WhatsApp."
    )
    src = tmp_path / "annonce.txt"
    src.write_text(ad, encoding="utf-8")
    assert run(["job", "check", str(src)]) == 0
    (out,) = _lines(capsys.readouterr().out)
    assert out["id"] == "annonce" and out["level"] in {"warn", "alert"}
    assert "Signaux d'alerte" in out["explanation"]
    result = CliRunner().invoke(app, ["job", "check", "-"], input=ad)
    assert result.exit_code == 0 and _lines(result.stdout)[0]["id"] == "stdin"


@pytest.mark.parametrize("args", [["job", "check", "no-such-file.csv"], ["eval", "jobs", "no-such-file.csv"]])
def test_missing_file_is_a_clear_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(args) == 1
    assert "no such file" in capsys.readouterr().err


def test_empty_input_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "empty.txt"
    src.write_text("  \n", encoding="utf-8")
    assert run(["job", "check", str(src)]) == 1
    assert "empty" in capsys.readouterr().err


def test_eval_on_the_own_test_set_prints_per_language_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["eval", "jobs", str(OWN_TEST), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"all", "es", "pt", "fr", "ro", "en"} <= set(result)
    for key in ("precision", "recall", "f1", "roc_auc", "pr_auc", "pr_auc_reweighted"):
        assert 0.0 <= result["all"][key] <= 1.0
    # Re-weighting to a 4.84% base rate can only lower precision.
    assert result["all"]["precision_reweighted"] <= result["all"]["precision"]


def test_eval_needs_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "unlabelled.jsonl"
    src.write_text('{"id": "a", "description": "Se busca camarero."}\n', encoding="utf-8")
    assert run(["eval", "jobs", str(src)]) == 1
    assert "record 1" in capsys.readouterr().err


def test_help_for_every_job_command() -> None:
    for args in (["job", "check", "--help"], ["train", "jobs", "--help"], ["eval", "jobs", "--help"]):
        assert run(args) == 0


def test_jsonl_text_key_is_the_offer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "ads.jsonl"
    src.write_text(
        json.dumps({"id": "t1", "text": "Chicas jóvenes para trabajar de azafatas en Dubái. Billete pagado, "
                    "se descuenta del sueldo. Solo por WhatsApp."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert run(["job", "check", str(src)]) == 0
    (out,) = _lines(capsys.readouterr().out)
    assert out["id"] == "t1" and out["trafficking_flags"]
    assert {f["field"] for f in out["trafficking_flags"]} == {"description"}
