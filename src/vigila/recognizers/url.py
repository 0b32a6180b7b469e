"""Web addresses with or without a scheme ("www.x.com", "lola-vip.com/fotos", "lola[.]com").

Also spaced or spelled-out addresses ("www .lola. com", "lola-vip punto com", "t . me / lola").
Profile links on known platforms (t.me/…, instagram.com/…) are handles, not URLs: see `handle.py`.
`normalized` is the URL with its scheme (https:// when none was written) and a lower-case host.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.recognizers.web_names import (
    AT_WORDS,
    DOT_WORD_LIST,
    DOT_WORDS,
    MAIL_PROVIDERS,
    PLATFORM_DOMAINS,
    TLDS,
)

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_OBF_DOT = r"(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{dot\})"
_URL = re.compile(
    rf"(?<![\w@.\-/])(?P<scheme>https?://|hxxps?://)?(?P<host>(?:{_LABEL}{_OBF_DOT})+[A-Za-z]{{2,24}})"
    r"(?P<port>:\d{2,5})?(?P<path>[/?#][^\s<>\"'`]*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"»…"
_OBF_DOT_RE = re.compile(r"\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{dot\}", re.IGNORECASE)

# A dot written with spaces around it or as a word: "site . com", "site punto com", "site (dot) com".
# Every alternative opens with a space, a dot or a bracket, so the scanner rejects most positions on one
# test; a plain dot must be followed by a lower-case label ("site. com"), unlike a sentence end ("hoy. Ya").
_LOOSE_DOT = re.compile(
    rf"\.\s+(?=(?-i:[a-z0-9]))"
    rf"|\s+(?:\.\s*(?=(?-i:[a-z0-9]))|{DOT_WORDS}\s+|[\(\[\{{]\s*(?:{DOT_WORDS}|\.)\s*[\)\]\}}]\s*)"
    rf"|[\(\[\{{]\s*(?:{DOT_WORDS}|\.)\s*[\)\]\}}]\s*",
    re.IGNORECASE,
)
_LABELS = re.compile(rf"(?:{_LABEL}\.)*{_LABEL}")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
_LABEL_AFTER = re.compile(rf"{_LABEL}(?:\.{_LABEL})*(?![\w@\-])")
_LOOSE_PATH = re.compile(r"\s*/\s*([A-Za-z0-9_.\-]{2,40})(?![\w@])")
# "arroba" before or after the labels: they are half of a spelled e-mail (bare English "at" is too common).
_EMAIL_BEFORE = re.compile(r"(?:@|(?<!\w)(?:arroba|arobase|arobas|arond)|[\(\[\{]\s*at\s*[\)\]\}])\s*$", re.I)
_EMAIL_AFTER = re.compile(rf"\s*(?:@|[\(\[\{{]\s*{AT_WORDS}|{AT_WORDS}\s)", re.IGNORECASE)
# Words that announce a web address, so "annonces punto fr" after "site:" is read as one.
_SITE_CUE = re.compile(
    r"(?<!\w)(?:web|website|site|sitio|página|pagina|link|lien|url|visit\w*|visita\w*|vizit\w*|"
    r"acess\w*|accede|consulta\w*|intr[aă]|infos?|detalii|www)\b",
    re.IGNORECASE,
)
# Endings that end a spelled address on their own; a country code alone ("punto es") needs more.
_GENERIC_TLDS = frozenset({"com", "net", "org", "info", "biz", "xyz", "club", "vip", "online", "site", "top"})
_COUNTRY_AFTER_GENERIC = frozenset({"uk", "br", "mx", "ar", "co", "pe", "ve", "ec", "uy", "py", "bo", "au"})


def platform_for(host: str) -> str | None:
    """The platform whose profile links live on `host` (lower case, "www." dropped), if any."""
    host = host.removeprefix("www.")
    return PLATFORM_DOMAINS.get(host)


@lru_cache(maxsize=8)
def find_urls(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """`iter_urls(text)` as a tuple, kept for the last texts: the URL and handle recognizers both ask."""
    return tuple(iter_urls(text))


def iter_urls(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, scheme, host, path) for each URL-like run in `text`, trailing punctuation cut."""
    taken: list[tuple[int, int]] = []
    for m in _url_matches(text):
        host = _OBF_DOT_RE.sub(".", m.group("host")).lower()
        # A scheme or "www." says "address" already; otherwise a closed TLD list keeps "file.txt" out.
        explicit = m.group("scheme") is not None or host.startswith("www.")
        if host.rsplit(".", 1)[1] not in TLDS and not explicit:
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and "(" in text[m.start() : end - 1]:
                break
            end -= 1
        path = text[m.end("host") : end]
        scheme = (m.group("scheme") or "https://").lower().replace("hxxp", "http")
        taken.append((m.start(), end))
        yield m.start(), end, scheme, host, path
    if _may_have_loose_dot(text):
        yield from _loose_urls(text, taken)


# What every `_URL` host holds: a dot, plain or bracketed, with a label character right after it.
_HOST_DOT = re.compile(r"[.\[\(\{](?:\.|dot)?[\]\)\}]?[A-Za-z0-9]", re.IGNORECASE)


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_URL.finditer(text)`, scanning only the runs of non-space characters that hold a dot.

    A match holds no white space and has a dot before a label character in its host, so outside such
    runs the whole-text scan (which tried a URL at every letter) finds nothing; inside one it runs as it
    would over the whole text (the look-behind sees the space before the run).
    """
    end = 0
    for dot in _HOST_DOT.finditer(text):
        if dot.start() < end:
            continue  # in a run already scanned
        start = dot.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, dot.end())
        end = space.start() if space is not None else len(text)
        yield from _URL.finditer(text, start, end)


_SPACE = re.compile(r"\s")
_DOT_WORD_LIST = tuple(f" {w} " for w in DOT_WORD_LIST)
_DOT_SPACE_LOWER = re.compile(r"\. +[a-z0-9]")  # opens with a literal, so the scan is a fast find
_BRACKET_DOT = re.compile(rf"[\(\[\{{]\s*(?:{DOT_WORDS}|\.)\s*[\)\]\}}]", re.IGNORECASE)


def _may_have_loose_dot(text: str) -> bool:
    """A quick screen for `_LOOSE_DOT` with plain string tests (the regex scan costs ~40 µs per ad)."""
    if " ." in text or ("." in text and _DOT_SPACE_LOWER.search(text)):
        return True
    if ("(" in text or "[" in text or "{" in text) and _BRACKET_DOT.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _DOT_WORD_LIST)


def _loose_urls(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, str, str]]:
    """Hosts whose dots are spaced or spelled, kept only when the writer clearly meant an address."""
    pos = 0
    while (sep := _LOOSE_DOT.search(text, pos)) is not None:
        pos = sep.end()
        first_sep = sep
        labels: list[str] = []
        end = sep.start()
        spelled = False
        while sep is not None:
            after = _LABEL_AFTER.match(text, sep.end())
            if after is None:
                break
            spelled = spelled or not sep.group().strip().startswith(".")
            labels.extend(after.group().split("."))
            end = after.end()
            sep = _LOOSE_DOT.match(text, end)
        # Cheap tests first: most loose dots end a sentence ("… hoy. Mañana"), with no TLD after them.
        if not labels or labels[-1].lower() not in TLDS or (not spelled and not labels[-1].islower()):
            continue
        start = first_sep.start()
        while start > 0 and text[start - 1] in _HOST_CHARS:
            start -= 1
        while start < first_sep.start() and not text[start].isalnum():
            start += 1  # a host starts with a letter or digit, not with "-" or "."
        if start == first_sep.start() or (start > 0 and text[start - 1] in "@/_"):
            continue
        before = _LABELS.fullmatch(text, start, first_sep.start())
        if before is None:
            continue
        labels = before.group().split(".") + labels
        pos = max(pos, end)
        host = ".".join(labels).lower()
        if any(start < e and s < end for s, e in taken):
            continue
        if _EMAIL_BEFORE.search(text, max(0, start - 12), start) or _EMAIL_AFTER.match(text, end):
            continue  # the domain or the user part of a spelled e-mail
        path = ""
        if platform_for(host):
            loose_path = _LOOSE_PATH.match(text, end)
            if loose_path is None:
                continue
            path, end = "/" + loose_path.group(1), loose_path.end()
        elif not _meant_as_address(text, start, labels, spelled):
            continue
        yield start, end, "https://", host, path


def _meant_as_address(text: str, start: int, labels: list[str], spelled: bool) -> bool:
    """Whether spaced or spelled labels read as an address rather than two words of prose."""
    first, tld = labels[0].lower(), labels[-1]
    if first == "www":
        return True
    if all(label.isdigit() or len(label) < 3 for label in labels[:-1]):
        return False  # "page 3. Net pay", "o ponto com": a number or a short word, then a sentence break
    if first in MAIL_PROVIDERS:
        return False  # "gmail punto com" is half of an e-mail, or the provider named
    if _SITE_CUE.search(text, max(0, start - 25), start):
        return True
    # A name no prose word looks like: a hyphen, or letters mixed with digits ("lola-vip", "chicas24").
    odd_name = any("-" in label or (not label.isdigit() and not label.isalpha()) for label in labels[:-1])
    if not spelled:
        return odd_name and tld.islower()  # "Aqui. Com amor": a sentence break, not an address
    generic = tld.lower() in _GENERIC_TLDS or (
        tld.lower() in _COUNTRY_AFTER_GENERIC and labels[-2].lower() in _GENERIC_TLDS | {"co"}
    )
    return generic or odd_name


class UrlRecognizer(Recognizer):
    """URLs that are not profile links of a known platform."""

    name = "url"
    entity_types = ("url",)
    priority = 60

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield URLs, normalised with a scheme and a lower-case host."""
        for start, end, scheme, host, path in find_urls(doc.text):
            explicit = doc.text[start:end].lower().startswith(("http", "hxxp", "www"))
            if platform_for(host) and path.strip("/"):
                continue  # a profile link: the handle recognizer reports it
            if not explicit and "." not in host.removesuffix("." + host.rsplit(".", 1)[1]) and not path:
                # bare "name.com": a domain, but also how "hola.es" typos look; lower confidence
                confidence = 0.7
            else:
                confidence = 0.9
            yield self.entity("url", doc, start, end, f"{scheme}{host}{path}", confidence)
