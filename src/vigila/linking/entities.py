"""Entity clusters: ads sharing a normalised identifier, joined by union-find with a hub guard."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from vigila.linking.graph import components


@dataclass
class EntityLinks:
    """Result of entity linking: labels per ad, plus the identifiers set aside as hubs and why."""

    labels: np.ndarray
    hubs: dict[str, str] = field(default_factory=dict)
    edges: int = 0


class EntityLinker:
    """Union ads that share an identifier, except hub identifiers.

    An identifier is a hub when it appears in more than ``max_ads`` ads, or, when ``groups`` (template
    clusters) are given, in more than ``max_groups`` different groups: an operator reuses its phone
    across a few templates, a switchboard or agency number spans hundreds of unrelated texts.
    """

    def __init__(self, max_ads: int = 5000, max_groups: int = 8) -> None:
        self.max_ads = max_ads
        self.max_groups = max_groups

    def link(self, identifiers: list[tuple[str, ...]], groups: np.ndarray | None = None) -> EntityLinks:
        """Label each ad with its entity cluster (smallest ad index in the cluster)."""
        by_id: dict[str, list[int]] = defaultdict(list)
        for i, ids in enumerate(identifiers):
            for ident in ids:
                by_id[ident].append(i)
        hubs: dict[str, str] = {}
        lefts: list[np.ndarray] = []
        rights: list[np.ndarray] = []
        for ident, members in by_id.items():
            if len(members) < 2:
                continue
            if len(members) > self.max_ads:
                hubs[ident] = f"in {len(members)} ads (limit {self.max_ads})"
                continue
            arr = np.asarray(members, dtype=np.int64)
            if groups is not None:
                n_groups = len(np.unique(groups[arr]))
                if n_groups > self.max_groups:
                    hubs[ident] = f"joins {n_groups} unrelated templates (limit {self.max_groups})"
                    continue
            lefts.append(np.full(len(arr) - 1, arr[0]))
            rights.append(arr[1:])
        left = np.concatenate(lefts) if lefts else np.zeros(0, dtype=np.int64)
        right = np.concatenate(rights) if rights else np.zeros(0, dtype=np.int64)
        return EntityLinks(components(len(identifiers), left, right), hubs, len(left))
