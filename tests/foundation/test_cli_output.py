"""Every JSONL-writing command: `-o/--output/--out` alike, and an unwritable path is a one-line error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.cli.main import run

CHAT = {"id": "c1", "messages": [{"sender": "other", "text": "hola, ¿qué tal el examen?"}]}
AD = {"id": "a1", "text": "Masajista titulada, cita previa. Tel 600 123 456"}
INPUTS = {
    "extract": ("in.txt", "llámame al 600 123 456"),
    "job check": ("in.txt", "Camarera en Madrid, contrato y alta en la Seguridad Social."),
    "chat score": ("in.jsonl", json.dumps(CHAT)),
    "ads assess": ("in.jsonl", json.dumps(AD)),
}


@pytest.mark.parametrize("command", sorted(INPUTS))
@pytest.mark.parametrize("flag", ["-o", "--output", "--out"])
def test_output_flags_write_the_same_file(command: str, flag: str, tmp_path: Path) -> None:
    name, content = INPUTS[command]
    src = tmp_path / name
    src.write_text(content + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run([*command.split(), str(src), flag, str(out)]) == 0
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert isinstance(row, dict) and row


@pytest.mark.parametrize("command", sorted(INPUTS))
def test_unwritable_output_is_a_one_line_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, content = INPUTS[command]
    src = tmp_path / name
    src.write_text(content + "\n", encoding="utf-8")
    code = run([*command.split(), str(src), "-o", str(tmp_path / "missing-dir" / "out.jsonl")])
    err = capsys.readouterr().err
    assert code != 0
    assert "cannot write" in err and "Traceback" not in err
    assert "unexpected" not in err


@pytest.mark.parametrize("command", sorted(INPUTS))
def test_a_bad_line_is_skipped_named_and_makes_the_exit_code_non_zero(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"extract": {"id": "x1", "text": "llámame al 600 123 456"},
            "job check": {"id": "j1", "title": "Camarera", "description": "Contrato indefinido en Madrid."},
            "chat score": CHAT, "ads assess": AD}[command]
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(good, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run([*command.split(), str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "1 bad record(s) skipped; the others were written" in err
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == good["id"]
