"""Results cached in SQLite, keyed by everything that changes a result: the file's content hash,
the tool version, the lexicon and rule versions, and the options."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from functools import cache
from typing import Optional

from .. import __version__
from ..options import Options
from ..resources import lexicon_dir
from ..usercache import cache_folder


def default_cache_dir() -> str:
    """The user's cache folder by platform convention (usercache.cache_folder)."""
    return cache_folder()


@cache
def data_version() -> str:
    """A hash of every lexicon and rule data file, so editing one invalidates old results."""
    digest = hashlib.sha256()
    for entry in sorted(lexicon_dir().iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".toml"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


def options_key(options: Options) -> str:
    return _options_key(options)


@cache
def _options_key(options: Options) -> str:  # Options is frozen: one key per options, not per file
    limits = options.limits
    material = {
        "as_of": options.today.isoformat(),
        "pdf_engine": options.pdf_engine,
        "select": sorted(options.select),
        "ignore": sorted(options.ignore),
        "job": hashlib.sha256(options.job.encode()).hexdigest() if options.job else None,
        "limits": [limits.max_file_bytes, limits.max_pages, limits.max_docx_uncompressed, limits.max_pdf_unpacked, limits.max_text_chars],
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()[:16]


BUSY_TIMEOUT = 10.0  # seconds to wait for another batch's write to the same cache
# A file modified this soon before it was hashed may change again within its clock tick with the
# same size: its stamp is not trusted (hashed again next time), as git treats "racily clean" files.
RACY_NS = 2_000_000_000


class ResultCache:
    """A small key-value table; one connection, used from the parent process only.

    Several batches may share one cache: it runs in WAL mode (readers never wait for a writer)
    with a busy timeout, and each result is committed as it arrives, so a write holds the
    lock for milliseconds, and a batch that is killed keeps what it had finished.  A cache
    that cannot be used (corrupt, truncated, read-only, locked for too long, a full disk) is
    never fatal: it is left alone for the rest of the run and `warning` says why, once."""

    def __init__(self, folder: Optional[str] = None):
        self.folder = folder or default_cache_dir()
        self.path = os.path.join(self.folder, "results.sqlite3")
        self.warning: Optional[str] = None
        self.connection: Optional[sqlite3.Connection] = None
        try:
            os.makedirs(self.folder, exist_ok=True)
            self.connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
            try:
                self.connection.execute("PRAGMA journal_mode=WAL")
                self.connection.execute("PRAGMA synchronous=NORMAL")  # WAL: safe, one fsync per checkpoint
            except sqlite3.DatabaseError as error:
                if "not a database" in str(error) or "malformed" in str(error):
                    raise
                # a file system without shared memory (some network shares): the default journal
            self.connection.execute(
                "CREATE TABLE IF NOT EXISTS results_v2 "
                "(key TEXT PRIMARY KEY, path BLOB, result TEXT NOT NULL, summary TEXT NOT NULL, html TEXT)"
            )
            self.connection.execute(
                "CREATE TABLE IF NOT EXISTS files_v1 (path BLOB PRIMARY KEY, size INTEGER, mtime_ns INTEGER, "
                "ctime_ns INTEGER, inode INTEGER, device INTEGER, kind TEXT NOT NULL, sha256 TEXT NOT NULL, hashed_ns INTEGER)"
            )
            self.connection.execute("SELECT count(*) FROM results_v2 WHERE key = ''").fetchone()
        except (sqlite3.Error, OSError) as error:
            self._give_up(error)

    @property
    def usable(self) -> bool:
        return self.connection is not None

    def _give_up(self, error: BaseException) -> None:
        reason = str(error) if isinstance(error, sqlite3.Error) else (getattr(error, "strerror", None) or str(error))
        if self.warning is None:
            self.warning = (
                f"the result cache {self.path} cannot be used ({reason}); going on without it "
                "(--no-cache skips it, --cache-dir picks another)"
            )
        if self.connection is not None:
            try:
                self.connection.close()
            except sqlite3.Error:
                pass
        self.connection = None

    @staticmethod
    def key(sha256: str, options: Options) -> str:
        return "|".join((sha256, __version__, data_version(), options_key(options)))

    def get(self, key: str) -> Optional[tuple[str, str, dict, Optional[str]]]:
        """(path it was read from, JSON contract as text, its small summary, HTML report), or None.
        The contract stays text: a re-run copies it to results.jsonl without parsing it."""
        if self.connection is None:
            return None
        try:
            row = self.connection.execute(
                "SELECT path, result, summary, html FROM results_v2 WHERE key = ?", (key,)
            ).fetchone()
            if not row:
                return None
            path = os.fsdecode(row[0]) if isinstance(row[0], bytes) else row[0]
            return (path, row[1], json.loads(row[2]), row[3])
        except (sqlite3.Error, ValueError) as error:
            self._give_up(error)
            return None

    def put(self, key: str, path: str, result_text: str, summary: dict, html: Optional[str] = None) -> None:
        """Store one result and commit it at once (names that are not UTF-8 are kept as bytes)."""
        if self.connection is None:
            return
        try:
            self.connection.execute(
                "INSERT OR REPLACE INTO results_v2 (key, path, result, summary, html) VALUES (?, ?, ?, ?, ?)",
                (key, os.fsencode(path), result_text, json.dumps(summary), html),
            )
        except (sqlite3.Error, OSError, UnicodeError) as error:
            self._give_up(error)

    def stamps(self) -> dict[str, tuple[tuple, str, str]]:
        """Every file hashed by an earlier batch: path -> (stamp, kind, sha256), for
        discover(known=...).  Only stamps taken well after the file's last change are kept."""
        if self.connection is None:
            return {}
        try:
            rows = self.connection.execute(
                "SELECT path, size, mtime_ns, ctime_ns, inode, device, kind, sha256, hashed_ns FROM files_v1"
            ).fetchall()
        except sqlite3.Error as error:
            self._give_up(error)
            return {}
        found = {}
        for path, size, mtime_ns, ctime_ns, inode, device, kind, sha256, hashed_ns in rows:
            if not isinstance(hashed_ns, int) or max(mtime_ns or 0, ctime_ns or 0) > hashed_ns - RACY_NS:
                continue
            found[os.fsdecode(path) if isinstance(path, bytes) else path] = ((size, mtime_ns, ctime_ns, inode, device), kind, sha256)
        return found

    def remember(self, hashed: list) -> None:
        """Store (path, stamp, kind, sha256) of the files just hashed, in one transaction."""
        if self.connection is None or not hashed:
            return
        now = time.time_ns()
        try:
            with self.connection:
                self.connection.execute("BEGIN")
                self.connection.executemany(
                    "INSERT OR REPLACE INTO files_v1 (path, size, mtime_ns, ctime_ns, inode, device, kind, sha256, hashed_ns) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(os.fsencode(path), *stamp, kind, sha, now) for path, stamp, kind, sha in hashed],
                )
        except (sqlite3.Error, OSError, UnicodeError) as error:
            self._give_up(error)

    def commit(self) -> None:
        """Each put commits by itself (autocommit); kept for callers of the old interface."""

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            except sqlite3.Error:
                pass
            self.connection = None
