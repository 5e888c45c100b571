"""Files that are missing, broken, hostile or odd, through the public `read_document`.

Every failure must be a named error whose text is one line that starts with the file.
"""
from __future__ import annotations

import importlib.util
import io
import os
import random
import time
import zipfile
from pathlib import Path

import docx
import pytest
from hardening_files import assemble_pdf

from profilecheck.errors import (
    CorruptFileError,
    EmptyDocumentError,
    InputError,
    LimitExceededError,
    ProfileCheckError,
    UnsupportedFormatError,
)
from profilecheck.options import Limits, Options
from profilecheck.readers import read_document
from profilecheck.readers.detect import detect_kind

HAS_PDF_READER = importlib.util.find_spec("profilecheck.readers.pdf") is not None


def docx_bytes(text: str = "Jane Doe, IT Project Manager") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(text: str = "Jane Doe, IT Project Manager") -> bytes:
    canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
    buffer = io.BytesIO()
    canvas = canvas_module.Canvas(buffer)
    for number, line in enumerate([text, "Senior IT Project Manager with twelve years of delivery",
                                   "Led ERP, cloud migration and PMO programmes across Europe"]):
        canvas.drawString(72, 720 - 18 * number, line)
    canvas.save()
    return buffer.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def failure(path, error_class: type[ProfileCheckError], options: Options | None = None) -> ProfileCheckError:
    """Read `path`, expecting `error_class`; check the message is one line naming the file."""
    with pytest.raises(error_class) as caught:
        read_document(path, options)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{os.fspath(path)}: ")
    assert len(message) < 300
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in str(failure(tmp_path / "nope.pdf", InputError))


def test_directory(tmp_path: Path) -> None:
    assert "directory" in str(failure(tmp_path, InputError))


def test_zero_byte_file(tmp_path: Path) -> None:
    # read_bytes reports detect_kind's "empty" as an unsupported format; either way it says so.
    assert "empty" in str(failure(write(tmp_path, "empty.pdf", b""), InputError))


def test_whitespace_only(tmp_path: Path) -> None:
    failure(write(tmp_path, "blank.txt", b"  \n\t\r\n   \n"), EmptyDocumentError)


def test_binary_garbage(tmp_path: Path) -> None:
    rng = random.Random(1)
    data = bytes(rng.randrange(256) for _ in range(8192))
    failure(write(tmp_path, "noise.txt", data), UnsupportedFormatError)


def test_png(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert "image" in str(failure(write(tmp_path, "resume.png", data), UnsupportedFormatError))


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    rng = random.Random(2)
    data = bytes(rng.randrange(256) for _ in range(4096))
    failure(write(tmp_path, "resume.docx", data), UnsupportedFormatError)


def test_docx_that_starts_like_a_zip_but_is_broken(tmp_path: Path) -> None:
    data = b"PK\x03\x04" + b"\x14\x00" * 20 + b"word/document.xml" + b"\xff" * 500
    failure(write(tmp_path, "resume.docx", data), CorruptFileError)


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
        archive.writestr("photos/me.jpg", b"\xff\xd8\xff" + b"\x00" * 100)
    assert "zip" in str(failure(write(tmp_path, "resume.docx", buffer.getvalue()), UnsupportedFormatError))


def test_zip_with_word_folder_but_no_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<styles/>")
    message = str(failure(write(tmp_path, "resume.docx", buffer.getvalue()), UnsupportedFormatError))
    assert "not a Word document" in message


def test_truncated_docx(tmp_path: Path) -> None:
    data = docx_bytes()
    failure(write(tmp_path, "cut.docx", data[: len(data) // 2]), CorruptFileError)


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        chunk = b"\x00" * (1024 * 1024)
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            for _ in range(120):  # 120 MB of zeros, about 120 KB compressed
                member.write(chunk)
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    path = write(tmp_path, "bomb.docx", data)
    started = time.perf_counter()
    error = failure(path, LimitExceededError)
    assert time.perf_counter() - started < 2.0
    assert "--max-docx-mb" in str(error)


def test_zip_with_too_many_members(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(20_000):
            archive.writestr(f"word/x/{number}.xml", b"")
    failure(write(tmp_path, "many.docx", buffer.getvalue()), LimitExceededError)


def test_strict_ooxml_is_read(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(docx_bytes("Strict resume text")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            body = source.read(info)
            for family in (b"wordprocessingml", b"drawingml", b"officeDocument"):
                body = body.replace(
                    b"http://schemas.openxmlformats.org/" + family + b"/2006/", b"http://purl.oclc.org/ooxml/" + family + b"/"
                )
            archive.writestr(info.filename, body)
    document = read_document(write(tmp_path, "strict.docx", buffer.getvalue()))
    assert document.kind == "docx"
    assert document.text == "Strict resume text"


def test_encrypted_docx(tmp_path: Path) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000 + "EncryptedPackage".encode("utf-16-le")
    assert "password" in str(failure(write(tmp_path, "locked.docx", data), UnsupportedFormatError))


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"Project Manager\n" * 200)
    error = failure(path, LimitExceededError, Options(limits=Limits(max_file_bytes=1000)))
    assert "--max-file-mb" in str(error)


def test_file_without_read_permission(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"Jane Doe")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that ignore file permissions (root)")
        assert "permission" in str(failure(path, InputError))
    finally:
        path.chmod(0o600)


def test_name_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    path = write(tmp_path, "Résumé – Jane Doe (final) 李.docx", docx_bytes("Jane Doe"))
    document = read_document(path)
    assert document.path == str(path) and document.text == "Jane Doe"
    broken = write(tmp_path, "Résumé – broken 李.docx", docx_bytes()[:300])
    failure(broken, CorruptFileError)


def test_symlink_to_a_valid_file(tmp_path: Path) -> None:
    target = write(tmp_path, "real.txt", b"Jane Doe\nProject Manager\n")
    link = tmp_path / "link.txt"
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError):
        pytest.skip("symbolic links are not available here")
    assert read_document(link).text == "Jane Doe\nProject Manager"


def test_pdf_named_docx_is_detected_as_pdf() -> None:
    data = pdf_bytes()
    assert detect_kind(data) == "pdf"
    assert detect_kind(b"junk before the header\n" + data) == "pdf"


@pytest.mark.skipif(not HAS_PDF_READER, reason="the PDF reader (profilecheck.readers.pdf) is not there yet")
def test_pdf_named_docx_is_read_as_pdf(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "resume.docx", pdf_bytes("Jane Doe Project Manager")))
    assert document.kind.startswith("pdf")
    assert "Jane Doe" in document.text


# ------------------------------------------------------------------ decompression bombs that lie


def _understated_docx(padding: int) -> bytes:
    """A real DOCX whose word/document.xml inflates to `padding` bytes more than it is, while
    the zip headers (local and central) say it is 1000 bytes."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes("Jane Doe, IT Project Manager")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "word/document.xml":
                body = body.replace(b"?>", b"?><!--" + b"x" * padding + b"-->", 1)
            archive.writestr(info.filename, body)
    data = bytearray(buffer.getvalue())
    name = b"word/document.xml"
    # central directory entry: signature, then uncompressed size at offset 24
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            break
        name_length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + name_length] == name:
            data[at + 24:at + 28] = (1000).to_bytes(4, "little")
        at += 4
    at = 0
    while True:
        at = data.find(b"PK\x03\x04", at)
        if at < 0:
            break
        name_length = int.from_bytes(data[at + 26:at + 28], "little")
        if data[at + 30:at + 30 + name_length] == name:
            data[at + 22:at + 26] = (1000).to_bytes(4, "little")
        at += 4
    return bytes(data)


def test_docx_headers_that_understate_a_member_are_not_trusted(tmp_path: Path, monkeypatch) -> None:
    """The declared sizes pass the limit, but nothing may inflate past what is counted: every
    byte that comes out of the decompressor is counted here (zipfile used to inflate the whole
    member in one call, then cut it to the declared size)."""
    data = _understated_docx(40 * 1024 * 1024)
    assert len(data) < 1024 * 1024
    inflated = []
    real = zipfile._get_decompressor

    class Counting:
        def __init__(self, inner):
            self.inner = inner

        def decompress(self, *args):
            out = self.inner.decompress(*args)
            inflated.append(len(out))
            return out

        def flush(self, *args):
            out = self.inner.flush(*args)
            inflated.append(len(out))
            return out

        def __getattr__(self, name):
            return getattr(self.inner, name)

    monkeypatch.setattr(zipfile, "_get_decompressor", lambda method: Counting(real(method)) if real(method) else None)
    path = write(tmp_path, "liar.docx", data)
    failure(path, ProfileCheckError, Options(limits=Limits(max_docx_uncompressed=4 * 1024 * 1024)))
    assert sum(inflated) < 4 * 1024 * 1024


def _pdf_with_streams(streams: list[tuple[bytes, bytes]]) -> bytes:
    """A one-page PDF whose page content is the first stream; each stream is (dictionary
    entries, raw bytes)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for entries, body in streams:
        objects.append(b"<< /Length %d %s >>\nstream\n" % (len(body), entries) + body + b"\nendstream")
    return assemble_pdf(objects)


PAGE_TEXT = b"BT /F1 12 Tf 72 720 Td (Jane Doe, Senior IT Project Manager, PMP, twelve years) Tj ET\n"


def _deflate(data: bytes) -> bytes:
    import zlib

    return zlib.compress(data, 9)


@pytest.mark.skipif(not HAS_PDF_READER, reason="no PDF reader")
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("kind", ["content", "image-labelled", "flate-of-flate", "second-stream"])
def test_pdf_stream_bombs_are_refused_while_inflating(tmp_path: Path, kind: str, engine: str) -> None:
    """A small PDF whose compressed streams inflate far past the limit is refused before an
    engine inflates it whole; every stream counts, whatever its dictionary says."""
    bomb = PAGE_TEXT + b" " * (24 * 1024 * 1024)
    if kind == "content":
        streams = [(b"/Filter /FlateDecode", _deflate(bomb))]
    elif kind == "image-labelled":
        streams = [(b"/Subtype /Image /Filter /FlateDecode", _deflate(bomb))]
    elif kind == "flate-of-flate":
        streams = [(b"/Filter [/FlateDecode /FlateDecode]", _deflate(_deflate(bomb)))]
    else:
        streams = [(b"/Filter /FlateDecode", _deflate(PAGE_TEXT)), (b"/Filter /Fl", _deflate(bomb))]
    data = _pdf_with_streams(streams)
    assert len(data) < 100_000
    path = write(tmp_path, "bomb.pdf", data)
    options = Options(pdf_engine=engine, limits=Limits(max_pdf_unpacked=8 * 1024 * 1024))
    error = failure(path, LimitExceededError, options)
    assert "--max-pdf-unpacked-mb" in str(error) and "8 MB" in str(error)


@pytest.mark.skipif(not HAS_PDF_READER, reason="no PDF reader")
def test_pdf_streams_within_the_limit_are_read(tmp_path: Path) -> None:
    from profilecheck.readers.pdf import check_unpacked_size

    text = b"BT /F1 12 Tf 72 720 Td (Jane Doe, Senior IT Project Manager, PMP, twelve years of delivery) Tj ET\n"
    data = _pdf_with_streams([(b"/Filter /FlateDecode", _deflate(text + b" " * 100_000))])
    document = read_document(write(tmp_path, "fine.pdf", data), Options(limits=Limits(max_pdf_unpacked=1024 * 1024)))
    assert "Jane Doe" in document.text
    check_unpacked_size(pdf_bytes(), 10_000)  # a real small PDF
    with pytest.raises(LimitExceededError):
        check_unpacked_size(data, 50_000)


def test_pdf_streams_are_found_as_by_their_keyword_with_no_letter_before(monkeypatch) -> None:
    """The stream keyword is looked for alone and the byte before checked after: the streams
    found are those of the expression with a look-behind ("endstream", "Xstream" are none)."""
    import re

    from profilecheck.readers import pdf

    data = _pdf_with_streams([(b"/Filter /FlateDecode", _deflate(PAGE_TEXT)), (b"/Filter /Fl", _deflate(b"endstream\nstream\r\nXstream\r"))])
    data = b"stream\n" + data + b"(a stream\rstreamstream\n upstream\n)\n1 0 obj\n<< /Filter /FlateDecode >>\r\nstream\r\n" + _deflate(b"x" * 99)
    found = list(pdf._streams(data))
    monkeypatch.setattr(pdf, "_STREAM_KEYWORD", re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\n|\r)"))
    monkeypatch.setattr(pdf, "_LETTER_BYTES", frozenset())
    assert found == list(pdf._streams(data)) and len(found) == 4  # those with a filter


@pytest.mark.skipif(not HAS_PDF_READER, reason="no PDF reader")
@pytest.mark.parametrize("strength", [40, 128])
def test_encrypted_pdf_stream_bombs_are_counted_decrypted(tmp_path: Path, strength: int) -> None:
    """A PDF with only an owner password opens for the engines, which decrypt its streams
    before inflating them: the count decrypts them too."""
    canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
    from reportlab.lib import pdfencrypt

    def encrypted(padding: int) -> bytes:
        buffer = io.BytesIO()
        canvas = canvas_module.Canvas(buffer, encrypt=pdfencrypt.StandardEncryption("", "owner", strength=strength), pageCompression=1)
        canvas.drawString(72, 720, "Jane Doe, Senior IT Project Manager, PMP, twelve years of delivery")
        canvas._code.append("%" + "x" * padding)  # a comment in the content stream
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    options = Options(limits=Limits(max_pdf_unpacked=8 * 1024 * 1024))
    bomb = encrypted(24 * 1024 * 1024)
    assert len(bomb) < 100_000 and b"/Encrypt" in bomb
    error = failure(write(tmp_path, "bomb.pdf", bomb), LimitExceededError, options)
    assert "--max-pdf-unpacked-mb" in str(error)
    assert "Jane Doe" in read_document(write(tmp_path, "fine.pdf", encrypted(1000)), options).text
