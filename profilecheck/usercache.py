"""The user cache folder, and whether anything may be written there.

Two things live in it, both safe to delete at any time:

* `matcher-*.json`: the phrase patterns of OUR lexicons, tokenized (nlp/pipeline.py).  It holds no
  personal data; it spares each process the tokenizing of some 3,000 patterns at start-up.  It is
  keyed by the lexicon files, the matcher code and the spaCy version, checked by a checksum when
  read, and rebuilt whenever it is missing, stale or damaged.
* `results.sqlite3`: batch results (batch/cache.py), written only by `profilecheck batch`.

`PROFILECHECK_NO_CACHE=1` turns both off: nothing is read from the folder or written to it (batch
then works as with --no-cache).  `profilecheck batch --no-cache` reads no stored result and writes
nothing there; it still reads the stored patterns and compiled templates, which change no result.
"""
from __future__ import annotations

import os
import sys

NO_CACHE_VARIABLE = "PROFILECHECK_NO_CACHE"


def cache_folder() -> str:
    """The user's cache folder by platform convention ($XDG_CACHE_HOME/profilecheck on Linux)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
        return os.path.join(base, "profilecheck", "Cache")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/profilecheck")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "profilecheck")


_ALLOWED = True  # batch --no-cache turns it off for its run (set_caching)


def set_caching(allowed: bool) -> bool:
    """Allow or forbid the caches in this process (and the workers it forks from now on);
    returns the previous setting.  `profilecheck batch --no-cache` forbids them for its run."""
    global _ALLOWED
    previous, _ALLOWED = _ALLOWED, allowed
    return previous


def caching_allowed() -> bool:
    """False when this run asked for no cache, or the user turned every cache off
    (PROFILECHECK_NO_CACHE set to anything but 0)."""
    return _ALLOWED and cache_readable()


def cache_readable() -> bool:
    """Whether the stored patterns and compiled templates (our lexicons and templates, no
    personal data) may be read: yes unless the user turned every cache off.  `batch --no-cache`
    reviews every file afresh and writes nothing here, but reads these two, as they change no
    result."""
    return os.environ.get(NO_CACHE_VARIABLE, "").strip() in ("", "0")


def template_cache(variant: str = "text"):
    """A Jinja bytecode cache in the cache folder (`templates/`): each template is compiled to
    Python once, not in every process.  Jinja keys each entry by the template's name and checks
    its source's checksum, so an edited template is compiled again; an entry that cannot be read
    is treated as missing.  None when caching is off or the folder cannot be made.

    Each environment (`variant`: "html", "text", ...) has entries of its own: the code Jinja
    compiles escapes or not as its environment autoescapes, and the key says nothing of that, so
    a macro file compiled for the text report and loaded by the HTML one would write resume text
    into the page unescaped."""
    if not cache_readable():
        return None
    writable = caching_allowed()
    import jinja2

    class _Safe(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # damaged: compile again (and overwrite it)
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            if not writable:
                return  # batch --no-cache: read what is there, write nothing
            try:
                super().dump_bytecode(bucket)
            except Exception:  # a read-only or full disk: no cache, no error
                pass

    folder = os.path.join(cache_folder(), "templates")
    pattern = f"__jinja2_%s.{variant}.cache"
    if not writable:
        return _Safe(folder, pattern) if os.path.isdir(folder) else None
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return _Safe(folder, pattern)
