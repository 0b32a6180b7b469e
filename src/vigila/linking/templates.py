"""A readable template per cluster: the words its ads share, with variable slots shown as [...]."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\S+")
SLOT = "[…]"


def slot_template(texts: list[str], max_docs: int = 12, keep: float = 0.6) -> str:
    """Template of near-duplicate texts: tokens of a representative found in ≥ ``keep`` of the others."""
    if not texts:
        return ""
    docs = [_TOKEN.findall(t) for t in texts[:max_docs]]
    docs.sort(key=len)
    rep = docs[len(docs) // 2]  # the median-length text is least likely to carry extra sentences
    others = [d for d in docs if d is not rep]
    if not others:
        return " ".join(rep)
    hits = [0] * len(rep)
    low_rep = [w.lower() for w in rep]
    for d in others:
        sm = SequenceMatcher(None, low_rep, [w.lower() for w in d], autojunk=False)
        for block in sm.get_matching_blocks():
            for k in range(block.a, block.a + block.size):
                hits[k] += 1
    out: list[str] = []
    for w, h in zip(rep, hits, strict=True):
        if h >= keep * len(others):
            out.append(w)
        elif not out or out[-1] != SLOT:
            out.append(SLOT)
    return " ".join(out)
