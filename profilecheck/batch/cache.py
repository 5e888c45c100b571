"""Results cached in SQLite, keyed by everything that changes a result: the file's content hash,
the tool version, the lexicon and rule versions, and the options."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from functools import cache
from typing import Optional

from .. import __version__
from ..options import Options
from ..resources import lexicon_dir


def default_cache_dir() -> str:
    """The user's cache folder by platform convention."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
        return os.path.join(base, "profilecheck", "Cache")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/profilecheck")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "profilecheck")


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


class ResultCache:
    """A small key-value table; one connection, used from the parent process only."""

    def __init__(self, folder: Optional[str] = None):
        self.folder = folder or default_cache_dir()
        os.makedirs(self.folder, exist_ok=True)
        self.path = os.path.join(self.folder, "results.sqlite3")
        self.connection = sqlite3.connect(self.path)
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS results_v2 "
            "(key TEXT PRIMARY KEY, path TEXT, result TEXT NOT NULL, summary TEXT NOT NULL, html TEXT)"
        )
        self.connection.commit()

    @staticmethod
    def key(sha256: str, options: Options) -> str:
        return "|".join((sha256, __version__, data_version(), options_key(options)))

    def get(self, key: str) -> Optional[tuple[str, str, dict, Optional[str]]]:
        """(path it was read from, JSON contract as text, its small summary, HTML report), or None.
        The contract stays text: a re-run copies it to results.jsonl without parsing it."""
        row = self.connection.execute(
            "SELECT path, result, summary, html FROM results_v2 WHERE key = ?", (key,)
        ).fetchone()
        return (row[0], row[1], json.loads(row[2]), row[3]) if row else None

    def put(self, key: str, path: str, result_text: str, summary: dict, html: Optional[str] = None) -> None:
        self.connection.execute(
            "INSERT OR REPLACE INTO results_v2 (key, path, result, summary, html) VALUES (?, ?, ?, ?, ?)",
            (key, path, result_text, json.dumps(summary), html),
        )

    def commit(self) -> None:
        self.connection.commit()

    def close(self) -> None:
        self.connection.commit()
        self.connection.close()
