"""Features of a job ad for the fraud model: hashed word n-grams plus language-agnostic dense cues.

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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

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
N_HASH_FEATURES = 2**18

_PLACEHOLDER = re.compile(r"#(URL|EMAIL|PHONE)_[0-9a-f]+#", re.I)
# Bounded repetitions: unbounded ones go quadratic on long runs like "0.0.0.…" (found by fuzzing).
_URL = re.compile(
    r"\b(?:https?://|www\.)\S{1,300}|\b[\w-]{1,63}\.(?:com|net|org|io|es|pt|fr|ro|br)/\S{0,300}", re.I
)
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}\b")
_PHONE = re.compile(r"(?:\+|\b00)?\d[\d\s().-]{7,20}\d")
_MONEY = re.compile(r"(?:[$€£]|r\$)\s?\d|\d\s?(?:€|\$|£|eur\b|euros?\b|usd\b|lei\b|reais\b|dollars?\b)", re.I)
_PER_DAY = re.compile(
    r"\b(?:per|a|al|por|par|pe|ao)\s+(?:day|night|week|d[ií]a|noche|semana|jour|nuit|soir|semaine|zi|noapte|"
    r"s[aă]pt[aă]m[aâ]n[aă]|dia|noite)\b|/\s?(?:day|night|d[ií]a|jour|zi|dia|noite|noche)\b",
    re.I,
)
_MESSENGER = re.compile(
    r"\b(?:whats\s?app|wasap|zap|telegram|viber|signal|wechat|snap(?:chat)?|kik|line\s+id)\b", re.I
)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_LETTERS = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[^\W\d_a-zà-ÿ]")


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled cue pattern of a tactic, with literals of which any match contains at least one.

    `fast` is the same pattern for lower-cased text, without IGNORECASE and without its leading
    ``\\b`` (checked by hand instead): that lets the regex engine jump to its first literal, which
    makes a scan tens of times faster. None when the pattern has upper-case literals.
    """

    tactic: str
    pattern: re.Pattern[str]
    needles: tuple[str, ...] | None
    fast: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def job_tactics() -> tuple[dict[str, Any], ...]:
    """The job-specific tactics shipped in ``indicators/data/jobs.json``."""
    raw = resources.files("vigila.indicators").joinpath("data/jobs.json").read_text("utf-8")
    return tuple(json.loads(raw)["tactics"])


def _needles(items: Any) -> set[str] | None:
    """Lower-case literals such that every match of the parsed regex `items` contains one; None: unknown."""
    best: set[str] | None = None
    run = ""

    def consider(found: set[str] | None) -> None:
        nonlocal best
        # Prefer the requirement whose shortest literal is longest: it filters best.
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, arg in [*list(items), (None, None)]:
        if op is _sre.LITERAL:
            run += chr(arg).lower()
            continue
        if len(run) >= 3:
            consider({run})
        run = ""
        if op is _sre.SUBPATTERN:
            consider(_needles(arg[-1]))
        elif op is _sre.BRANCH:
            parts = [_needles(branch) for branch in arg[1]]
            if all(part for part in parts):
                consider(set().union(*[part for part in parts if part]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            consider(_needles(arg[2]))
    return best


@lru_cache(maxsize=1)
def job_cues() -> tuple[Cue, ...]:
    """Every cue of every job tactic (all languages), compiled case-insensitive, with its needles."""
    cues = []
    for tactic in job_tactics():
        for pattern in (p for patterns in tactic["cues"].values() for p in patterns):
            needles = _needles(_parser.parse(pattern, re.I))
            literals = re.sub(r"\\.", "", pattern)
            lower_only = literals == literals.lower()
            fast = re.compile(pattern[2:]) if pattern.startswith(r"\b") and lower_only else None
            found = tuple(needles) if needles else None
            cues.append(Cue(tactic["id"], re.compile(pattern, re.I), found, fast))
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


@lru_cache(maxsize=1)
def _needle_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Needle -> indices of the cues that need it, and the indices of cues without needles."""
    index: dict[str, list[int]] = {}
    for i, cue in enumerate(job_cues()):
        for needle in cue.needles or ():
            index.setdefault(needle, []).append(i)
    always = tuple(i for i, cue in enumerate(job_cues()) if cue.needles is None)
    return {n: tuple(ids) for n, ids in index.items()}, always


def find_cues(text: str, limit: int | None = None) -> Iterator[tuple[str, re.Match[str]]]:
    """(tactic id, match) for job cues in `text`, skipping denied and mixed-gender matches.

    `limit` caps the matches per tactic. A cue runs only when one of its needles is in the text:
    a substring test is far cheaper than a regex scan.
    """
    if not text:
        return
    lowered = text.lower()
    same = lowered if len(lowered) == len(text) else None
    index, always = _needle_index()
    candidates = set(always)
    for needle, ids in index.items():
        if needle in lowered:
            candidates.update(ids)
    cues = job_cues()
    counts: dict[str, int] = {}
    for i in sorted(candidates):
        cue = cues[i]
        if limit is not None and counts.get(cue.tactic, 0) >= limit:
            continue
        for m in _cue_matches(cue, text, same):
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


def model_text(ad: Mapping[str, Any]) -> str:
    """The words the n-gram model sees, with URLs, e-mails and phones made into generic tokens."""
    text = " \n ".join(field_text(ad, f) for f in MODEL_TEXT_FIELDS)
    text = _PLACEHOLDER.sub(lambda m: f" x{m.group(1).lower()}x ", text)
    text = _EMAIL.sub(" xemailx ", text)
    text = _URL.sub(" xurlx ", text)
    return _PHONE.sub(" xphonex ", text)


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


def dense_features(ad: Mapping[str, Any], tactics: set[str] | None = None) -> list[float]:
    """Language-agnostic features in the order of ``DENSE_NAMES``; `tactics` if already matched."""
    # Structured fields count only when the record carries them (CSV rows, full JSONL); a pasted
    # text has none, and must not look like an ad that hid its company.
    structured = any(k in ad for k in ("has_company_logo", "has_questions", "telecommuting"))
    s = 1.0 if structured else 0.0
    logo = _flag(ad.get("has_company_logo"))
    profile = field_text(ad, "company_profile").strip()
    text = " ".join(field_text(ad, f) for f in ("title", "description", "requirements", "benefits"))
    raw = text + " " + profile
    letters = len(_LETTERS.findall(text[:5000])) or 1
    seen = cue_tactics(ad) if tactics is None else tactics
    cues = [1.0 if t["id"] in seen else 0.0 for t in job_tactics()]
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
        len(_UPPER.findall(text[:5000])) / letters,
        min(text.count("!"), 10) / 10.0,
        1.0 if _EMOJI.search(text) else 0.0,
        1.0 if _URL.search(raw) or "#URL_" in raw else 0.0,
        1.0 if _EMAIL.search(raw) or "#EMAIL_" in raw else 0.0,
        1.0 if _PHONE.search(raw) or "#PHONE_" in raw else 0.0,
        1.0 if _MONEY.search(text) else 0.0,
        1.0 if _PER_DAY.search(text) and _MONEY.search(text) else 0.0,
        1.0 if _MESSENGER.search(raw) else 0.0,
        *cues,
        sum(cues) / 3.0,
    ]


@lru_cache(maxsize=1)
def _vectorizer() -> HashingVectorizer:
    # Stateless: the same parameters give the same columns at training and at load time.
    return HashingVectorizer(
        n_features=N_HASH_FEATURES,
        ngram_range=(1, 2),
        strip_accents="unicode",
        lowercase=True,
        alternate_sign=False,
        binary=True,
        norm="l2",
        token_pattern=r"(?u)\b\w\w+\b",
    )


def featurize(ads: Sequence[Mapping[str, Any]], tactics: Sequence[set[str]] | None = None) -> sp.csr_matrix:
    """Sparse design matrix: hashed n-grams, then the dense features (`tactics`: cue matches per ad)."""
    words = _vectorizer().transform([model_text(ad) for ad in ads])
    found = tactics if tactics is not None else [None] * len(ads)
    dense = sp.csr_matrix(
        np.asarray([dense_features(ad, t) for ad, t in zip(ads, found, strict=True)], dtype=np.float64)
    )
    return sp.hstack([words, dense], format="csr")


def feature_name(index: int, vocabulary: Mapping[int, str] | None = None) -> str:
    """A readable name for a column: the dense name, or the n-gram(s) hashed there when known."""
    if index >= N_HASH_FEATURES:
        return DENSE_NAMES[index - N_HASH_FEATURES]
    if vocabulary and index in vocabulary:
        return vocabulary[index]
    return f"hash:{index}"


def hashed_vocabulary(texts: Sequence[str]) -> dict[int, str]:
    """Map hashed columns back to (some of) the n-grams that land there, for explaining a model."""
    analyzer = _vectorizer().build_analyzer()
    names: dict[int, str] = {}
    for text in texts:
        for gram in set(analyzer(text)):
            names.setdefault(hashed_column(gram), gram)
    return names


def hashed_column(gram: str) -> int:
    """The column HashingVectorizer gives an n-gram (signed murmurhash3, absolute value, modulo)."""
    return abs(int(murmurhash3_32(gram, seed=0))) % N_HASH_FEATURES
