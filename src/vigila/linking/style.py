"""Stylometry: per-ad style vectors (function words, punctuation, casing, emoji, char 3-grams) and
links between groups of ads whose style is nearly the same although templates and phones differ."""

from __future__ import annotations

import re

import numpy as np

# Function words and the abbreviations ad writers use in their place (en, es, fr, pt).
FUNCTION_WORDS = [
    "a",
    "an",
    "and",
    "are",
    "at",
    "be",
    "but",
    "by",
    "for",
    "from",
    "i",
    "im",
    "in",
    "is",
    "it",
    "me",
    "my",
    "no",
    "not",
    "of",
    "on",
    "or",
    "so",
    "the",
    "this",
    "to",
    "u",
    "ur",
    "we",
    "with",
    "you",
    "your",
    "&",
    "2",
    "4",
    "n",
    "r",
    "y",
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "en",
    "con",
    "para",
    "por",
    "que",
    "un",
    "una",
    "mi",
    "muy",
    "es",
    "et",
    "le",
    "les",
    "des",
    "du",
    "pour",
    "avec",
    "je",
    "tu",
    "vous",
    "um",
    "uma",
    "com",
    "para",
    "os",
    "as",
    "da",
    "do",
]
_FW_INDEX = {w: i for i, w in enumerate(dict.fromkeys(FUNCTION_WORDS))}
_PUNCT = "!?.,~*-|/&:;()♡+#$%'\""
_EMOJI_BUCKETS = 32
_NGRAM_BUCKETS = 64
_WORD = re.compile(r"\S+")
_PUNCT_INDEX = np.full(0x2700, -1, dtype=np.int64)
_PUNCT_INDEX[[ord(c) for c in _PUNCT]] = np.arange(len(_PUNCT))
DIM = len(_FW_INDEX) + len(_PUNCT) + 4 + _EMOJI_BUCKETS + _NGRAM_BUCKETS


def style_vector(text: str) -> np.ndarray:
    """A fixed-length float32 style profile of one text (rates, so ad length matters little)."""
    return style_matrix([text])[0]


def style_matrix(texts: list[str]) -> np.ndarray:
    """Style profiles of many texts at once (vectorised over all characters of the batch)."""
    n_docs = len(texts)
    v = np.zeros((n_docs, DIM), dtype=np.float32)
    if n_docs == 0:
        return v
    for d, text in enumerate(texts):
        words = _WORD.findall(text.lower())
        nw = max(1, len(words))
        row = v[d]
        for w in words:
            k = _FW_INDEX.get(w.strip(".,!?~*"))
            if k is not None:
                row[k] += 1.0 / nw
        row[len(_FW_INDEX) + len(_PUNCT) + 1] = sum(len(w) for w in words) / nw / 10.0
        row[len(_FW_INDEX) + len(_PUNCT) + 2] = text.count("  ") * 10.0 / max(1, len(text))
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n_docs)
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    doc = np.repeat(np.arange(n_docs), lengths)
    inv_len = 1.0 / np.maximum(lengths, 1)
    off = len(_FW_INDEX)
    small = codes < len(_PUNCT_INDEX)
    hit = np.full(len(codes), -1, dtype=np.int64)
    hit[small] = _PUNCT_INDEX[codes[small]]
    ok = hit >= 0
    counts = np.bincount(doc[ok] * len(_PUNCT) + hit[ok], minlength=n_docs * len(_PUNCT))
    v[:, off : off + len(_PUNCT)] = counts.reshape(n_docs, -1) * (10.0 * inv_len[:, None])
    off += len(_PUNCT)
    upper = ((codes >= 65) & (codes <= 90)) | ((codes >= 0xC0) & (codes <= 0xDE))
    lower = ((codes >= 97) & (codes <= 122)) | ((codes >= 0xDF) & (codes <= 0xFF))
    digit = (codes >= 48) & (codes <= 57)
    n_up = np.bincount(doc, weights=upper, minlength=n_docs)
    n_low = np.bincount(doc, weights=lower, minlength=n_docs)
    v[:, off] = n_up / np.maximum(1, n_up + n_low)
    v[:, off + 3] = np.bincount(doc, weights=digit, minlength=n_docs) * 5.0 * inv_len
    off += 4
    # Symbols and emoji (dingbats, arrows, pictographs): which ones a writer habitually uses.
    sym = ((codes >= 0x2000) & (codes < 0x3000)) | (codes >= 0x1F000)
    counts = np.bincount(
        doc[sym] * _EMOJI_BUCKETS + codes[sym] % _EMOJI_BUCKETS, minlength=n_docs * _EMOJI_BUCKETS
    )
    v[:, off : off + _EMOJI_BUCKETS] = counts.reshape(n_docs, -1)
    off += _EMOJI_BUCKETS
    # 3-grams over the text with letters and digits folded: separators and spacing habits.
    if len(codes) >= 3:
        folded = np.where(upper | lower | digit, 97, codes % 4093)
        grams = (folded[:-2] * 65599 + folded[1:-1] * 257 + folded[2:]) % _NGRAM_BUCKETS
        same = doc[:-2] == doc[2:]
        counts = np.bincount(doc[:-2][same] * _NGRAM_BUCKETS + grams[same], minlength=n_docs * _NGRAM_BUCKETS)
        v[:, off:] = counts.reshape(n_docs, -1) * (10.0 * inv_len[:, None])
    return v


class StyleLinker:
    """Link groups of ads (e.g. template or entity clusters) by the cosine of their mean style.

    Two groups are linked when each is the other's most similar group and their similarity, after
    standardising features over all groups, is at least the threshold. The more groups there are,
    the closer an unrelated nearest neighbour gets by chance, so the threshold rises by
    ``scale_step`` per doubling of the groups beyond ``reference_groups`` (up to ``max_threshold``).
    """

    def __init__(
        self,
        threshold: float = 0.9,
        min_size: int = 3,
        block: int = 2048,
        reference_groups: int = 2000,
        scale_step: float = 0.02,
        max_threshold: float = 0.97,
    ) -> None:
        self.threshold = threshold
        self.min_size = min_size
        self.block = block
        self.reference_groups = reference_groups
        self.scale_step = scale_step
        self.max_threshold = max_threshold

    def effective_threshold(self, n_groups: int) -> float:
        """The threshold used among ``n_groups`` candidate groups (size-aware, see the class doc)."""
        doublings = np.log2(max(1.0, n_groups / max(1, self.reference_groups)))
        return float(
            max(self.threshold, min(self.max_threshold, self.threshold + self.scale_step * doublings))
        )

    def link(self, styles: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Pairs of group labels (a, b, similarity) that should be one operator."""
        uniq, inv, counts = np.unique(labels, return_inverse=True, return_counts=True)
        big = np.flatnonzero(counts >= self.min_size)
        if len(big) < 2:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        sums = np.zeros((len(uniq), styles.shape[1]), dtype=np.float64)
        np.add.at(sums, inv, styles)
        means = sums[big] / counts[big, None]
        means = (means - means.mean(axis=0)) / (means.std(axis=0) + 1e-6)
        means /= np.linalg.norm(means, axis=1, keepdims=True) + 1e-12
        best = np.empty(len(big), dtype=np.int64)
        best_sim = np.empty(len(big))
        for s in range(0, len(big), self.block):
            sims = means[s : s + self.block] @ means.T
            rows = np.arange(sims.shape[0])
            sims[rows, rows + s] = -np.inf
            best[s : s + self.block] = sims.argmax(axis=1)
            best_sim[s : s + self.block] = sims[rows, best[s : s + self.block]]
        idx = np.arange(len(big))
        mutual = (best[best] == idx) & (idx < best) & (best_sim >= self.effective_threshold(len(big)))
        a, b = idx[mutual], best[mutual]
        return uniq[big[a]], uniq[big[b]], best_sim[mutual]


def pair_cosine(styles: np.ndarray, left: np.ndarray, right: np.ndarray, chunk: int = 32_768) -> np.ndarray:
    """Cosine of the style vectors of ad pairs, after standardising each feature over all ads."""
    if len(left) == 0 or len(styles) == 0:
        return np.zeros(len(left))
    mean = np.zeros(styles.shape[1])
    sq = np.zeros(styles.shape[1])
    for s in range(0, len(styles), chunk):
        block = styles[s : s + chunk].astype(np.float64)
        mean += block.sum(axis=0)
        sq += (block * block).sum(axis=0)
    mean /= len(styles)
    std = np.sqrt(np.maximum(sq / len(styles) - mean * mean, 0.0)) + 1e-6
    out = np.empty(len(left))
    step = chunk  # rows per block: a few tens of MB, never a float copy of all styles
    mean32, std32 = mean.astype(np.float32), std.astype(np.float32)
    for s in range(0, len(left), step):
        a = (styles[left[s : s + step]].astype(np.float32) - mean32) / std32
        b = (styles[right[s : s + step]].astype(np.float32) - mean32) / std32
        norms = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-12
        out[s : s + step] = (a * b).sum(axis=1) / norms
    return out
