"""The tactic taxonomy: every `data/*.json` file, validated, with cue patterns compiled per language."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from vigila.core.errors import VigilaError
from vigila.indicators.fold import fold_pattern

DATA_DIR = Path(__file__).parent / "data"
LANGS = ("es", "en", "pt", "fr", "ro")
ANY_LANG = "any"  # cues that hold in every language (emoji, numbers, brand names)
DOMAINS = ("chat", "job", "ad", "report")
CATEGORIES = ("recruitment", "grooming", "both")
SPEAKERS = ("other", "user", "any")
# A cue that starts with \b and then surely a word character (a letter, digit or letter group).
_WORD_START = re.compile(r"[a-z0-9]|\(\?:[a-z0-9]|\\w")


@dataclass(frozen=True, slots=True)
class Tactic:
    """One documented recruitment or grooming move, with its cues per language."""

    id: str
    name: str
    description: str
    severity: float
    weight: float
    stage: str
    category: str
    domains: tuple[str, ...]
    speaker: str
    sources: tuple[str, ...]
    cues: dict[str, tuple[str, ...]] = field(compare=False, hash=False)
    file: str = ""
    # Cues that replace `cues` in one domain (the third-person "report" narratives): domain -> lang -> cues.
    domain_cues: dict[str, dict[str, tuple[str, ...]]] = field(
        default_factory=dict, compare=False, hash=False
    )

    def cues_for(self, domain: str) -> dict[str, tuple[str, ...]]:
        """The cues read in `domain`: its own list from `domain_cues` if it has one, else `cues`."""
        return self.domain_cues.get(domain, self.cues)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as written in the data files."""
        return {
            "id": self.id, "name": self.name, "description": self.description, "severity": self.severity,
            "weight": self.weight, "stage": self.stage, "category": self.category,
            "domains": list(self.domains), "speaker": self.speaker, "sources": list(self.sources),
            "cues": {lang: list(p) for lang, p in self.cues.items()},
        } | ({"domain_cues": {d: {lang: list(p) for lang, p in c.items()}
                              for d, c in self.domain_cues.items()}} if self.domain_cues else {})


class Taxonomy:
    """All tactics by id; `matcher(domain, langs)` gives compiled cue alternations."""

    def __init__(self, tactics: Iterable[Tactic]) -> None:
        self.tactics: dict[str, Tactic] = {}
        for t in tactics:
            if t.id in self.tactics:
                other = self.tactics[t.id].file
                raise VigilaError(f"duplicate tactic id {t.id!r} in {t.file} (already defined in {other})")
            self.tactics[t.id] = t
        self._patterns: dict[tuple[str, str], tuple[re.Pattern[str], dict[str, Tactic]]] = {}

    def __len__(self) -> int:
        return len(self.tactics)

    def __getitem__(self, tactic_id: str) -> Tactic:
        return self.tactics[tactic_id]

    def for_domain(self, domain: str) -> list[Tactic]:
        """The tactics that apply to a domain (chat, job or ad), in file order."""
        return [t for t in self.tactics.values() if domain in t.domains]

    def pattern(self, domain: str, lang: str) -> tuple[re.Pattern[str], dict[str, Tactic]]:
        """One compiled alternation of every cue of `domain` in `lang`, and its group-name -> tactic map."""
        key = (domain, lang)
        if key not in self._patterns:
            groups: dict[str, Tactic] = {}
            at_word: list[str] = []
            anywhere: list[str] = []
            for i, t in enumerate(self.for_domain(domain)):
                cues = [fold_pattern(c) for c in t.cues_for(domain).get(lang, ())]
                words = [c[2:] for c in cues if c.startswith(r"\b") and _WORD_START.match(c[2:])]
                others = [c for c in cues if not (c.startswith(r"\b") and _WORD_START.match(c[2:]))]
                for prefix, chosen, bucket in (("w", words, at_word), ("a", others, anywhere)):
                    if chosen:
                        groups[f"{prefix}{i}"] = t
                        bucket.append(f"(?P<{prefix}{i}>{'|'.join(chosen)})")
            # One cheap guard for all word-initial cues, so the engine skips mid-word positions at once.
            parts = ([rf"(?<!\w)(?=\w)(?:{'|'.join(at_word)})"] if at_word else []) + anywhere
            regex = "|".join(parts) or r"(?!x)x"
            self._patterns[key] = (re.compile(regex, re.IGNORECASE), groups)
        return self._patterns[key]


def _fail(where: str, problem: str) -> VigilaError:
    return VigilaError(f"taxonomy {where}: {problem}")


def _tactic(raw: Any, file: str) -> Tactic:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise _fail(file, "every tactic needs a non-empty string 'id'")
    where = f"{file} tactic {raw['id']!r}"
    severity = raw.get("severity")
    if not isinstance(severity, int | float) or not 0.0 <= severity <= 1.0:
        raise _fail(where, "'severity' must be a number in [0, 1]")
    weight = raw.get("weight", severity)
    if not isinstance(weight, int | float) or not math.isfinite(weight):
        raise _fail(where, "'weight' must be a finite number (negative lowers the risk)")
    domains = raw.get("domains")
    if not isinstance(domains, list) or not domains or not set(domains) <= set(DOMAINS):
        raise _fail(where, f"'domains' must be a non-empty subset of {list(DOMAINS)}")
    category = raw.get("category", "both")
    if category not in CATEGORIES:
        raise _fail(where, f"'category' must be one of {list(CATEGORIES)}")
    speaker = raw.get("speaker", "any")
    if speaker not in SPEAKERS:
        raise _fail(where, f"'speaker' must be one of {list(SPEAKERS)}")
    compiled = _cues(raw.get("cues", {}), where, "cues")  # empty for tactics a detector computes
    per_domain = raw.get("domain_cues", {})
    if not isinstance(per_domain, dict) or not set(per_domain) <= set(domains):
        raise _fail(where, "'domain_cues' must map some of the tactic's own 'domains' to cue lists")
    domain_cues = {d: _cues(c, where, f"domain_cues[{d!r}]") for d, c in per_domain.items()}
    return Tactic(
        id=raw["id"], name=str(raw.get("name", raw["id"])), description=str(raw.get("description", "")),
        severity=float(severity), weight=float(weight), stage=str(raw.get("stage", "")), category=category,
        domains=tuple(domains), speaker=speaker, sources=tuple(str(s) for s in raw.get("sources", [])),
        cues=compiled, file=file, domain_cues=domain_cues,
    )


def _cues(cues: Any, where: str, key: str) -> dict[str, tuple[str, ...]]:
    """Validate one language -> patterns map (`cues`, or one domain's list in `domain_cues`)."""
    if not isinstance(cues, dict):
        raise _fail(where, f"'{key}' must map languages to lists of patterns")
    compiled: dict[str, tuple[str, ...]] = {}
    for lang, patterns in cues.items():
        if lang not in LANGS and lang != ANY_LANG:
            raise _fail(where, f"unknown cue language {lang!r} (expected one of {[*LANGS, ANY_LANG]})")
        if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
            raise _fail(where, f"{key}[{lang!r}] must be a list of non-empty strings")
        for p in patterns:
            if "(?P<" in p:
                raise _fail(where, f"cue {p!r} must not use named groups")
            try:
                re.compile(fold_pattern(p))
            except re.error as exc:
                raise _fail(where, f"cue {p!r} is not a valid regular expression ({exc})") from None
        compiled[lang] = tuple(patterns)
    return compiled


def read_taxonomy(directory: Path | str = DATA_DIR) -> Taxonomy:
    """Read and validate every `*.json` file in a directory (tactic ids must be unique across files)."""
    folder = Path(directory)
    files = sorted(folder.glob("*.json"))
    if not files:
        raise VigilaError(f"no taxonomy files (*.json) in {folder}")
    tactics: list[Tactic] = []
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise _fail(path.name, f"cannot read JSON ({exc})") from None
        raw = doc.get("tactics") if isinstance(doc, dict) else doc
        if not isinstance(raw, list):
            raise _fail(path.name, "expected a list of tactics or an object with 'tactics'")
        tactics.extend(_tactic(t, path.name) for t in raw)
    return Taxonomy(tactics)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy (cached): every tactic of every file in `vigila/indicators/data/`."""
    return read_taxonomy(DATA_DIR)
