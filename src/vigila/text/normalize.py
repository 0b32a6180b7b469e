"""Unicode folding and de-noising with a reversible map back to the original text.

`normalize(text)` returns a `NormalizedText` whose `.text` has:
- NFKC folding (full-width, mathematical alphanumerics, ligatures) and digit-like symbols as digits
  (circled ⓵ ❶, keycaps 1️⃣, 🔟);
- zero-width characters, soft hyphens and variation selectors removed;
- Cyrillic/Greek look-alikes inside Latin words replaced by their Latin letter ("gmаil" with a Cyrillic а);
- runs of spaces/tabs/no-break spaces collapsed to one space (newlines are kept);
- O/o→0, I/l→1, S→5 inside runs that are mostly digits ("6OO l23" → "600 123").

Every span of `.text` maps back to the ORIGINAL string with `to_original(start, end)`.
ASCII text without noise takes a fast path with no copy and an identity map.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

# Combining marks that follow a base character are folded together with it.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20e2\u20e4-\u20ff\ufe20-\ufe2f"
_INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff"
_SPACES = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

# Look-alike letters used to dodge keyword filters; replaced only next to Latin letters.
_HOMOGLYPHS = dict(
    zip(
        "аеорсухіјѕԁӏАВЕКМНОРСТХІЈЅΑΒΕΗΙΚΜΝΟΡΤΧΥΖοαν",
        "aeopcyxijsdlABEKMHOPCTXIJSABEHIKMNOPTXYZoav",
        strict=True,
    )
)
_EXTRA = {"🔟": "10", "\u2044": "/"}

# Runs mostly made of digits where letters stand in for digits. Only runs holding both a digit and a
# stand-in letter can change, so only those are matched.
_CONFUSABLE_RUN = re.compile(
    r"(?<![A-Za-z0-9])(?=[OoIlS]*[0-9])(?=[0-9]*[OoIlS])[0-9OoIlS]{2,}(?![A-Za-z0-9])"
)
_CONFUSABLE_MAP = str.maketrans("OoIlS", "00115")
# Such a run has a digit next to a stand-in letter. Opening with the digit class lets the scanner skip
# to digits in C, where the run pattern (opening with a look-behind) tries every position.
_DIGIT_BY_LETTER = re.compile(r"[0-9](?:(?<=[OoIlS][0-9])|(?=[OoIlS]))")


@lru_cache(maxsize=4096)
def _fold_char(chars: str) -> str:
    """Fold one character (with its combining marks) to its normalised form."""
    if chars in _EXTRA:
        return _EXTRA[chars]
    folded = unicodedata.normalize("NFKC", chars)
    if folded == chars and len(chars) == 1:
        digit = unicodedata.digit(chars, None)
        if digit is not None:
            return str(digit)
    return folded


def _kept_class() -> str:
    """A regex class body of common non-ASCII characters that normalising leaves as they are.

    Accented letters, punctuation, currency signs, arrows and emoji fill ads; matching them one by one
    only to find nothing to do was most of the slow path's cost. Combining marks, spaces, invisibles,
    look-alikes and digit-like symbols are never in it. Built at import from a few blocks (~1 ms).
    """
    blocks = [(0x80, 0x24F), (0x2010, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x2BFF), (0x1F000, 0x1FAFF)]
    noise = re.compile(rf"[{_INVISIBLE}{_SPACES}{_COMBINING}]")
    ranges: list[list[int]] = []
    for first, last in blocks:
        for code in range(first, last + 1):
            c = chr(code)
            if noise.match(c) or c in _HOMOGLYPHS or _fold_char.__wrapped__(c) != c:
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


_KEPT = _kept_class()
_NOISE = re.compile(
    rf"(?P<keycap>[0-9#*]\ufe0f?\u20e3)"
    rf"|(?P<invisible>[{_INVISIBLE}]+)"
    rf"|(?P<space>[{_SPACES}]{{2,}}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
    rf"|(?P<char>.[{_COMBINING}]+|[^\x00-\x7f{_KEPT}])",
    re.DOTALL,
)
# Quick test: is there anything at all for the slow path to do? A character to fold, or a run of two
# spaces: a non-ASCII space is never kept, so an ASCII run ("  ", or one with a tab) is all that is left
# to look for, by `str` search. One character class lets the scanner skip in C.
_NEEDS_WORK = re.compile(rf"[^\x00-\x7f{_KEPT}]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus the piecewise map from its offsets to the original's."""

    text: str
    original: str
    # Replaced regions as parallel lists: normalised [start, end) came from original [start, end).
    _norm_starts: list[int] = field(default_factory=list, repr=False)
    _norm_ends: list[int] = field(default_factory=list, repr=False)
    _orig_starts: list[int] = field(default_factory=list, repr=False)
    _orig_ends: list[int] = field(default_factory=list, repr=False)

    def _map(self, pos: int, is_end: bool) -> int:
        i = bisect_right(self._norm_starts, pos if not is_end else pos - 1) - 1
        if i < 0:
            return pos
        if pos < self._norm_ends[i] or (is_end and pos == self._norm_ends[i]):
            # Inside (or at the end of) a replaced region: widen to the whole source region.
            return self._orig_ends[i] if is_end else self._orig_starts[i]
        return self._orig_ends[i] + (pos - self._norm_ends[i])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of the normalised text to the matching span of the original."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside text of length {len(self.text)}")
        if not self._norm_starts:
            return start, end
        if start == end:
            pos = self._map(start, False)
            return pos, pos
        return self._map(start, False), self._map(end, True)

    def original_text(self, start: int, end: int) -> str:
        """The original characters behind the normalised span [start, end)."""
        o_start, o_end = self.to_original(start, end)
        return self.original[o_start:o_end]


def _replacement(m: re.Match[str], text: str) -> str:
    kind = m.lastgroup
    if kind == "keycap":
        return m.group()[0]
    if kind == "invisible":
        return ""
    if kind == "space":
        return " "
    chars = m.group()
    latin = _HOMOGLYPHS.get(chars)
    if latin is not None:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            return latin
    return _fold_char(chars)


def _fix_confusables(text: str) -> str:
    def swap(m: re.Match[str]) -> str:
        run = m.group()
        digits = sum(c.isdigit() for c in run)
        if digits == len(run) or digits == 0:
            return run
        if digits < 2 and len(run) < 3 and not _next_to_digits(text, m.start(), m.end()):
            return run  # "S1" alone is a name; "O6 l2 34" is a number
        return run.translate(_CONFUSABLE_MAP)

    if _DIGIT_BY_LETTER.search(text) is None:
        return text
    return _CONFUSABLE_RUN.sub(swap, text)


def _next_to_digits(text: str, start: int, end: int) -> bool:
    """Whether a digit run sits just before or after [start, end), past spaces or separators."""
    return bool(_DIGITS_BEFORE.search(text, max(0, start - 3), start) or _DIGITS_AFTER.match(text, end))


_DIGITS_BEFORE = re.compile(r"\d[0-9OoIlS]?[ .\-]{1,2}$")
_DIGITS_AFTER = re.compile(r"[ .\-]{1,2}[0-9OoIlS]?\d")


def normalize(text: str) -> NormalizedText:
    """Fold Unicode tricks and noise out of `text`, keeping a map back to the original offsets."""
    if "\t" not in text and "  " not in text and not _NEEDS_WORK.search(text):
        return NormalizedText(_fix_confusables(text), text)
    parts: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    last = 0
    n_len = 0
    for m in _NOISE.finditer(text):
        new = _replacement(m, text)
        old = m.group()
        if new == old:
            continue
        s, e = m.span()
        parts.append(text[last:s])
        n_len += s - last
        norm_starts.append(n_len)
        orig_starts.append(s)
        parts.append(new)
        n_len += len(new)
        norm_ends.append(n_len)
        orig_ends.append(e)
        last = e
    parts.append(text[last:])
    # Length-preserving, so the offset map built above stays valid.
    folded = _fix_confusables("".join(parts))
    return NormalizedText(folded, text, norm_starts, norm_ends, orig_starts, orig_ends)
