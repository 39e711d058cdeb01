"""Where extraction runs: in local worker processes (default) or on a Dask cluster.

Workers are stateless: each receives the configuration (as JSON) and a batch of documents, and
returns contract records. A worker process builds the pipeline from the configuration once and
reuses it for every batch it is given; the driver alone reads inputs and writes the store.
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
import json
import multiprocessing
import os
import resource
import socket
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from detente import extraction, pipeline
from detente.config import Config
from detente.model import Document

T = TypeVar("T")
LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")


class EngineError(Exception):
    """The engine cannot run at all (an unreachable or malformed scheduler address): one clear
    message for the whole run, not one recorded failure per document."""


@dataclass(slots=True)
class BatchResult:
    """Records for one batch, in input order, and what the worker that made them used."""

    records: list[dict[str, Any]]
    worker: str
    peak_rss_kb: int
    seconds: float


@functools.lru_cache(maxsize=2)
def _pipeline(config_json: str) -> pipeline.Pipeline:
    built = pipeline.build(json.loads(config_json))
    pipeline.settle_memory()
    return built


def extract_batch(config_json: str, docs: list[Document]) -> BatchResult:
    """The unit of work every engine ships: config in, records out."""
    pipe = _pipeline(config_json)
    started = time.perf_counter()
    records = list(extraction.run(pipe, docs))
    return BatchResult(
        records,
        f"{socket.gethostname()}:{os.getpid()}",
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        time.perf_counter() - started,
    )


def _warm(config_json: str) -> None:
    _pipeline(config_json)


class Engine(Protocol):
    def run(self, batches: Iterable[tuple[T, list[Document]]]) -> Iterator[tuple[T, BatchResult]]:
        """Results as batches finish (not necessarily in input order), each with its tag."""
        ...

    def close(self) -> None: ...


def config_json(config: Config) -> str:
    return json.dumps(config, sort_keys=True, default=str)


class LocalEngine:
    """A pool of worker processes, one per core by default; one worker runs in this process."""

    def __init__(self, config: Config, workers: int | None = None) -> None:
        self.config = config_json(config)
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool: cf.ProcessPoolExecutor | None = None

    def run(self, batches: Iterable[tuple[T, list[Document]]]) -> Iterator[tuple[T, BatchResult]]:
        if self.workers == 1:
            for tag, docs in batches:
                yield tag, extract_batch(self.config, docs)
            return
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm,
                initargs=(self.config,),
            )
        pool = self._pool
        yield from _windowed(
            batches,
            lambda docs: pool.submit(extract_batch, self.config, docs),
            lambda pending: cf.wait(pending, return_when=cf.FIRST_COMPLETED)[0],
            2 * self.workers,
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class DaskEngine:
    """Batches as Dask tasks: on a distributed scheduler at ``scheduler`` (``tcp://host:8786``),
    on a local cluster when no address is given, or on one of Dask's local schedulers
    (``synchronous``, ``threads``, ``processes``)."""

    def __init__(
        self, config: Config, scheduler: str | None = None, workers: int | None = None
    ) -> None:
        self.config = config_json(config)
        self.scheduler = scheduler
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._client: Any = None
        self._cluster: Any = None

    def _connect(self) -> Any:
        if self._client is None:
            from distributed import Client, LocalCluster

            if self.scheduler:
                try:
                    self._client = Client(self.scheduler)
                except (OSError, ValueError, TypeError) as exc:
                    # distributed reports a bad address as ValueError or TypeError, and an
                    # unreachable one as OSError after its connect timeout.
                    raise EngineError(
                        f"cannot reach the Dask scheduler {self.scheduler!r} ({exc}); give an "
                        f"address such as tcp://HOST:8786, or one of {', '.join(LOCAL_SCHEDULERS)}"
                    ) from exc
            else:
                self._cluster = LocalCluster(
                    host="127.0.0.1",  # a local cluster is for this machine alone
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
                self._client = Client(self._cluster)
        return self._client

    def run(self, batches: Iterable[tuple[T, list[Document]]]) -> Iterator[tuple[T, BatchResult]]:
        if self.scheduler in LOCAL_SCHEDULERS:
            import dask

            task = dask.delayed(extract_batch, pure=False)
            for tag, docs in batches:
                (result,) = dask.compute(task(self.config, docs), scheduler=self.scheduler)
                yield tag, result
            return
        from distributed import wait

        client = self._connect()
        yield from _windowed(
            batches,
            lambda docs: client.submit(extract_batch, self.config, docs, pure=False),
            lambda pending: wait(list(pending), return_when="FIRST_COMPLETED").done,
            2 * max(self.workers, len(client.scheduler_info().get("workers", {}))),
        )

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _windowed(
    batches: Iterable[tuple[T, list[Document]]],
    submit: Any,
    wait_some: Any,
    window: int,
) -> Iterator[tuple[T, BatchResult]]:
    """Keep at most ``window`` batches in flight, yielding each as it completes."""
    pending: dict[Any, T] = {}
    source = iter(batches)
    exhausted = False
    while pending or not exhausted:
        while not exhausted and len(pending) < window:
            try:
                tag, docs = next(source)
            except StopIteration:
                exhausted = True
                break
            pending[submit(docs)] = tag
        if not pending:
            break
        for future in wait_some(set(pending)):
            yield pending.pop(future), future.result()


def make_engine(
    name: str, config: Config, workers: int | None = None, scheduler: str | None = None
) -> Engine:
    if name == "local":
        return LocalEngine(config, workers)
    if name == "dask":
        return DaskEngine(config, scheduler, workers)
    raise ValueError(f"unknown engine {name!r}; use 'local' or 'dask'")
