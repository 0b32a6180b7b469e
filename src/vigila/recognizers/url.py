"""Web addresses with or without a scheme ("www.x.com", "lola-vip.com/fotos", "lola[.]com").

Profile links on known platforms (t.me/…, instagram.com/…) are handles, not URLs: see `handle.py`.
`normalized` is the URL with its scheme (https:// when none was written) and a lower-case host.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.recognizers.web_names import PLATFORM_DOMAINS, TLDS

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_OBF_DOT = r"(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{dot\})"
_URL = re.compile(
    rf"(?<![\w@.\-/])(?P<scheme>https?://|hxxps?://)?(?P<host>(?:{_LABEL}{_OBF_DOT})+[A-Za-z]{{2,24}})"
    r"(?P<port>:\d{2,5})?(?P<path>[/?#][^\s<>\"'`]*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"»…"
_OBF_DOT_RE = re.compile(r"\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{dot\}", re.IGNORECASE)


def platform_for(host: str) -> str | None:
    """The platform whose profile links live on `host` (lower case, "www." dropped), if any."""
    host = host.removeprefix("www.")
    return PLATFORM_DOMAINS.get(host)


def iter_urls(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, scheme, host, path) for each URL-like run in `text`, trailing punctuation cut."""
    for m in _URL.finditer(text):
        host = _OBF_DOT_RE.sub(".", m.group("host")).lower()
        if host.rsplit(".", 1)[1] not in TLDS:
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and "(" in text[m.start() : end - 1]:
                break
            end -= 1
        path = text[m.end("host") : end]
        scheme = (m.group("scheme") or "https://").lower().replace("hxxp", "http")
        yield m.start(), end, scheme, host, path


class UrlRecognizer(Recognizer):
    """URLs that are not profile links of a known platform."""

    name = "url"
    entity_types = ("url",)
    priority = 60

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield URLs, normalised with a scheme and a lower-case host."""
        for start, end, scheme, host, path in iter_urls(doc.text):
            explicit = doc.text[start:end].lower().startswith(("http", "hxxp", "www."))
            if platform_for(host) and path.strip("/"):
                continue  # a profile link: the handle recognizer reports it
            if not explicit and "." not in host.removesuffix("." + host.rsplit(".", 1)[1]) and not path:
                # bare "name.com": a domain, but also how "hola.es" typos look; lower confidence
                confidence = 0.7
            else:
                confidence = 0.9
            yield self.entity("url", doc, start, end, f"{scheme}{host}{path}", confidence)
