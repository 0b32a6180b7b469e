"""The recognizers Vigila runs by default."""

from __future__ import annotations

from vigila.recognizers.age import AgeRecognizer
from vigila.recognizers.base import Recognizer
from vigila.recognizers.crypto import CryptoRecognizer
from vigila.recognizers.date import DateRecognizer
from vigila.recognizers.email import EmailRecognizer
from vigila.recognizers.handle import HandleRecognizer
from vigila.recognizers.location import LocationRecognizer
from vigila.recognizers.money import MoneyRecognizer
from vigila.recognizers.phone import PhoneRecognizer
from vigila.recognizers.url import UrlRecognizer


def builtin_recognizers() -> list[Recognizer]:
    """Fresh instances of every built-in recognizer."""
    return [
        CryptoRecognizer(),
        EmailRecognizer(),
        HandleRecognizer(),
        UrlRecognizer(),
        PhoneRecognizer(),
        MoneyRecognizer(),
        DateRecognizer(),
        AgeRecognizer(),
        LocationRecognizer(),
    ]
