"""Readers turn a file (path, bytes or binary stream) into a Document.

The type is decided from the content (magic bytes), not the extension: a PDF named
.docx is read as a PDF, and a JSON document (a JSON Resume) is known by its first characters.  Readers never write anything and close only what they opened.
"""
from __future__ import annotations

import dataclasses

import os
from pathlib import Path
from typing import BinaryIO, Optional, Union

from .. import collector
from ..errors import EmptyDocumentError, InputError, ProfileCheckError, SizeLimitError, UnsupportedFormatError
from ..models import Document, Profile
from ..options import Options
from .detect import detect_kind, sha256_of

Source = Union[str, "os.PathLike[str]", bytes, bytearray, BinaryIO]


def load_bytes(source: Source, options: Options, name: Optional[str] = None) -> tuple[bytes, Optional[str]]:
    """Read the raw bytes of `source` within the size limit; return them with a display path."""
    limit = options.limits.max_file_bytes
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        path = name
    elif isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        file = Path(path)
        try:
            if file.is_dir():
                raise InputError("is a directory, not a resume file", path)
            if not file.exists():
                raise InputError("no such file", path)
            size = file.stat().st_size
            if size > limit:
                raise SizeLimitError(
                    f"file is {_mb(size, trim=False)}, over the {_mb(limit)} limit (--max-file-mb)",
                    path,
                )
            with open(file, "rb") as handle:
                data = handle.read(limit + 1)
        except PermissionError:
            raise InputError("permission denied: cannot read the file", path) from None
        except IsADirectoryError:
            raise InputError("is a directory, not a resume file", path) from None
        except OSError as error:
            raise InputError(f"cannot read the file: {error.strerror or error}", path) from None
    elif hasattr(source, "read"):
        path = name
        data = source.read(limit + 1)  # the caller's stream: read, never close
        if isinstance(data, str):
            raise InputError("stream must be opened in binary mode", path)
    else:
        raise InputError(f"cannot read a {type(source).__name__}", name)
    _check_size(data, options, path)
    return data, path


def _mb(size: int, trim: bool = True) -> str:
    """A size for a message: "20 MB" (a limit), "20.3 MB" (untrimmed), and "0.01 MB" rather
    than "0 MB" for the small limits tests and cautious users set."""
    megabytes = size / 1048576
    if megabytes < 1:
        return f"{megabytes:.2g} MB"
    text = f"{megabytes:.1f}"
    return f"{text.rstrip('0').rstrip('.') if trim else text} MB"


def _check_size(data: bytes, options: Options, path: Optional[str]) -> None:
    limit = options.limits.max_file_bytes
    if len(data) > limit:
        raise SizeLimitError(f"input is over the {_mb(limit)} limit (--max-file-mb)", path)


def read_bytes(data: bytes, path: Optional[str], options: Options) -> Document:
    """Read already-loaded bytes into a Document (the pure, per-file core)."""
    # Bytes that did not come through load_bytes (standard input, analyze_bytes, a batch
    # engine mapping review_bytes) meet the same size limit as files.
    _check_size(data, options, path)
    collector.resume()  # a long document makes real garbage (collector.py)
    kind = detect_kind(data)
    try:
        # Each reader is imported only when needed: the PDF engines are slow to import.
        if kind == "pdf":
            from .pdf import read_pdf

            return _initials_joined(read_pdf(data, options, path))  # (no glued-words pass: see readers/glued.py)
        if kind == "docx":
            from .docx import read_docx

            return whole_words(read_docx(data, options, path))
        if kind == "text":
            from .text import read_text

            return whole_words(read_text(data, options, path))
        if kind == "json":
            # A JSON Resume is read into a Profile (pipeline.analyze_bytes does so); a caller that
            # wants only the Document gets the resume's text as written out from its fields.
            from .jsonresume import read_json_resume

            return read_json_resume(data, options, path).document
    except ProfileCheckError as error:
        if error.path is None:
            error.path = path
        raise
    if kind == "empty":
        raise EmptyDocumentError("file is empty", path)
    raise UnsupportedFormatError(kind_message(kind), path)


def whole_words(document: Document) -> Document:
    """A read document with the words its source broke apart or ran together made whole: a
    first letter set apart ("J ira"), words with their space lost ("intoproductmanagement").
    Word and text documents go through it (pasted text too: pipeline.analyze_text); a PDF only
    through the first repair (its words come from the glyphs' positions)."""
    return _glued_words_apart(_initials_joined(document))


def _glued_words_apart(document: Document) -> Document:
    """The document with words its source ran together set apart ("intoproductmanagement")."""
    from .glued import split_glued_words

    return _with_texts(document, split_glued_words)


def _initials_joined(document: Document) -> Document:
    """The document with words whose first letter a converter set apart joined again."""
    from .repair import join_split_initials

    return _with_texts(document, join_split_initials)


def _with_texts(document: Document, repair) -> Document:
    """The document with its lines' texts through `repair` (lines -> lines, the same list when
    nothing changed); each line keeps its size, weight and place."""
    texts = [line.text for line in document.lines]
    repaired = repair(texts)
    if repaired is texts:
        return document
    lines = tuple(
        line if text == line.text else dataclasses.replace(line, text=text) for line, text in zip(document.lines, repaired)
    )
    return dataclasses.replace(document, lines=lines)


def read_structured(data: bytes, path: Optional[str], options: Options) -> Optional[Profile]:
    """The Profile of an input that is structured already (a JSON Resume document), built from
    its fields without the structure stage; None for every other input (read_bytes reads it)."""
    _check_size(data, options, path)
    if detect_kind(data) != "json":
        return None
    from .jsonresume import read_json_resume

    return read_json_resume(data, options, path)


def kind_message(kind: str) -> str:
    return {
        "empty": "file is empty",
        "zip": "is a zip archive but not a Word document (.docx)",
        "doc": "is an old binary Word file (.doc); save it as .docx or PDF and try again",
        "rtf": "is an RTF file; save it as .docx or PDF and try again",
        "image": "is an image, not a resume document; export the resume as PDF or DOCX",
        "binary": "is a binary file, not a PDF, DOCX or text resume",
    }.get(kind, f"unsupported file type ({kind})")


def read_document(source: Source, options: Optional[Options] = None, name: Optional[str] = None) -> Document:
    options = options or Options()
    data, path = load_bytes(source, options, name)
    return read_bytes(data, path, options)


__all__ = ["read_document", "read_bytes", "read_structured", "load_bytes", "sha256_of", "Source"]
