"""E-mail addresses, plain or spelled out: "lola at gmail dot com", "lola(arroba)hotmail(punto)es"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.recognizers.web_names import AT_WORDS, DOT_WORD_LIST, DOT_WORDS, MAIL_PROVIDERS, TLDS

_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_PLAIN = re.compile(rf"(?<![\w.+\-])({_LOCAL})@((?:{_LABEL}\.)+[A-Za-z]{{2,24}})(?![\w\-])")
# A comma typed for the last dot ("lola@gmail,com"), only before the endings people mistype.
_PLAIN_COMMA = re.compile(
    rf"(?<![\w.+\-])({_LOCAL})@((?:{_LABEL}\.)*{_LABEL}),\s?(com|net|org|es|pt|fr|ro|br|it|de|uk)(?![\w\-.@])",
    re.IGNORECASE,
)

# Obfuscated "@" and ".": bracketed words or symbols, or bare words between spaces.
_AT = rf"(?:\s*[\(\[\{{<]\s*(?:{AT_WORDS}|@)\s*[\)\]\}}>]\s*|\s+{AT_WORDS}\s+|\s+@\s*|\s*@\s+)"
_DOT = rf"(?:\s*[\(\[\{{<]\s*(?:{DOT_WORDS}|\.)\s*[\)\]\}}>]\s*|\s+{DOT_WORDS}\s+|\s*\.\s+|\s+\.\s*)"
# Possessive local part: every way `_AT` can start (space, bracket, "@") is a character the local part
# never holds, so giving characters back can never find a match; it only cost time at every word.
_SPELLED = re.compile(
    rf"(?=[A-Za-z0-9])(?<![\w.@])({_LOCAL}+)(?P<at>{_AT})(?=[A-Za-z0-9])",
    re.IGNORECASE,
)
# "at" as `_AT` can hold it without "@": after a space or an opening bracket, before a space or a
# closing one (searched in the lower-cased text; the literal "at" opens it, so the scan is a fast find).
_AT_WORD = re.compile(r"at(?<=[\s(\[{<]at)(?=[\s)\]}>])")
_LABEL_RE = re.compile(_LABEL)
_SEP_RE = re.compile(rf"{_DOT}|\.(?=[A-Za-z0-9])", re.IGNORECASE)
_BARE_AT = re.compile(rf"^\s+{AT_WORDS}\s+$", re.IGNORECASE)
_LOCAL_PART_BEFORE = re.compile(
    rf"(?<![\w.@])([A-Za-z0-9][A-Za-z0-9_\-]*)(?:\s+{DOT_WORDS}\s+|\s*[\(\[\{{]\s*{DOT_WORDS}\s*[\)\]\}}]\s*)$",
    re.IGNORECASE,
)
# Words that end the sentence part before a spelled address ("send it to lola dot …" keeps "lola").
_FILLERS = frozenset({"to", "a", "al", "la", "para", "pra", "à", "au", "pe", "at", "on", "en", "em", "the"})


def _domain_labels(text: str, pos: int) -> list[tuple[str, int]]:
    """Domain labels from `pos` on, each with the offset where it ends."""
    labels: list[tuple[str, int]] = []
    while True:
        label = _LABEL_RE.match(text, pos)
        if label is None:
            return labels
        labels.append((label.group(), label.end()))
        sep = _SEP_RE.match(text, label.end())
        if sep is None:
            return labels
        pos = sep.end()


class EmailRecognizer(Recognizer):
    """E-mail addresses; `normalized` is the lower-cased address."""

    name = "email"
    entity_types = ("email",)
    priority = 80

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield plain and spelled-out e-mail addresses."""
        text = doc.text
        has_at = "@" in text
        if not has_at:
            lowered = text.lower()
            if "roba" not in lowered and "arond" not in lowered and _AT_WORD.search(lowered) is None:
                return  # no "@", "arroba"/"arobase"/"arobas"/"arond", nor "at" as a word: no e-mail at all
        taken: list[tuple[int, int]] = []
        for m in _PLAIN.finditer(text) if has_at else ():
            local, domain = m.group(1), m.group(2)
            if domain.rsplit(".", 1)[1].lower() not in TLDS:
                continue
            taken.append(m.span())
            yield self.entity("email", doc, m.start(), m.end(), f"{local}@{domain}".lower(), 0.95)
        for m in _PLAIN_COMMA.finditer(text) if has_at else ():
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            address = f"{m.group(1)}@{m.group(2)}.{m.group(3)}".lower()
            yield self.entity("email", doc, m.start(), m.end(), address, 0.8, typo=True)
        for m in _SPELLED.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            entity = self._spelled(doc, m)
            if entity is not None:
                yield entity

    def _spelled(self, doc: Document, m: re.Match[str]) -> Entity | None:
        local = m.group(1)
        bare_at = _BARE_AT.match(m.group("at")) is not None and "at" in m.group("at").lower()
        if bare_at and local.lower() in _NOT_LOCAL:
            return None  # "contact at noon"; "contact arobase x point com" is an address
        start = m.start()
        # A dot spelled inside the user part too: "lola punto vip arroba …", "mandy dot rose at …".
        while _ends_with_dot_word(doc.text, start) and (
            part := _LOCAL_PART_BEFORE.search(doc.text, max(0, start - 40), start)
        ):
            if part.group(1).lower() in _NOT_LOCAL or part.group(1).lower() in _FILLERS:
                break
            local, start = f"{part.group(1)}.{local}", part.start()
        labels = _domain_labels(doc.text, m.end())
        # Longest prefix of labels that ends in a known TLD ("… dot com. Call me" stops at com).
        while len(labels) >= 2 and labels[-1][0].lower() not in TLDS:
            labels.pop()
        if len(labels) >= 2:
            names = [label for label, _ in labels]
        elif labels and labels[0][0].lower() == "gmail":
            names = [labels[0][0], "com"]  # "lola at gmail": gmail has one domain
        else:
            return None
        provider = names[0].lower()
        # A bare " at " is an ordinary English word: ask for a known provider or an address-like name.
        if bare_at and provider not in MAIL_PROVIDERS and not re.search(r"[\d_.]", local):
            return None
        address = f"{local}@{'.'.join(names)}".lower()
        return self.entity("email", doc, start, labels[-1][1], address, 0.85, obfuscated=True)


def _ends_with_dot_word(text: str, end: int) -> bool:
    """Whether the text before `end` ends with a spelled dot ("… punto ", "… (dot) "): a cheap screen."""
    tail = text[max(0, end - 12) : end].rstrip().lower()
    return tail.endswith(_DOT_ENDINGS) or tail[-1:] in (")", "]", "}")


_DOT_ENDINGS = tuple(f" {w}" for w in DOT_WORD_LIST)

_NOT_LOCAL = frozenset(
    [
        "me",
        "him",
        "her",
        "us",
        "them",
        "you",
        "i",
        "we",
        "they",
        "it",
        "this",
        "that",
        "here",
        "there",
        "home",
        "work",
        "look",
        "meet",
        "see",
        "arrive",
        "arrived",
        "stay",
        "stayed",
        "live",
        "lives",
        "living",
        "is",
        "are",
        "was",
        "be",
        "am",
        "escribe",
        "escribeme",
        "escríbeme",
        "writes",
        "email",
        "mail",
        "correo",
        "contact",
        "contacto",
    ]
)
