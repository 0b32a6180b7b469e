"""Find tactic cues in a text: spans in the original text, tolerant of case, accents and leetspeak."""

from __future__ import annotations

from vigila.core.types import Signal
from vigila.indicators.fold import fold
from vigila.indicators.taxonomy import ANY_LANG, DOMAINS, LANGS, Taxonomy, load_taxonomy


def cue_langs(lang: str | None) -> tuple[str, ...]:
    """Cue languages to run: the given one plus English (common in code-switching), else all; plus "any"."""
    if lang in LANGS:
        return (lang, ANY_LANG) if lang == "en" else (lang, "en", ANY_LANG)
    return (*LANGS, ANY_LANG)


def find_signals(
    text: str,
    lang: str | None = None,
    domain: str = "chat",
    speaker: str | None = None,
    taxonomy: Taxonomy | None = None,
) -> list[Signal]:
    """Signals of `domain`'s tactics in `text`, ordered by position.

    `lang` None or unknown runs the cues of every language; `speaker` "user" keeps only tactics that
    the protected person's own words reveal, "other" only tactics used by the other party, None both.
    """
    if domain not in DOMAINS:
        raise ValueError(f"unknown domain {domain!r}; expected one of {list(DOMAINS)}")
    if not text:
        return []
    tax = taxonomy or load_taxonomy()
    folded = fold(text)
    seen: set[tuple[str, int]] = set()
    out: list[Signal] = []
    for code in cue_langs(lang):
        pattern, groups = tax.pattern(domain, code)
        for m in pattern.finditer(folded):
            name = m.lastgroup
            if name is None:
                continue
            tactic = groups[name]
            if speaker is not None and tactic.speaker not in ("any", speaker):
                continue
            start, end = m.span()
            if (tactic.id, start) in seen or start == end:
                continue
            seen.add((tactic.id, start))
            out.append(Signal(tactic.id, tactic.weight, start, end, text[start:end].strip()))
    out.sort(key=lambda s: (s.start, s.end))
    return out
