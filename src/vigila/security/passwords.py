"""Passphrase hashing with argon2id (argon2-cffi defaults: 64 MiB, 3 passes, 4 lanes)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from vigila.core.errors import InputError

MIN_PASSPHRASE = 12
_hasher = PasswordHasher()


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases too short to protect the organisation key they unlock."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(f"passphrase too short: use at least {MIN_PASSPHRASE} characters")


def hash_password(passphrase: str) -> str:
    """An argon2id hash string with its own salt and parameters."""
    return _hasher.hash(passphrase)


def verify_password(hashed: str, passphrase: str) -> bool:
    """Whether the passphrase matches; malformed hashes never match."""
    try:
        return _hasher.verify(hashed, passphrase)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(hashed: str) -> bool:
    """Whether the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(hashed)
