"""Every engine returns the same records as running the pipeline here (timings aside)."""

from __future__ import annotations

from typing import Any

import pytest

from detente.config import Config
from detente.ingest import DaskEngine, LocalEngine
from detente.ingest.engines import BatchResult
from detente.model import Document

TEXTS = [
    "Austria and Hungary agreed to share border patrols.",
    "Protesters in Lima demanded the resignation of the mayor.",
    "Japan sent rescue teams to Turkey after the earthquake.",
    "",
    "Officials in Cairo met envoys from Sudan to discuss refugees.",
    "Nigeria accused Niger of sheltering armed groups.",
]


def _batches() -> list[tuple[int, list[Document]]]:
    docs = [Document(text=t or "x") for t in TEXTS]
    docs[3].text = "\u00e9t\u00e9 " * 3  # not English: a per-document error, not a crash
    return [(0, docs[:2]), (1, docs[2:4]), (2, docs[4:])]


def _plain(results: list[tuple[int, BatchResult]]) -> list[dict[str, Any]]:
    out = []
    for _, result in sorted(results, key=lambda r: r[0]):
        for record in result.records:
            record.get("meta", {}).pop("elapsed_ms", None)
            out.append(record)
    return out


@pytest.fixture(scope="module")
def expected(lean_config: Config) -> list[dict[str, Any]]:
    engine = LocalEngine(lean_config, workers=1)
    return _plain(list(engine.run(_batches())))


def test_in_process_records_include_errors(expected: list[dict[str, Any]]) -> None:
    assert len(expected) == 6
    assert [r["schema"] for r in expected].count("detente/error/v1") == 1


def test_local_process_pool(lean_config: Config, expected: list[dict[str, Any]]) -> None:
    engine = LocalEngine(lean_config, workers=2)
    try:
        results = list(engine.run(_batches()))
    finally:
        engine.close()
    assert _plain(results) == expected
    assert len({r.worker for _, r in results}) <= 2
    assert all(r.peak_rss_kb > 0 for _, r in results)


def test_dask_synchronous_scheduler(lean_config: Config, expected: list[dict[str, Any]]) -> None:
    engine = DaskEngine(lean_config, scheduler="synchronous")
    assert _plain(list(engine.run(_batches()))) == expected


def test_dask_local_cluster_on_two_workers(
    lean_config: Config, expected: list[dict[str, Any]]
) -> None:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        engine = DaskEngine(lean_config, scheduler=cluster.scheduler_address)
        try:
            results = list(engine.run(_batches()))
        finally:
            engine.close()
    assert _plain(results) == expected
