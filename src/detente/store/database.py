"""The one store interface: open (and migrate) a database, write records atomically, read back.

A batch of records is written in one transaction; if that transaction hits a uniqueness
conflict (another ingester stored the same article, or took the next version number of a URL
first) it is rolled back whole and the records are written one transaction each, so every
document is either completely stored or not at all, and never twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
)

from detente.store import rows
from detente.store.dialect import (
    create_engine,
    default_url,
    is_conflict,
    normalise_url,
    reserve_ids,
)
from detente.store.layers import insert_layers
from detente.store.schema import (
    documents,
    errors,
    provenance,
)

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
TABLES = ("documents", "actors", "mentions", "events", "quotes", "times", "findings", "errors")

Entry = tuple[dict[str, Any], str | None]
Refusal = Callable[[Entry, str], None]


class Store:
    """Extraction records in SQLite (default) or PostgreSQL, behind the same methods."""

    def __init__(self, url: str | None = None, upgrade: bool = True) -> None:
        self.url = normalise_url(url) if url else default_url()
        self.engine = create_engine(self.url)
        self.dialect = self.engine.dialect.name
        # SQLite writers need their own engine (BEGIN IMMEDIATE); PostgreSQL locks rows itself.
        self.writer = (
            create_engine(self.url, writer=True) if self.dialect == "sqlite" else self.engine
        )
        self._provenance: dict[tuple[str, ...], int] = {}
        if upgrade:
            self.upgrade()

    def close(self) -> None:
        self.engine.dispose()
        self.writer.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> Connection:
        return self.engine.connect()

    # -- schema -----------------------------------------------------------------------------

    def _alembic(self) -> AlembicConfig:
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url)
        return cfg

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema to ``revision``; a no-op when it is already there."""
        cfg = self._alembic()
        head = ScriptDirectory.from_config(cfg).get_current_head()
        if revision == "head" and self.revision() == head:
            return
        try:
            with self.writer.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        except (OperationalError, ProgrammingError, IntegrityError):
            if self.revision() != head:  # not just a concurrent opener that migrated first
                raise

    # -- writing ----------------------------------------------------------------------------

    def known(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` that are already stored, so ingest can skip
        extracting them."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        with self.engine.connect() as conn:
            return _known(conn, wanted)

    def save(self, entries: Sequence[Entry], refused: Refusal | None = None) -> list[str]:
        """Store contract records with their origins; ``stored``, ``duplicate`` or ``failed``
        for each, in order. A duplicate is an outcome, not an error: several ingesters may race
        for the same article, and exactly one of them stores it. A record the database refuses
        (an id longer than its column, a NUL byte PostgreSQL will not keep) fails alone instead
        of stopping the run; ``refused`` is told which entry and why, to record it."""
        if not entries:
            return []
        # Provenance rows are shared and committed on their own, before the batch's transaction.
        provs = [self._provenance_id(record.get("meta") or {}) for record, _ in entries]
        try:
            with self.writer.begin() as conn:
                return self._insert(conn, entries, provs)
        except DBAPIError as exc:
            if not (is_conflict(exc) or isinstance(exc, DataError)):
                raise
            log.debug("batch failed; storing its documents one by one", exc_info=True)
        except (ValueError, OverflowError):
            log.debug("batch refused; storing its documents one by one", exc_info=True)
        outcomes = []
        for entry, prov in zip(entries, provs, strict=True):
            outcomes.append(self._save_one(entry, prov, refused))
        return outcomes

    def _save_one(self, entry: Entry, prov: int, refused: Refusal | None) -> str:
        attempt = 0
        while True:
            try:
                with self.writer.begin() as conn:
                    return self._insert(conn, [entry], [prov])[0]
            except (DataError, ValueError, OverflowError) as exc:
                doc_id = entry[0]["document"]["id"]
                reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                message = f"{doc_id}: the store refused the record ({reason})"
                log.warning("%s (origin %s)", message, entry[1])
                if refused is not None:
                    refused(entry, message)
                return "failed"
            except DBAPIError as exc:
                attempt += 1
                if attempt == 5 or not is_conflict(exc):
                    raise
                time.sleep(0.05 * attempt)

    def _insert(self, conn: Connection, entries: Sequence[Entry], provs: list[int]) -> list[str]:
        now = dt.datetime.now(dt.UTC)
        drafts = [rows.document_row(rec, origin, now) for rec, origin in entries]
        known = _known(conn, [d["content_hash"] for d in drafts])
        fresh: list[tuple[dict[str, Any], dict[str, Any]]] = []
        outcomes = []
        for draft, (record, _), prov in zip(drafts, entries, provs, strict=True):
            duplicate = draft["content_hash"] in known
            known.add(draft["content_hash"])
            outcomes.append("duplicate" if duplicate else "stored")
            if not duplicate:
                draft["provenance_id"] = prov
                fresh.append((draft, record))
        self._number_versions(conn, [d for d, _ in fresh])
        if fresh:
            ids = reserve_ids(conn, "documents", len(fresh))
            for pk, (draft, _) in zip(ids, fresh, strict=True):
                draft["id"] = pk
            conn.execute(sa.insert(documents), [d for d, _ in fresh])
            insert_layers(
                conn, [(i, d["provenance_id"], r) for i, (d, r) in zip(ids, fresh, strict=True)]
            )
        origins = [origin for _, origin in entries if origin]
        if origins:
            conn.execute(sa.delete(errors).where(errors.c.origin.in_(origins)))
        return outcomes

    def _number_versions(self, conn: Connection, drafts: list[dict[str, Any]]) -> None:
        """A URL seen again with different text is the next version of that URL."""
        urls = {d["url"] for d in drafts if d["url"]}
        latest: dict[str, int] = {}
        if urls:
            query = (
                sa.select(documents.c.url, sa.func.max(documents.c.version))
                .where(documents.c.url.in_(urls))
                .group_by(documents.c.url)
            )
            latest = {url: int(v) for url, v in conn.execute(query)}
        for draft in drafts:
            if draft["url"]:
                latest[draft["url"]] = latest.get(draft["url"], 0) + 1
                draft["version"] = latest[draft["url"]]
            else:
                draft["version"] = 1

    def _provenance_id(self, meta: dict[str, Any]) -> int:
        row = rows.provenance_row(meta)
        key = tuple(row[k] for k in ("version", "config_hash", "model", "pipeline"))
        if key not in self._provenance:
            where = sa.and_(*(provenance.c[k] == v for k, v in row.items()))
            query = sa.select(provenance.c.id).where(where)
            with self.engine.connect() as conn:
                found = conn.execute(query).scalar()
            if found is None:
                try:
                    with self.writer.begin() as conn:
                        insert = sa.insert(provenance).returning(provenance.c.id)
                        found = conn.execute(insert, row).scalar_one()
                except IntegrityError:  # another writer added the same provenance first
                    with self.engine.connect() as conn:
                        found = conn.execute(query).scalar_one()
            self._provenance[key] = int(found)
        return self._provenance[key]

    # -- errors -----------------------------------------------------------------------------

    def record_error(self, origin: str, label: str, kind: str, message: str) -> None:
        """Remember a document that failed, counting attempts per origin so it can be retried."""
        now = dt.datetime.now(dt.UTC)
        for attempt in range(3):
            try:
                with self.writer.begin() as conn:
                    updated = conn.execute(
                        sa.update(errors)
                        .where(errors.c.origin == origin)
                        .values(
                            label=label,
                            kind=kind,
                            message=message,
                            attempts=errors.c.attempts + 1,
                            last_seen=now,
                        )
                    ).rowcount
                    if not updated:
                        conn.execute(
                            sa.insert(errors).values(
                                origin=origin,
                                label=label,
                                kind=kind,
                                message=message,
                                attempts=1,
                                first_seen=now,
                                last_seen=now,
                            )
                        )
                return
            except IntegrityError:
                if attempt == 2:
                    raise

    def clear_errors(self, origins: list[str]) -> None:
        """Forget failures of origins whose document turned out to be stored already."""
        if origins:
            with self.writer.begin() as conn:
                conn.execute(sa.delete(errors).where(errors.c.origin.in_(origins)))

    def errors(self, kind: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        query = sa.select(errors).order_by(errors.c.id)
        if kind:
            query = query.where(errors.c.kind == kind)
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # -- reading ----------------------------------------------------------------------------

    def record(self, ref: str) -> dict[str, Any] | None:
        """The exact contract record of a document, by contract id, content hash or row id
        (``#12``); the newest version when several match."""
        query = sa.select(documents.c.record, documents.c.text)
        if ref.startswith("#") and ref[1:].isdigit():
            query = query.where(documents.c.id == int(ref[1:]))
        else:
            query = query.where(
                sa.or_(
                    documents.c.doc_id == ref,
                    documents.c.content_hash == ref,
                    documents.c.url == ref,
                )
            )
        query = query.order_by(documents.c.version.desc(), documents.c.id.desc()).limit(1)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return rows.restore_record(row.record, row.text) if row else None

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: int(conn.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one())
                for name in TABLES
            }


def _known(conn: Connection, hashes: list[str]) -> set[str]:
    if not hashes:
        return set()
    query = sa.select(documents.c.content_hash).where(documents.c.content_hash.in_(hashes))
    return set(conn.execute(query).scalars())
