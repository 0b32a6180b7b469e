"""Vigila: explainable, multilingual, offline AI against human trafficking for sexual exploitation.

The analysis core works as a plain library, with no server, database or network::

    import vigila
    vigila.extract("escríbeme al seis uno dos 345 678")
    monitor = vigila.ConversationMonitor()
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Public name -> "module:attribute"; imported on first use so `import vigila` stays cheap.
_EXPORTS: dict[str, str] = {
    "Assessment": "vigila.core.types:Assessment",
    "Entity": "vigila.core.types:Entity",
    "Level": "vigila.core.types:Level",
    "Signal": "vigila.core.types:Signal",
    "VigilaError": "vigila.core.errors:VigilaError",
    "extract": "vigila.recognizers:extract",
    "register_recognizer": "vigila.recognizers:register",
    "Recognizer": "vigila.recognizers:Recognizer",
    "normalize": "vigila.text:normalize",
    "detect_language": "vigila.text:detect_language",
    "ConversationMonitor": "vigila.detectors.conversation:ConversationMonitor",
    "find_signals": "vigila.indicators:find_signals",
    "load_taxonomy": "vigila.indicators:load_taxonomy",
    "JobOfferAssessor": "vigila.detectors.jobs:JobOfferAssessor",
    "AdAssessor": "vigila.detectors.ads:AdAssessor",
    "OperatorClusterer": "vigila.linking.operators:OperatorClusterer",
    "cluster_ads": "vigila.linking.pipeline:cluster_ads",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'vigila' has no attribute {name!r}")
    module, _, attr = target.partition(":")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
