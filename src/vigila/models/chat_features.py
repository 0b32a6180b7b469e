"""Features of the chat model: hashed character n-grams and cue indicators, cheap enough per message."""

from __future__ import annotations

import numpy as np

from vigila.core.types import Signal

HASH_BITS = 18
NGRAM_SIZES = (3, 4)
MAX_NGRAM_CHARS = 2000  # long messages: the opening is enough for style; cues still read further
_MIX = np.uint64(0x9E3779B97F4A7C15)
_STEP = np.uint64(1000003)


def ngram_indices(folded: str, bits: int = HASH_BITS) -> np.ndarray:
    """Bucket indices of the character 3- and 4-grams of a folded text (stable across runs and machines)."""
    padded = f" {folded[:MAX_NGRAM_CHARS]} "
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    shift = np.uint64(64 - bits)
    h = None
    for n in range(1, max(NGRAM_SIZES) + 1):
        m = len(codes) - n + 1
        if m <= 0:
            break
        # Extend the (n-1)-gram hashes by one character instead of rehashing every n-gram.
        h = codes[:m] + _STEP if h is None else h[:m] * _STEP + codes[n - 1 : n - 1 + m]
        if n in NGRAM_SIZES:
            parts.append(((h ^ np.uint64(n)) * _MIX) >> shift)
    return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)


def cue_columns(tactic_ids: list[str]) -> dict[tuple[str, str], int]:
    """Column of each (tactic, role) pair after the hashed block; role is "user" or "other"."""
    out: dict[tuple[str, str], int] = {}
    for i, tid in enumerate(tactic_ids):
        out[(tid, "other")] = 2 * i
        out[(tid, "user")] = 2 * i + 1
    return out


def cue_vector(signals: list[Signal], role: str, columns: dict[tuple[str, str], int]) -> list[int]:
    """Cue columns that fire in one message said by `role`."""
    return sorted({columns[(s.tactic, role)] for s in signals if (s.tactic, role) in columns})
