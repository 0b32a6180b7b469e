"""Cryptocurrency addresses, kept only when their checksum holds.

Bitcoin (base58check P2PKH/P2SH, bech32 SegWit v0 and bech32m Taproot), Ethereum (EIP-55 checked
when written in mixed case; all-lower or all-upper has no checksum and is accepted, then
normalised to its EIP-55 form), Tron (base58check, version 0x41) and Monero (standard and
integrated addresses, Monero base58 with a Keccak-256 checksum). A string that fails its checksum is
not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import base58
import bech32
from Crypto.Hash import keccak

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BTC_B58 = re.compile(rf"(?<![\w])[13][{_B58}]{{25,34}}(?![\w])")
_BTC_BECH32 = re.compile(r"(?<![\w])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![\w])")
_ETH = re.compile(r"(?<![\w])0x[0-9a-fA-F]{40}(?![\w])")
_TRON = re.compile(rf"(?<![\w])T[{_B58}]{{33}}(?![\w])")
_XMR = re.compile(rf"(?<![\w])[48][{_B58}]{{94}}(?:[{_B58}]{{11}})?(?![\w])")

_BECH32_CONST, _BECH32M_CONST = 1, 0x2BC830A3


def _keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def btc_base58_ok(address: str) -> bool:
    """A valid base58check Bitcoin address (P2PKH version 0x00 or P2SH 0x05)."""
    try:
        payload = base58.b58decode_check(address)
    except ValueError:
        return False
    return len(payload) == 21 and payload[0] in (0x00, 0x05)


def btc_bech32_ok(address: str) -> bool:
    """A valid SegWit address: bech32 for version 0, bech32m for versions 1-16 (BIP 173/350)."""
    if address.lower() != address and address.upper() != address:
        return False
    hrp, _, data_part = address.lower().rpartition("1")
    if hrp != "bc" or len(data_part) < 7:
        return False
    data = [bech32.CHARSET.find(c) for c in data_part]
    if -1 in data:
        return False
    const = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data)
    version = data[0]
    if (version == 0 and const != _BECH32_CONST) or (version > 0 and const != _BECH32M_CONST):
        return False
    program = bech32.convertbits(data[1:-6], 5, 8, False)
    if program is None or not 2 <= len(program) <= 40 or version > 16:
        return False
    return not (version == 0 and len(program) not in (20, 32))


def eip55(address: str) -> str:
    """The EIP-55 mixed-case form of a 0x-prefixed Ethereum address."""
    hex_part = address[2:].lower()
    digest = _keccak256(hex_part.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if int(d, 16) >= 8 else c for c, d in zip(hex_part, digest[:40], strict=True)
    )


def eth_ok(address: str) -> bool:
    """Whether an Ethereum address passes EIP-55 (only checked when written in mixed case)."""
    body = address[2:]
    if body.lower() == body or body.upper() == body:
        return True
    return eip55(address) == address


def tron_ok(address: str) -> bool:
    """A valid Tron address: base58check with version byte 0x41."""
    try:
        payload = base58.b58decode_check(address)
    except ValueError:
        return False
    return len(payload) == 21 and payload[0] == 0x41


_XMR_BLOCK_SIZES = {0: 0, 2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 9: 6, 10: 7, 11: 8}


def _xmr_b58decode(text: str) -> bytes | None:
    """Monero base58: 11-character blocks encode 8 bytes each, big-endian."""
    out = bytearray()
    for i in range(0, len(text), 11):
        block = text[i : i + 11]
        size = _XMR_BLOCK_SIZES.get(len(block))
        if size is None:
            return None
        value = 0
        for c in block:
            value = value * 58 + _B58.index(c)
        if value >= 1 << (8 * size):
            return None
        out += value.to_bytes(size, "big")
    return bytes(out)


def monero_ok(address: str) -> bool:
    """A valid Monero address: Keccak-256 checksum over the decoded payload."""
    raw = _xmr_b58decode(address)
    if raw is None or len(raw) not in (69, 77):
        return False
    return _keccak256(raw[:-4])[:4] == raw[-4:]


class CryptoRecognizer(Recognizer):
    """Bitcoin, Ethereum, Tron and Monero addresses that pass their checksum."""

    name = "crypto"
    entity_types = ("crypto_address",)
    priority = 90

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield checksum-valid addresses; `normalized` is the exact checksummed string."""
        text = doc.text
        # An address is a run of 14+ ASCII letters and digits ("bc1" + 11 at the shortest), so it sits in a
        # space-separated word at least as long that holds its first characters: each pattern runs only
        # when such a word is there, which is cheaper than scanning every position.
        words = text.split()
        if max(map(len, words), default=0) < 14:
            return  # the common case, told in C without building a list
        long_words = [word for word in words if len(word) >= 14]

        def has_word(length: int, *prefixes: str) -> bool:
            return any(len(w) >= length and any(p in w for p in prefixes) for w in long_words)

        for m in _BTC_B58.finditer(text) if has_word(26, "1", "3") else ():
            if btc_base58_ok(m.group()):
                yield self.entity("crypto_address", doc, *m.span(), m.group(), 0.99, currency="BTC")
        for m in _BTC_BECH32.finditer(text) if has_word(14, "bc1", "BC1") else ():
            if btc_bech32_ok(m.group()):
                yield self.entity("crypto_address", doc, *m.span(), m.group().lower(), 0.99, currency="BTC")
        for m in _ETH.finditer(text) if has_word(42, "0x") else ():
            address = m.group()
            if eth_ok(address):
                mixed = address[2:].lower() != address[2:] and address[2:].upper() != address[2:]
                yield self.entity(
                    "crypto_address", doc, *m.span(), eip55(address), 0.99 if mixed else 0.9, currency="ETH"
                )
        for m in _TRON.finditer(text) if has_word(34, "T") else ():
            if tron_ok(m.group()):
                yield self.entity("crypto_address", doc, *m.span(), m.group(), 0.99, currency="TRX")
        for m in _XMR.finditer(text) if has_word(95, "4", "8") else ():
            if monero_ok(m.group()):
                yield self.entity("crypto_address", doc, *m.span(), m.group(), 0.99, currency="XMR")
