"""Spanish and Portuguese nouns whose plural adds -es: the singular must match too (celular, móvil)."""

from __future__ import annotations

import pytest

from vigila.indicators import find_signals


@pytest.mark.parametrize(
    ("text", "lang", "domain", "tactic"),
    [
        ("le quitaron el celular", "es", "report", "isolation"),
        ("le quitaron el móvil", "es", "report", "isolation"),
        ("tiraram o celular dela", "pt", "report", "isolation"),
        ("ele lhe deu um celular novo", "pt", "report", "gifts"),
        ("le regalo un móvil nuevo", "es", "chat", "gifts"),
        ("una transmisión en directo para ganar dinero", "es", "chat", "webcam_modelling"),
    ],
)
def test_singular_noun_fires(text: str, lang: str, domain: str, tactic: str) -> None:
    assert tactic in {s.tactic for s in find_signals(text, lang=lang, domain=domain)}
