"""Fixtures: the real python-telegram-bot polling a fake Bot API on 127.0.0.1."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tg_fake_botapi import FakeBotAPI
from tg_helpers import Running, start_bot, stop_bot

from vigila.channels.telegram.bot import VigilaBot
from vigila.channels.telegram.checks import VigilaChecks
from vigila.channels.telegram.state import MemoryStateStore, StateStore
from vigila.reports.service import ReportService
from vigila.settings import Settings
from vigila.store.db import Store, upgrade_schema

ADMIN_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def org_settings(tmp_path: Path) -> Iterator[Settings]:
    """A migrated SQLite store whose first admin created the organisation key reports are sealed to."""
    settings = Settings(data_dir=tmp_path / "data", database_url=f"sqlite:///{tmp_path / 'vigila.db'}")
    upgrade_schema(settings)
    store = Store.from_settings(settings)
    ReportService(store, settings).create_user("ada", ADMIN_PASSPHRASE, "admin")
    store.dispose()
    yield settings


@pytest.fixture
def checks(org_settings: Settings) -> VigilaChecks:
    """The real analysis, helplines, export readers and report service."""
    return VigilaChecks(org_settings)


@pytest.fixture
async def running(checks: VigilaChecks) -> AsyncIterator[Running]:
    """The bot polling a fresh fake server, with in-memory state."""
    fake = FakeBotAPI()
    store: StateStore = MemoryStateStore(max_chats=100)
    bot = VigilaBot(checks, store)
    app = await start_bot(fake, bot)
    try:
        yield Running(fake, bot, checks)
    finally:
        await stop_bot(fake, app)
