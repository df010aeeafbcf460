"""dondoc's configuration: the one settings object and the files under config/.

Settings come from the environment (prefix ``DONDOC_``), read once. The YAML files beside
this module are the defaults; an installation points at its own with the settings below.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
TIMEZONE = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True)
class Settings:
    """Everything an installation can set, from ``DONDOC_*`` environment variables.

    - ``DONDOC_HOME``: the data folder (SQLite file, outbox); default ``./data``.
    - ``DONDOC_DATABASE_URL``: SQLAlchemy URL of dondoc's database; default a SQLite file
      in the data folder.
    - ``DONDOC_AGENCIES``, ``DONDOC_LADDER``, ``DONDOC_CHANNELS``, ``DONDOC_CALENDAR``:
      paths of the agency directory, follow-up ladder, channel routes and calendar overrides.
    - ``DONDOC_OUTBOX``: where the local outbox channel writes messages; default
      ``<home>/outbox``.
    """

    home: Path
    database_url: str
    agencies_file: Path
    ladder_file: Path
    channels_file: Path
    calendar_file: Path
    outbox_dir: Path

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        home = Path(env.get("DONDOC_HOME") or "data").expanduser().resolve()
        return cls(
            home=home,
            database_url=env.get("DONDOC_DATABASE_URL") or f"sqlite:///{home / 'dondoc.db'}",
            agencies_file=Path(env.get("DONDOC_AGENCIES") or CONFIG_DIR / "agencies.yaml"),
            ladder_file=Path(env.get("DONDOC_LADDER") or CONFIG_DIR / "ladder.yaml"),
            channels_file=Path(env.get("DONDOC_CHANNELS") or CONFIG_DIR / "channels.yaml"),
            calendar_file=Path(env.get("DONDOC_CALENDAR") or CONFIG_DIR / "calendar_overrides.yaml"),
            outbox_dir=Path(env.get("DONDOC_OUTBOX") or home / "outbox").expanduser().resolve(),
        )

    def env(self) -> dict[str, str]:
        """These settings as environment variables, for a child process."""
        return {
            "DONDOC_HOME": str(self.home),
            "DONDOC_DATABASE_URL": self.database_url,
            "DONDOC_AGENCIES": str(self.agencies_file),
            "DONDOC_LADDER": str(self.ladder_file),
            "DONDOC_CHANNELS": str(self.channels_file),
            "DONDOC_CALENDAR": str(self.calendar_file),
            "DONDOC_OUTBOX": str(self.outbox_dir),
        }


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The one settings object of this process."""
    return Settings.from_env()


def reset_settings() -> None:
    """Forget the cached settings (tests and the demo change the environment)."""
    settings.cache_clear()
    load_yaml.cache_clear()


@lru_cache(maxsize=16)
def load_yaml(path: Path) -> dict:
    import yaml

    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def load_calendar_overrides() -> dict:
    return load_yaml(settings().calendar_file)
