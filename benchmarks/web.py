"""Time `profilecheck serve` over loopback: headline feedback as someone types, and PDF uploads.

    python benchmarks/web.py                       # 200 headlines; uploads by 1, 4 and 50 clients at once
    python benchmarks/web.py --headlines 50 --uploads 10 --concurrency 1,4
    python benchmarks/web.py --pdf samples/mid-software-pm.pdf

Uploads (a 2-page PDF -> the HTML report, as the page asks for it) are sent by 1, 4 and 50
clients at once (--concurrency); each client sends its requests one after another, every client
the same number (--uploads in all, at least one each), so at 50 clients 50 uploads arrive at
once.  Goals: at 50 clients, p95 under 1 s and no request over 2 s; headline feedback p95
under 50 ms.

Starts the real server (`python -m profilecheck serve --port 0`) as a child process on
127.0.0.1, sends a fixed number of requests to it and nothing anywhere else, prints latency
percentiles, and stops the server it started.  Every phase also stops at --deadline seconds.
"""
from __future__ import annotations

import argparse
import http.client
import json
import math
import re
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import environment  # noqa: E402  (benchmarks/: one line, exit 2, outside profilecheck's environment)

environment.require()

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "samples" / "senior-cyber-linkedin.pdf"
TYPED = (
    "Senior IT Project Manager | Cloud Migrations | Agile & PMP | $5M budgets",
    "IT Program Manager, ERP (SAP S/4HANA) | PRINCE2 | Teams of 25",
    "Technical Project Manager | Cybersecurity & Compliance | ITIL | CISSP",
)
TARGET_HEADLINE_P95_MS = 50.0


def start_server() -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "profilecheck", "serve", "--host", "127.0.0.1", "--port", "0", "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    line = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not found:
        process.kill()
        raise SystemExit("the server did not start: " + line + process.stderr.read())
    return process, int(found.group(1))


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
    process.stdout.close()
    process.stderr.close()


def post(port: int, path: str, body: bytes, content_type: str) -> tuple[float, int, bytes]:
    """One request on a fresh connection (the server closes each one); milliseconds, status, body."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        payload = response.read()
        return (time.perf_counter() - started) * 1000, response.status, payload
    finally:
        connection.close()


def headline_body(text: str) -> bytes:
    return json.dumps({"headline": text}).encode("utf-8")


def typed_prefixes(count: int) -> list[str]:
    """What the page sends while someone types: growing prefixes, a few characters apart."""
    prefixes: list[str] = []
    while len(prefixes) < count:
        for text in TYPED:
            prefixes.extend(text[:end] for end in range(4, len(text) + 1, 3))
    return prefixes[:count]


def upload_body(data: bytes, name: str) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nfile\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def interleave(headlines: list, uploads: list) -> list:
    """Uploads spread evenly among the headline requests."""
    mixed = list(headlines)
    step = (len(headlines) + len(uploads)) / len(uploads)
    for index, upload in enumerate(uploads):
        mixed.insert(int(index * step), upload)
    return mixed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share / 100 * len(ordered)) - 1)]


def line(name: str, times: list[float]) -> str:
    if not times:
        return f"{name:<38} no requests finished"
    return (
        f"{name:<38} {len(times):>5} {percentile(times, 50):>8.1f} {percentile(times, 95):>8.1f} "
        f"{percentile(times, 99):>8.1f} {max(times):>8.1f}"
    )


def run(requests: list[tuple[str, bytes, str]], port: int, clients: int, deadline: float) -> dict[str, list[float]]:
    """Send the requests with `clients` at once; times by path.  Stops at the deadline."""
    stop_at = time.monotonic() + deadline
    times: dict[str, list[float]] = {}

    def one(request):
        if time.monotonic() > stop_at:
            return None
        path, body, content_type = request
        elapsed, status, payload = post(port, path, body, content_type)
        if status != 200:
            raise SystemExit(f"{path} answered {status}: {payload[:200]!r}")
        return path, elapsed

    with ThreadPoolExecutor(max_workers=clients) as pool:
        for result in pool.map(one, requests):
            if result:
                times.setdefault(result[0], []).append(result[1])
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headlines", type=int, default=200, help="headline requests (default: %(default)s)")
    parser.add_argument("--uploads", type=int, default=50, help="PDF uploads per concurrency level (default: %(default)s)")
    parser.add_argument("--concurrency", default="1,4,50", help="clients at once, comma-separated (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per concurrency level, pooled (default: %(default)s)")
    parser.add_argument("--pdf", default=str(PDF), help="the PDF to upload (default: %(default)s)")
    parser.add_argument("--deadline", type=float, default=120.0, help="stop a phase after this many seconds")
    args = parser.parse_args(argv)
    levels = [int(part) for part in args.concurrency.split(",") if part.strip()]
    if min([args.headlines, args.uploads, args.rounds, *levels]) < 1:
        parser.error("--headlines, --uploads, --rounds and every --concurrency must be at least 1")

    pdf = Path(args.pdf)
    body, content_type = upload_body(pdf.read_bytes(), pdf.name)
    headlines = [("/api/headline", headline_body(text), "application/json") for text in typed_prefixes(args.headlines)]
    upload = ("/api/check?format=html", body, content_type)  # what the page asks for

    started = time.perf_counter()
    process, port = start_server()
    startup = (time.perf_counter() - started) * 1000
    by_level: dict[int, list[float]] = {}
    try:
        _, status, payload = post(port, "/api/check", body, content_type)
        if status != 200:
            raise SystemExit(f"{pdf.name} answered {status}: {payload[:200]!r}")
        pages = json.loads(payload)["source"]["pages"]
        run(headlines[:10] + [upload] * 4, port, 2, args.deadline)  # warm-up, not counted

        one_typist = run(headlines, port, 1, args.deadline)["/api/headline"]
        for level in levels:
            count = max(args.uploads, level)
            times: list[float] = []
            for _ in range(args.rounds):
                times += run([upload] * count, port, level, args.deadline).get("/api/check?format=html", [])
            by_level[level] = times
    finally:
        stop_server(process)

    print(f"profilecheck serve on 127.0.0.1, started and warm in {startup:.0f} ms; upload: {pdf.name} ({pages} pages, {len(pdf.read_bytes()) // 1024} KB)")
    print(f"{'milliseconds':<38} {'n':>5} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8}")
    print(line("headline, one typist", one_typist))
    for level, times in by_level.items():
        print(line(f"PDF upload -> HTML, {level} client{'s' if level > 1 else ''} at once", times))
    p95 = percentile(one_typist, 95)
    verdict = "met" if p95 < TARGET_HEADLINE_P95_MS else "MISSED"
    print(f"headline feedback p95 {p95:.1f} ms: target < {TARGET_HEADLINE_P95_MS:g} ms {verdict}")
    if 50 in by_level and by_level[50]:
        times = by_level[50]
        met = percentile(times, 95) < 1000 and max(times) <= 2000
        print(f"50 uploads at once: p95 {percentile(times, 95):.0f} ms, max {max(times):.0f} ms: goal p95 < 1000 ms, none over 2000 ms {'met' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
