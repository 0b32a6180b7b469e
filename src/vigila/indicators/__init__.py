"""Indicator taxonomy of recruitment and grooming tactics, and their multilingual cues.

    >>> from vigila.indicators import find_signals
    >>> [s.tactic for s in find_signals("no le digas nada a tus padres")]
    ['secrecy']
"""

from vigila.indicators.cues import find_signals
from vigila.indicators.fold import fold
from vigila.indicators.taxonomy import LANGS, Tactic, Taxonomy, load_taxonomy, read_taxonomy

__all__ = ["LANGS", "Tactic", "Taxonomy", "find_signals", "fold", "load_taxonomy", "read_taxonomy"]
