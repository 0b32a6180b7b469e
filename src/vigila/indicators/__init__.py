"""Indicator taxonomy of recruitment and grooming tactics, and their multilingual cues.

    >>> from vigila.indicators import find_signals
    >>> [s.tactic for s in find_signals("no le digas nada a tus padres")]
    ['secrecy']
    >>> [s.tactic for s in find_signals("les pide que no se lo digan a sus padres", domain="report")]
    ['secrecy']

Schema of a tactic in `data/*.json`: `id`, `name`, `description`, `severity` in [0, 1], optional signed
`weight` (default severity; negative lowers risk), `stage`, `category` (recruitment, grooming, both),
`domains` (chat, job, ad, report), `speaker` (other, user, any), `sources`, and `cues`: language
(es, en, pt, fr, ro or "any") -> list of regular expressions over folded text. `cues` serve every
domain of the tactic, unless `domain_cues` gives one domain its own list:
`"domain_cues": {"report": {"es": [...], ...}}`. The chat tactics use it for the `report` domain:
anonymous reports tell tactics in the third person ("the recruiter keeps her passport", "les regala
créditos") where chat cues expect "you" ("give me your passport"). `report.json` holds tactics that
exist only in reports (an adult contacting minors; `minors_mentioned`, weight 0, a context marker
that `vigila.detectors.report` uses to weigh grooming tactics more).
"""

from vigila.indicators.cues import find_signals
from vigila.indicators.fold import fold
from vigila.indicators.taxonomy import LANGS, Tactic, Taxonomy, load_taxonomy, read_taxonomy

__all__ = ["LANGS", "Tactic", "Taxonomy", "find_signals", "fold", "load_taxonomy", "read_taxonomy"]
