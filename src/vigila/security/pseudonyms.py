"""Keyed pseudonyms of entities: equal values give equal HMACs, so reports link without revealing.

The key is a server secret (`keys/pseudonyms.key`). Without it, a stolen database cannot be
brute-forced back to phone numbers, which a plain hash of a phone number would allow.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from pathlib import Path

from vigila.security.keys import ensure_secret

SECRET_NAME = "pseudonyms"
# Short prefixes shown to analysts next to a pseudonym ("ph-3f2a9c").
PREFIXES = {"phone": "ph", "email": "em", "handle": "hd", "crypto_address": "cr", "url": "ur"}


def normalise(kind: str, value: str) -> str:
    """The form two spellings of one entity share: NFKC, trimmed, case-folded; '@' dropped on handles."""
    v = unicodedata.normalize("NFKC", value).strip().casefold()
    if kind == "handle":
        v = v.lstrip("@")
    elif kind == "phone":
        v = "".join(ch for ch in v if ch.isdigit() or ch == "+")
    elif kind == "url":
        v = v.removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    return v


class Pseudonymizer:
    """HMAC-SHA256 of `kind:normalised value` under one secret key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> Pseudonymizer:
        """The pseudonymizer keyed with the deployment's secret."""
        return cls(ensure_secret(data_dir, SECRET_NAME))

    def hmac(self, kind: str, value: str) -> str:
        """Hex HMAC of the normalised entity; the entity type is part of the message."""
        message = f"{kind}:{normalise(kind, value)}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def short(kind: str, digest: str) -> str:
    """A short label for an entity HMAC, for screens and exports."""
    return f"{PREFIXES.get(kind, kind[:2])}-{digest[:6]}"
