"""Every text the bot and the guardian show exists in the telegram.po catalogs (en and es complete)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from vigila.channels.telegram import bot, checks, guardian, render
from vigila.i18n import _catalog

COMPLETE = ["en", "es"]
PARTIAL = ["pt", "fr", "ro"]


def used_msgids() -> set[str]:
    """Literal first arguments of translate()/_() in the Telegram code, plus the text tables."""
    found: set[str] = {bot.START, bot.HELP, bot.COUNTRY_HINT, bot.FORWARD_FOOTER, render.NO_HELPLINE}
    found |= {desc for _name, desc in bot.COMMANDS}
    found |= set(render.HEADLINES.values()) | set(render.LEVEL_NAMES.values())
    found |= {advice for group in render.ADVICE.values() for advice in group}
    found |= {"free", "anonymous"}
    for module in (bot, checks, guardian, render):
        tree = ast.parse(Path(module.__file__ or "").read_text("utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("translate", "_") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("lang", COMPLETE)
def test_complete_languages(lang: str) -> None:
    missing = used_msgids() - set(_catalog(lang))
    assert not missing, f"{lang} lacks {sorted(missing)[:5]}"


@pytest.mark.parametrize("lang", PARTIAL)
def test_other_languages_cover_the_essentials(lang: str) -> None:
    table = _catalog(lang)
    essentials = {bot.START, bot.HELP, *render.HEADLINES.values(), *render.ADVICE[render.Level.ALERT],
                  "Report this anonymously", "Yes, send the report", "Warning signs:", "What to do now:"}
    assert not essentials - set(table)


def test_placeholders_survive_translation() -> None:
    import re

    used = used_msgids()
    for lang in COMPLETE + PARTIAL:
        table = _catalog(lang)
        for msgid, msgstr in table.items():
            if msgid in used:
                assert set(re.findall(r"{\w+}", msgid)) == set(re.findall(r"{\w+}", msgstr)), (lang, msgid)
