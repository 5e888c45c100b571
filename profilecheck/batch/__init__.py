"""Batch review of a folder of candidates: discover, run (parallel, cached), rank, write outputs."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Optional

from ..errors import InputError, UsageError
from ..options import Options
from ..output import json_safe
from ..usercache import caching_allowed, set_caching
from .cache import ResultCache
from .discover import Duplicate, Skipped, discover, outside_links
from .outputs import OutputWriter, not_ranked_reason, summary_of
from .progress import Progress
from .runner import run
from .worker import review_bytes, review_path


ENGINES = ("local", "dask")


@dataclass
class BatchResult:
    rows: list = field(default_factory=list)  # (path, summary of the result), ranked
    not_judged: list = field(default_factory=list)  # (path, reason): read, but too little to judge; not ranked
    failed: list = field(default_factory=list)  # (path, cause): could not be read; not ranked
    skipped: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)
    cached: int = 0
    interrupted: bool = False
    warnings: list = field(default_factory=list)  # one line each, e.g. a cache that could not be used
    outside: list = field(default_factory=list)  # files read through links that lead out of the folder


def _inside(child: str, parent: str) -> bool:
    child, parent = os.path.realpath(child), os.path.realpath(parent)
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def review_folder(
    folder: str,
    output: str,
    options: Options,
    workers: Optional[int] = None,
    use_cache: bool = True,
    cache_dir: Optional[str] = None,
    memory_limit_mb: Optional[int] = None,
    progress: Optional[bool] = None,
    engine: str = "local",
    scheduler: Optional[str] = None,
) -> BatchResult:
    """Review every resume below `folder` and write summary.csv, results.jsonl, index.html and
    reports/ to `output`.  `engine` "local" runs the files on this machine's worker processes
    (`workers`, default: one per CPU); "dask" maps the same per-file work over Dask workers: a
    local cluster of `workers` processes, or the cluster of the `scheduler` at that address
    (needs `pip install "profilecheck[dask]"`).  The outputs are the same either way."""
    if engine not in ENGINES:
        raise UsageError(f"no engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise UsageError("a Dask scheduler needs the dask engine (--engine dask)")
    if engine == "dask":
        from .dask_engine import DASK_MISSING, available

        if not available():
            raise UsageError(DASK_MISSING)
    if not os.path.isdir(folder):
        raise InputError("is not a folder", folder)
    if _inside(output, folder):
        raise UsageError(f"the output folder {output} is inside the input folder; choose a folder outside {folder}")
    use_cache = use_cache and caching_allowed()  # PROFILECHECK_NO_CACHE=1: as --no-cache
    # --no-cache: nothing is written to the cache folder by this run, neither results nor the
    # stored phrase patterns and compiled templates (usercache.py); the workers inherit it.
    previous_caching = set_caching(False) if not use_cache else None
    try:
        return _review(folder, output, options, workers, use_cache, cache_dir, memory_limit_mb, progress, engine, scheduler)
    finally:
        if previous_caching is not None:
            set_caching(previous_caching)


def _review(folder, output, options, workers, use_cache, cache_dir, memory_limit_mb, progress, engine="local", scheduler=None) -> BatchResult:
    warnings: list[str] = []
    cache = ResultCache(cache_dir) if use_cache else None
    if cache is not None and not cache.usable:
        warnings.append(cache.warning)
        cache = None
    # A re-run reads no unchanged file: its (path, size, times, inode) give its hash from last time.
    stamps = cache.stamps() if cache else {}
    hashed: list = []

    def known(path: str, stamp) -> Optional[tuple[str, str]]:
        found = stamps.get(path)
        return (found[1], found[2]) if found is not None and found[0] == stamp else None

    candidates, skipped, duplicates = discover(folder, options.limits.max_file_bytes, known if stamps else None, hashed)
    if cache:
        cache.remember(hashed)
    result = BatchResult(skipped=skipped, duplicates=duplicates, warnings=warnings)
    result.outside = outside_links(folder, [candidate.path for candidate in candidates])
    # Results go to disk as they arrive; the parent keeps only a small summary per file, so its
    # memory does not grow with the size of the reports.
    writer = OutputWriter(output)
    to_run: list[int] = []
    bar = Progress(len(candidates), enabled=progress)
    for index, candidate in enumerate(candidates):
        hit = cache.get(ResultCache.key(candidate.sha256, options)) if cache and candidate.sha256 else None
        if hit is None:
            to_run.append(index)
            continue
        stored_path, text, summary, html = hit
        if stored_path != candidate.path:
            # Same content under another name: the stored result names the old path.
            item = json.loads(text)
            item["source"]["path"] = candidate.path
            writer.add(candidate.path, json_safe(json.dumps(item, ensure_ascii=False)), summary_of(item), None, item)
        else:
            fresh = writer.add(candidate.path, text, summary, html)
            if fresh is not summary:  # stored by an older version, made again from the result: store it again
                cache.put(ResultCache.key(candidate.sha256, options), candidate.path, text, fresh, html)
        result.cached += 1
        bar.advance()

    def on_result(position: int, item: dict, report: Optional[str]) -> None:
        candidate = candidates[to_run[position]]
        if "error" in item:
            writer.add_failure(candidate.path, item["error"])
        else:
            text, summary = json_safe(json.dumps(item, ensure_ascii=False)), summary_of(item)
            if cache and candidate.sha256:
                cache.put(ResultCache.key(candidate.sha256, options), candidate.path, text, summary, report)
            writer.add(candidate.path, text, summary, report, item)
        bar.advance()

    try:
        if to_run:
            paths = [candidates[index].path for index in to_run]
            if engine == "dask":
                from .dask_engine import run_dask

                outcome = run_dask(paths, options, workers, memory_limit_mb, on_result, scheduler)
            else:
                outcome = run(paths, options, workers or os.cpu_count() or 1, memory_limit_mb, on_result)
            result.interrupted = outcome.interrupted
    finally:
        bar.close()
        if cache:
            if cache.warning:
                result.warnings.append(cache.warning)
            cache.close()
    writer.finish(result, rank_key)
    return result


def rank_key(item: dict):
    """Best first: by job match rate when there is one, then by overall score, then by path."""
    match = (item.get("job_match") or {}).get("match_rate")
    score = (item.get("score") or {}).get("overall") or 0
    return (-(match if match is not None else -1), -score, item["source"].get("path") or "")


__all__ = ["review_folder", "review_bytes", "review_path", "not_ranked_reason", "BatchResult", "Skipped", "Duplicate"]
