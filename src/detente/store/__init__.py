"""Where extraction records live: SQLite by default, PostgreSQL with the same code.

``Store`` is the one interface; the schema is in :mod:`detente.store.schema`, migrations ship in
``migrations/`` and run when a store is opened, and database differences stay in
:mod:`detente.store.dialect`.
"""

from detente.store.database import Store
from detente.store.dialect import default_url, normalise_url
from detente.store.rows import content_hash

__all__ = ["Store", "content_hash", "default_url", "normalise_url"]
