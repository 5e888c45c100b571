"""Nothing leaves the machine: analysing and rendering open no socket at all.

Two layers.  In this process, the socket functions are replaced by ones that record the
attempt and refuse; a full analysis of a PDF, a DOCX and a text, in every output format,
must succeed with no attempt recorded.  In a fresh interpreter, a `sitecustomize` module
installs an audit hook (PEP 578) before anything is imported, so imports are covered too and
so is any code that goes around the `socket` module; it refuses every socket event and every
other way out (urllib, http.client, starting programs), and logs what was tried.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from datetime import date

import pytest

import hardening_files as files
from hardening_files import ROOT, SAMPLES

from profilecheck.cli import main
from profilecheck.options import Options
from profilecheck.pipeline import analyze, analyze_headline, analyze_text
from profilecheck.render import FORMATS, render

OPTIONS = Options(as_of=date(2026, 11, 25))
INPUTS = ["mid-software-pm.pdf", "senior-cyber-linkedin.pdf", "senior-erp-pm.docx", "strong-senior-program.md",
          "linkedin-pasted-itsm.txt"]


@pytest.fixture()
def no_network(monkeypatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"profilecheck tests: network use refused ({name})")

        return blocked

    for name in ("__init__", "connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                 "socketpair", "fromfd", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_block_works(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError):
        socket.socket()
    assert no_network == ["create_connection", "socket.__init__"]


@pytest.mark.parametrize("name", INPUTS)
def test_analysis_and_every_format_open_no_socket(name, no_network):
    report = analyze(SAMPLES / name, OPTIONS)
    for fmt in FORMATS:
        assert render(report, fmt)
    assert no_network == []


def test_pasted_text_headline_and_cli_open_no_socket(no_network, tmp_path, capsys):
    for report in (analyze_text(files.resume_text(), OPTIONS), analyze_headline("IT Project Manager | PMP", OPTIONS)):
        for fmt in FORMATS:
            render(report, fmt)
    output = tmp_path / "review.html"
    assert main(["check", str(SAMPLES / "senior-erp-pm.docx"), "-o", str(output), "--as-of", "2026-11-25"]) in (0, 1)
    assert output.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert no_network == []


# ---------------------------------------------------------------- a fresh interpreter with an audit hook

SITECUSTOMIZE = textwrap.dedent(
    '''
    """Installed by tests/test_no_network.py: log and refuse every way out of the machine."""
    import os
    import sys

    _LOG = os.environ["PROFILECHECK_NETWORK_LOG"]
    _ALLOW_LOCAL_PROCESSES = os.environ.get("PROFILECHECK_ALLOW_WORKERS") == "1"
    _WAYS_OUT = ("socket.", "urllib.", "http.client.", "ftplib.", "smtplib.", "poplib.", "imaplib.",
                 "nntplib.", "telnetlib.", "webbrowser.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
                 "os.spawn", "os.startfile", "ctypes.dlopen_network")
    _AF_UNIX = 1


    def _allowed(event, args):
        if not _ALLOW_LOCAL_PROCESSES:
            return False
        # batch: worker processes are forked and talk over a local socket pair (multiprocessing.Pipe)
        return event == "socket.__new__" and len(args) > 1 and args[1] == _AF_UNIX


    def _probe():
        """True inside urllib3's import-time IPv6 check (spaCy imports requests, which imports
        urllib3, which binds a socket to ::1 to see whether IPv6 exists; it never connects)."""
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code.co_name == "_has_ipv6" and "urllib3" in frame.f_code.co_filename:
                return True
            frame = frame.f_back
        return False


    def _hook(event, args):
        if event.startswith(_WAYS_OUT) and not _allowed(event, args):
            with open(_LOG, "a", encoding="utf-8") as log:
                log.write(f"{'probe' if _probe() else 'use'} {event} {args!r:.200}\\n")
            # Refused either way: the probe then reports "no IPv6", which profilecheck never needs.
            raise RuntimeError(f"network or process use refused by the test: {event}")


    sys.addaudithook(_hook)
    '''
)


@pytest.fixture()
def hooked(tmp_path):
    """Run profilecheck in a new interpreter whose every way out is logged and refused."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network.log"

    def run(args, stdin: bytes = b"", workers: bool = False, module: bool = True):
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
            "PROFILECHECK_NETWORK_LOG": str(log),
            "PROFILECHECK_ALLOW_WORKERS": "1" if workers else "0",
            "NO_COLOR": "1",
        }
        command = [sys.executable, *(["-m", "profilecheck"] if module else []), *map(str, args)]
        done = subprocess.run(command, input=stdin, capture_output=True, timeout=120, cwd=tmp_path, env=env)
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        log.unlink(missing_ok=True)
        # Only real uses count; the refused import-time probe is not one (see _probe above).
        return done, [line for line in lines if not line.startswith("probe ")]

    return run


def test_the_audit_hook_works(hooked):
    done, attempts = hooked(["-c", "import socket; socket.create_connection(('127.0.0.1', 9))"], module=False)
    assert done.returncode != 0 and b"refused by the test" in done.stderr
    assert attempts and attempts[0].startswith("use socket.")
    done, attempts = hooked(["-c", "import socket; socket.getaddrinfo('example.com', 80)"], module=False)
    assert attempts and attempts[0].startswith("use socket.getaddrinfo")
    done, attempts = hooked(["-c", "import urllib.request; urllib.request.urlopen('http://example.com')"], module=False)
    assert attempts and attempts[0].startswith("use urllib.Request")


@pytest.mark.parametrize("name, fmt", [
    ("mid-software-pm.pdf", "html"),
    ("senior-cyber-linkedin.pdf", "json"),
    ("senior-erp-pm.docx", "markdown"),
    ("linkedin-pasted-itsm.txt", "text"),
])
def test_check_in_a_fresh_interpreter_opens_no_socket(name, fmt, hooked, tmp_path):
    output = tmp_path / f"report.{fmt}"
    done, attempts = hooked(["check", SAMPLES / name, "--format", fmt, "-o", output, "--as-of", "2026-11-25"])
    assert attempts == []
    assert done.returncode in (0, 1), done.stderr.decode()
    assert output.stat().st_size > 1000


def test_stdin_text_and_headline_open_no_socket(hooked):
    done, attempts = hooked(["check", "-", "--format", "json", "--as-of", "2026-11-25"], stdin=files.resume_text().encode())
    assert attempts == [] and done.returncode in (0, 1), done.stderr.decode()
    assert json.loads(done.stdout)["profile"]["basics"]["name"] == files.NAME
    done, attempts = hooked(["headline", "IT Project Manager | Agile | PMP", "--format", "html"])
    assert attempts == [] and done.returncode in (0, 1), done.stderr.decode()


def test_batch_uses_only_local_worker_pipes(hooked, tmp_path):
    folder = tmp_path / "candidates"
    folder.mkdir()
    for name in ("mid-software-pm.pdf", "senior-erp-pm.docx", "coordinator-foundation.txt"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    done, attempts = hooked(["batch", folder, "-o", tmp_path / "out", "--no-cache", "--no-progress", "--workers", "2"],
                            workers=True)
    assert attempts == []
    assert done.returncode == 0, done.stderr.decode()
    assert len((tmp_path / "out" / "results.jsonl").read_text().splitlines()) == 3
