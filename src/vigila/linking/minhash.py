"""MinHash signatures over word shingles, and LSH banding to find near-duplicate ads."""

from __future__ import annotations

import re

import numpy as np

from vigila.linking.graph import star_edges

_TOKEN = re.compile(r"[^\W_]+")
_DIGITS = str.maketrans("0123456789", "0000000000")  # prices, ages, phones become slots


def shingles(text: str, k: int = 2) -> list[str]:
    """Word k-shingles of lower-cased text with digits folded, so slot values matter less."""
    toks = _TOKEN.findall(text.lower().translate(_DIGITS))
    if len(toks) < k:
        return [" ".join(toks)] if toks else []
    return [" ".join(toks[i : i + k]) for i in range(len(toks) - k + 1)]


class MinHasher:
    """MinHash signatures for batches of texts; ``backend`` is "rensa" (fast, Rust) or "datasketch"."""

    def __init__(self, num_perm: int = 64, shingle: int = 2, seed: int = 1, backend: str = "rensa") -> None:
        if backend not in ("rensa", "datasketch"):
            raise ValueError(f"unknown MinHash backend {backend!r} (use rensa or datasketch)")
        self.num_perm = num_perm
        self.shingle = shingle
        self.seed = seed
        self.backend = backend

    def signatures(self, texts: list[str]) -> np.ndarray:
        """One row of ``num_perm`` uint32 minima per text (deterministic across processes)."""
        sets = [shingles(t, self.shingle) or [""] for t in texts]
        if not sets:
            return np.zeros((0, self.num_perm), dtype=np.uint32)
        if self.backend == "rensa":
            import rensa

            matrix = rensa.RMinHash.digest_matrix_from_token_sets(sets, self.num_perm, self.seed)
            return np.asarray(matrix.to_rows(), dtype=np.uint32)
        from datasketch import MinHash

        hashes = MinHash.bulk(
            [[s.encode() for s in ss] for ss in sets], num_perm=self.num_perm, seed=self.seed
        )
        return np.stack([h.hashvalues for h in hashes]).astype(np.uint32)


def lsh_pairs(sig: np.ndarray, bands: int, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs sharing a band with estimated Jaccard ≥ threshold, as arrays (i, j, jaccard)."""
    n, perms = sig.shape
    rows = perms // bands
    mult = np.array(
        [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5] * 8, dtype=np.uint64
    )[:rows]
    lefts, rights = [], []
    for b in range(bands):
        block = sig[:, b * rows : (b + 1) * rows].astype(np.uint64)
        keys = (block * mult).sum(axis=1) ^ np.uint64(b)  # wraps mod 2^64: a band fingerprint
        i, j = star_edges(keys)
        lefts.append(i)
        rights.append(j)
    if not lefts or n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    left = np.concatenate(lefts)
    right = np.concatenate(rights)
    pair = np.unique(np.minimum(left, right) * np.int64(n) + np.maximum(left, right))
    left, right = pair // n, pair % n
    jac = np.empty(len(left))
    for s in range(0, len(left), 200_000):  # chunks keep the comparison matrix small
        e = slice(s, s + 200_000)
        jac[e] = (sig[left[e]] == sig[right[e]]).mean(axis=1)
    keep = jac >= threshold
    return left[keep], right[keep], jac[keep]
