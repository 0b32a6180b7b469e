"""Text normalisation (Unicode folding, de-noising, reversible offsets) and language identification."""

from vigila.text.language import LANGUAGES, detect_language, language_scores
from vigila.text.normalize import NormalizedText, normalize

__all__ = ["LANGUAGES", "NormalizedText", "detect_language", "language_scores", "normalize"]
