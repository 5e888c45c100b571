"""Serving the app: werkzeug's threaded WSGI server, one thread per request.

For a tool that one person runs on their own computer this server is enough and adds no
dependency: it handles requests concurrently, reads bodies within the app's limits and drains
what is left so a browser sees a 413 rather than a reset connection.  It is not meant to face
the internet.  The log has method, path (no query string) and status, nothing else.
"""
from __future__ import annotations

import socket
import sys
from typing import Optional, TextIO
from urllib.parse import urlsplit

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, get_sockaddr, make_server, select_address_family

from ..errors import UsageError
from .app import MB, Settings, create_app, is_loopback_host

_CONTROL = str.maketrans({code: "?" for code in [*range(0x20), *range(0x7F, 0xA0)]})


class _Handler(WSGIRequestHandler):
    """Logs method, path and status only, and gives up on a silent client after a while."""

    quiet = False
    log_stream: TextIO = sys.stderr
    timeout = 120  # seconds a socket read may wait

    def log_request(self, code="-", size="-") -> None:  # type: ignore[override]
        if self.quiet:
            return
        path = urlsplit(getattr(self, "path", "") or "").path or "-"
        method = getattr(self, "command", None) or "-"
        self._write(f"{method} {path} {code}")

    def log_error(self, format: str, *args) -> None:  # type: ignore[override]
        if not self.quiet:
            self._write("error: " + (format % args)[:200])

    def log_message(self, format: str, *args) -> None:  # type: ignore[override]
        if not self.quiet:
            self._write((format % args)[:200])

    def _write(self, line: str) -> None:
        try:
            self.log_stream.write(line.translate(_CONTROL) + "\n")
            self.log_stream.flush()
        except (OSError, ValueError):
            pass


def make_web_server(host: str, port: int, app, *, quiet: bool = False, log: Optional[TextIO] = None) -> BaseWSGIServer:
    """A threaded server for `app` on host:port (port 0: a free one; see `.port`).

    The socket is bound here, so that a port in use is a one-line UsageError (werkzeug itself
    would print and exit)."""
    handler = type("Handler", (_Handler,), {"quiet": quiet, "log_stream": log or sys.stderr})
    if host.startswith("unix://"):
        raise UsageError(f"--host must be a name or an address, not {host!r}")
    family = select_address_family(host, port)
    listener = socket.socket(family, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(get_sockaddr(host, port, family))
        listener.listen(128)
        return make_server(host, port, app, threaded=True, request_handler=handler, fd=listener.fileno())
    except OSError as error:
        raise UsageError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    except (OverflowError, ValueError) as error:
        raise UsageError(f"cannot listen on {host}:{port}: {error}") from None
    finally:
        listener.close()  # the server holds its own duplicate of the socket


def url_for(host: str, port: int) -> str:
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"  # all addresses: this computer can use loopback
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def network_warning(host: str) -> Optional[str]:
    """What to tell the person when the page would be reachable from other computers."""
    if is_loopback_host(host):
        return None
    return (
        f"warning: listening on {host or 'all addresses'}, so other computers on the network can open this page "
        "and send it resumes. Resumes are personal data: use this only on a network you trust, "
        "or leave out --host to stay on 127.0.0.1."
    )


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    max_upload_mb: float = 10.0,
    quiet: bool = False,
    stdout: Optional[TextIO] = None,
    stderr: Optional[TextIO] = None,
) -> int:
    """Run the page until Ctrl+C.  Returns the exit code."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, got {port}")
    if not max_upload_mb > 0:
        raise UsageError(f"--max-upload-mb must be positive, got {max_upload_mb:g}")
    warning = network_warning(host)
    if warning:
        print(f"profilecheck: {warning}", file=stderr, flush=True)
    settings = Settings(max_upload_bytes=max(1, int(max_upload_mb * MB)), loopback_hosts_only=warning is None)
    app = create_app(settings)  # builds the pipeline once, before the first request
    server = make_web_server(host, port, app, quiet=quiet, log=stderr)
    print(f"profilecheck: the page is ready at {url_for(host, server.port)} (press Ctrl+C to stop)", file=stdout, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("profilecheck: stopped", file=stderr, flush=True)
    finally:
        server.server_close()
        app.extensions["profilecheck"].close()
    return 0
