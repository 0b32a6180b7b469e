"""Union-find over edge lists, vectorised with scipy's connected components."""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def components(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Canonical component labels: each node gets the smallest node index of its component."""
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if len(left) == 0:
        return np.arange(n, dtype=np.int64)
    data = np.ones(len(left), dtype=np.int8)
    graph = coo_matrix((data, (left, right)), shape=(n, n)).tocsr()
    _, raw = connected_components(graph, directed=False)
    # Relabel by the first member so labels do not depend on scipy's traversal order.
    first = np.full(raw.max() + 1, n, dtype=np.int64)
    np.minimum.at(first, raw, np.arange(n, dtype=np.int64))
    return first[raw]


def star_edges(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Edges joining each node to the first node that shares its key (one pass, n edges at most)."""
    order = np.argsort(keys, kind="stable")
    sk = keys[order]
    new = np.ones(len(sk), dtype=bool)
    new[1:] = sk[1:] != sk[:-1]
    head = order[np.maximum.accumulate(np.where(new, np.arange(len(sk)), 0))]
    keep = ~new
    return head[keep], order[keep]
