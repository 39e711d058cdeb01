"""The HTTP API and the web UI it serves (``detente serve``)."""

from detente.api.app import create_app
from detente.api.settings import Settings

__all__ = ["Settings", "create_app"]
