"""`vigila extract` and `vigila eval extract` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.cli.main import run


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_plain_text_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("llama al seis uno dos 345 678"))
    assert run(["extract", "-"]) == 0
    [record] = _lines(capsys.readouterr().out)
    assert record["id"] == "stdin"
    [entity] = record["entities"]  # type: ignore[misc]
    assert entity == {
        "type": "phone",
        "value": "seis uno dos 345 678",
        "normalized": "+34612345678",
        "start": 9,
        "end": 29,
        "recognizer": "phone",
    }


def test_jsonl_with_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "snap: lola_22"}\nnot json\n[1]\n'
        '{"id": 7, "body": "lola@gmail.com"}\n{"text": "x"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert run(["extract", str(src), "-o", str(out)]) == 1  # skipped lines: scripts must notice
    err = capsys.readouterr().err
    assert "line 2" in err and "line 3" in err and "line 5" in err
    assert "3 bad record(s) skipped; the others were written" in err
    records = _lines(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == ["a", "7"]
    assert records[1]["entities"][0]["normalized"] == "lola@gmail.com"  # type: ignore[index]


def test_strict_fails_without_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "612345678"}\n{broken\n', encoding="utf-8")
    assert run(["extract", str(src), "--strict"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err.strip()
        == "Error: line 2: invalid JSON (Expecting property name enclosed in double quotes)"
    )


def test_region_option_and_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "ad.txt"
    src.write_text("call 415-555-0134", encoding="utf-8")
    assert run(["extract", str(src), "--region", "us"]) == 0
    assert _lines(capsys.readouterr().out)[0]["entities"][0]["normalized"] == "+14155550134"  # type: ignore[index]
    monkeypatch.setenv("VIGILA_DEFAULT_REGION", "US")
    from vigila.settings import get_settings

    get_settings.cache_clear()
    try:
        assert run(["extract", str(src)]) == 0
        assert _lines(capsys.readouterr().out)[0]["id"] == "ad"
    finally:
        get_settings.cache_clear()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "/no/such/file.txt"], "Error: no such file: /no/such/file.txt"),
        (["extract", "-", "--region", "SPAIN"], "Error: region must be a two-letter ISO country code"),
        (["extract", "-", "--lang", "de"], "Error: unsupported language 'de'"),
    ],
)
def test_bad_input_is_one_line(
    args: list[str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("hola"))
    assert run(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


PHONE = "+34612345678"


def test_eval_prints_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labelled = tmp_path / "gold.jsonl"
    labelled.write_text(
        json.dumps(
            {
                "id": "1",
                "text": "tel 612 345 678",
                "entities": [{"type": "phone", "normalized": "+34612345678"}],
            }
        )
        + "\n"
        + json.dumps({"id": "2", "text": "pedido 612 847 395", "entities": []})
        + "\n"
        + json.dumps(
            {"id": "3", "text": "lola at gmail", "entities": [{"type": "email", "normalized": "x@y.com"}]}
        )
        + "\n",
        encoding="utf-8",
    )
    errors = tmp_path / "errors.jsonl"
    assert run(["eval", "extract", str(labelled), "--errors", str(errors)]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[2:]}
    assert rows["phone"][:2] == ["1.000", "1.000"]
    assert rows["email"][:2] == ["0.000", "0.000"]
    assert [e["id"] for e in _lines(errors.read_text(encoding="utf-8"))] == ["3"]


def test_eval_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["eval", "extract", "/no/gold.jsonl"]) == 1
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not text\n", "is not UTF-8 text"),
        (b'[1, 2]\n', "line 1: expected an object with a string 'text'"),
        (b'{"text": "ok", "entities": []}\n{"id": 1, "text": 5}\n', "line 2: expected an object"),
        (b'{"text": "hi", "entities": [{"type": "phone"}]}\n', "line 1: 'entities' must be a list"),
    ],
)
def test_eval_bad_labels_are_one_line(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labelled = tmp_path / "gold.jsonl"
    labelled.write_bytes(content)
    assert run(["eval", "extract", str(labelled)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "unexpected" not in err
