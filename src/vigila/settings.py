"""Configuration from VIGILA_* environment variables, validated at start."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from vigila.core.errors import VigilaError


class Settings(BaseSettings):
    """All runtime settings; every field is read from `VIGILA_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="VIGILA_", extra="ignore")

    data_dir: Path = Field(default=Path("./vigila-data"), description="Where the store and keys live.")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; SQLite file by default.")
    default_region: str = Field(default="ES", description="ISO country for numbers without a country code.")
    log_level: str = "INFO"
    log_json: bool = True
    telegram_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_api_id: int | None = Field(default=None, description="Guardian: api_id from my.telegram.org.")
    telegram_api_hash: str | None = Field(default=None, description="Guardian: its api_hash.")
    redis_url: str | None = None
    report_retention_days: int = Field(default=365, ge=1)
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)

    @field_validator("database_url")
    @classmethod
    def _known_backend(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("sqlite", "postgresql")):
            raise ValueError("must start with sqlite:// or postgresql+psycopg://")
        return v

    @field_validator("default_region")
    @classmethod
    def _region(cls, v: str) -> str:
        if len(v) != 2 or not v.isalpha():
            raise ValueError("must be a two-letter ISO country code such as ES")
        return v.upper()

    @property
    def db_url(self) -> str:
        """The effective database URL."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'vigila.db').resolve()}"


def load_settings() -> Settings:
    """Read settings from the environment, turning validation errors into one clear line."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"VIGILA_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors()
        )
        raise VigilaError(f"invalid configuration: {problems}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings, read once."""
    return load_settings()
