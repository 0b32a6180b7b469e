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
from vigila.recognizers.url import iter_urls, platform_for
from vigila.recognizers.web_names import PLATFORM_WORDS

_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?"
_AT_HANDLE = re.compile(rf"(?<![\w@.])@({_USER})(?![\w@])")
_NAMED = re.compile(
    rf"(?P<platform>{words_pattern(PLATFORM_WORDS)})\s*(?P<sep>:|-|=|→|->|>|\s(?:is|es|é|est|e)\s|\s)\s*@?"
    rf"(?P<user>{_USER})(?![\w@])",
    re.IGNORECASE,
)
# Platform words heard as ordinary words: need "ig: x" punctuation or an "@", never a bare space.
_WEAK_PLATFORM_WORDS = frozenset({"of", "line", "sc", "session", "signal", "fb", "ig", "tg"})
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
        for start, end, _scheme, host, path in iter_urls(text):
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
            has_at = text[m.start("user") - 1] == "@"
            spaced = m.group("sep").strip() == "" or m.group("sep").startswith(" ")
            if user.lower() in _STOPWORDS or user.lower() in PLATFORM_WORDS or user.isdigit():
                continue
            if spaced and not has_at and (word in _WEAK_PLATFORM_WORDS or not re.search(r"[\d_.]", user)):
                continue  # "snap lola" is too loose; "snap lola_22" or "snap: lola" is not
            taken.append(m.span())
            yield self.entity(
                "handle", doc, m.start(), m.end(), f"{platform}:{user}".lower(), 0.85, platform=platform
            )
        for m in _AT_HANDLE.finditer(text):
            if _overlaps(m.span(), taken) or m.group(1).isdigit():
                continue
            platform = _platform_near(doc, m.start())
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


def _platform_near(doc: Document, start: int) -> str:
    found = _PLATFORM_NEAR.findall(doc.before(start, 40))
    if found:
        return PLATFORM_WORDS[re.sub(r"\s+", " ", found[-1].lower())]
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
