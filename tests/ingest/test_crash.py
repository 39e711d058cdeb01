"""A real ``detente ingest`` killed with SIGKILL mid-run, then run again: nothing lost, nothing
stored twice, every failure recorded once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from detente.store import Store

pytestmark = pytest.mark.postgres
COUNTRIES = ["Chile", "Peru", "Kenya", "Ghana", "Norway", "Japan", "Egypt", "Poland", "Canada"]
DOCS = 60


def _corpus(root: Path) -> None:
    root.mkdir()
    for n in range(DOCS):
        a, b = COUNTRIES[n % 9], COUNTRIES[(n * 4 + 1) % 9]
        body = " ".join(
            f"Officials from {a} met envoys from {b} for round {n}.{k} of talks on trade, "
            f"and both sides said they would meet again in {2000 + n}."
            for k in range(8)
        )
        (root / f"story-{n:03d}.txt").write_text(body)
    (root / "empty.txt").write_text("")
    (root / "noise.bin").write_bytes(b"\x00" * 64)


def _ingest(root: Path, url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "detente", "ingest", str(root), "--db", url, "--workers", "1",
         "--batch-size", "4", "--log-every", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip


def test_sigkill_mid_run_then_rerun_loses_nothing_and_duplicates_nothing(
    store_url: str, tmp_path: Path
) -> None:
    root = tmp_path / "news"
    _corpus(root)
    Store(store_url).close()  # migrate up front so polling never races the schema
    proc = _ingest(root, store_url)
    stored = 0
    with Store(store_url) as store:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            stored = store.counts()["documents"]
            if stored >= 8:
                break
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
        at_kill = store.counts()["documents"]
        assert 8 <= at_kill < DOCS

        rerun = _ingest(root, store_url)
        assert rerun.wait(timeout=600) == 1  # two documents cannot be processed
        counts = store.counts()
        # Every input is a stored document or a recorded error (the two broken files, and any
        # document the extraction stages refuse), never both, never twice.
        assert counts["documents"] + counts["errors"] == DOCS + 2
        kinds = {e["origin"].rsplit("/", 1)[-1]: e["kind"] for e in store.errors()}
        assert kinds["empty.txt"] == "empty" and kinds["noise.bin"] == "not_text"
        assert {e["attempts"] for e in store.errors()} <= {1, 2}
        with store.connect() as conn:
            import sqlalchemy as sa

            distinct = conn.execute(
                sa.text(
                    "SELECT count(DISTINCT doc_id), count(DISTINCT content_hash) FROM documents"
                )
            ).one()
            assert tuple(distinct) == (counts["documents"], counts["documents"])
            per_doc = dict(
                conn.execute(
                    sa.text(
                        "SELECT d.id, count(a.id) FROM documents d "
                        "LEFT JOIN actors a ON a.document_id = d.id GROUP BY d.id"
                    )
                ).all()
            )
            records = conn.execute(sa.text("SELECT id, record FROM documents")).all()
        for pk, record in records:
            record = json.loads(record) if isinstance(record, str) else record
            actor_rows = per_doc[pk]
            assert actor_rows == len(record["actors"])  # no half-written document survived
