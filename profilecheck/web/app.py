"""The local web page as a Flask app: a headline box with feedback as you type, a box for an
About section or a whole profile, a resume drop, and an optional job posting.

Endpoints:

    GET  /               the page (works without JavaScript: the forms post to /check)
    GET  /page.css, /page.js
    POST /check          form in, the full HTML report page out (the no-JavaScript path)
    POST /api/headline   {"headline": "..."} in, {"headline", "score", "findings", "rewrites"} out
    POST /api/check      a form (file, text or headline, and job) or JSON in; the HTML report
                         or the JSON contract out (`?format=html|json`, else the Accept header;
                         JSON by default)
    POST /diff           form with two files (old, new) in, the page of what changed out (no JavaScript)
    POST /api/diff       the same form in; the diff's JSON contract or its HTML page out (as /api/check)
    GET  /healthz        {"status": "ok"}

Privacy: uploads are read into memory (never spooled to a temporary file) and dropped with the
request; nothing is logged but method, path and status; every response says `no-store`.
Safety: every field has a limit (the upload, the pasted text, the job posting, the headline,
the JSON body); checks of files and pasted text run in worker processes under the one guarded
call (time limit, memory, recursion), and a worker past its time is killed, not left running
(`workers.CheckPool`); errors become HTTP statuses by their class only.  POSTs from other
origins are refused, and so are Host names other than loopback ones when the server listens
only on loopback (DNS rebinding).
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import sys
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Optional

from flask import Flask, Request, Response, g, jsonify, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from .. import __version__
from ..definitions import HEADLINE_LIMIT  # LinkedIn's limit, shown as a counter on the page
from ..errors import ProfileCheckError, SizeLimitError, UsageError
from ..options import Limits, Options
from ..render import clean
from .workers import BusyError, CheckPool, Task, UnexpectedError

MB = 1024 * 1024
HEADLINE_MAX_CHARS = 2000  # longer than this is not a headline; say so instead of judging it
HEADLINE_MAX_BODY = 64 * 1024
FORM_SLACK = 1 * MB  # room for the text fields and multipart framing beside the file
JSON_TYPES = ("application/json", "text/html")
LOOPBACK_NAMES = {"localhost", "localhost.", "ip6-localhost", "ip6-loopback"}


@dataclass(frozen=True)
class Settings:
    """How the app behaves; `serve` builds one from the command line."""

    max_upload_bytes: int = 10 * MB
    workers: int = max(2, min(4, os.cpu_count() or 2))  # checks of files and text at once
    timeout_seconds: float = Limits().timeout_seconds
    loopback_hosts_only: bool = True  # refuse other Host names (listening on loopback only)
    pdf_engine: str = "auto"
    memory_limit_mb: Optional[int] = 2048  # address space of each worker process
    start_method: str = "forkserver"  # how worker processes start ("fork" lets tests patch them)

    def __post_init__(self) -> None:
        if not isinstance(self.max_upload_bytes, int) or self.max_upload_bytes <= 0:
            raise UsageError(f"the upload limit must be positive, got {self.max_upload_bytes!r}")
        if not isinstance(self.workers, int) or self.workers < 1:
            raise UsageError(f"workers must be at least 1, got {self.workers!r}")

    @property
    def limit_text(self) -> str:
        megabytes = self.max_upload_bytes / MB
        return f"{megabytes:.1f}".rstrip("0").rstrip(".") + " MB" if megabytes >= 1 else f"{megabytes:.2g} MB"

    def limits(self) -> Limits:
        return Limits(max_file_bytes=self.max_upload_bytes, timeout_seconds=self.timeout_seconds)

    @property
    def text_limit(self) -> int:
        return min(self.limits().max_text_chars, self.max_upload_bytes)


class WebError(Exception):
    """A one-line answer to a request that cannot be served, with its HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class InMemoryRequest(Request):
    """Werkzeug spools uploads over 500 KB to a temporary file; keep them in memory instead.
    The size is bounded by MAX_CONTENT_LENGTH, checked before and while reading."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):  # noqa: D401
        return io.BytesIO()


# ------------------------------------------------------------------ page assets and CSP

_STYLE_BLOCK = re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I)


def _hashes(html: str) -> list[str]:
    """CSP hash sources for the inline <style> blocks of a page we rendered."""
    found = []
    for block in _STYLE_BLOCK.findall(html):
        digest = base64.b64encode(hashlib.sha256(block.encode("utf-8")).digest()).decode("ascii")
        found.append(f"'sha256-{digest}'")
    return list(dict.fromkeys(found))


def _csp(style: list[str], *, page: bool) -> str:
    if page:
        # The page: its own CSS and JS from this server; the report shown in an <iframe srcdoc>
        # inherits this policy, so the report's inline style is allowed by its hash.
        return "; ".join(
            (
                "default-src 'none'",
                "script-src 'self'",
                "style-src " + " ".join(["'self'", *style]),
                "img-src 'self' data:",
                "connect-src 'self'",
                "frame-src 'self'",
                "form-action 'self'",
                "base-uri 'none'",
                "frame-ancestors 'none'",
            )
        )
    # A report or an error page on its own: no scripts at all.
    return "; ".join(
        (
            "default-src 'none'",
            "style-src " + " ".join(["'self'", *style]) if style else "style-src 'self'",
            "img-src data:",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        )
    )


def _asset(name: str) -> str:
    from ..resources import template_dir

    return template_dir().joinpath("web").joinpath(name).read_text(encoding="utf-8")


# ------------------------------------------------------------------ helpers


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    import ipaddress

    name = host.strip().lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _host_name(host: str) -> str:
    """The name part of a Host header value ("[::1]:8000" -> "::1")."""
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def display_name(filename: Optional[str]) -> Optional[str]:
    """The uploaded file's own name, for messages and the report: no folders, no control
    characters, not too long."""
    if not filename:
        return None
    name = clean(filename.replace("\\", "/").rsplit("/", 1)[-1])
    if len(name) > 120:
        name = name[:100] + "…" + name[-19:]
    return name or None


def _message(error: ProfileCheckError, fallback: str) -> str:
    """The CLI's one line: "file: cause"; pasted text is called what it is."""
    if isinstance(error, UsageError) and error.path is None:
        return error.cause
    return f"{error.path or fallback}: {error.cause}"


# Errors become statuses by their class, most specific first: nothing reads their text.
_STATUSES: tuple[tuple[type, int], ...] = (
    (UsageError, 400),
    (SizeLimitError, 413),
    (ProfileCheckError, 422),
)


def _status(error: ProfileCheckError) -> int:
    for kind, status in _STATUSES:
        if isinstance(error, kind):
            return status
    return 422


# ------------------------------------------------------------------ the app


def create_app(settings: Optional[Settings] = None, *, warm: bool = True) -> Flask:
    """Build the app.  With `warm` (the default) the NLP pipeline and rules are loaded now, once,
    so the first request is as fast as the others."""
    settings = settings or Settings()
    app = Flask(__name__, static_folder=None, template_folder=None)
    app.request_class = InMemoryRequest
    app.config.update(
        DEBUG=False,
        TESTING=False,
        PROPAGATE_EXCEPTIONS=False,
        TRAP_HTTP_EXCEPTIONS=False,
        MAX_CONTENT_LENGTH=settings.max_upload_bytes + FORM_SLACK,
        MAX_FORM_MEMORY_SIZE=settings.max_upload_bytes,
        MAX_FORM_PARTS=32,
    )
    app.json.sort_keys = False  # keep the contract's key order
    app.json.ensure_ascii = False
    state = _State(settings, warm)
    app.extensions["profilecheck"] = state

    @app.before_request
    def _guard() -> None:
        g.wants_json = request.path.startswith("/api/")  # until the request says otherwise
        g.wants_json = _wants_json()
        if settings.loopback_hosts_only and not is_loopback_host(_host_name(request.host)):
            raise WebError(400, "This page answers only on this computer: open it at http://127.0.0.1 or http://localhost.")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            _same_origin_only()

    @app.after_request
    def _headers(response: Response) -> Response:
        headers = response.headers
        if "Content-Security-Policy" not in headers:
            headers["Content-Security-Policy"] = _csp([], page=False)
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Frame-Options"] = "DENY"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Cross-Origin-Resource-Policy"] = "same-origin"
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        headers.setdefault("Cache-Control", "no-store")
        return response

    # -------------------------------------------------------------- pages

    @app.get("/")
    def page() -> Response:
        html = state.page_html()
        response = Response(html, mimetype="text/html")
        response.headers["Content-Security-Policy"] = _csp(state.report_styles, page=True)
        return response

    @app.get("/page.css")
    def page_css() -> Response:
        return _static(state.css, "text/css")

    @app.get("/page.js")
    def page_js() -> Response:
        return _static(state.js, "text/javascript")

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify(status="ok", version=__version__)

    @app.post("/check")
    def check_page() -> Response:
        g.wants_json = False
        return _report_response(state.check(_form_input(), html=True), "html")

    @app.post("/diff")
    def diff_page() -> Response:
        g.wants_json = False
        return _diff_response(state.diff(_diff_input(settings), html=True), "html")

    # -------------------------------------------------------------- API

    @app.post("/api/headline")
    def api_headline() -> Response:
        g.wants_json = True
        request.max_content_length = HEADLINE_MAX_BODY
        if not request.is_json:
            raise WebError(415, 'Send the headline as JSON, for example {"headline": "IT Project Manager | Cloud | PMP"}.')
        data = _json_body()
        headline = data.get("headline") if isinstance(data, dict) else None
        if not isinstance(headline, str):
            raise WebError(400, 'Send the headline as JSON, for example {"headline": "IT Project Manager | Cloud | PMP"}.')
        return jsonify(state.headline(_string(data, "headline")))

    @app.post("/api/check")
    def api_check() -> Response:
        if request.is_json:
            data = _json_body()
            if not isinstance(data, dict):
                raise WebError(400, 'Send a JSON object, for example {"text": "...", "job": "..."}.')
            found = _Input(
                text=_string(data, "text"),
                headline=_string(data, "headline"),
                job=_string(data, "job"),
                source=_string(data, "source"),
            )
        elif request.mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
            found = _form_input()
        else:
            raise WebError(415, "Send a form (multipart/form-data) with a file or text, or JSON with text.")
        fmt = "json" if g.wants_json else "html"
        return _report_response(state.check(found, html=fmt == "html"), fmt)

    @app.post("/api/diff")
    def api_diff() -> Response:
        if request.mimetype != "multipart/form-data":
            raise WebError(415, "Send a form (multipart/form-data) with two files: old and new.")
        fmt = "json" if g.wants_json else "html"
        return _diff_response(state.diff(_diff_input(settings), html=fmt == "html"), fmt)

    # -------------------------------------------------------------- errors

    @app.errorhandler(WebError)
    def _web_error(error: WebError) -> Response:
        return _error_response(error.status, error.message)

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(error: RequestEntityTooLarge) -> Response:
        if request.path == "/api/headline":
            return _error_response(413, "That is far too long for a headline.")
        if request.path in ("/diff", "/api/diff"):
            return _error_response(413, f"That is too big to compare: the limit is {settings.limit_text} for each file.")
        return _error_response(413, f"That is too big to check: the limit is {settings.limit_text}.")

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Response:
        messages = {
            400: "The request could not be understood.",
            404: "There is nothing here. The page is at /.",
            405: "That is not allowed here.",
        }
        return _error_response(error.code or 500, messages.get(error.code, error.name + "."))

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        # Never a traceback page, and never the input in a log: only the kind of failure.
        kind = error.kind if isinstance(error, UnexpectedError) else type(error).__name__
        print(f"profilecheck serve: unexpected {kind} on {request.method} {request.path}", file=sys.stderr)
        return _error_response(500, f"Something went wrong on our side ({kind}). Please try again, or report it.")

    def _error_response(status: int, message: str) -> Response:
        if g.get("wants_json", request.path.startswith("/api/")):
            response = jsonify(error=message)
        else:
            html = state.error_html(message, status)
            response = Response(html, mimetype="text/html")
            response.headers["Content-Security-Policy"] = _csp([], page=False)
        response.status_code = status
        return response

    return app


def _static(text: str, mimetype: str) -> Response:
    response = Response(text, mimetype=mimetype)
    response.headers["Cache-Control"] = "no-cache"
    return response


def _wants_json() -> bool:
    """/api/*: `?format=` wins, then the Accept header, JSON when either is fine. Elsewhere HTML."""
    if not request.path.startswith("/api/"):
        return False
    fmt = request.args.get("format", "").lower()
    if fmt in ("json", "html"):
        return fmt == "json"
    if fmt:
        raise WebError(400, f"Unknown format {clean(fmt)[:20]!r}: use html or json.")
    return request.accept_mimetypes.best_match(JSON_TYPES, default="application/json") == "application/json"


def _same_origin_only() -> None:
    """A web page elsewhere could post to this server from the person's browser: refuse any
    request a browser marks as coming from another site (Sec-Fetch-Site), or whose Origin is
    another one.  With `Referrer-Policy: no-referrer` a browser sends `Origin: null` for the
    page's own form posts, so "null" is accepted only when Sec-Fetch-Site vouches for it.
    Tools such as curl send neither header and are let through."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        raise WebError(403, "This page accepts requests only from itself.")
    origin = request.headers.get("Origin")
    if origin is None or (origin == "null" and site is not None):
        return
    if origin.rstrip("/") != f"{request.scheme}://{request.host}":
        raise WebError(403, "This page accepts requests only from itself.")


def _json_body() -> Any:
    # Read the body first, so that one over the limit is a 413 even when it comes in chunks
    # (get_json(silent=True) would swallow that and call it invalid JSON).
    raw = request.get_data(cache=True)
    limit = request.max_content_length
    if request.content_length is None and limit is not None and len(raw) >= limit:
        # A chunked body is cut at the limit rather than refused: reaching it is too much.
        raise RequestEntityTooLarge()
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: nested too deeply to parse
        raise WebError(400, "The request body is not valid JSON.") from None


def _string(data: dict, key: str) -> Optional[str]:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise WebError(400, f"{key} must be a string.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800") is not text
        raise WebError(400, f"{key} is not valid text (it holds a lone surrogate).") from None
    return value


@dataclass
class _Input:
    data: Optional[bytes] = None
    filename: Optional[str] = None
    text: Optional[str] = None
    headline: Optional[str] = None
    job: Optional[str] = None
    source: Optional[str] = None


def _form_input() -> _Input:
    form, files = request.form, request.files  # may raise 413: the error handler answers
    upload = files.get("file")
    data = filename = None
    if upload is not None and (upload.filename or upload.content_length):
        data = upload.stream.read()
        filename = display_name(upload.filename) or "uploaded file"
        upload.close()
    return _Input(
        data=data,
        filename=filename,
        text=form.get("text"),
        headline=form.get("headline"),
        job=form.get("job"),
        source=form.get("source"),
    )


@dataclass
class _DiffInput:
    old: Optional[bytes] = None
    old_name: Optional[str] = None
    new: Optional[bytes] = None
    new_name: Optional[str] = None
    job: Optional[str] = None


def _diff_input(settings: Settings) -> _DiffInput:
    """The two uploads of a comparison (fields `old` and `new`), and an optional job posting.
    The body may hold two files, each within the upload limit."""
    request.max_content_length = 2 * settings.max_upload_bytes + FORM_SLACK
    form, files = request.form, request.files  # may raise 413: the error handler answers
    found = _DiffInput(job=form.get("job"))
    for field, fallback in (("old", "earlier version"), ("new", "later version")):
        upload = files.get(field)
        if upload is not None and (upload.filename or upload.content_length):
            data = upload.stream.read()
            upload.close()
            setattr(found, field, data)
            setattr(found, f"{field}_name", display_name(upload.filename) or fallback)
    return found


def _diff_response(result: "_DiffResult", fmt: str) -> Response:
    if fmt == "json":
        return jsonify(result.data)
    response = Response(result.html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = _csp(_hashes(result.html), page=False)
    return response


class _DiffResult:
    """A diff as its JSON contract, rendered to HTML only when asked."""

    def __init__(self, data: dict):
        self.data = data

    @cached_property
    def html(self) -> str:
        from ..diffview import render_diff_data

        return render_diff_data(self.data, "html")


def _report_response(result: "_Result", fmt: str) -> Response:
    """The JSON contract, or the HTML report (rendered by the worker when it was asked for)."""
    if fmt == "json":
        return jsonify(result.data)
    html = result.html
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = _csp(_hashes(html), page=False)
    return response


class _Result:
    """A report as the JSON contract, rendered to HTML only when asked (unless the worker
    already rendered it)."""

    def __init__(self, report=None, data: Optional[dict] = None, html: Optional[str] = None):
        self.report = report
        if data is not None:
            self.__dict__["data"] = data
        if html is not None:
            self.__dict__["html"] = html

    @cached_property
    def data(self) -> dict:
        from ..report import report_json

        return report_json(self.report)

    @cached_property
    def html(self) -> str:
        from ..render import render_data

        return render_data(self.data, "html")


class _State:
    """What every request shares, read-only: settings, templates, the warm pipeline, the pool."""

    def __init__(self, settings: Settings, warm: bool):
        from ..render import environment

        self.settings = settings
        self.env = environment("html")
        self.css = _asset("page.css.j2")
        self.js = _asset("page.js.j2")
        self.pool = CheckPool(settings.workers, settings.memory_limit_mb, settings.start_method)
        self.pool.start_server()
        self._lock = threading.Lock()
        self._report_styles: Optional[list[str]] = None
        if warm:
            from ..batch.worker import warm_up

            warm_up()
            self.report_styles  # noqa: B018  (renders one report and one diff: warms the templates too)
            self.pool.prestart()

    @property
    def report_styles(self) -> list[str]:
        """Hashes of the inline style of a report and of a diff page (both show in the page's
        frame), found by rendering each once."""
        if self._report_styles is None:
            with self._lock:
                if self._report_styles is None:
                    from ..changes import diff
                    from ..pipeline import analyze_headline

                    report = _Result(analyze_headline("IT Project Manager", self._options()))
                    change = _DiffResult(diff(report.data, report.data).to_json())
                    self._report_styles = list(dict.fromkeys(_hashes(report.html) + _hashes(change.html)))
        return self._report_styles

    def _options(self, job: Optional[str] = None) -> Options:
        return Options(pdf_engine=self.settings.pdf_engine, limits=self.settings.limits(), job=job)

    # -------------------------------------------------------------- pages

    def page_html(self) -> str:
        return self.env.get_template("web/page.html.j2").render(
            version=__version__,
            max_upload=self.settings.max_upload_bytes,
            limit_text=self.settings.limit_text,
            headline_limit=HEADLINE_LIMIT,
            headline_max=HEADLINE_MAX_CHARS,
        )

    def error_html(self, message: str, status: int) -> str:
        return self.env.get_template("web/error.html.j2").render(message=message, status=status, version=__version__)

    # -------------------------------------------------------------- checks

    def headline(self, text: str) -> dict:
        from ..pipeline import analyze_headline

        headline = " ".join(text.split())
        if not headline:
            raise WebError(422, "Type a headline first.")
        if len(headline) > HEADLINE_MAX_CHARS:
            raise WebError(422, f"That is much longer than a headline (LinkedIn allows {HEADLINE_LIMIT} characters). Paste it in the profile box instead.")
        data = _Result(analyze_headline(headline, self._options())).data
        return {
            "headline": headline,
            "score": data["score"],
            "findings": data["findings"],
            "rewrites": data["rewrites"],
        }

    def check(self, found: _Input, html: bool = False) -> _Result:
        """Pick what to check (a file, pasted text, or a headline) and check it in a worker."""
        source = (found.source or "").strip().lower()
        text = found.text if found.text and found.text.strip() else None
        headline = found.headline if found.headline and found.headline.strip() else None
        job = found.job.strip() if found.job and found.job.strip() else None
        if source not in ("", "file", "text", "headline"):
            raise WebError(400, "source must be file, text or headline.")
        if not source:
            given = [name for name, value in (("file", found.data is not None), ("text", text), ("headline", headline)) if value]
            if len(given) > 1:
                raise WebError(400, "Send one thing at a time: a file, pasted text or a headline.")
            source = given[0] if given else ""
        if source == "file":
            if found.data is None:
                raise WebError(400, "Choose a resume file first (PDF or Word).")
            if len(found.data) > self.settings.max_upload_bytes:
                raise WebError(413, f"{found.filename}: the file is too big to check: the limit is {self.settings.limit_text}.")
            return self._run(Task("file", found.data, found.filename, self._checked_options(job), html), found.filename or "uploaded file")
        if source == "text":
            if text is None:
                raise WebError(400, "Paste your About section or your whole profile first.")
            if len(text) > self.settings.text_limit:
                raise WebError(413, f"That is too much text to check: the limit is {self.settings.text_limit:,} characters.")
            return self._run(Task("text", text, None, self._checked_options(job), html), "pasted text")
        if source == "headline":
            if headline is None:
                raise WebError(400, "Type a headline first.")
            if len(headline) > HEADLINE_MAX_CHARS:
                raise WebError(422, f"That is much longer than a headline (LinkedIn allows {HEADLINE_LIMIT} characters). Paste it in the profile box instead.")
            return self._run(Task("headline", headline, None, self._options(), html), "headline")
        raise WebError(400, "Paste some text or choose a resume file first.")

    def diff(self, found: _DiffInput, html: bool = False) -> _DiffResult:
        """Check both files in workers, as a single upload is checked, then compare them."""
        from ..changes import diff

        if found.old is None or found.new is None:
            raise WebError(400, "Choose both files: the earlier version and the later one.")
        for data, name in ((found.old, found.old_name), (found.new, found.new_name)):
            if len(data) > self.settings.max_upload_bytes:
                raise WebError(413, f"{name}: the file is too big to check: the limit is {self.settings.limit_text}.")
        job = found.job.strip() if found.job and found.job.strip() else None
        options = self._checked_options(job)
        old = self._run(Task("file", found.old, found.old_name, options, False), found.old_name or "earlier version")
        new = self._run(Task("file", found.new, found.new_name, options, False), found.new_name or "later version")
        return _DiffResult(diff(old.data, new.data).to_json())

    def _checked_options(self, job: Optional[str]) -> Options:
        """Options with the job posting, which has a limit of its own (Limits.max_job_chars)."""
        try:
            return self._options(job)
        except SizeLimitError:
            limit = self.settings.limits().max_job_chars
            raise WebError(413, f"The job posting is too long to check: the limit is {limit:,} characters.") from None

    def _run(self, task: Task, what: str) -> _Result:
        """Run one check in a worker process and wait at most the time limit; a worker that
        does not answer in time is killed.  Error classes become statuses (`_STATUSES`)."""
        try:
            data, html = self.pool.run(task, self.settings.timeout_seconds)
        except BusyError:
            raise WebError(503, "Every reader is busy with other checks; please try again in a minute.") from None
        except SizeLimitError:
            raise WebError(413, f"{what}: the file is too big to check: the limit is {self.settings.limit_text}.") from None
        except ProfileCheckError as error:
            raise WebError(_status(error), _message(error, what)) from None
        return _Result(data=data, html=html)

    def close(self) -> None:
        self.pool.close()
