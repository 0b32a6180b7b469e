"""Features of a job ad for the fraud model: hashed character n-grams plus language-agnostic dense cues.

Only what carries across markets and languages goes in: the ad's own words (title, description,
requirements, benefits), the presence of structured EMSCAD fields, contact channels, money and
the job-specific tactic cues of ``indicators/data/jobs.json``. Company profile text, location,
industry and department are left out on purpose: in EMSCAD they mostly identify companies.
"""

from __future__ import annotations

import json
import math
import re
import re._constants as _sre
import re._parser as _parser
import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import strip_accents_unicode

# The EMSCAD columns this project reads (besides `id` and the label `fraudulent`).
TEXT_FIELDS: tuple[str, ...] = ("title", "description", "requirements", "benefits", "company_profile")
MODEL_TEXT_FIELDS: tuple[str, ...] = ("title", "description", "requirements", "benefits")
STRUCTURED_FIELDS: tuple[str, ...] = (
    "salary_range",
    "employment_type",
    "telecommuting",
    "has_company_logo",
    "has_questions",
    "required_experience",
    "required_education",
    "location",
    "department",
    "industry",
    "function",
)
# Bound the work per field so a 10 MB paste stays fast; no real ad is this long.
MAX_FIELD_CHARS = 100_000
_HASH_BITS = 18
N_HASH_FEATURES = 2**_HASH_BITS

_PLACEHOLDER = re.compile(r"#(URL|EMAIL|PHONE)_[0-9a-f]+#", re.I)
# Bounded repetitions: unbounded ones go quadratic on long runs like "0.0.0.…" (found by fuzzing).
_URL = re.compile(
    r"\b(?:https?://|www\.)\S{1,300}|\b[\w-]{1,63}\.(?:com|net|org|io|es|pt|fr|ro|br)/\S{0,300}", re.I
)
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}\b")
_TLDS = ("com", "net", "org", "io", "es", "pt", "fr", "ro", "br")
_URL_WORDS = frozenset(("http", "https", "www", *_TLDS))
_URL_NEEDLES = ("http", "www.", *(f".{tld}/" for tld in _TLDS))
_PHONE = re.compile(r"(?:\+|\b00)?\d[\d\s().-]{7,20}\d")
# _PHONE without its optional prefix: there is a match of one exactly where there is one of the other,
# and starting with a digit lets the regex engine skip to digits.
_PHONE_CORE = re.compile(r"\d[\d\s().-]{7,20}\d")
# Only ever searched (is there money?): "r$ 5" always holds "$ 5", so the "r\$" branch of the
# original pattern is dropped, and the pattern starts with a character set the engine skips to.
# Every _MONEY match holds a currency sign or one of these words.
_MONEY_NEEDLES = ("$", "€", "£", "eur", "usd", "lei", "reais", "dollar")
# Case-insensitive only where case exists: a case-sensitive first character set is much faster to scan for.
_MONEY = re.compile(r"[$€£]\s?\d|\d\s?(?i:€|\$|£|eur\b|euros?\b|usd\b|lei\b|reais\b|dollars?\b)")
_PER_DAY = re.compile(
    r"\b(?:per|a|al|por|par|pe|ao)\s+(?:day|night|week|d[ií]a|noche|semana|jour|nuit|soir|semaine|zi|noapte|"
    r"s[aă]pt[aă]m[aâ]n[aă]|dia|noite)\b|/\s?(?:day|night|d[ií]a|jour|zi|dia|noite|noche)\b",
    re.I,
)
_MESSENGER = re.compile(
    r"\b(?:whats\s?app|wasap|zap|telegram|viber|signal|wechat|snap(?:chat)?|kik|line\s+id)\b", re.I
)
# Every _MESSENGER match starts with one of these whole words ("whats app" or "whatsapp").
_MESSENGER_WORDS = frozenset(
    (
        "whats",
        "whatsapp",
        "wasap",
        "zap",
        "telegram",
        "viber",
        "signal",
        "wechat",
        "snap",
        "snapchat",
        "kik",
        "line",
    )
)
# Those that are a match on their own (not "whats" of "whats app", nor "line" of "line id").
_MESSENGER_ALONE = _MESSENGER_WORDS - {"whats", "line"}
_MESSENGER_NEEDLES = ("whats", "wasap", "zap", "telegram", "viber", "signal", "wechat", "snap", "kik", "line")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
# Letters ([^\W\d_]) and letters outside a-z/à-ÿ ("upper") are counted as what is left once the
# rest is deleted: ASCII characters as bytes, the few others with a regex (same classes, per character).
# Deleting the ASCII bytes of UTF-8 leaves the whole sequences of the other characters.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_UPPER = re.compile(r"[\W\d_a-zà-ÿ]+")
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()
_ASCII_BYTES = bytes(range(128))


def _non_ascii(text: str) -> str:
    """The characters of `text` outside ASCII, in order (``"".join(re.findall("[^\\x00-\\x7f]+", text))``)."""
    return (
        text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    )


def _letter_counts(text: str) -> tuple[int, int]:
    """How many characters of `text` are letters, and how many are letters outside a-z and à-ÿ."""
    ascii_part = text.encode("ascii", "ignore")
    letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    upper = len(ascii_part) - len(ascii_part.translate(None, _ASCII_UPPER))
    if len(ascii_part) != len(text):
        other = _non_ascii(text)
        letters += len(_NOT_LETTERS.sub("", other))
        upper += len(_NOT_UPPER.sub("", other))
    return letters, upper


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled cue pattern of a tactic.

    `fast` is the same pattern for lower-cased text, without IGNORECASE and without its leading
    ``\\b`` (checked by hand instead): that lets the regex engine jump to its first literal, which
    makes a scan tens of times faster. None when the pattern has upper-case literals.
    """

    tactic: str
    pattern: re.Pattern[str]
    fast: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def job_tactics() -> tuple[dict[str, Any], ...]:
    """The job-specific tactics shipped in ``indicators/data/jobs.json``."""
    raw = resources.files("vigila.indicators").joinpath("data/jobs.json").read_text("utf-8")
    return tuple(json.loads(raw)["tactics"])


@lru_cache(maxsize=1)
def job_cues() -> tuple[Cue, ...]:
    """Every cue of every job tactic (all languages), compiled case-insensitive."""
    cues = []
    for tactic in job_tactics():
        for pattern in (p for patterns in tactic["cues"].values() for p in patterns):
            literals = re.sub(r"\\.", "", pattern)
            lower_only = literals == literals.lower()
            fast = re.compile(pattern[2:]) if pattern.startswith(r"\b") and lower_only else None
            cues.append(Cue(tactic["id"], re.compile(pattern, re.I), fast))
    return tuple(cues)


def _is_word(ch: str) -> bool:
    # What the regex engine calls a word character (``\w``) in a str pattern.
    return ch.isalnum() or ch == "_"


def _cue_matches(cue: Cue, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """Matches of `cue` in `text`, as ``cue.pattern.finditer(text)`` gives them, found faster.

    `lowered` is ``text.lower()`` when that keeps every offset (same length), else None. A match
    of the fast pattern at a start without a word boundary is skipped and the search resumes one
    character later, so the matches are exactly those of the original pattern.
    """
    if cue.fast is None or lowered is None:
        yield from cue.pattern.finditer(text)
        return
    pos, end = 0, len(lowered)
    while pos <= end:
        m = cue.fast.search(lowered, pos)
        if m is None:
            return
        start = m.start()
        before = start > 0 and _is_word(lowered[start - 1])
        after = start < end and _is_word(lowered[start])
        if before == after:
            pos = start + 1
            continue
        # Re-match on the original text at this start (IGNORECASE), so spans and text are the original's.
        real = cue.pattern.match(text, start)
        if real is not None:
            yield real
        pos = max(m.end(), start + 1) if real is None else max(real.end(), start + 1)


# Legitimate ads deny the red flags ("we never charge fees", "nunca cobramos"): a negation just
# before a cue, in the same clause, cancels it. The no-experience cues carry their own negation.
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|nunca|nada|sin|ning[uú]n[ao]?|n[aã]o|nunca|sem|nenhum[a]?|jamais|aucun[e]?|pas|"
    r"sans|nu|niciodat[aă]|nicio|niciun|f[aă]r[aă])\b[^.;,!?\n]{0,30}$",
    re.I,
)
_SELF_NEGATED = {"job_no_experience_high_pay"}
# "women and men", "chicos y chicas": a mixed-gender call is not a women-only one.
_MEN = re.compile(
    r"\b(?:men|males?|boys|guys|hombres|chicos|homens|rapazes|garotos|hommes|gar[cç]ons|b[aă]rba[tţț]i|b[aă]ie[tţț]i)\b",
    re.I,
)


# Characters that IGNORECASE matches to an ASCII letter although their lower() is not that letter
# ("İ", "ı" ~ i, "ſ" ~ s; checked over every code point): text with one takes the slow, exact path.
_CASE_EXOTIC = ("\u0130", "\u0131", "\u017f")
_WORD = re.compile(r"\w+")
# ASCII bytes that are not word characters, made spaces: splitting on whitespace then gives the words.
_ASCII_NON_WORD = bytes(b if b >= 128 or chr(b).isalnum() or b == 95 else 32 for b in range(256))
# Items of a flattened pattern: a literal stretch is a frozenset of the strings it can be.
_SEP, _OTHER = "sep", "other"
_MAX_VARIANTS = 64
_BOUNDARY_ATS = {
    _sre.AT_BOUNDARY,
    _sre.AT_BEGINNING,
    _sre.AT_BEGINNING_STRING,
    _sre.AT_END,
    _sre.AT_END_STRING,
}
_NON_WORD_CATEGORIES = {_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD}


def _class_item(members: Any) -> Any:
    """A character class as a set of word characters, _SEP when it only holds non-word characters."""
    chars: set[str] = set()
    for op, arg in members:
        if op is _sre.LITERAL:
            chars.add(chr(arg).lower())
        elif op is _sre.RANGE and arg[1] - arg[0] < 10:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        elif op is _sre.CATEGORY and arg in _NON_WORD_CATEGORIES:
            continue
        else:
            return _OTHER
    words = {c for c in chars if _is_word(c)}
    if not words:
        return _SEP
    return frozenset(words) if words == chars else _OTHER


@dataclass(frozen=True, slots=True)
class _Branch:
    """An alternation that is not one set of literals: its branches, flattened, and their requirements."""

    alts: tuple[tuple[Any, ...], ...]
    inner: tuple[tuple[frozenset[str], ...], ...]

    def edge_sep(self, last: bool) -> bool:
        """Whether every branch starts (ends, when `last`) with a separator."""
        return all(alt and _is_sep(alt[-1 if last else 0], not last) for alt in self.alts)


def _is_sep(item: Any, last: bool) -> bool:
    # A separator, or an alternation all of whose branches end (`last`) or start with one.
    return item is _SEP or (isinstance(item, _Branch) and item.edge_sep(last))


def _merge(items: list[Any]) -> list[Any]:
    """Join neighbouring literal stretches into one (all combinations), up to _MAX_VARIANTS strings."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, frozenset) and out and isinstance(out[-1], frozenset):
            if len(out[-1]) * len(item) > _MAX_VARIANTS:
                out[-1] = _OTHER
                out.append(_OTHER)
                continue
            out[-1] = frozenset(a + b for a in out[-1] for b in item)
        else:
            out.append(item)
    return out


def _flatten(items: Any) -> tuple[list[Any], list[frozenset[str]]]:
    """A parsed pattern as _SEP/_OTHER/_Branch/literal-stretch items, and whole-word needs of groups."""
    flat: list[Any] = []
    inner: list[frozenset[str]] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            ch = chr(arg).lower()
            flat.append(frozenset({ch}) if _is_word(ch) else _SEP)
        elif op is _sre.AT:
            flat.append(_SEP if arg in _BOUNDARY_ATS else _OTHER)
        elif op is _sre.IN:
            flat.append(_class_item(arg))
        elif op is _sre.SUBPATTERN:
            sub, reqs = _flatten(arg[-1])
            flat.extend(sub)
            inner.extend(reqs)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            lo, hi, body = arg
            sub, reqs = _flatten(body)
            body_items = _merge(sub)
            if lo == hi == 1:
                flat.extend(sub)
                inner.extend(reqs)
            elif lo >= 1 and sub and all(x is _SEP for x in sub):
                flat.append(_SEP)
            elif lo == 0 and hi == 1 and len(body_items) == 1 and isinstance(body_items[0], frozenset):
                # "dancers?": the stretch may or may not grow.
                flat.append(body_items[0] | {""})
            elif (
                lo == 0 and flat and _is_sep(flat[-1], True) and body_items and _is_sep(body_items[-1], True)
            ):
                continue  # "\\s+(?:\\w+\\s+)?": with or without it, what follows comes after a separator
            else:
                flat.append(_OTHER)
                if lo >= 1:
                    inner.extend(reqs + _bounded_words(sub))
        elif op is _sre.BRANCH:
            alts = [_flatten(branch) for branch in arg[1]]
            merged = [_merge(sub) for sub, _ in alts]
            if all(len(m) == 1 and isinstance(m[0], frozenset) for m in merged):
                flat.append(frozenset().union(*[m[0] for m in merged]))
            else:
                flat.append(_Branch(tuple(map(tuple, merged)), tuple(tuple(reqs) for _, reqs in alts)))
        else:
            flat.append(_OTHER)
    return flat, inner


def _bounded_words(flat: list[Any]) -> list[frozenset[str]]:
    """Literal stretches with a non-word character or boundary on both sides: whole words of the match."""
    merged = _merge(flat)
    found = []
    for i, item in enumerate(merged):
        left = i > 0 and _is_sep(merged[i - 1], True)
        right = i < len(merged) - 1 and _is_sep(merged[i + 1], False)
        if isinstance(item, frozenset) and left and right:
            found.append(item)
        elif isinstance(item, _Branch):
            # Every match goes through one branch: the union of one requirement per branch holds.
            edges = ([_SEP] if left else [], [_SEP] if right else [])
            per_branch = [
                [*reqs, *_bounded_words([*edges[0], *alt, *edges[1]])]
                for alt, reqs in zip(item.alts, item.inner, strict=True)
            ]
            if all(per_branch):
                found.append(frozenset().union(*[max(r, key=_selectivity) for r in per_branch]))
    return [r for r in found if "" not in r]


def _selectivity(words: frozenset[str]) -> int:
    # A set of words filters better when its shortest word is longer.
    return min(map(len, words))


def word_requirements(pattern: str) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """Whole-word and substring requirements of `pattern`: every match holds one string of each set."""
    parsed = _parser.parse(pattern, re.I)
    flat, inner = _flatten(parsed)
    words = tuple(dict.fromkeys(r for r in [*inner, *_bounded_words(flat)] if r and "" not in r))
    stretches = [x for x in _merge(flat) if isinstance(x, frozenset) and min(map(len, x)) >= 2]
    return words, tuple(dict.fromkeys([*stretches, *_literal_alternatives(parsed)]))


def _literal_alternatives(items: Any) -> list[frozenset[str]]:
    """Alternations of plain literals ("€|euros") that every match passes through, as string sets."""
    found = []
    for op, arg in items:
        if op is _sre.SUBPATTERN:
            found.extend(_literal_alternatives(arg[-1]))
        elif op is _sre.BRANCH:
            if not all(branch and all(o is _sre.LITERAL for o, _ in branch) for branch in arg[1]):
                continue
            alts = ["".join(chr(c).lower() for _, c in branch) for branch in arg[1]]
            # One ASCII character would be everywhere; "€" is worth a test.
            if all(len(a) >= 2 or not a.isascii() for a in alts):
                found.append(frozenset(alts))
    return found


@lru_cache(maxsize=1)
def _cue_filter() -> tuple[
    dict[str, tuple[int, ...]], tuple[tuple[frozenset[str], ...], ...], dict[int, tuple[frozenset[str], ...]]
]:
    """Lead word -> cues, each cue's word requirements, and for cues without any their substring
    requirements (none: the cue always runs)."""
    by_word: dict[str, list[int]] = {}
    reqs = []
    unfiltered: dict[int, tuple[frozenset[str], ...]] = {}
    for i, cue in enumerate(job_cues()):
        words, stretches = word_requirements(cue.pattern.pattern)
        reqs.append(words)
        if words:
            for word in max(words, key=_selectivity):
                by_word.setdefault(word, []).append(i)
        else:
            # The rarest-looking requirement first ("€|euros" before "dia"): all() stops at a miss.
            unfiltered[i] = tuple(sorted(stretches, key=lambda need: -min(len(n.encode()) for n in need)))
    return {w: tuple(ids) for w, ids in by_word.items()}, tuple(reqs), unfiltered


def text_words(text: str) -> frozenset[str]:
    """The distinct words of `text`, as ``set(re.findall(r"\\w+", text))`` but several times faster.

    The regex engine tests each character's Unicode class; instead, ASCII non-word bytes become
    spaces in one `bytes.translate` and `str.split` cuts there (and at Unicode spaces, also non-word).
    Only tokens with non-ASCII characters ("café", "it’s") are split again by the regex.
    """
    if text.isascii():
        return frozenset(text.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split())
    spaced = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD).decode("utf-8", "surrogatepass")
    words = set(spaced.split())
    odd = [token for token in words if not token.isascii()]
    words.difference_update(odd)
    for token in odd:
        words.update(_WORD.findall(token))
    return frozenset(words)


def scan_text(
    text: str, substring_hits: frozenset[int] | None = None, lowered: str | None = None
) -> tuple[frozenset[int] | None, frozenset[str] | None]:
    """The cues that can match in `text` (a superset) and its lower-cased words; None, None: run them all.

    A cue whose pattern requires whole words ("only", "girls|women") can only match when those
    words are among the text's words: one pass over the words replaces hundreds of regex scans.
    `substring_hits` (``substring_candidates`` of a text containing this one) saves redoing those;
    `lowered` is ``text.lower()`` when already made.
    """
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text) or any(ch in text for ch in _CASE_EXOTIC):
        return None, None
    words = text_words(lowered)
    by_word, reqs, _ = _cue_filter()
    found = {
        i
        for word in words & _lead_words()
        for i in by_word[word]
        if all(not words.isdisjoint(req) for req in reqs[i])
    }
    found.update(substring_candidates(lowered) if substring_hits is None else substring_hits)
    return frozenset(found), words


def substring_candidates(lowered: str, words: frozenset[str] | None = None) -> frozenset[int]:
    """The cues without whole-word requirements whose literal requirements occur in `lowered`.

    `words` (the words of `lowered`, if known) make a shorter text to search: a literal made of
    word characters occurs in the text exactly when it occurs in one of its distinct words.
    """
    distinct = lowered if words is None else " ".join(words)
    found = set()
    # Each literal is searched once per text: cues share them ("altura", the age-band numbers).
    present: dict[str, bool] = {}
    for i, needs in _substring_plan():
        for need in needs:
            for literal, word_only in need:
                hit = present.get(literal)
                if hit is None:
                    hit = present[literal] = literal in (distinct if word_only else lowered)
                if hit:
                    break
            else:
                break  # no literal of this requirement occurs: the cue cannot match
        else:
            found.add(i)
    return frozenset(found)


@lru_cache(maxsize=1)
def _substring_plan() -> tuple[tuple[int, tuple[tuple[tuple[str, bool], ...], ...]], ...]:
    """Per substring-filtered cue, its requirements (none: always run) as (literal, all word characters)."""
    return tuple(
        (i, tuple(tuple((n, all(map(_is_word, n))) for n in sorted(need)) for need in needs))
        for i, needs in _cue_filter()[2].items()
    )


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    # A set, so that intersecting with a text's words walks the smaller of the two.
    return frozenset(_cue_filter()[0])


def cue_candidates(text: str) -> frozenset[int] | None:
    """Indices of the cues that can match somewhere in `text` (a superset); None: run them all."""
    return scan_text(text)[0]


def find_cues(
    text: str, limit: int | None = None, candidates: frozenset[int] | None = None, lowered: str | None = None
) -> Iterator[tuple[str, re.Match[str]]]:
    """(tactic id, match) for job cues in `text`, skipping denied and mixed-gender matches.

    `limit` caps the matches per tactic. `candidates` (from ``cue_candidates`` of this text or of
    a text containing it) restricts the cues run; by default they are worked out here.
    """
    if not text:
        return
    lowered = text.lower() if lowered is None else lowered
    if candidates is None:
        candidates = scan_text(text, lowered=lowered)[0]
    same = lowered if len(lowered) == len(text) else None
    cues = job_cues()
    counts: dict[str, int] = {}
    # The same pattern serves several languages (age bands): match it once per text.
    done: dict[str, list[re.Match[str]]] = {}
    for i in sorted(candidates) if candidates is not None else range(len(cues)):
        cue = cues[i]
        if limit is not None and counts.get(cue.tactic, 0) >= limit:
            continue
        key = cue.pattern.pattern
        if key not in done:
            done[key] = list(_cue_matches(cue, text, same))
        for m in done[key]:
            if cue.tactic not in _SELF_NEGATED and _NEGATION.search(text, max(0, m.start() - 60), m.start()):
                continue
            if cue.tactic == "job_young_women_only" and _MEN.search(
                text, max(0, m.start() - 25), m.end() + 25
            ):
                continue
            yield cue.tactic, m
            counts[cue.tactic] = counts.get(cue.tactic, 0) + 1
            if limit is not None and counts[cue.tactic] >= limit:
                break


def field_text(ad: Mapping[str, Any], name: str) -> str:
    """A field as bounded text; None, NaN and missing keys become ''."""
    value = ad.get(name)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)[:MAX_FIELD_CHARS]


def _flag(value: Any) -> float | None:
    """An EMSCAD 0/1 field as 1.0/0.0, or None when absent or unreadable."""
    text = "" if value is None else str(value).strip().lower()
    if text in {"1", "1.0", "true", "t", "yes"}:
        return 1.0
    if text in {"0", "0.0", "false", "f", "no"}:
        return 0.0
    return None


def _may_have(text: str, needles: tuple[str, ...]) -> bool:
    """False only when no case-insensitive match can exist: none of `needles` (lower-case) is in `text`."""
    lowered = text.lower()
    return any(n in lowered for n in needles) or any(ch in text for ch in _CASE_EXOTIC)


def _may_have_url(text: str, words: frozenset[str] | None = None) -> bool:
    # Every _URL match holds "http", "www." or a ".com/"-like ending, whole words when known.
    if words is not None:
        return not words.isdisjoint(_URL_WORDS)
    return _may_have(text, _URL_NEEDLES)


@lru_cache(maxsize=1)
def _per_day_words() -> tuple[frozenset[str], ...]:
    # "per day", "/noche", "pe zi": every _PER_DAY match ends with one of these whole words.
    return word_requirements(_PER_DAY.pattern)[0]


def _may_have_words(words: frozenset[str] | None, needs: tuple[frozenset[str], ...]) -> bool:
    """False only when `words` are known and miss one of the `needs` (sets of which one word is needed)."""
    return words is None or all(not words.isdisjoint(need) for need in needs)


def _may_have_messenger(text: str, words: frozenset[str] | None = None) -> bool:
    if words is not None:
        return not words.isdisjoint(_MESSENGER_WORDS)
    return _may_have(text, _MESSENGER_NEEDLES)


def _has_messenger(text: str, words: frozenset[str] | None) -> bool:
    """Whether `_MESSENGER` matches `text`; `words` (its lower-cased words, if known) often tell alone."""
    if words is not None and not words.isdisjoint(_MESSENGER_ALONE):
        return True  # a whole word such as "telegram" is a match of its own
    return _may_have_messenger(text, words) and _MESSENGER.search(text) is not None


def model_text(ad: Mapping[str, Any], words: frozenset[str] | None = None) -> str:
    """The text the n-gram model sees, with URLs, e-mails and phones made into generic tokens.

    `words`: the lower-cased words of the ad's text fields, when known (see ``scan_text``).
    """
    text = " \n ".join(field_text(ad, f) for f in MODEL_TEXT_FIELDS)
    # Each substitution runs only when a match is possible (same result, most ads skip most of them).
    if "#" in text:
        text = _PLACEHOLDER.sub(lambda m: f" x{m.group(1).lower()}x ", text)
    if "@" in text:
        text = _EMAIL.sub(" xemailx ", text)
    if _may_have_url(text, words):
        text = _URL.sub(" xurlx ", text)
    if _PHONE_CORE.search(text):
        text = _PHONE.sub(" xphonex ", text)
    return text


DENSE_NAMES: tuple[str, ...] = (
    "structured_given",
    "logo",
    "logo_missing",
    "questions",
    "telecommuting",
    "company_profile_given",
    "company_profile_long",
    "salary_given",
    "employment_type_missing",
    "experience_missing",
    "education_missing",
    "requirements_missing",
    "benefits_missing",
    "log_length",
    "upper_ratio",
    "exclamations",
    "emoji",
    "url",
    "email",
    "phone",
    "money",
    "money_per_day",
    "messenger",
    *(f"cue:{t['id']}" for t in job_tactics()),
    "cue_count",
)


def cue_tactics(ad: Mapping[str, Any]) -> set[str]:
    """The job tactics whose cues occur in any text field (matched field by field, like the flags)."""
    return {tactic for name in TEXT_FIELDS for tactic, _ in find_cues(field_text(ad, name), limit=1)}


# Keys that only a record in EMSCAD's own format carries all of (see dense_features).
_EMSCAD_FORMAT_KEYS = (
    "has_company_logo",
    "has_questions",
    "telecommuting",
    "required_experience",
    "required_education",
    "industry",
    "function",
)


def dense_features(
    ad: Mapping[str, Any], tactics: set[str] | None = None, words: frozenset[str] | None = None
) -> list[float]:
    """Language-agnostic features in the order of ``DENSE_NAMES``.

    `tactics`: the cue matches if already made; `words`: the lower-cased words of all text fields
    if known (from ``scan_text``), which rule out URL and messenger matches without a regex scan.
    """
    # Structured fields count only for records in EMSCAD's full format (its CSV rows carry every
    # column, even empty). A pasted text, or a hand-written ad with a few of the keys, is no EMSCAD
    # row: scored as one it took EMSCAD's base rate and length effect (+12.6 log-odds), and 18 of
    # 47 legitimate ads of data/jobs/fresh_dev.jsonl became alarms once given "has_company_logo": 1.
    structured = all(k in ad for k in _EMSCAD_FORMAT_KEYS)
    s = 1.0 if structured else 0.0
    logo = _flag(ad.get("has_company_logo"))
    profile = field_text(ad, "company_profile").strip()
    text = " ".join(field_text(ad, f) for f in ("title", "description", "requirements", "benefits"))
    raw = text + " " + profile
    letters, upper = _letter_counts(text[:5000])
    seen = cue_tactics(ad) if tactics is None else tactics
    cues = [1.0 if t["id"] in seen else 0.0 for t in job_tactics()]
    money = _may_have(text, _MONEY_NEEDLES) and _MONEY.search(text) is not None
    per_day = money and _may_have_words(words, _per_day_words()) and _PER_DAY.search(text) is not None
    return [
        s,
        s * (logo or 0.0),
        s * (1.0 if logo is None else 0.0),
        s * (_flag(ad.get("has_questions")) or 0.0),
        s * (_flag(ad.get("telecommuting")) or 0.0),
        s * (1.0 if profile else 0.0),
        s * (1.0 if len(profile) > 300 else 0.0),
        1.0 if field_text(ad, "salary_range").strip() else 0.0,
        s * (0.0 if field_text(ad, "employment_type").strip() else 1.0),
        s * (0.0 if field_text(ad, "required_experience").strip() else 1.0),
        s * (0.0 if field_text(ad, "required_education").strip() else 1.0),
        s * (0.0 if field_text(ad, "requirements").strip() else 1.0),
        s * (0.0 if field_text(ad, "benefits").strip() else 1.0),
        math.log1p(len(text)) / 10.0,
        upper / (letters or 1),
        min(text.count("!"), 10) / 10.0,
        # Emoji are outside ASCII: searching only the non-ASCII characters gives the same answer.
        1.0 if not text.isascii() and _EMOJI.search(_non_ascii(text)) else 0.0,
        1.0 if "#URL_" in raw or (_may_have_url(raw, words) and _URL.search(raw)) else 0.0,
        1.0 if "#EMAIL_" in raw or ("@" in raw and _EMAIL.search(raw)) else 0.0,
        1.0 if "#PHONE_" in raw or _PHONE_CORE.search(raw) else 0.0,
        1.0 if money else 0.0,
        1.0 if per_day else 0.0,
        1.0 if _has_messenger(raw, words) else 0.0,
        *cues,
        sum(cues) / 3.0,
    ]


CHAR_NGRAMS = (3, 4, 5)
_MULT = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)


# Bytes kept by the character n-grams: a-z, 0-9 and the UTF-8 bytes of non-ASCII letters; the rest is a space.
_BYTE_MAP = bytes(b if b >= 128 or 48 <= b <= 57 or 97 <= b <= 122 else 32 for b in range(256))


_SPACE_RUN = re.compile(b"  +")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # Accents stripped (as scikit-learn's strip_accents_unicode), then typographic marks and
    # symbols ("’", "–", "€") made spaces: they said more about EMSCAD's sources than about fraud
    # (they were top features); money has its own dense feature. Letters and digits stay.
    return "".join(c if c.isalnum() else " " for c in strip_accents_unicode(ch))


def _char_bytes(text: str) -> np.ndarray:
    """The lower-cased text without accents as bytes, all but letters and digits made a space."""
    folded = text.lower()
    if not folded.isascii():
        # Character by character is the same as by runs: decomposing (NFKD) works per character
        # and only reorders combining marks, which are dropped. An ad has few distinct non-ASCII
        # characters, and what one becomes is never changed by another (letters fold to themselves).
        for ch in set(_non_ascii(folded)):
            folded = folded.replace(ch, _fold_char(ch))
    # One space for any run: bullets, line breaks and double spaces are layout of the source site.
    data = _SPACE_RUN.sub(b" ", folded.encode("utf-8", "ignore").translate(_BYTE_MAP))
    return np.frombuffer(data, dtype=np.uint8)


def _char_hashes(data: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """For each n of CHAR_NGRAMS, the column (uint64) of the n-gram starting at every position of `data`."""
    wide = data.astype(np.uint64)
    h = wide
    for n in range(2, max(CHAR_NGRAMS) + 1):
        m = len(wide) - n + 1
        if m <= 0:
            return
        with np.errstate(over="ignore"):  # uint64 arithmetic wraps around, which the hash relies on
            # Horner's rule, one byte longer at each step: the n-gram hash extends the (n-1)-gram's.
            # In place where possible: each temporary array of a batch is megabytes.
            if n == 2:
                h = wide[:m] * _MULT
            else:
                h = h[:m]
                h *= _MULT
            h += wide[n - 1 : n - 1 + m]
            if n not in CHAR_NGRAMS:
                continue
            cols = h + np.uint64(n)
            cols *= _MIX
            cols ^= cols >> np.uint64(29)
            cols &= np.uint64(N_HASH_FEATURES - 1)
        yield n, cols


def _char_ngram_entries(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per text, its distinct hashed n-gram columns (ascending) and l2-normalised binary values.

    Returns (values, columns, count per text), the entries of all texts one after the other.
    """
    parts = [_char_bytes(t) for t in texts]
    lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    data = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint8)
    # Key = text number and column in one integer; 32 bits sort about twice as fast as 64.
    key_type = np.uint32 if len(parts) * N_HASH_FEATURES < 2**32 else np.uint64
    # N-grams that straddle two texts get the largest key, which sorts last and is dropped.
    straddle = np.iinfo(key_type).max
    ends = np.cumsum(lengths)
    starts = ends - lengths
    doc_bits = np.repeat(np.arange(len(parts), dtype=np.uint64) << np.uint64(_HASH_BITS), lengths)
    key = np.empty(sum(max(len(data) - n + 1, 0) for n in CHAR_NGRAMS), dtype=key_type)
    filled = 0
    for n, cols in _char_hashes(data):
        m = len(cols)
        cols |= doc_bits[:m]
        block = key[filled : filled + m]
        np.copyto(block, cols, casting="unsafe")
        filled += m
        if len(parts) > 1:
            # Straddling n-grams start in the last n-1 bytes of a text other than the last one.
            first = (ends[:-1, None] - np.arange(1, n)).ravel()
            block[first[(first >= np.repeat(starts[:-1], n - 1)) & (first < m)]] = straddle
    key.sort()
    # Distinct keys by hand: np.unique is ten times slower here than a sort and a comparison.
    if len(key):
        distinct = np.empty(len(key), dtype=bool)
        distinct[0] = True
        np.not_equal(key[1:], key[:-1], out=distinct[1:])
        key = key[distinct]
        key = key[:-1] if key[-1] == straddle else key
    # Each text's keys are one sorted stretch: its bounds are where its first possible key would go.
    bounds = np.searchsorted(key, (np.arange(len(parts) + 1) * N_HASH_FEATURES).astype(key_type))
    counts = np.diff(bounds)
    cols = key.astype(np.int32)
    cols &= N_HASH_FEATURES - 1
    values = np.repeat(1.0 / np.sqrt(np.maximum(counts, 1)), counts)
    return values, cols, counts


def char_ngram_matrix(texts: Sequence[str]) -> sp.csr_matrix:
    """Binary hashed character 3-5-grams of each folded text, rows l2-normalised.

    Hashes are multiplicative over the UTF-8 bytes, mixed, modulo ``N_HASH_FEATURES``: the same on
    every machine and run. The whole batch is hashed at once with numpy (no string per n-gram).
    """
    values, cols, counts = _char_ngram_entries(texts)
    indptr = np.concatenate([[0], np.cumsum(counts)])
    return sp.csr_matrix((values, cols, indptr), shape=(len(texts), N_HASH_FEATURES))


def featurize(
    ads: Sequence[Mapping[str, Any]],
    tactics: Sequence[set[str]] | None = None,
    words: Sequence[frozenset[str] | None] | None = None,
) -> sp.csr_matrix:
    """Sparse design matrix: hashed character n-grams, then dense features (`tactics`, `words`: per ad)."""
    found = tactics if tactics is not None else [None] * len(ads)
    known = words if words is not None else [None] * len(ads)
    gram_values, gram_cols, gram_counts = _char_ngram_entries(
        [model_text(ad, w) for ad, w in zip(ads, known, strict=True)]
    )
    rows = [dense_features(ad, t, w) for ad, t, w in zip(ads, found, known, strict=True)]
    dense = np.asarray(rows, dtype=np.float64).reshape(len(ads), len(DENSE_NAMES))
    # The arrays `hstack` of the two blocks would give (each row: its n-grams, then its non-zero
    # dense features), laid out directly: stacking two sparse matrices cost more than the rest.
    nonzero = dense != 0
    dense_counts = nonzero.sum(axis=1)
    counts = gram_counts + dense_counts
    indptr = np.concatenate([[0], np.cumsum(counts)])
    gram_at = np.arange(len(gram_cols)) + np.repeat(
        indptr[:-1] - np.cumsum(gram_counts) + gram_counts, gram_counts
    )
    dense_at = np.arange(int(dense_counts.sum())) + np.repeat(
        indptr[1:] - np.cumsum(dense_counts), dense_counts
    )
    values = np.empty(int(indptr[-1]), dtype=np.float64)
    cols = np.empty(int(indptr[-1]), dtype=np.int32)
    values[gram_at], cols[gram_at] = gram_values, gram_cols
    values[dense_at], cols[dense_at] = dense[nonzero], N_HASH_FEATURES + np.nonzero(nonzero)[1]
    return sp.csr_matrix((values, cols, indptr), shape=(len(ads), N_HASH_FEATURES + len(DENSE_NAMES)))


def feature_name(index: int, vocabulary: Mapping[int, str] | None = None) -> str:
    """A readable name for a column: the dense name, or the n-gram(s) hashed there when known."""
    if index >= N_HASH_FEATURES:
        return DENSE_NAMES[index - N_HASH_FEATURES]
    if vocabulary and index in vocabulary:
        return vocabulary[index]
    return f"hash:{index}"


def hashed_vocabulary(texts: Iterable[str], wanted: Iterable[int]) -> dict[int, str]:
    """Name the `wanted` hashed columns by (the first seen of) the character n-grams landing there."""
    cols_wanted = np.fromiter(wanted, dtype=np.uint64)
    names: dict[int, str] = {}
    for text in texts:
        folded = _char_bytes(text)
        for n, cols in _char_hashes(folded):
            for start in np.flatnonzero(np.isin(cols, cols_wanted)).tolist():
                gram = bytes(folded[start : start + n]).decode("utf-8", "replace")
                names.setdefault(int(cols[start]), gram)
        if len(names) == len(cols_wanted):
            break
    return names
