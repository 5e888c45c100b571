"""Mutation fuzzing of the readers: broken copies of real resumes must fail cleanly.

The sample PDFs and DOCX files (and two generated PDFs with uncompressed page content, so
that mutations reach the text operators) are damaged in many ways: bytes flipped, cut short,
ranges deleted, duplicated or zeroed, numbers made extreme, PDF keywords inserted, two files
spliced together; for DOCX also the fields of the zip records overwritten, and the XML inside
the zip edited and the zip rebuilt, so that damage reaches the XML walker and not only the
zip checksum.

Every mutant goes through `read_document` and, when it reads, through `analyze_bytes`; the
only exceptions allowed are ProfileCheckError subclasses.  Each case runs under an alarm
(a hang fails the test) and a watchdog (a hang inside C code ends the run with stack dumps).

Case i is built from random.Random(SEED * 1_000_003 + i) alone, so a failure printed as
"case 1234" is replayed with `mutant(1234)` whatever ran before it.
"""
from __future__ import annotations

import faulthandler
import io
import random
import re
import signal
import struct
import time
import traceback
import zipfile
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pytest

import hardening_files as files
from hardening_files import SAMPLES

from profilecheck.errors import ProfileCheckError
from profilecheck.options import Options
from profilecheck.pipeline import analyze_bytes
from profilecheck.readers import read_document

# Part of the slow tail of the suite: skipped by `python -m pytest -m "not slow"`, always run by CI.
pytestmark = pytest.mark.slow

SEED = 20261125
MAX_CASES = 3000
BUDGET_SECONDS = 30.0  # total; the loop stops at whichever comes first
CASE_SECONDS = 10  # one mutant taking longer is a hang
WATCHDOG_SECONDS = 60  # a hang where the alarm cannot reach (C code) ends the process

AUTO = Options(as_of=date(2026, 11, 25))
PLUMBER = Options(as_of=date(2026, 11, 25), pdf_engine="pdfplumber")
PDF_TOKENS = [b"obj", b"endobj", b"stream", b"endstream", b"<<", b">>", b"[", b"]", b"(", b")", b"/Length 999999999",
              b"/Length -1", b"xref", b"trailer", b"startxref", b"%%EOF", b"/Type /Page", b"/Kids [1 0 R]", b"1 0 R",
              b"/Filter /FlateDecode", b"BT", b"ET", b"Tj", b"TJ", b"Tf", b"/Rotate 90", b"/Encrypt", b"\\", b"\x00"]
XML_TOKENS = [b"<", b">", b"</w:p>", b"<w:p>", b"<w:t>", b"</w:t>", b"<w:tbl>", b"<w:tc>", b"&", b"&amp;", b"&#0;",
              b"&#x110000;", b"<!DOCTYPE x [<!ENTITY e \"x\">]>", b"&e;", b"]]>", b"<![CDATA[", b"\"", b"'", b"\x00",
              b"\xff\xfe", b'w:val="999999999"', b'w:val="-1"', b"<w:br/>", b"<w:sdt><w:sdtContent>", b"<mc:Choice>",
              b"<w:txbxContent>", b'r:id="rId999"', b'w:numId="99"', b'w:ilvl="99"']


class CaseHang(BaseException):
    """Raised by the alarm.  A BaseException, so readers' `except Exception` cannot hide it."""


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes
    kind: str  # "pdf" or "docx"


@lru_cache(maxsize=1)
def seeds() -> tuple[Seed, ...]:
    found = [Seed(path.name, path.read_bytes(), path.suffix[1:]) for path in sorted(SAMPLES.glob("*.pdf"))]
    found += [Seed(path.name, path.read_bytes(), path.suffix[1:]) for path in sorted(SAMPLES.glob("*.docx"))]
    found += [Seed("generated-plain.pdf", files.pdf_bytes(), "pdf"),
              Seed("generated-three-columns.pdf", files.three_column_pdf(), "pdf"),
              Seed("generated-textboxes.docx", files.textbox_only_docx(), "docx")]
    assert {seed.kind for seed in found} == {"pdf", "docx"}
    return tuple(found)


# ---------------------------------------------------------------- mutations


def flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 2, 5, 20, 100))):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def random_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 4, 16))):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def cut_range(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randrange(1, 2000):]


def duplicate_range(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randrange(1, 4000)]
    at = rng.randrange(len(data))
    return data[:at] + chunk * rng.choice((1, 2, 10)) + data[at:]


def zero_range(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    length = rng.randrange(1, 1000)
    return data[:start] + bytes(min(length, len(data) - start)) + data[start + length:]


def insert_token(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.choice((1, 3, 10))):
        at = rng.randrange(len(out))
        out = out[:at] + rng.choice(PDF_TOKENS) + out[at:]
    return out


def splice(rng: random.Random, data: bytes) -> bytes:
    other = rng.choice(seeds()).data
    return data[: rng.randrange(len(data))] + other[rng.randrange(len(other)):]


NUMBERS = [b"0", b"-1", b"1", b"-0", b"999999999", b"2147483648", b"18446744073709551616", b"1e308", b"0.0001",
           b"-999999", b"3.4028235e38", b"00000000000000000000001"]
NUMBER_RE = re.compile(rb"-?\d+(?:\.\d+)?")


def renumber(rng: random.Random, data: bytes) -> bytes:
    """Replace a few numbers (lengths, counts, offsets, boxes, sizes) with extreme ones."""
    found = [match.span() for match in NUMBER_RE.finditer(data[:200_000])]
    if not found:
        return flip(rng, data)
    out = data
    for start, end in sorted(rng.sample(found, k=min(len(found), rng.choice((1, 3, 10)))), reverse=True):
        out = out[:start] + rng.choice(NUMBERS) + out[end:]
    return out


def zip_fields(rng: random.Random, data: bytes) -> bytes:
    """Overwrite one numeric field of a zip record (local header, central directory, end
    record): versions, flags, methods, sizes, counts, offsets."""
    records = [(b"PK\x03\x04", 4, 30), (b"PK\x01\x02", 4, 46), (b"PK\x05\x06", 4, 22)]
    signature, first, end = rng.choice(records)
    starts = [match.start() for match in re.finditer(re.escape(signature), data)]
    if not starts:
        return flip(rng, data)
    out = bytearray(data)
    start = rng.choice(starts)
    at = start + rng.randrange(first, end - 1)
    value = rng.choice((0, 1, 0xFF, 0xFFFF, rng.randrange(0x10000)))
    if at + 2 <= len(out):
        struct.pack_into("<H", out, at, value)
    return bytes(out)


def edit_docx_xml(rng: random.Random, data: bytes) -> bytes:
    """Damage one or more XML parts inside the zip, then rebuild a valid zip around them."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [info.filename for info in source.infolist()]
    xml_names = [name for name in names if name.endswith((".xml", ".rels"))]
    targets = set(rng.sample(xml_names, k=min(len(xml_names), rng.choice((1, 1, 2, 4)))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            body = source.read(name)
            if name in targets:
                body = rng.choice(XML_EDITS)(rng, body)
            archive.writestr(name, body)
    return buffer.getvalue()


def _xml_token(rng, body):
    at = rng.randrange(len(body) + 1)
    return body[:at] + rng.choice(XML_TOKENS) + body[at:]


def _xml_drop(rng, body):
    return b""


def _xml_nest(rng, body):
    depth = rng.choice((50, 500, 5000))
    at = body.rfind(b"<w:p>") if b"<w:p>" in body else len(body) // 2
    return body[:at] + b"<w:sdt><w:sdtContent>" * depth + body[at:]


XML_EDITS = [flip, random_bytes, truncate, cut_range, duplicate_range, renumber, _xml_token, _xml_token, _xml_drop, _xml_nest]
MUTATIONS = [flip, random_bytes, truncate, cut_range, duplicate_range, zero_range, insert_token, splice, renumber]


def mutant(index: int) -> tuple[str, bytes, str]:
    """Case `index`: (description, bytes, seed kind), from its own random generator."""
    rng = random.Random(SEED * 1_000_003 + index)
    seed = rng.choice(seeds())
    data, steps = seed.data, []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if seed.kind == "docx" and rng.random() < 0.15:
            data, step = zip_fields(rng, data), "zip_fields"
        elif seed.kind == "docx" and rng.random() < 0.6:
            try:
                data, step = edit_docx_xml(rng, data), "edit_docx_xml"
            except Exception:  # noqa: BLE001 - zipfile and zlib raise many kinds
                data, step = flip(rng, data), "flip"  # an earlier step broke the zip: damage bytes instead
        else:
            mutation = rng.choice(MUTATIONS)
            data, step = mutation(rng, data) if data else (data, "empty"), mutation.__name__
        steps.append(step)
    return f"case {index}: {seed.name} <- {' + '.join(steps)}", data, seed.kind


# ---------------------------------------------------------------- the run


def _alarm(signum, frame):
    raise CaseHang()


def run_case(index: int) -> str | None:
    """None when the case behaved; else a description of what went wrong."""
    description, data, kind = mutant(index)
    options = [AUTO, PLUMBER] if kind == "pdf" and index % 3 == 0 else [AUTO]
    for option in options:
        started = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
        try:
            try:
                read_document(data, option, "mutant")
            except ProfileCheckError as error:
                assert "\n" not in str(error), f"{description}: a message of several lines: {error!r}"
                continue
            try:
                analyze_bytes(data, option, "mutant")
            except ProfileCheckError:
                pass
        except CaseHang:
            return f"{description} [{option.pdf_engine}]: still running after {CASE_SECONDS} s"
        except Exception as error:  # the bug this test is for
            where = traceback.extract_tb(error.__traceback__)[-1]
            return (f"{description} [{option.pdf_engine}]: {type(error).__name__}: {str(error)[:200]} "
                    f"at {where.filename}:{where.lineno}")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        assert time.monotonic() - started < CASE_SECONDS
    return None


@pytest.fixture()
def alarms():
    previous = signal.signal(signal.SIGALRM, _alarm)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)
    faulthandler.cancel_dump_traceback_later()


def test_mutated_resumes_fail_only_with_profilecheck_errors(alarms):
    started = time.monotonic()
    problems: dict[str, str] = {}  # one example per kind of failure
    ran = 0
    for index in range(MAX_CASES):
        if time.monotonic() - started > BUDGET_SECONDS:
            break
        faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
        problem = run_case(index)
        ran += 1
        if problem is not None:
            problems.setdefault(problem.split(": ", 1)[1].split(" <- ")[-1].split("]: ", 1)[-1][:120], problem)
    assert ran >= 200, f"only {ran} cases in {BUDGET_SECONDS} s: the readers got much slower"
    assert not problems, f"{len(problems)} kind(s) of failure in {ran} cases:\n" + "\n".join(problems.values())


def test_mutants_are_deterministic():
    assert mutant(17) == mutant(17)
    assert mutant(17)[1] != mutant(18)[1]


def test_mutants_reach_past_the_checks():
    """Some mutants must still read: fuzzing only the error paths would prove little."""
    outcomes = {"read": 0, "refused": 0}
    for index in range(60):
        _, data, _ = mutant(index)
        try:
            read_document(data, AUTO, "mutant")
            outcomes["read"] += 1
        except ProfileCheckError:
            outcomes["refused"] += 1
    assert outcomes["read"] >= 10 and outcomes["refused"] >= 10, outcomes
