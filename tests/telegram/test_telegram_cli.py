"""`vigila telegram bot` and `vigila guardian …`: one clear line when something is missing."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog
from tg_fake_botapi import FakeBotAPI

from vigila.channels.telegram.guardian import GuardianConfig, Vault
from vigila.cli.main import run
from vigila.settings import get_settings

Capture = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    monkeypatch.setenv("VIGILA_DATA_DIR", str(data))
    for name in ("VIGILA_TELEGRAM_TOKEN", "VIGILA_REDIS_URL", "VIGILA_TELEGRAM_API_ID",
                 "VIGILA_TELEGRAM_API_HASH"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield data
    get_settings.cache_clear()
    structlog.reset_defaults()  # the CLI pointed logging at this test's captured stderr


def test_bot_without_token(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["telegram", "bot"]) == 1
    err = capsys.readouterr().err
    assert err == ("Error: VIGILA_TELEGRAM_TOKEN is not set: create a bot with @BotFather (/newbot) and "
                   "export the token it gives you\n")


def test_bot_with_a_refused_token(monkeypatch: pytest.MonkeyPatch, capsys: Capture,
                                  caplog: pytest.LogCaptureFixture) -> None:
    loop = asyncio.new_event_loop()
    fake = FakeBotAPI()
    base = loop.run_until_complete(fake.start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("VIGILA_TELEGRAM_TOKEN", "999:WRONG")
        monkeypatch.setenv("VIGILA_TELEGRAM_API_URL", f"{base}/bot")
        assert run(["telegram", "bot"]) == 1
    finally:
        asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()[-1]
    assert err.startswith("Error: 127.0.0.1:") and "refused VIGILA_TELEGRAM_TOKEN" in err
    assert "999:WRONG" not in captured.err + captured.out + caplog.text  # the token is never logged


def test_bot_with_unreachable_redis(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    loop = asyncio.new_event_loop()
    fake = FakeBotAPI()
    base = loop.run_until_complete(fake.start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("VIGILA_TELEGRAM_TOKEN", fake.token)
        monkeypatch.setenv("VIGILA_TELEGRAM_API_URL", f"{base}/bot")
        monkeypatch.setenv("VIGILA_REDIS_URL", "redis://127.0.0.1:1/0")
        assert run(["telegram", "bot"]) == 1
    finally:
        asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("Error: cannot reach Redis at VIGILA_REDIS_URL")


def test_guardian_run_and_login_without_setup(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["guardian", "run"]) == 1
    expected = "Error: no guardian session on this device: run `vigila guardian login` first\n"
    assert capsys.readouterr().err == expected
    assert run(["guardian", "login", "--phone", "+34600000000", "--yes"]) == 1
    assert "VIGILA_TELEGRAM_API_ID and VIGILA_TELEGRAM_API_HASH" in capsys.readouterr().err


def test_guardian_pause_resume_wipe(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = Vault(env)
    GuardianConfig("session", 1, "hash").save(vault)
    assert run(["guardian", "pause"]) == 0 and vault.paused
    assert run(["guardian", "resume"]) == 0 and not vault.paused
    assert run(["guardian", "wipe", "--yes"]) == 0
    assert "Guardian data deleted." in capsys.readouterr().out
    assert not vault.dir.exists()
    assert run(["guardian", "run"]) == 1  # wiped means logged out on this device
