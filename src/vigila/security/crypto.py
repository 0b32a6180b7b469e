"""Encryption of reports: the organisation's age (X25519) key pair and passphrase-sealed copies.

- At submission the web process encrypts to the organisation's PUBLIC key (`keys/org.pub` in the
  data dir); it never holds the private key, so neither the database nor a copy of the disk
  reveals a report.
- The PRIVATE key exists only sealed: one copy per analyst (`users.key_wrap`), AES-256-GCM under a
  key derived from that analyst's passphrase with argon2id. Signing in unseals it into memory.
- A new analyst gets a copy sealed by an admin who unsealed their own (`vigila user add` asks for
  the admin's passphrase); losing every analyst passphrase loses every report, by design.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519

from vigila.core.errors import VigilaError

PUBLIC_KEY_FILE = "org.pub"
_WRAP_VERSION = 1
_WRAP_AAD = b"vigila.org-key.v1"
# argon2id cost of unsealing the org key at sign-in: 64 MiB, 3 passes, 4 lanes.
_KDF_TIME, _KDF_MEMORY_KIB, _KDF_LANES = 3, 64 * 1024, 4
_WRAP_HEADER = struct.Struct(">BBIB16s12s")

Identity = x25519.Identity
Recipient = x25519.Recipient


class NoOrganisationKey(VigilaError):
    """The organisation key pair was not created yet."""


def generate_identity() -> x25519.Identity:
    """A fresh organisation key pair (the identity holds the private key)."""
    return x25519.Identity.generate()


def _public_path(data_dir: Path) -> Path:
    return data_dir / "keys" / PUBLIC_KEY_FILE


def has_public_key(data_dir: Path) -> bool:
    """Whether the organisation public key exists in the data dir."""
    return _public_path(data_dir).exists()


def write_public_key(data_dir: Path, identity: x25519.Identity) -> x25519.Recipient:
    """Store the public half of `identity`; refuses to replace an existing one."""
    path = _public_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    recipient = identity.to_public()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise VigilaError(f"an organisation key already exists at {path}; refusing to replace it") from None
    with os.fdopen(fd, "w") as f:
        f.write(str(recipient) + "\n")
    return recipient


def load_public_key(data_dir: Path) -> x25519.Recipient:
    """The organisation public key that every submission is encrypted to."""
    path = _public_path(data_dir)
    if not path.exists():
        raise NoOrganisationKey(
            "no organisation key yet: create the first admin with `vigila user add NAME --role admin`"
        )
    try:
        return x25519.Recipient.from_str(path.read_text().strip())
    except pyrage.RecipientError:
        raise VigilaError(f"organisation public key {path} is damaged") from None


def seal(data: bytes, recipient: x25519.Recipient) -> bytes:
    """Encrypt to the organisation public key (age format)."""
    return pyrage.encrypt(data, [recipient])


def unseal(blob: bytes, identity: x25519.Identity) -> bytes:
    """Decrypt an age ciphertext with the organisation private key."""
    try:
        return pyrage.decrypt(blob, [identity])
    except pyrage.DecryptError:
        raise VigilaError("this record cannot be decrypted with the organisation key") from None


def _passphrase_key(passphrase: str, salt: bytes, t: int, m: int, p: int) -> bytes:
    return hash_secret_raw(passphrase.encode(), salt, time_cost=t, memory_cost=m, parallelism=p,
                           hash_len=32, type=Type.ID)


def wrap_identity(identity: x25519.Identity, passphrase: str) -> bytes:
    """Seal the private key under a key derived from `passphrase` (argon2id + AES-256-GCM)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _passphrase_key(passphrase, salt, _KDF_TIME, _KDF_MEMORY_KIB, _KDF_LANES)
    header = _WRAP_HEADER.pack(_WRAP_VERSION, _KDF_TIME, _KDF_MEMORY_KIB, _KDF_LANES, salt, nonce)
    return header + AESGCM(key).encrypt(nonce, str(identity).encode(), _WRAP_AAD + header)


def unwrap_identity(blob: bytes, passphrase: str) -> x25519.Identity | None:
    """The private key sealed by `wrap_identity`, or None for a wrong passphrase."""
    if len(blob) <= _WRAP_HEADER.size:
        return None
    header = blob[: _WRAP_HEADER.size]
    version, t, m, p, salt, nonce = _WRAP_HEADER.unpack(header)
    if version != _WRAP_VERSION:
        return None
    try:
        plain = AESGCM(_passphrase_key(passphrase, salt, t, m, p)).decrypt(
            nonce, blob[_WRAP_HEADER.size :], _WRAP_AAD + header
        )
    except InvalidTag:
        return None
    return x25519.Identity.from_str(plain.decode())


def derive_key(secret: bytes, salt: bytes, purpose: bytes) -> bytes:
    """A 256-bit key from a high-entropy secret (HKDF-SHA256)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=purpose).derive(secret)


def aead_seal(key: bytes, data: bytes, aad: bytes = b"") -> bytes:
    """AES-256-GCM with a random nonce prepended."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def aead_open(key: bytes, blob: bytes, aad: bytes = b"") -> bytes | None:
    """Open `aead_seal` output; None if the key is wrong or the data was changed."""
    try:
        return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
    except (InvalidTag, ValueError):
        return None
