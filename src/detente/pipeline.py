"""Build a checked pipeline from a config and run documents through it.

Building resolves every stage name in the registry, injects the shared resources its constructor
asks for, passes its settings, and checks that each stage's required layers are provided by an
earlier one, so a broken config fails at start-up with a readable message instead of halfway
through a corpus. Workers that scale out rebuild the same pipeline from the same config.
"""

from __future__ import annotations

import gc
import inspect
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from detente import __version__, registry
from detente.config import Config, ConfigError, config_hash
from detente.model import Document, DocumentError
from detente.registry import Stage

log = logging.getLogger(__name__)


class Resources:
    """Shared resources, each loaded once per pipeline on first request."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._loaded: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name not in self._loaded:
            loaders = registry.resources()
            section = dict(self._config.get("resources", {}).get(name, {}))
            section["_config"] = self._config
            self._loaded[name] = loaders[name](section)
        return self._loaded[name]


@dataclass
class Result:
    """One document's outcome: the document, or the error that stopped it."""

    doc: Document | None
    error: DocumentError | None = None
    elapsed_ms: float = 0.0


@dataclass
class Pipeline:
    stages: list[Stage]
    config: Config
    resources: Resources
    hash: str = field(init=False)

    def __post_init__(self) -> None:
        self.hash = config_hash(self.config)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    @property
    def model(self) -> str:
        nlp = self.resources.get("nlp")
        meta = getattr(nlp, "meta", {})
        return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    @property
    def version(self) -> str:
        return __version__

    def __call__(self, doc: Document) -> Document:
        result = next(iter(self.pipe([doc])))
        if result.error is not None:
            raise result.error
        assert result.doc is not None
        return result.doc

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Result]:
        """Run documents in batches (the parse is much faster batched), keeping input order."""
        size = batch_size or int(self.config.get("nlp", {}).get("batch_size", 32))
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> list[Result]:
        started = time.perf_counter()
        results: dict[int, Result] = {}
        alive = list(enumerate(batch))
        for stage in self.stages:
            alive = self._run_stage(stage, alive, results)
        per_doc = (time.perf_counter() - started) * 1000 / max(len(batch), 1)
        for i, doc in alive:
            results[i] = Result(doc, None, per_doc)
        for result in results.values():
            result.elapsed_ms = result.elapsed_ms or per_doc
        return [results[i] for i in range(len(batch))]

    def _run_stage(
        self, stage: Stage, alive: list[tuple[int, Document]], results: dict[int, Result]
    ) -> list[tuple[int, Document]]:
        if type(stage).pipe is not Stage.pipe:
            try:
                done = list(stage.pipe(doc for _, doc in alive))
            except Exception:
                log.debug("batch %s failed; retrying one by one", stage.name, exc_info=True)
            else:
                for doc in done:
                    _mark(doc, stage)
                return list(zip((i for i, _ in alive), done, strict=True))
        survivors = []
        for i, doc in alive:
            try:
                survivors.append((i, stage(doc)))
                _mark(doc, stage)
            except DocumentError as exc:
                exc.doc_id = exc.doc_id or doc.id
                results[i] = Result(None, exc)
            except Exception as exc:
                log.debug("stage %s failed on %s", stage.name, doc.id, exc_info=True)
                err = DocumentError("internal", f"stage {stage.name} failed: {exc}", doc.id)
                results[i] = Result(None, err)
        return survivors


def _mark(doc: Document, stage: Stage) -> None:
    doc.layers |= stage.provides
    doc.stages.append(stage.name)


def build(config: Config) -> Pipeline:
    """Build and check the pipeline the config describes."""
    known = registry.stages()
    names = list(config.get("pipeline", {}).get("stages", []))
    if not names:
        raise ConfigError("pipeline.stages is empty: list the stages to run")
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ConfigError(
            f"unknown stage(s) {', '.join(unknown)}; registered: {', '.join(sorted(known))}"
        )
    check_layers([known[n] for n in names])
    resources = Resources(config)
    settings = config.get("stages", {})
    built = [_construct(known[n], settings.get(n, {}), resources) for n in names]
    return Pipeline(built, config, resources)


def settle_memory() -> None:
    """Tune the garbage collector for a process whose work is running a built pipeline (an
    ingest worker, ``detente extract``, the server); not called by :func:`build`, so a library
    user's process keeps its own settings.

    The model, knowledge base and codebooks are hundreds of thousands of objects that live as long
    as the process: frozen, no collection scans them again. Full collections are then made rarer
    (every 100 middle-generation passes instead of 10), since nearly all the garbage a document
    leaves is young; measured on bench articles this halves the collector's time per document.
    """
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, max(middle, 100), 100)


def check_layers(classes: list[type[Stage]]) -> None:
    """Every stage's required layers must be provided by a stage before it."""
    have: set[str] = set()
    for cls in classes:
        missing = set(cls.requires) - have
        if missing:
            raise ConfigError(
                f"stage {cls.name} requires {', '.join(sorted(missing))}, "
                "which no earlier stage provides"
            )
        have |= cls.provides


def _construct(cls: type[Stage], settings: dict[str, Any], resources: Resources) -> Stage:
    params = inspect.signature(cls.__init__).parameters
    resource_names = set(registry.resources())
    accepted = {p for p in params if p != "self" and p not in resource_names}
    extra = set(settings) - accepted
    if extra:
        raise ConfigError(
            f"stage {cls.name} has no setting(s) {', '.join(sorted(extra))}; "
            f"it accepts: {', '.join(sorted(accepted)) or 'none'}"
        )
    kwargs = {p: resources.get(p) for p in params if p in resource_names}
    kwargs.update(settings)
    return cls(**kwargs)
