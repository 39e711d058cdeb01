"""End-to-end ingest throughput against bare spaCy ``nlp.pipe`` on the same texts, same run.

    .venv/bin/python bench/ingest.py --docs 1000
    .venv/bin/python bench/ingest.py --docs 1000 10000 --workers 1 2

For each size it generates that many articles (bench/corpus.py), then in fresh subprocesses
(so peak memory is per measurement) times ``nlp.pipe`` with the configured model, and
``detente ingest`` of the same texts as JSONL into a new SQLite store: reading, de-duplication,
every pipeline stage, and the database writes. Model and pipeline loading are excluded from
both. The ratio of throughputs is the figure (target >= 0.75 at one worker against one
process). With more workers it is compared with ``nlp.pipe(n_process=N)``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles


def measure_bare(path: Path, workers: int) -> dict[str, float]:
    import spacy

    from detente.config import load_config

    texts = [json.loads(line)["text"] for line in path.open()]
    nlp = spacy.load(load_config()["nlp"]["model"])
    batch = int(load_config()["nlp"]["batch_size"])
    list(nlp.pipe(texts[:20], batch_size=batch))  # warm up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch, n_process=workers):
        pass
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mb": _rss_mb()}


def measure_ingest(path: Path, workers: int) -> dict[str, float]:
    from detente.config import load_config
    from detente.extraction import limits_from
    from detente.ingest import HttpFetcher, LocalEngine, entries, ingest
    from detente.ingest.engines import _pipeline, config_json
    from detente.store import Store

    config = load_config()
    engine = LocalEngine(config, workers)
    if workers == 1:
        _pipeline(config_json(config))  # load once, outside the timing
    else:  # start the pool and let every worker load its pipeline
        from detente.model import Document

        list(engine.run((n, [Document(text="Warm up.")]) for n in range(workers * 2)))
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/bench.sqlite") as store:
        started = time.perf_counter()
        summary = ingest(
            store,
            entries([str(path)], HttpFetcher(), None, limits_from(config)),
            engine,
            batch_size=int(config["nlp"]["batch_size"]),
        )
        seconds = time.perf_counter() - started
        engine.close()
        stored = store.counts()
    workers_mb = [kb / 1024 for kb in summary.peak_rss_kb.values()]
    return {
        "seconds": seconds,
        "stored": summary.stored,
        "failed": summary.failed,
        "words": summary.words,
        "events": stored["events"],
        "actors": stored["actors"],
        "peak_rss_mb": max([*workers_mb, _rss_mb()]),
        "driver_rss_mb": _rss_mb(),
    }


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(kind: str, path: Path, workers: int) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--measure",
            kind,
            "--input",
            str(path),
            "--workers",
            str(workers),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument("--measure", choices=["bare", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        fn = measure_bare if args.measure == "bare" else measure_ingest
        print(json.dumps(fn(args.input, args.workers[0])))
        return
    print(f"cores: {os.cpu_count()}  python: {sys.version.split()[0]}")
    header = (
        f"{'docs':>6} {'workers':>7} {'words':>9} {'spaCy a/s':>9} {'ingest a/s':>10} "
        f"{'ingest w/s':>10} {'ratio':>6} {'spaCy MB':>8} {'worker MB':>9} {'events':>7}"
    )
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.docs:
            path = Path(tmp) / f"news-{size}.jsonl"
            with path.open("w") as fh:
                for n, text in enumerate(articles(size)):
                    fh.write(json.dumps({"id": f"b{n}", "text": text, "published": "2025-03-04"}))
                    fh.write("\n")
            for workers in args.workers:
                bare = _child("bare", path, workers)
                run = _child("ingest", path, workers)
                bare_rate, run_rate = size / bare["seconds"], run["stored"] / run["seconds"]
                print(
                    f"{size:>6} {workers:>7} {int(run['words']):>9} {bare_rate:>9.1f} "
                    f"{run_rate:>10.1f} {run['words'] / run['seconds']:>10.0f} "
                    f"{run_rate / bare_rate:>6.2f} {bare['peak_rss_mb']:>8.0f} "
                    f"{run['peak_rss_mb']:>9.0f} {int(run['events']):>7}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
