"""Secret keys kept as files in the data directory (0600), never in the database or the repo."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from vigila.core.errors import VigilaError

KEY_BYTES = 32


def ensure_secret(data_dir: Path, name: str) -> bytes:
    """Return the named secret, creating it with 0600 permissions on first use."""
    keys = data_dir / "keys"
    keys.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = keys / f"{name}.key"
    if not path.exists():
        # O_EXCL: two processes starting together must not overwrite each other's key.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "wb") as f:
                f.write(secrets.token_bytes(KEY_BYTES))
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise VigilaError(f"secret {path} is readable by others (mode {mode:o}); run chmod 600 on it")
    data = path.read_bytes()
    if len(data) != KEY_BYTES:
        raise VigilaError(f"secret {path} is damaged ({len(data)} bytes, expected {KEY_BYTES})")
    return data
