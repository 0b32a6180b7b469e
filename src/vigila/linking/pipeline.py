"""Single-machine pipeline: chunks of ads → features → operator clusters."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from vigila.detectors.ads import Ad
from vigila.linking.features import AdFeatures, Featurizer
from vigila.linking.operators import ClusterResult, OperatorClusterer

CHUNK = 20_000


def chunked(ads: Iterable[Ad], size: int = CHUNK) -> Iterator[list[Ad]]:
    """Lists of at most ``size`` ads, in order."""
    chunk: list[Ad] = []
    for ad in ads:
        chunk.append(ad)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def featurize_all(
    ads: Iterable[Ad], featurizer: Featurizer | None = None, progress: Callable[[int], None] | None = None
) -> AdFeatures:
    """Features of all ads, chunk by chunk; ``progress`` gets the number of ads done per chunk."""
    featurizer = featurizer or Featurizer()
    parts = []
    for chunk in chunked(ads):
        parts.append(featurizer(chunk))
        if progress:
            progress(len(chunk))
    return AdFeatures.concat(parts, featurizer.num_perm)


def cluster_ads(
    ads: Iterable[Ad],
    clusterer: OperatorClusterer | None = None,
    featurizer: Featurizer | None = None,
    progress: Callable[[int], None] | None = None,
) -> ClusterResult:
    """Cluster ads into operators on this machine (see :class:`OperatorClusterer`)."""
    feats = featurize_all(ads, featurizer, progress)
    return (clusterer or OperatorClusterer()).fit(feats)
