"""Command line: argument parsing, then a call into the library; errors become one line and exit 2."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import Optional, Sequence

from . import __version__, collector
from .definitions import FAIL_LEVELS, LEVEL_ORDER
from .errors import OutputError, ProfileCheckError, SizeLimitError, UsageError
from .guard import guarded, isolated
from .options import PDF_ENGINES, Limits, Options

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit with 2 through our own one-line message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("reading")
    group.add_argument("--as-of", type=_date, metavar="DATE", help="the date 'Present' means (default: today), e.g. 2026-11-25")
    group.add_argument("--pdf-engine", choices=PDF_ENGINES, default="auto", help="PDF engine: pdfium (fast, default via auto) or pdfplumber")
    limits = Limits()
    group.add_argument("--max-file-mb", type=_positive_float, default=limits.max_file_bytes / 1048576, metavar="MB", help="refuse larger files (default: %(default)g)")
    group.add_argument("--max-pages", type=int, default=limits.max_pages, metavar="N", help="refuse PDFs with more pages (default: %(default)s)")
    group.add_argument("--max-docx-mb", type=_positive_float, default=limits.max_docx_uncompressed / 1048576, metavar="MB", help="refuse DOCX files that unpack to more (default: %(default)g)")
    group.add_argument("--max-pdf-unpacked-mb", type=_positive_float, default=limits.max_pdf_unpacked / 1048576, metavar="MB", help="refuse PDFs whose compressed streams unpack to more (default: %(default)g)")
    group.add_argument("--max-memory-mb", type=int, default=2048, metavar="MB", help="stop a file whose reading needs more memory (default: %(default)s)")
    group.add_argument("--timeout", type=_positive_float, default=limits.timeout_seconds, metavar="SECONDS", help="stop reading one file after this long (default: %(default)g)")


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(
        max_file_bytes=int(args.max_file_mb * 1048576),
        max_pages=args.max_pages,
        max_docx_uncompressed=int(args.max_docx_mb * 1048576),
        max_pdf_unpacked=int(args.max_pdf_unpacked_mb * 1048576),
        timeout_seconds=args.timeout,
    )


def _options(args: argparse.Namespace, limits: Optional[Limits] = None) -> Options:
    limits = limits or _limits(args)
    try:
        return Options(
            as_of=args.as_of,
            pdf_engine=args.pdf_engine,
            limits=limits,
            select=args.select,
            ignore=args.ignore,
            job=_job_text(args.job, limits) if getattr(args, "job", None) else None,
        )
    except SizeLimitError as error:
        raise error.with_path(_job_file(args) or "--job") from None


def _job_file(args: argparse.Namespace) -> Optional[str]:
    """The --job value when it names a file (an input of the run, never overwritten)."""
    value = getattr(args, "job", None)
    return value if value and os.path.exists(value) else None


def _job_text(value: str, limits: Limits) -> str:
    """--job takes a file (any format check reads) or the posting's text itself."""
    if os.path.exists(value):
        from .readers import read_document

        return read_document(value, Options(limits=limits)).text
    if len(value) < 200 and ("/" in value or value.endswith((".txt", ".md", ".pdf", ".docx"))):
        raise UsageError(f"--job: no such file: {_shown(value)}")
    return _from_argv(value)


def _shown(text: str) -> str:
    from .output import shown

    return shown(text)


def _add_judging_options(parser: argparse.ArgumentParser, job: bool = True) -> None:
    group = parser.add_argument_group("judging")
    group.add_argument("--select", type=_codes, default=(), metavar="CODES", help="run only these rules, by code or prefix, e.g. PC1,PC3")
    group.add_argument("--ignore", type=_codes, default=(), metavar="CODES", help="skip these rules, by code or prefix, e.g. PC104")
    group.add_argument("--fail-level", choices=FAIL_LEVELS, default="error", help="exit 1 when a finding at or above this level remains (default: error)")
    group.add_argument("--fail-under", type=int, metavar="SCORE", help="exit 1 when the overall score is below SCORE (0-100)")
    if job:
        group.add_argument("--job", metavar="FILE_OR_TEXT", help="a job posting (a file, or the text itself) to match the resume against")


def _codes(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(",") if item.strip())


def build_parser() -> argparse.ArgumentParser:
    from .render import DIFF_FORMATS, FORMATS

    parser = _Parser(
        prog="profilecheck",
        description="Review an IT Project Manager's resume or LinkedIn profile and say how to make it stronger.",
        epilog="example: profilecheck check resume.pdf --format json",
    )
    parser.add_argument("--version", action="version", version=f"profilecheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser(
        "check",
        help="read a resume (PDF, DOCX, text, LinkedIn export, JSON Resume) and report on it",
        description="Read one resume or profile and report what it shows and how to improve it.",
        epilog="examples:\n  profilecheck check resume.pdf\n  profilecheck check resume.docx --format json\n"
        "  profilecheck check resume.pdf -o review.html\n  profilecheck check resume.json           # a JSON Resume document\n"
        "  cat profile.txt | profilecheck check -\n  profilecheck check --text 'IT Project Manager | PMP'",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("file", nargs="?", help="the resume file, or - for standard input")
    check.add_argument("--text", help="judge this text instead of a file (a headline, an About section, a profile)")
    check.add_argument(
        "--format", choices=FORMATS,
        help="text (the terminal), concise (one line per finding), json, markdown or html; "
        "default: from the -o file name (.html, .md, .json), else text",
    )
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    _add_reading_options(check)
    _add_judging_options(check)

    headline = commands.add_parser(
        "headline",
        help="instant feedback on a LinkedIn headline",
        description="Judge a LinkedIn headline on its own and suggest rewrites.",
        epilog="examples:\n  profilecheck headline \"IT Project Manager\"\n  echo \"IT Project Manager | Cloud | PMP\" | profilecheck headline -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    headline.add_argument("text", help="the headline, or - to read it from standard input")
    headline.add_argument("--format", choices=FORMATS, help="output format (default: from the -o file name, else text)")
    headline.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    headline.add_argument("--as-of", type=_date, metavar="DATE", help=argparse.SUPPRESS)
    _add_judging_options(headline, job=False)

    batch = commands.add_parser(
        "batch",
        help="review a folder of candidates in parallel and rank them",
        description="Review every PDF, DOCX and text resume below a folder, in parallel, and rank them. "
        "Results are cached by file content, so a re-run only reads what changed. "
        "Exit code: 0 when every file was read, 2 when some could not be (all outputs are still written).",
        epilog="examples:\n  profilecheck batch candidates/ -o review/\n  profilecheck batch candidates/ --job posting.txt -o review/\n"
        "  profilecheck batch candidates/ -o review/ --engine dask --scheduler tcp://10.0.0.5:8786",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("folder", help="the folder to review (searched recursively)")
    batch.add_argument("-o", "--output", required=True, metavar="DIR", help="where to write summary.csv, results.jsonl, index.html and reports/ (outside the input folder)")
    batch.add_argument("--workers", type=int, metavar="N", help="worker processes (default: number of CPUs); with --engine dask, the local cluster's workers")
    batch.add_argument(
        "--engine", choices=("local", "dask"), default="local",
        help="local: worker processes on this machine (default); dask: the same work on Dask workers, "
        "a local cluster or --scheduler's (pip install \"profilecheck[dask]\")",
    )
    batch.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="with --engine dask: the address of a Dask scheduler (e.g. tcp://10.0.0.5:8786) whose workers read the files; "
        "their bytes are sent to those machines (default: a local cluster on 127.0.0.1)",
    )
    batch.add_argument("--no-cache", action="store_true", help="ignore cached results and read every file again")
    batch.add_argument("--cache-dir", metavar="DIR", help="where the result cache lives (default: the user cache folder, e.g. ~/.cache/profilecheck)")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar")
    _add_reading_options(batch)
    _add_judging_options(batch)

    diff = commands.add_parser(
        "diff",
        help="what changed between two versions: score, findings fixed and new, facts gained or lost",
        description="Compare two versions of a resume or profile (any two inputs check reads: PDF, DOCX, text, "
        "JSON Resume, a saved JSON report): the score change overall and per category, the findings fixed and "
        "the new ones, and the certifications, tools, methodologies, results with numbers and years gained or lost.",
        epilog="examples:\n  profilecheck diff resume-2025.pdf resume-2026.docx\n"
        "  profilecheck diff old.pdf new.pdf -o changes.html\n"
        "  profilecheck diff old.pdf new.pdf --format json --as-of 2026-11-25",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diff.add_argument("old", help="the earlier version (a file, or - for standard input)")
    diff.add_argument("new", help="the later version (a file, or - for standard input)")
    diff.add_argument(
        "--format", choices=DIFF_FORMATS,
        help="text (the terminal), markdown, html or json; default: from the -o file name (.html, .md, .json), else text",
    )
    diff.add_argument("-o", "--output", metavar="FILE", help="write the comparison to FILE instead of standard output")
    _add_reading_options(diff)
    judging = diff.add_argument_group("judging")
    judging.add_argument("--select", type=_codes, default=(), metavar="CODES", help="run only these rules, by code or prefix, e.g. PC1,PC3")
    judging.add_argument("--ignore", type=_codes, default=(), metavar="CODES", help="skip these rules, by code or prefix, e.g. PC104")
    judging.add_argument("--job", metavar="FILE_OR_TEXT", help="a job posting (a file, or the text itself): compare the match too")

    rules = commands.add_parser(
        "rules",
        help="list every rule with its code",
        description="List every rule: code, name, level, category.",
        epilog="example: profilecheck rules --select PC1",
    )
    rules.add_argument("--select", type=_codes, default=(), metavar="CODES", help="only these codes or prefixes")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    explain = commands.add_parser(
        "rule",
        help="explain one rule: what it checks, why it matters, examples",
        description="Explain one rule.",
        epilog="example: profilecheck rule PC104",
    )
    explain.add_argument("code", help="a rule code (PC104) or name (headline-only-title)")
    explain.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    serve = commands.add_parser(
        "serve",
        help="open a local web page: headline feedback as you type, a profile box, a resume drop",
        description="Serve a web page on this computer to check a LinkedIn headline as you type, a pasted "
        "profile, or a PDF or DOCX resume, with an optional job posting. Nothing is stored or sent anywhere.",
        epilog="examples:\n  profilecheck serve                  # then open http://127.0.0.1:8000\n"
        "  profilecheck serve --port 8080 --max-upload-mb 5",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s, this computer only)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on; 0 picks a free one (default: %(default)s)")
    serve.add_argument("--max-upload-mb", type=_positive_float, default=10.0, metavar="MB", help="refuse larger uploads (default: %(default)g)")
    serve.add_argument("--quiet", action="store_true", help="do not log requests (the log has only method, path and status)")
    return parser


def _write_output(text: str, output: Optional[str], inputs: Sequence[Optional[str]]) -> None:
    if not output:
        write_stdout(text)
        return
    from .output import write_report

    write_report(output, text, inputs)


def write_stdout(text: str) -> None:
    """Standard output, where a failed write (a full disk, /dev/full) is one line and exit 2.
    A reader that went away (`| head`) is not an error: BrokenPipeError goes to main."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        _discard_stdout()
        raise OutputError(f"cannot write the report: {(error.strerror or str(error)).lower()}", "standard output") from None


def _discard_stdout() -> None:
    """What is left in stdout's buffer would fail again when Python flushes it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _from_argv(text: str) -> str:
    """An argument as text: bytes that are not UTF-8 (kept by Python as lone surrogates)
    become U+FFFD, as a file's would."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", errors="replace")


def _run_check(args: argparse.Namespace) -> int:
    from .pipeline import analyze, analyze_bytes, analyze_text

    if args.text is not None and args.file is not None:
        raise UsageError("give either a file or --text, not both")
    if args.text is None and args.file is None:
        raise UsageError("profilecheck check: give a file, - for standard input, or --text TEXT (see --help)")
    path = None if args.text is not None or args.file == "-" else args.file
    limits = _limits(args)

    def work():
        options = _options(args, limits)  # a --job file is read within the limits too
        if args.text is not None:
            return analyze_text(_from_argv(args.text), options)
        if args.file == "-":
            data = sys.stdin.buffer.read(options.limits.max_file_bytes + 1)
            return analyze_bytes(data, options, None)
        return analyze(args.file, options)

    # In a child process of its own: a memory limit, and a hard stop for a hang in C code.
    report = isolated(work, limits.timeout_seconds, path, memory_limit_mb=_memory(args))
    return _finish(report, args, [path, _job_file(args)])


def _memory(args: argparse.Namespace) -> int:
    if args.max_memory_mb < 64:
        raise UsageError(f"--max-memory-mb must be at least 64, got {args.max_memory_mb}")
    return args.max_memory_mb


def _finish(report, args: argparse.Namespace, inputs: Sequence[str]) -> int:
    from .render import format_for_output, render

    fmt = args.format or format_for_output(args.output) or "text"
    color = fmt == "text" and not args.output and _wants_color()
    text = render(report, fmt, color=color)
    _write_output(text, args.output, inputs)
    return _exit_code(report, args)


def _exit_code(report, args: argparse.Namespace) -> int:
    if args.fail_level != "never":
        worst = LEVEL_ORDER[args.fail_level]
        if any(LEVEL_ORDER[finding.level] <= worst for finding in report.findings):
            return EXIT_FINDINGS
    if args.fail_under is not None and report.score is not None and report.score.overall < args.fail_under:
        return EXIT_FINDINGS
    return EXIT_OK


def _run_headline(args: argparse.Namespace) -> int:
    from .pipeline import analyze_headline

    # A headline is short: read at most a little more than LinkedIn allows, never unbounded.
    if args.text == "-":
        text = sys.stdin.buffer.read(10_000).decode("utf-8", errors="replace")
    else:
        text = _from_argv(args.text)
    if not text.strip():
        raise UsageError("profilecheck headline: the headline is empty")
    options = Options(as_of=args.as_of, select=args.select, ignore=args.ignore)
    report = guarded(lambda: analyze_headline(text, options), Limits().timeout_seconds, None)
    return _finish(report, args, [])


def _run_batch(args: argparse.Namespace) -> int:
    from .batch import review_folder
    from .batch.outputs import ranking_text

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.scheduler and args.workers is not None:
        raise UsageError("--workers sizes the local cluster; with --scheduler the cluster has its own workers")
    if args.engine == "dask":
        from .batch.dask_engine import DASK_MISSING, available

        if not available():  # said before the options are read, not after
            raise UsageError(DASK_MISSING)
    limits = _limits(args)
    options = isolated(lambda: _options(args, limits), limits.timeout_seconds, _job_file(args), memory_limit_mb=_memory(args))
    result = review_folder(
        args.folder,
        args.output,
        options,
        workers=args.workers,
        use_cache=not args.no_cache,
        cache_dir=args.cache_dir,
        memory_limit_mb=args.max_memory_mb,
        progress=False if args.no_progress else None,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    for warning in result.warnings:
        print(f"profilecheck: warning: {warning}", file=sys.stderr)
    write_stdout(
        ranking_text(result)
        + f"\n{len(result.rows) + len(result.not_judged)} reviewed ({result.cached} from cache), {len(result.failed)} could not be read"
        + (f", {len(result.not_judged)} too little to judge" if result.not_judged else "")
        + f"; {len(result.rows)} ranked. "
        f"Outputs in {_shown(args.output)}/: summary.csv, results.jsonl, index.html, reports/\n"
    )
    if result.interrupted:
        print("profilecheck: interrupted; the outputs hold the files finished so far", file=sys.stderr)
        return 130
    return EXIT_ERROR if result.failed else EXIT_OK


def _run_diff(args: argparse.Namespace) -> int:
    """Read both inputs (each in a child process of its own, as check reads one), then compare."""
    from .changes import diff
    from .diffview import diff_format_for_output, render_diff
    from .pipeline import analyze, analyze_bytes

    if args.old == "-" and args.new == "-":
        raise UsageError("profilecheck diff: only one of the two can be standard input (-)")
    fmt = args.format or diff_format_for_output(args.output) or "text"
    limits = _limits(args)
    memory = _memory(args)
    options = isolated(lambda: _options(args, limits), limits.timeout_seconds, _job_file(args), memory_limit_mb=memory)
    stdin = sys.stdin.buffer.read(limits.max_file_bytes + 1) if "-" in (args.old, args.new) else None
    from .batch.worker import warm_up

    warm_up()  # once, here: both children start with the pipeline built

    def read(path: str):
        if path == "-":
            return isolated(lambda: analyze_bytes(stdin, options, None), limits.timeout_seconds, None, memory_limit_mb=memory)
        return isolated(lambda: analyze(path, options), limits.timeout_seconds, path, memory_limit_mb=memory)

    change = diff(read(args.old), read(args.new))
    color = fmt == "text" and not args.output and _wants_color()
    _write_output(render_diff(change, fmt, color=color), args.output, [None if args.old == "-" else args.old, None if args.new == "-" else args.new, _job_file(args)])
    return EXIT_OK


def _run_rules(args: argparse.Namespace) -> int:
    from .rules import select_rules
    from .rules.explain import list_rules

    write_stdout(list_rules(select_rules(args.select), args.format))
    return EXIT_OK


def _run_rule(args: argparse.Namespace) -> int:
    from .rules import get_rule
    from .rules.explain import explain_rule

    write_stdout(explain_rule(get_rule(args.code), args.format))
    return EXIT_OK


def _run_serve(args: argparse.Namespace) -> int:
    try:
        from .web import serve
    except ImportError as error:
        raise UsageError(f"profilecheck serve needs Flask ({error.name or error}): pip install 'flask>=3'") from None
    return serve(args.host, args.port, max_upload_mb=args.max_upload_mb, quiet=args.quiet)


def _wants_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def main(argv: Optional[Sequence[str]] = None) -> int:
    collector.pause(whole_process=True)  # until the pipeline is built or a document read (collector.py)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command not in ("check", "headline", "diff"):
            collector.resume()  # batch and serve run long in this process
        if args.command is None:
            parser.print_help()
            return EXIT_ERROR
        handlers = {
            "check": _run_check, "headline": _run_headline, "diff": _run_diff, "batch": _run_batch,
            "rules": _run_rules, "rule": _run_rule, "serve": _run_serve,
        }
        if args.command in handlers:
            return handlers[args.command](args)
        raise UsageError(f"unknown command {args.command!r}")
    except ProfileCheckError as error:
        # File names are data: escape sequences in them never reach the terminal.
        print(f"profilecheck: error: {_shown(str(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("profilecheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error worth a traceback
        _discard_stdout()
        return EXIT_OK
    finally:
        collector.resume()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
