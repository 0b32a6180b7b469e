"""Synthetic, non-explicit conversations in es, en, pt, fr, ro with message-level "first risk" labels.

Each move (a tactic or an ordinary exchange) has three template families per language. Families
0 and 1 feed training and tuning; family 2 is held out for the test split, so the test measures
generalisation to phrasings the model never saw.
"""

from vigila.models.chatgen.generate import FAMILIES, SPLITS, generate

__all__ = ["FAMILIES", "SPLITS", "generate"]
