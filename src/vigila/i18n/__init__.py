"""User-facing strings: gettext catalogs shared by the web, the CLI and the Telegram bot.

A translator adds `locale/<lang>/LC_MESSAGES/*.po` (one catalog per area: web.po, chat.po, …);
all catalogs of a language are merged, so no code changes are needed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT_LANG = "en"


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Languages that have a catalog, English first."""
    found = [p.name for p in LOCALE_DIR.iterdir() if any((p / "LC_MESSAGES").glob("*.po"))]
    return tuple(sorted(found, key=lambda lang: (lang != DEFAULT_LANG, lang)))


@cache
def _catalog(lang: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for path in sorted((LOCALE_DIR / lang / "LC_MESSAGES").glob("*.po")):
        with path.open("rb") as f:
            cat = read_po(f, locale=lang)
        table.update({str(m.id): str(m.string) for m in cat if m.id and m.string and not m.fuzzy})
    return table


def gettext(lang: str | None) -> Callable[[str], str]:
    """A `_()` for a language; unknown keys fall back to the English source text."""
    table = _catalog(normalize_language(lang))

    def _(msgid: str) -> str:
        return table.get(msgid, msgid)

    return _


def translate(msgid: str, lang: str | None, **kwargs: object) -> str:
    """Translate one message and fill its `{placeholders}`."""
    text = gettext(lang)(msgid)
    return text.format(**kwargs) if kwargs else text


def normalize_language(lang: str | None) -> str:
    """Reduce 'es-AR' or 'pt_BR' to a supported language code, else English."""
    if not lang:
        return DEFAULT_LANG
    code = lang.replace("_", "-").split("-")[0].lower()
    return code if code in available_languages() else DEFAULT_LANG


def negotiate(accept_language: str | None) -> str:
    """Pick the best supported language from an HTTP Accept-Language header."""
    if not accept_language:
        return DEFAULT_LANG
    prefs: list[tuple[float, str]] = []
    for part in accept_language.split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, q = piece.partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        prefs.append((weight, tag.strip()))
    for _w, tag in sorted(prefs, key=lambda p: -p[0]):
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in available_languages():
            return code
    return DEFAULT_LANG


def language_name(lang: str) -> str:
    """The language's own name ('español'), for language switchers."""
    try:
        return str(Locale.parse(lang).get_display_name(lang))
    except (UnknownLocaleError, ValueError):
        return lang
