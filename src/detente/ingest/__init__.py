"""From files, feeds, crawls and URLs into the store, locally or on a Dask cluster."""

from detente.ingest.driver import Summary, ingest, retry_entries
from detente.ingest.engines import DaskEngine, EngineError, LocalEngine, make_engine
from detente.ingest.entries import Entry
from detente.ingest.fetch import Fetcher, FetchError, HttpFetcher
from detente.ingest.sources import entries, reopen

__all__ = [
    "DaskEngine",
    "EngineError",
    "Entry",
    "FetchError",
    "Fetcher",
    "HttpFetcher",
    "LocalEngine",
    "Summary",
    "entries",
    "ingest",
    "make_engine",
    "reopen",
    "retry_entries",
]
