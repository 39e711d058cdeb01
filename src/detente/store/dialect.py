"""Everything that differs between SQLite and PostgreSQL, in one place.

SQLite is the embedded default (WAL so readers never block the writer, foreign keys on, FTS5
external-content tables kept in step by triggers); PostgreSQL is the server option (a stored
``tsvector`` column with a GIN index). The rest of the store is written once against SQLAlchemy
Core and never asks which database it is talking to.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

# Full-text indexes: (table, indexed expression for PostgreSQL, columns for SQLite FTS5).
FULLTEXT = {
    "documents": ("coalesce(title, '') || ' ' || text", ("title", "text")),
    "quotes": ("content_text", ("content_text",)),
}


def default_url() -> str:
    """``DETENTE_DB`` if set, else a SQLite file under ``DETENTE_HOME`` (created on demand)."""
    if os.environ.get("DETENTE_DB"):
        return normalise_url(os.environ["DETENTE_DB"])
    home = Path(os.environ.get("DETENTE_HOME") or Path.home() / ".local" / "share" / "detente")
    home.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{home / 'detente.sqlite'}"


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs (psycopg 3 is the driver we ship) and bare file paths."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        path = Path(url).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    return url


def database_files(url: str) -> frozenset[Path]:
    """The files an embedded database lives in (so ingest never reads the store itself)."""
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return frozenset()
    main = Path(url[len("sqlite:///") :]).resolve()
    return frozenset({main, *(main.with_name(main.name + s) for s in ("-wal", "-shm", "-journal"))})


def create_engine(url: str, writer: bool = False) -> Engine:
    """An engine for ``url``. On SQLite a *writer* engine starts every transaction with
    ``BEGIN IMMEDIATE``, so concurrent writers queue on the busy timeout instead of failing
    when a read lock cannot be upgraded; readers keep plain deferred transactions."""
    url = normalise_url(url)
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(url, connect_args={"timeout": 60})
    sa.event.listen(engine, "connect", _sqlite_pragmas)
    if writer:
        sa.event.listen(engine, "connect", _sqlite_manual_transactions)
        sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def _sqlite_manual_transactions(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


_CONFLICTS = {"40001", "40P01"}  # PostgreSQL: serialization failure, deadlock detected


def is_conflict(exc: DBAPIError) -> bool:
    """A failure that another writer caused and that a retry resolves: a uniqueness clash, a
    deadlock or serialization failure (PostgreSQL), or a lock wait that timed out (SQLite)."""
    if isinstance(exc, IntegrityError):
        return True
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return state in _CONFLICTS or "database is locked" in str(exc.orig)


def reserve_ids(conn: Connection, table: str, count: int) -> list[int]:
    """``count`` fresh primary keys for ``table``, so a batch can be inserted with plain
    multi-row statements and its children can point at the rows without reading them back.
    PostgreSQL draws them from the table's sequence; SQLite continues from the largest id, which
    is safe because a writer holds the database's write lock for the whole transaction."""
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        query = sa.text(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, :n)"
        )
        return sorted(int(v) for v in conn.execute(query, {"n": count}).scalars())
    start = int(conn.execute(sa.text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())
    return list(range(start + 1, start + count + 1))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def fulltext_ddl(dialect: str) -> list[str]:
    """Statements that create the full-text indexes for ``FULLTEXT`` (run by the migration)."""
    out: list[str] = []
    for table, (expression, columns) in FULLTEXT.items():
        if dialect == "postgresql":
            out.append(
                f"ALTER TABLE {table} ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
                f"(to_tsvector('english', {expression})) STORED"
            )
            out.append(f"CREATE INDEX ix_{table}_tsv ON {table} USING GIN (tsv)")
            continue
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        fts = f"{table}_fts"
        out.append(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
            "content_rowid='id', tokenize='porter unicode61')"
        )
        out.append(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        out.append(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
        )
    return out


def fulltext_drop(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [f"ALTER TABLE {t} DROP COLUMN tsv" for t in FULLTEXT]
    return [f"DROP TABLE IF EXISTS {t}_fts" for t in FULLTEXT]


def matching_ids(dialect: str, table: str, text: str) -> sa.TextualSelect:
    """``SELECT id`` of the rows of ``table`` whose indexed text matches the user's ``text``
    (usable in ``column.in_(...)``)."""
    param = f"q_{table}"
    if dialect == "postgresql":
        query = sa.text(
            f"SELECT id FROM {table} WHERE tsv @@ websearch_to_tsquery('english', :{param})"
        )
    else:
        query = sa.text(f"SELECT rowid AS id FROM {table}_fts WHERE {table}_fts MATCH :{param}")
    bound = query.bindparams(**{param: fulltext_query(dialect, text)})
    return bound.columns(sa.column("id", sa.Integer))


def search_documents(dialect: str) -> sa.TextClause:
    """Ranked documents for ``:q`` with a highlighted passage, best first: ``:n`` at most after
    skipping ``:o``."""
    if dialect == "postgresql":
        return sa.text(
            "SELECT d.id, d.doc_id, d.title, d.url, d.published, "
            "ts_headline('english', d.text, q, "
            "'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1') AS snippet "
            "FROM documents d, websearch_to_tsquery('english', :q) q WHERE d.tsv @@ q "
            "ORDER BY ts_rank(d.tsv, q) DESC, d.id LIMIT :n OFFSET :o"
        )
    return sa.text(
        "SELECT d.id, d.doc_id, d.title, d.url, d.published, "
        "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH :q ORDER BY documents_fts.rank, d.id LIMIT :n OFFSET :o"
    )


_TERM = re.compile(r"\"[^\"]*\"|[^\s\"]+")


def fulltext_query(dialect: str, text: str) -> str:
    """The user's words as the database's query syntax: every word must occur; "quoted phrases"
    stay phrases. FTS5 operators in user text are quoted so they cannot cause syntax errors, and
    text with no words at all (a lone quote mark) is the empty phrase, which FTS5 accepts and
    which matches nothing, as PostgreSQL's empty query does."""
    if dialect == "postgresql":
        return text
    terms = [t.strip('"') for t in _TERM.findall(text)]
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms if t) or '""'
