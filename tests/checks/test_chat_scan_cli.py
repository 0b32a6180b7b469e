"""`vigila chat scan`: terminal report and --json on real export fixtures; bad files exit non-zero."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.cli.main import run

FIX = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.usefixtures("scripted_monitor")


def test_scan_terminal_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")  # a terminal wide enough that no word is folded
    chat = tmp_path / "WhatsApp Chat with Marcos.txt"
    chat.write_text(
        "15/03/2024, 18:41 - Marcos: hola guapa\n"
        "15/03/2024, 18:42 - Lucía: hola\n"
        "15/03/2024, 18:45 - Marcos: te pagamos el billete\n"
        "16/03/2024, 09:00 - Marcos: manda el pasaporte al +34 612 345 678\n",
        "utf-8",
    )
    assert run(["chat", "scan", str(chat), "--me", "Lucía"]) == 0
    out = capsys.readouterr().out
    assert "ALERT" in out and "Alert at message 4 of 4 (2024-03-16 09:00)" in out
    assert "pasaporte" in out and "+34612345678" in out and "you" in out


def test_scan_json_of_a_full_telegram_export(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["chat", "scan", str(FIX / "telegram_full.json"), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == ["Recruiter", "Family"]
    assert rows[1]["me"] == "Maria Pop"
    assert {"risk", "level", "alert_at", "timeline", "signals", "entities"} <= set(rows[0])
    assert len(rows[0]["timeline"]) == 4


def test_scan_one_chat_of_an_export(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["chat", "scan", str(FIX / "telegram_full.json"), "--chat", "family", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "no such file"),
        ([str(FIX / "whatsapp_android_es.txt"), "--me", "Pepe"], "no sender called 'Pepe'"),
        ([str(FIX / "telegram_full.json"), "--chat", "nope"], "no chat called 'nope'"),
    ],
)
def test_scan_errors_are_one_line(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    assert run(["chat", "scan", *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_scan_rejects_wrong_and_empty_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = tmp_path / "chat.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert run(["chat", "scan", str(pdf)]) == 1
    assert "unsupported file type" in capsys.readouterr().err
    assert run(["chat", "scan", str(empty)]) == 1
    assert "empty" in capsys.readouterr().err


def test_help() -> None:
    assert run(["chat", "scan", "--help"]) == 0
