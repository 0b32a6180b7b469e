"""Same-length text folding, so regex cues match across case, accents, leetspeak and quote styles.

Every character maps to exactly one character, so a span found in the folded text is the
same span in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Digits and symbols that stand for letters inside words ("p4ssp0rt", "s3cret", "pa$$word").
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g", "@": "a", "$": "s"}
_LEET_RUN = re.compile(r"(?<=[a-z])[0134579@$]+(?=[a-z])")
_PUNCT = {"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"',
          "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " ", "\u00df": "s",
          "\u0131": "i", "\u0142": "l", "\u00f8": "o", "\u0111": "d"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _PUNCT:
        return _PUNCT[ch]
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFD", low)[0].lower()
    return base if len(base) == 1 else low


def fold_char(ch: str) -> str:
    """Fold one character: lower-case, without diacritics, typographic quotes made plain."""
    return ch if "a" <= ch <= "z" or ch == " " else _fold_char(ch)


def fold(text: str) -> str:
    """Fold a text character by character; the result has exactly the same length."""
    out = text.lower() if text.isascii() else "".join([fold_char(c) for c in text])
    if any(c in out for c in "0134579@$"):
        out = _LEET_RUN.sub(lambda m: "".join(_LEET[c] for c in m.group()), out)
    return out


def fold_pattern(pattern: str) -> str:
    """Fold the non-ASCII letters of a regex so cues written with accents match folded text."""
    if pattern.isascii():
        return pattern
    return "".join(c if c.isascii() else fold_char(c) for c in pattern)
