"""One TOML configuration for the whole pipeline: defaults bundled, user files merged over them.

The merged configuration is hashed so every stored row can say which settings produced it.
"""

from __future__ import annotations

import copy
import hashlib
import json
import tomllib
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

Config = dict[str, Any]


class ConfigError(ValueError):
    """The configuration cannot build a working pipeline; the message says what to change."""


def default_config() -> Config:
    text = importlib_resources.files("detente").joinpath("default.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_config(path: str | Path | None = None, overrides: Config | None = None) -> Config:
    """Defaults, then the user's file, then explicit overrides (from command-line options)."""
    config = default_config()
    if path:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {path}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
        config = merge(config, user)
    if overrides:
        config = merge(config, overrides)
    return config


def merge(base: Config, over: Config) -> Config:
    """Deep merge: tables merge key by key, every other value replaces."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def config_hash(config: Config) -> str:
    canonical = json.dumps(config, sort_keys=True, separators=(",", ":"), default=str)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
