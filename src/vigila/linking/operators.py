"""Operator clusters: template, entity and style links combined, with a confidence and a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from vigila.core.types import Assessment
from vigila.detectors.ads import AdAssessor, AdCorpusContext
from vigila.linking.entities import EntityLinker
from vigila.linking.features import AdFeatures
from vigila.linking.graph import components
from vigila.linking.minhash import lsh_pairs
from vigila.linking.style import StyleLinker, pair_cosine
from vigila.linking.templates import slot_template

# Confidence of a cluster held together by near-duplicate text or a shared identifier only.
STRONG = 0.95


@dataclass
class ClusterResult:
    """Labels of every ad in the three views and the combined operator view, plus assessments."""

    features: AdFeatures
    template: np.ndarray
    entity: np.ndarray
    operator: np.ndarray
    confidence: np.ndarray  # per ad: the confidence of its operator cluster
    assessments: list[Assessment]
    hubs: dict[str, str] = field(default_factory=dict)
    style_links: int = 0

    def _cid(self, prefix: str, label: int) -> str:
        return f"{prefix}-{self.features.ads[label].id}"

    def records(self) -> Iterator[dict[str, Any]]:
        """Output lines: id, cluster ids in each view, confidence, risk and signals, in input order."""
        for i, ad in enumerate(self.features.ads):
            a = self.assessments[i]
            yield {
                "id": ad.id,
                "cluster_id": self._cid("op", int(self.operator[i])),
                "template_cluster": self._cid("tpl", int(self.template[i])),
                "entity_cluster": self._cid("ent", int(self.entity[i])),
                "confidence": round(float(self.confidence[i]), 3),
                "risk": round(a.risk, 4),
                "level": a.level.value,
                "signals": [s.to_dict() for s in a.signals],
            }

    def summaries(self, min_size: int = 2, limit: int | None = None) -> list[dict[str, Any]]:
        """Plain-dict summaries of operator clusters with ≥ ``min_size`` ads, largest-risk first."""
        labels, counts = np.unique(self.operator, return_counts=True)
        members_of = _group_indices(self.operator)
        chosen = [int(lab) for lab, c in zip(labels, counts, strict=True) if c >= min_size]
        mean_risk = {
            lab: float(np.mean([self.assessments[i].risk for i in members_of[lab]])) for lab in chosen
        }
        chosen.sort(key=lambda lab: (-mean_risk[lab] * np.log1p(len(members_of[lab])), lab))
        if limit is not None:
            chosen = chosen[:limit]
        return [self._summary(lab, members_of[lab], mean_risk[lab]) for lab in chosen]

    def _summary(self, label: int, members: np.ndarray, mean_risk: float) -> dict[str, Any]:
        ads = [self.features.ads[i] for i in members]
        timeline = sorted((a.posted_at or "", a.city or "", a.id) for a in ads)
        cities: list[str] = []
        for _, city, _ in timeline:
            if city and (not cities or cities[-1] != city):
                cities.append(city)
        idents = Counter(x for i in members for x in self.features.identifiers[i])
        tactics = Counter(s.tactic for i in members for s in self.assessments[i].signals)
        risks = [self.assessments[i].risk for i in members]
        by_template = _group_indices(self.template[members])
        biggest = max(by_template.values(), key=len)
        return {
            "cluster_id": self._cid("op", label),
            "size": len(members),
            "confidence": round(float(self.confidence[members[0]]), 3),
            "mean_risk": round(mean_risk, 4),
            "max_risk": round(max(risks), 4),
            "first_seen": next((t for t, _, _ in timeline if t), None),
            "last_seen": next((t for t, _, _ in reversed(timeline) if t), None),
            "cities": cities,
            "identifiers": [{"id": k, "ads": v} for k, v in idents.most_common(20)],
            "template_clusters": len(by_template),
            "entity_clusters": len(set(self.entity[members].tolist())),
            "template": slot_template([ads[k].full_text for k in biggest[:12]]),
            "top_indicators": [{"tactic": k, "ads": v} for k, v in tactics.most_common(6)],
            "timeline": [{"posted_at": t, "city": c, "id": i} for t, c, i in timeline[:500]],
            "ads": [a.id for a in ads],
        }


class OperatorClusterer:
    """Cluster ads into operators from three views; each view's labels are also returned alone.

    1. template: MinHash LSH (``bands`` bands) over word shingles, pairs with estimated Jaccard ≥
       ``template_threshold``, kept only when the two ads' styles do not disagree (cosine ≥
       ``template_style_min``, and ≥ ``weak_style_min`` for a weak link with Jaccard < ``weak_jaccard``):
       at scale, unrelated operators draw near-identical stock texts and style tells them apart;
       2. entity: shared normalised identifiers, hubs set aside (:class:`EntityLinker`); 3. style:
       mutual nearest groups by style, size-aware threshold (:class:`StyleLinker`).
    """

    def __init__(
        self,
        bands: int = 21,
        template_threshold: float = 0.5,
        hub_max_ads: int = 5000,
        hub_max_groups: int = 8,
        style_threshold: float = 0.9,
        style_min_size: int = 3,
        use_style: bool = True,
        weak_jaccard: float = 0.6,
        weak_style_min: float = 0.6,
        template_style_min: float = 0.4,
    ) -> None:
        self.bands = bands
        self.template_threshold = template_threshold
        self.hub_max_ads = hub_max_ads
        self.hub_max_groups = hub_max_groups
        self.style_threshold = style_threshold
        self.style_min_size = style_min_size
        self.use_style = use_style
        self.weak_jaccard = weak_jaccard
        self.weak_style_min = weak_style_min
        self.template_style_min = template_style_min

    def fit(self, feats: AdFeatures) -> ClusterResult:
        """Cluster the featurised ads and assess each one with corpus context."""
        n = len(feats)
        idx = np.arange(n, dtype=np.int64)
        left, right, jac = lsh_pairs(feats.signatures, self.bands, self.template_threshold)
        cos = pair_cosine(feats.styles, left, right)
        keep = (cos >= self.template_style_min) & ((jac >= self.weak_jaccard) | (cos >= self.weak_style_min))
        left, right = left[keep], right[keep]
        template = components(n, left, right)
        links = EntityLinker(self.hub_max_ads, self.hub_max_groups).link(feats.identifiers, template)
        unit = components(n, np.concatenate([idx, idx]), np.concatenate([template, links.labels]))
        operator = unit
        confidence = np.where(np.bincount(unit, minlength=n)[unit] > 1, STRONG, 1.0)
        n_style = 0
        if self.use_style:
            a, b, sim = StyleLinker(self.style_threshold, self.style_min_size).link(feats.styles, unit)
            n_style = len(a)
            operator = components(n, np.concatenate([idx, a]), np.concatenate([unit, b]))
            # A style join is weaker evidence than shared text or identifiers: scale it into 0.5..0.9.
            span = max(1e-9, 1.0 - self.style_threshold)
            weakest = np.full(n, STRONG)
            np.minimum.at(
                weakest, operator[a], 0.5 + 0.4 * np.clip((sim - self.style_threshold) / span, 0, 1)
            )
            confidence = np.where(np.bincount(operator, minlength=n)[operator] > 1, weakest[operator], 1.0)
        assessor = AdAssessor()
        context = AdCorpusContext.from_ads(feats.ads)
        assessments = [
            assessor.score(feats.signals[i] + assessor.corpus_signals(ad, context))
            for i, ad in enumerate(feats.ads)
        ]
        return ClusterResult(
            feats, template, links.labels, operator, confidence, assessments, links.hubs, n_style
        )


def _group_indices(labels: np.ndarray) -> dict[int, np.ndarray]:
    order = np.argsort(labels, kind="stable")
    sl = labels[order]
    cuts = np.flatnonzero(np.diff(sl)) + 1
    return {
        int(g[0]): order[s:e]
        for g, s, e in zip(np.split(sl, cuts), [0, *cuts], [*cuts, len(sl)], strict=True)
    }
