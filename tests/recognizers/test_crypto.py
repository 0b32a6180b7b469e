"""Crypto addresses are reported only when their checksum holds."""

from __future__ import annotations

import pytest

from conftest import Finder

VALID = [
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),  # P2PKH
    ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),  # P2SH
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),  # bech32
    (  # bech32m (Taproot, BIP 350)
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
    ),
    ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),  # EIP-55
    (
        "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    ),  # no checksum
    ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),  # Tron
    (
        "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
        "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
    ),  # Monero
]


@pytest.mark.parametrize(("address", "normalized"), VALID)
def test_valid_addresses(address: str, normalized: str, found: Finder) -> None:
    assert found(f"send to {address} today", "crypto_address") == [normalized]


def _corrupt(address: str) -> str:
    last = address[-1]
    swap = {"a": "b", "b": "c", "A": "B", "t": "u", "4": "5", "0": "2", "9": "8", "j": "k", "d": "e"}
    return address[:-1] + swap.get(last, "x" if last != "x" else "y")


@pytest.mark.parametrize(("address", "normalized"), VALID[:5] + VALID[6:])
def test_bad_checksum_is_not_an_address(address: str, normalized: str, found: Finder) -> None:
    assert found(f"send to {_corrupt(address)} today", "crypto_address") == []
