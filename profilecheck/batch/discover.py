"""Find the resumes below a folder: by content, recursively, without following symlink loops,
and with identical files (same sha256) reported once as duplicates."""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from ..readers.detect import detect_kind

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
# The notes a folder keeps about itself, by the names every project gives them; as text they are
# read as no one's resume, and ranked among the candidates.
_FOLDER_DOCUMENT = re.compile(r"(?:readme|licen[cs]e|changelog|changes|contributing|authors|copying|notice)(?:\.(?:txt|md|markdown|text))?$", re.IGNORECASE)
SNIFF_BYTES = 65536
# A JSON Resume (jsonresume.org) names its sections as top-level keys; other JSON (settings,
# exports, a previous batch's results) does not, and is skipped rather than reported as broken.
_JSON_RESUME_KEY = re.compile(rb'"(?:basics|work|education|skills|certificates|projects|volunteer|awards|publications)"\s*:')


def looks_like_json_resume(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return _JSON_RESUME_KEY.search(handle.read(SNIFF_BYTES)) is not None
    except OSError:
        return False


@dataclass(frozen=True)
class Candidate:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class Duplicate:
    path: str
    same_as: str


def walk_files(root: str) -> Iterator[str]:
    """Every regular file below root; symlinked folders are followed once (no loops)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
        except OSError:
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    subfolders.append(entry.path)
                elif entry.is_file(follow_symlinks=True):
                    yield entry.path
            except OSError:
                continue
        stack.extend(reversed(subfolders))


def classify(path: str, max_bytes: int | None = None) -> tuple[str, str]:
    """(kind, sha256) of a file; kind as detect_kind gives it, or "unreadable".  A file over
    `max_bytes` is not hashed (that could take minutes): its worker reports the size."""
    digest = hashlib.sha256()
    try:
        if max_bytes is not None and os.path.getsize(path) > max_bytes:
            return "too-large", ""
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
            digest.update(head)
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        return "unreadable:" + (error.strerror or str(error)), ""
    return detect_kind(head), digest.hexdigest()


def outside_links(root: str, paths: list[str]) -> list[str]:
    """The paths that are reached through a symbolic link leading out of `root`."""
    base = os.path.realpath(root).rstrip(os.sep) + os.sep
    return [path for path in paths if not os.path.realpath(path).startswith(base)]


class Stamp(tuple):
    """What says a file is unchanged since it was hashed: (size, mtime_ns, ctime_ns, inode, device)."""

    __slots__ = ()

    @classmethod
    def of(cls, info: os.stat_result) -> "Stamp":
        return cls((info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev))


def discover(
    root: str,
    max_bytes: int | None = None,
    known: Optional[Callable[[str, Stamp], Optional[tuple[str, str]]]] = None,
    hashed: Optional[list] = None,
) -> tuple[list[Candidate], list[Skipped], list[Duplicate]]:
    """The candidates below `root`.  `known(path, stamp)` may give a file's (kind, sha256) from an
    earlier run when its stamp (size, times, inode) is unchanged, so it is not read again; each
    file read here is appended to `hashed` as (path, stamp, kind, sha256), for the next run."""
    candidates: list[Candidate] = []
    skipped: list[Skipped] = []
    duplicates: list[Duplicate] = []
    first_of: dict[str, str] = {}
    for path in walk_files(root):
        stamp = None
        try:
            stamp = Stamp.of(os.stat(path))
        except OSError:
            pass
        found = known(path, stamp) if known is not None and stamp is not None else None
        if found is not None:
            kind, sha = found
        else:
            kind, sha = classify(path, max_bytes)
            if hashed is not None and stamp is not None and sha:
                hashed.append((path, stamp, kind, sha))
        suffix = os.path.splitext(path)[1].lower()
        if kind.startswith("unreadable:") or kind == "too-large":
            # Reported, not skipped silently: it goes to the worker, which names the cause.
            candidates.append(Candidate(path, "", 0))
            continue
        if kind == "text" and suffix not in TEXT_SUFFIXES:
            skipped.append(Skipped(path, f"not a resume format ({suffix or 'no extension'})"))
            continue
        if kind == "text" and _FOLDER_DOCUMENT.match(os.path.basename(path)):
            skipped.append(Skipped(path, "a folder's own notes (README, LICENSE, ...), not a resume"))
            continue
        if kind == "json":
            if not looks_like_json_resume(path):
                skipped.append(Skipped(path, "a JSON file that is not a JSON Resume"))
                continue
        elif kind not in ("pdf", "docx", "text") and suffix not in (".pdf", ".docx", ".txt", ".md"):
            skipped.append(Skipped(path, "not a PDF, DOCX, text or JSON Resume file"))
            continue
        if sha and sha in first_of:
            duplicates.append(Duplicate(path, first_of[sha]))
            continue
        if sha:
            first_of[sha] = path
        candidates.append(Candidate(path, sha, stamp[0] if stamp is not None else 0))
    return candidates, skipped, duplicates
