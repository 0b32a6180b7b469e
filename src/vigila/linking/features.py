"""Per-ad features computed once (the "map" step): MinHash signature, identifiers, style, text signals.

A batch of features is columnar; batches from different partitions concatenate in input order, so a
distributed run and a single-machine run feed the same arrays to the clustering step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from vigila.core.types import Signal
from vigila.detectors.ads import Ad, AdAssessor
from vigila.linking.minhash import MinHasher
from vigila.linking.style import DIM, style_matrix

_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def normalize_phone(raw: str, region: str = "US") -> str | None:
    """E.164 form of a phone field: a fast path for clean E.164, ``vigila.extract`` otherwise."""
    compact = re.sub(r"[\s().-]", "", raw)
    if _E164.match(compact):
        return compact
    from vigila.recognizers import extract

    phones = [e.normalized for e in extract(raw, region=region) if e.type == "phone"]
    return phones[0] if phones else None


def ad_identifiers(ad: Ad, region: str = "US", text_entities: bool = False) -> tuple[str, ...]:
    """Typed, normalised identifiers of an ad: phone field, image hashes, optionally entities in the text."""
    out: list[str] = []
    if ad.phone:
        phone = normalize_phone(ad.phone, region)
        if phone:
            out.append(f"phone:{phone}")
    out.extend(f"image:{h.strip().lower()}" for h in ad.image_hashes if h.strip())
    if text_entities:
        from vigila.recognizers import extract

        for e in extract(ad.full_text, region=region):
            if e.type in ("phone", "email", "handle", "crypto"):
                out.append(f"{e.type}:{e.normalized}")
    return tuple(sorted(set(out)))


@dataclass
class AdFeatures:
    """Columnar features of a batch of ads, in input order."""

    ads: list[Ad]
    signatures: np.ndarray
    identifiers: list[tuple[str, ...]]
    styles: np.ndarray
    signals: list[list[Signal]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ads)

    @classmethod
    def concat(cls, parts: list[AdFeatures], num_perm: int = 64) -> AdFeatures:
        """Join batches in order."""
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls([], np.zeros((0, num_perm), np.uint32), [], np.zeros((0, DIM), np.float16), [])
        return cls(
            [a for p in parts for a in p.ads],
            np.concatenate([p.signatures for p in parts]),
            [x for p in parts for x in p.identifiers],
            np.concatenate([p.styles for p in parts]),
            [s for p in parts for s in p.signals],
        )


@dataclass
class Featurizer:
    """Computes :class:`AdFeatures` for a batch of ads; plain settings, so it pickles to workers."""

    num_perm: int = 64
    shingle: int = 2
    backend: str = "rensa"
    region: str = "US"
    text_entities: bool = False
    assess: bool = True

    def __call__(self, ads: list[Ad]) -> AdFeatures:
        """Features of ``ads`` in order."""
        texts = [a.full_text for a in ads]
        sig = MinHasher(self.num_perm, self.shingle, backend=self.backend).signatures(texts)
        styles = style_matrix(texts).astype(np.float16)  # half precision: 1M ads in ~0.5 GB
        idents = [ad_identifiers(a, self.region, self.text_entities) for a in ads]
        assessor = AdAssessor()
        signals = [assessor.text_signals(a) for a in ads] if self.assess else [[] for _ in ads]
        return AdFeatures(list(ads), sig, idents, styles, signals)
