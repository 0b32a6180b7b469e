"""Platform handles: profile links (t.me/lola, instagram.com/lola), "@lola" and "snap: lola_22".

`normalized` is `platform:username` in lower case (e.g. `telegram:sweetlola`); a bare "@lola"
with no platform named nearby gets the platform `unknown`. A wa.me/<number> link is a phone
(reported by this recognizer with type "phone", E.164).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer, words_pattern
from vigila.recognizers.url import find_urls, platform_for
from vigila.recognizers.web_names import PLATFORM_WORDS

_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?"
# The "@" first and the look-behind after it: a pattern opening with a literal is scanned by a fast find.
_AT_HANDLE = re.compile(rf"@(?<![\w@.]@)({_USER})(?![\w@])")
# Between platform and user: "me" ("kik me - x"), a copula ("mi snap es x", "mon insta c'est x") and up
# to three marks, arrows or pictographs ("insta ➡ x", "tg 👉 @x", "snap: x").
_MARK = r"[:=\-–—>»~|•\u2190-\u21ff\u2794-\u27bf\U0001F300-\U0001FAFF]"
_NAMED = re.compile(
    rf"(?P<platform>{words_pattern(PLATFORM_WORDS)})"
    rf"(?P<sep>(?:\s+me)?(?:\s+(?:is|es|é|est|e|c'est|este|it's|eh))?\s*(?:{_MARK}\s*){{0,3}})(?:@\s?)?"
    rf"(?P<user>{_USER})(?![\w@])(?!\.?[\w/])",
    re.IGNORECASE,
)
# Platform words heard as ordinary words: need "ig: x" punctuation or an "@", never a bare space.
_WEAK_PLATFORM_WORDS = frozenset({"of", "line", "sc", "session", "signal", "fb", "ig", "tg", "tele"})
# Abbreviations that are not words: a bare space is enough when the user looks like one ("sc jade.bby").
_ABBREVIATIONS = frozenset({"sc", "fb", "ig", "tg"})
# "20", "20h", "10am", "2.5": a number or a quantity, not a username ("la tele: 20h").
_QUANTITY = re.compile(r"[\d.]+[A-Za-z]{0,2}")
_USERNAME_SHAPE = re.compile(r"[A-Za-z].*[\d_.]|[\d_.].*[A-Za-z]")
_PATH_USER = re.compile(r"^/(?:add/|@|u/|user/|s/)?([A-Za-z0-9_.\-]{2,40})/?(?:[?#].*)?$")
_NOT_USERS = frozenset(
    [
        "share",
        "joinchat",
        "login",
        "signup",
        "explore",
        "p",
        "reel",
        "reels",
        "stories",
        "watch",
        "home",
        "about",
        "help",
        "search",
        "intent",
        "i",
        "hashtag",
        "channel",
        "c",
        "tv",
    ]
)
_STOPWORDS = frozenset(
    [
        "me",
        "my",
        "i",
        "you",
        "to",
        "and",
        "y",
        "e",
        "et",
        "o",
        "or",
        "ou",
        "the",
        "el",
        "la",
        "le",
        "a",
        "de",
        "do",
        "da",
        "en",
        "in",
        "on",
        "it",
        "is",
        "es",
        "me",
        "te",
        "se",
        "lo",
        "is",
        "para",
        "por",
        "pour",
        "pentru",
        "with",
        "con",
        "com",
        "avec",
        "cu",
        "que",
        "what",
        "for",
        "from",
        "this",
        "that",
        "here",
        "aqui",
        "aquí",
        "ici",
        "aici",
        "ya",
        "now",
        "agora",
        "maintenant",
        "acum",
        "too",
        "also",
        "also",
        "tambien",
        "también",
        "please",
        "por",
        "favor",
        "pls",
        "porfa",
    ]
)


class HandleRecognizer(Recognizer):
    """Usernames on messaging and social platforms, with the platform recorded."""

    name = "handle"
    entity_types = ("handle", "phone")
    priority = 70

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield handles from profile links, platform words and @mentions."""
        text = doc.text
        taken: list[tuple[int, int]] = []
        for start, end, _scheme, host, path in find_urls(text):
            platform = platform_for(host)
            if platform is None:
                continue
            m = _PATH_USER.match(path)
            if m is None or m.group(1).lower() in _NOT_USERS:
                continue
            user = m.group(1)
            taken.append((start, end))
            if platform == "whatsapp" and user.lstrip("+").isdigit():
                phone = _e164(user)
                if phone:
                    yield self.entity("phone", doc, start, end, phone, 0.95, platform="whatsapp")
                continue
            yield self.entity(
                "handle", doc, start, end, f"{platform}:{user}".lower(), 0.95, platform=platform
            )
        for m in _NAMED.finditer(text):
            if _overlaps(m.span(), taken):
                continue
            word = m.group("platform").lower()
            platform = PLATFORM_WORDS[re.sub(r"\s+", " ", word)]
            user = m.group("user")
            has_at = "@" in text[m.end("platform") : m.start("user")]
            marked = re.search(r"[^\w\s']", m.group("sep")) is not None or word == "👻"
            if user.lower() in _STOPWORDS or user.lower() in PLATFORM_WORDS or _QUANTITY.fullmatch(user):
                continue
            if not marked and not has_at:
                shaped = _USERNAME_SHAPE.search(user) is not None
                if not shaped or (word in _WEAK_PLATFORM_WORDS and word not in _ABBREVIATIONS):
                    continue  # "snap lola" is too loose; "snap lola_22", "sc jade.bby" or "snap: lola" is not
            taken.append(m.span())
            yield self.entity(
                "handle", doc, m.start(), m.end(), f"{platform}:{user}".lower(), 0.85, platform=platform
            )
        for m in _AT_HANDLE.finditer(text):
            if _overlaps(m.span(), taken) or m.group(1).isdigit():
                continue
            platform = _platform_near(doc, m.start(), m.end())
            yield self.entity(
                "handle",
                doc,
                m.start(),
                m.end(),
                f"{platform}:{m.group(1)}".lower(),
                0.8 if platform != "unknown" else 0.7,
                platform=platform,
            )


_PLATFORM_NEAR = re.compile(words_pattern(w for w in PLATFORM_WORDS if w not in _WEAK_PLATFORM_WORDS), re.I)


# The platform named just after the handle: "@sarah_j on twitter", "@lola (insta)", "@lola pe tiktok".
_PLATFORM_AFTER = re.compile(
    rf"\s*(?:(?:on|en|no|na|sur|pe|în|in|em|via|op)\s+(?:my\s+|mi\s+|mon\s+|meu\s+)?|[(\[\-–|/]\s*)"
    rf"({words_pattern(w for w in PLATFORM_WORDS if w not in _WEAK_PLATFORM_WORDS or w in _ABBREVIATIONS)})",
    re.IGNORECASE,
)


def _platform_near(doc: Document, start: int, end: int) -> str:
    found = _PLATFORM_NEAR.findall(doc.before(start, 40))
    if found:
        return PLATFORM_WORDS[re.sub(r"\s+", " ", found[-1].lower())]
    after = _PLATFORM_AFTER.match(doc.text, end)
    if after:
        return PLATFORM_WORDS[re.sub(r"\s+", " ", after.group(1).lower())]
    return "unknown"


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _e164(digits: str) -> str | None:
    try:
        number = phonenumbers.parse("+" + digits.lstrip("+"), None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
