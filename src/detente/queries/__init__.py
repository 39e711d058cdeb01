"""Plain query functions over the store, shared by the command line and the HTTP API.

Each takes an open SQLAlchemy ``Connection`` and returns plain dicts, so callers choose how to
render them (table, JSON, CSV, HTML).
"""

from detente.queries.actors import find_actors
from detente.queries.events import find_events, iter_events, timeline
from detente.queries.filters import EventFilter
from detente.queries.passages import find_quotes, search
from detente.queries.series import dyad

__all__ = [
    "EventFilter",
    "dyad",
    "find_actors",
    "find_events",
    "find_quotes",
    "iter_events",
    "search",
    "timeline",
]
