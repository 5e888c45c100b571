"""Word (.docx) resumes.

python-docx opens the package and resolves its parts; the text itself is taken by walking
the WordprocessingML with lxml, because `Document.paragraphs` misses most of what resume
templates put their text in: tables (often nested, often the whole layout), text boxes,
content controls, headers and footers, hyperlinks and fields.

Before any of that the zip is checked: the number of members is capped, the declared sizes
of its members are summed against `Limits.max_docx_uncompressed`, and then every member is
inflated a chunk at a time, counting the bytes that come out, and the file is refused as soon
as the count passes the limit.  The headers can lie (a member declared at 1 KB may inflate to
gigabytes, and zipfile inflates a whole member in one call before it cuts it to the declared
size), so nothing here or in python-docx inflates a member in one piece: python-docx is given
the counted members again as an uncompressed package.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from lxml import etree

from ..errors import (
    CorruptFileError,
    EmptyDocumentError,
    LimitExceededError,
    ProfileCheckError,
    UnsupportedFormatError,
)
from ..models import Document, Line
from ..options import Options
from .detect import OLE_MAGIC, is_encrypted_ooxml
from .repair import bold_lead_apart, clean_line, field_gaps, lost_dash

MAX_MEMBERS = 10_000  # a resume has a few dozen parts; thousands means something odd
MB = 1024 * 1024
INFLATE_CHUNK = 1 << 16  # bytes asked of zipfile at a time (it inflates no more than this per call)
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what Word writes

# ---------------------------------------------------------------- names

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_PREFIX = b"http://purl.oclc.org/ooxml/"


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


P, R_, T, TBL, TR, TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
PPR, RPR, TCPR = _w("pPr"), _w("rPr"), _w("tcPr")
SDT, SDT_CONTENT, SDT_PR = _w("sdt"), _w("sdtContent"), _w("sdtPr")
TXBX_CONTENT = _w("txbxContent")
VANISH = _w("vanish")
VAL = _w("val")
ALTERNATE_CONTENT, CHOICE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"

# Containers whose children are read as if they stood in the parent's place.
_BLOCK_WRAPPERS = {_w("customXml"), _w("ins"), _w("moveTo")}
_INLINE_WRAPPERS = {_w(n) for n in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo")}
# Everything else inline is skipped on purpose: w:del/w:moveFrom (deleted text of tracked
# changes), w:instrText (field codes such as HYPERLINK "..."), bookmarks, proofing marks.
_BREAKS = {_w("br"), _w("cr")}
_SPACES = {_w("tab"), _w("ptab")}
_BOXES = {_w("drawing"), _w("pict"), _w("object")}

# ---------------------------------------------------------------- the package


def _user_cause(error: BaseException) -> str:
    """A short, one-line description of an unexpected library error."""
    text = " ".join(str(error).split())[:100]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _open_zip(data: bytes, path: Optional[str]) -> zipfile.ZipFile:
    if data[:8] == OLE_MAGIC:
        if is_encrypted_ooxml(data):
            raise UnsupportedFormatError(
                "is password-protected; remove the password in Word (File > Info > Protect Document) "
                "and save it again as .docx",
                path,
            )
        raise UnsupportedFormatError("is an old binary Word file (.doc); save it as .docx or PDF and try again", path)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise CorruptFileError(
            f"is damaged: a .docx is a zip archive and this one cannot be opened ({_user_cause(error)})", path
        ) from None


def _check_limits(archive: zipfile.ZipFile, options: Options, path: Optional[str]) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise LimitExceededError(
            f"holds {len(members):,} files inside its zip archive, more than the {MAX_MEMBERS:,} a Word document "
            "could need",
            path,
        )
    total = sum(member.file_size for member in members)
    limit = options.limits.max_docx_uncompressed
    if total > limit:
        raise LimitExceededError(
            f"would unpack to {_mb(total)}, over the {_mb(limit)} limit for DOCX files "
            "(--max-docx-mb); it may be a zip bomb",
            path,
        )


def _inflate_members(archive: zipfile.ZipFile, options: Options, path: Optional[str]) -> dict[str, bytes]:
    """Every member's bytes, inflated a chunk at a time and counted against the limit."""
    limit = options.limits.max_docx_uncompressed
    total = 0
    members: dict[str, bytes] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        if info.compress_type not in _METHODS:
            raise UnsupportedFormatError(
                f"uses a zip compression method Word does not use (method {info.compress_type}); "
                "save it again from Word as .docx",
                path,
            )
        parts = []
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(INFLATE_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    raise LimitExceededError(
                        f"unpacks to more than {_mb(limit)}, the limit for DOCX files (--max-docx-mb); "
                        "it may be a zip bomb",
                        path,
                    )
                parts.append(chunk)
        members[info.filename] = b"".join(parts)
    return members


def _stored_package(members: dict[str, bytes]) -> bytes:
    """The members as an uncompressed zip: what python-docx reads then needs no inflating."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
        for name, body in members.items():
            rebuilt.writestr(name, body)
    return out.getvalue()


def _main_part(members: dict[str, bytes]) -> Optional[str]:
    """Zip name of the main document part, found the way Word finds it: through _rels/.rels."""
    names = set(members)
    try:
        rels = _parse_xml(members["_rels/.rels"])
    except (KeyError, etree.XMLSyntaxError, ValueError):
        rels = None
    if rels is not None:
        for rel in rels:
            if (rel.get("Type") or "").endswith("/officeDocument"):
                target = (rel.get("Target") or "").lstrip("/")
                if target in names:
                    return target
    return "word/document.xml" if "word/document.xml" in names else None


def _parse_xml(data: bytes):
    """Parse XML with entities, DTDs and the network off; a new parser each time (thread safety)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser)

# Content types python-docx refuses although the XML inside is plain WordprocessingML:
# macro-enabled documents (.docm) and templates (.dotx, .dotm).
_DOCX_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAIN_TYPES = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# Strict OOXML differs from the usual (transitional) flavour mostly by its namespace names:
# http://purl.oclc.org/ooxml/wordprocessingml/main instead of
# http://schemas.openxmlformats.org/wordprocessingml/2006/main, and so on for each family.
_STRICT_RE = re.compile(
    rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument|spreadsheetml|presentationml"
    rb"|schemaLibrary)/"
)


def _normalised_package(members: dict[str, bytes]) -> tuple[bytes, bool]:
    """The package python-docx can open (uncompressed), and whether it was Strict OOXML.

    Strict files get their namespaces mapped to the transitional ones; .docm/.dotx get the
    plain document content type.
    """
    strict = STRICT_PREFIX in members.get("_rels/.rels", b"")
    content_types = members.get("[Content_Types].xml", b"")
    other_type = any(kind in content_types for kind in _OTHER_MAIN_TYPES)
    if strict or other_type:
        changed = {}
        for name, body in members.items():
            if name.endswith((".xml", ".rels")):
                if strict:
                    body = _STRICT_RE.sub(rb"http://schemas.openxmlformats.org/\1/2006/", body)
                if name == "[Content_Types].xml":
                    for kind in _OTHER_MAIN_TYPES:
                        body = body.replace(kind, _DOCX_MAIN_TYPE)
            changed[name] = body
        members = changed
    return _stored_package(members), strict


class _Package:
    """What the walk needs from a package: the body, styles, numbering and related parts."""

    body = None
    styles = None
    numbering = None

    def related(self, rel_id: str):
        """Root element of the part the main document links to as `rel_id`, or None."""
        raise NotImplementedError


class _DocxPackage(_Package):
    """The package as python-docx opens it (the usual path)."""

    def __init__(self, package: bytes) -> None:
        import docx  # python-docx; imported here so `import profilecheck` stays cheap

        document = docx.Document(io.BytesIO(package))
        self._part = document.part
        self.body = document.element.body
        self.styles = self._related_by_type("styles")
        self.numbering = self._related_by_type("numbering")

    def _related_by_type(self, suffix: str):
        for rel in self._part.rels.values():
            if not rel.is_external and rel.reltype.endswith("/" + suffix):
                return _part_root(rel.target_part)
        return None

    def related(self, rel_id: str):
        target = self._part.related_parts.get(rel_id)
        return _part_root(target) if target is not None else None


def _part_root(part):
    element = getattr(part, "element", None)
    if element is not None:
        return element
    # A part python-docx did not recognise (odd content type): parse its bytes safely.
    return _parse_xml(part.blob)


class _ZipPackage(_Package):
    """The package read straight from the zip with lxml.

    python-docx refuses a whole file when any part it links to is missing or broken (a
    thumbnail, a theme, custom XML) although Word opens such files; this path needs only
    the main document and makes do without the rest.
    """

    def __init__(self, archive: zipfile.ZipFile, main: str) -> None:
        self._archive = archive
        self.damaged: list[str] = []
        root = _parse_xml(archive.read(main))  # the one part we cannot do without
        self.body = root.find(_w("body"))
        if self.body is None:
            raise CorruptFileError("is damaged: its main document has no body")
        self._targets = self._relationships(main)
        self.styles = self._by_type("styles")
        self.numbering = self._by_type("numbering")

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """rId -> (relationship type, zip name of the target) for `part`."""
        folder, name = posixpath.split(part)
        rels = self._parse(posixpath.join(folder, "_rels", name + ".rels"))
        targets: dict[str, tuple[str, str]] = {}
        for rel in rels if rels is not None else ():
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            targets[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(joined))
        return targets

    def _parse(self, name: str):
        try:
            return _parse_xml(self._archive.read(name))
        except KeyError:
            return None
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, ValueError, EOFError):
            self.damaged.append(name)
            return None

    def _by_type(self, suffix: str):
        for kind, name in self._targets.values():
            if kind.endswith("/" + suffix):
                return self._parse(name)
        return None

    def related(self, rel_id: str):
        found = self._targets.get(rel_id)
        return self._parse(found[1]) if found else None


# ---------------------------------------------------------------- styles and numbering


def _on(element) -> Optional[bool]:
    """Value of an on/off property like <w:b/> or <w:b w:val="0"/>; None when absent."""
    if element is None:
        return None
    return element.get(VAL, "true").lower() not in ("0", "false", "off", "none")


def _points(element) -> Optional[float]:
    """Font size of a <w:sz> in points (half-points in transitional, may be "12pt" in strict)."""
    if element is None:
        return None
    value = element.get(VAL, "")
    try:
        size = float(value[:-2]) if value.endswith("pt") else float(value) / 2
    except ValueError:
        return None
    return size if 1 <= size <= 500 else None


@dataclass(frozen=True)
class _StyleInfo:
    size: Optional[float] = None
    bold: Optional[bool] = None
    heading: bool = False
    num_id: Optional[str] = None
    level: str = "0"


class _Styles:
    """Resolves style inheritance (w:basedOn) for sizes, bold, headings and list numbering."""

    DEPTH = 20  # basedOn chains are short; the cap also stops cycles in broken files

    def __init__(self, root) -> None:
        self.by_id: dict[str, object] = {}
        self.default_paragraph: Optional[str] = None
        self.default_size = 10.0  # what Word uses when no size is set anywhere
        self.default_bold = False
        self._cache: dict[tuple[Optional[str], bool], _StyleInfo] = {}
        if root is None:
            return
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
        if defaults is not None:
            self.default_size = _points(defaults.find(_w("sz"))) or self.default_size
            self.default_bold = bool(_on(defaults.find(_w("b"))))
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId"))
            if style_id:
                self.by_id.setdefault(style_id, style)
                if style.get(_w("type")) == "paragraph" and _on_attr(style.get(_w("default"))):
                    self.default_paragraph = self.default_paragraph or style_id

    def _chain(self, style_id: Optional[str]) -> Iterator:
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < self.DEPTH:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return
            yield style
            based = style.find(_w("basedOn"))
            style_id = based.get(VAL) if based is not None else None

    def info(self, style_id: Optional[str], paragraph: bool = True) -> _StyleInfo:
        if paragraph and not style_id:
            style_id = self.default_paragraph
        key = (style_id, paragraph)
        if key not in self._cache:
            self._cache[key] = self._resolve(style_id)
        return self._cache[key]

    def _resolve(self, style_id: Optional[str]) -> _StyleInfo:
        size = bold = num_id = None
        level, heading = "0", False
        for style in self._chain(style_id):
            name = (_child_val(style, "name") or "").lower()
            if name == "title" or name.startswith("heading"):
                heading = True
            rpr = style.find(RPR)
            if rpr is not None:
                size = size if size is not None else _points(rpr.find(_w("sz")))
                bold = bold if bold is not None else _on(rpr.find(_w("b")))
            ppr = style.find(PPR)
            if ppr is not None:
                outline = _child_val(ppr, "outlineLvl")
                if outline is not None and outline.isdigit() and int(outline) < 9:
                    heading = True
                numbering = ppr.find(_w("numPr"))
                if numbering is not None and num_id is None:
                    num_id = _child_val(numbering, "numId")
                    level = _child_val(numbering, "ilvl") or "0"
        return _StyleInfo(size, bold, heading, num_id, level)


def _on_attr(value: Optional[str]) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


def _child_val(element, name: str) -> Optional[str]:
    child = element.find(_w(name))
    return child.get(VAL) if child is not None else None


class _Numbering:
    """numId + level -> number format ("bullet", "decimal", "none", ...)."""

    def __init__(self, root) -> None:
        self.abstract: dict[str, dict[str, str]] = {}
        self.nums: dict[str, tuple[Optional[str], dict[str, str]]] = {}
        if root is None:
            return
        for abstract in root.iter(_w("abstractNum")):
            self.abstract[abstract.get(_w("abstractNumId"), "")] = self._levels(abstract)
        for num in root.iter(_w("num")):
            overrides: dict[str, str] = {}
            for override in num.iter(_w("lvlOverride")):
                overrides.update(self._levels(override))
            self.nums[num.get(_w("numId"), "")] = (_child_val(num, "abstractNumId"), overrides)

    @staticmethod
    def _levels(element) -> dict[str, str]:
        levels = {}
        for level in element.iter(_w("lvl")):
            fmt = _child_val(level, "numFmt")
            if fmt:
                levels[level.get(_w("ilvl"), "0")] = fmt
        return levels

    def format(self, num_id: str, level: str) -> str:
        abstract_id, overrides = self.nums.get(num_id, (None, {}))
        if level in overrides:
            return overrides[level]
        return self.abstract.get(abstract_id or "", {}).get(level, "bullet")


# ---------------------------------------------------------------- the walk


@dataclass
class _Paragraph:
    """Text of one paragraph being collected: segments split at line breaks."""

    style: _StyleInfo
    page: int
    segments: list[list[tuple[str, float, bool]]] = field(default_factory=lambda: [[]])
    pages: list[int] = field(default_factory=list)  # the page each segment starts on
    boxes: list = field(default_factory=list)  # (w:txbxContent, floating) anchored in this paragraph

    def __post_init__(self) -> None:
        self.pages.append(self.page)

    def add(self, text: str, size: float, bold: bool) -> None:
        if text:
            self.segments[-1].append((text, size, bold))

    def new_line(self, page: int) -> None:
        self.segments.append([])
        self.pages.append(page)


class _Walker:
    """Walks WordprocessingML in document order and produces Lines."""

    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.counting = False  # count page breaks only while walking the main body
        self.explicit_breaks = 0
        self.rendered_breaks = 0
        self.placeholders = 0
        self.alt_chunks = 0
        self.images = 0
        self.flow_started = False  # the main text of the body has begun
        self.deferred: list[Line] = []  # side columns (floating boxes, frames) read after the body
        self.columns: Optional[tuple[Line, Line]] = None  # the last paragraph's line cut at a column gap
        self.raw_body: list[str] = []  # the body's lines as written, blanks kept (see _laid_out_body)

    # -- blocks

    def block(self, container, region: str) -> list[Line]:
        lines: list[Line] = []
        frame: list[Line] = []  # lines of consecutive framed paragraphs (w:framePr): one frame
        rows: list[tuple[int, Optional[tuple[Line, Line]]]] = []  # one-line paragraphs in a row: see _tab_columns
        started = self.flow_started
        for child in container:
            tag = child.tag
            if tag == P and _framed(child):
                frame.extend(self.paragraph(child, region))
                continue
            if frame:
                lines.extend(self._place_side_block(frame, region, started))
                frame = []
            started = self.flow_started
            if tag == P:
                read = self.paragraph(child, region)
                if len(read) == 1:
                    rows.append((len(lines), self.columns))
                elif read:
                    _tab_columns(lines, rows)
                    rows = []
                lines.extend(read)
                continue
            _tab_columns(lines, rows)
            rows = []
            if tag == TBL:
                lines.extend(self.table(child, region))
            elif tag == SDT:
                content = self._sdt_content(child)
                if content is not None:
                    lines.extend(self.block(content, region))
            elif tag in _BLOCK_WRAPPERS:
                lines.extend(self.block(child, region))
            elif tag == ALTERNATE_CONTENT:
                chosen = _choice(child)
                if chosen is not None:
                    lines.extend(self.block(chosen, region))
            elif tag == _w("altChunk"):
                self.alt_chunks += 1
        _tab_columns(lines, rows)
        if frame:
            lines.extend(self._place_side_block(frame, region, started))
        return lines

    def _place_side_block(self, lines: list[Line], region: str, started: bool) -> list[Line]:
        """A floating text box or a frame, positioned on the page rather than in the text.

        A few lines (a date beside a job, a caption) stay where they are anchored.  A side
        column anchored once the main text has begun would land in the middle of it (between a
        job's title and its dates); it is read as a block of its own after the body, the way a
        reader reads a sidebar."""
        if region == "body" and started and self.counting and len(lines) > _SIDE_BLOCK_LINES:
            self.deferred.extend(lines)
            return []
        return lines

    def _sdt_content(self, sdt):
        """The content of a content control, or None for an unfilled template placeholder."""
        properties = sdt.find(SDT_PR)
        if properties is not None and _on(properties.find(_w("showingPlcHdr"))):
            # "Click or tap here to enter text." is the template talking, not the person.
            self.placeholders += 1
            return None
        return sdt.find(SDT_CONTENT)

    # -- tables

    def table(self, table, region: str) -> list[Line]:
        region = _inner(region, "table")
        lines: list[Line] = []
        grid: list[list[list[Line]]] = []  # rows of cells, a merged-away cell empty in its place
        for row in _wrapped_children(table, TR):
            cells = [[] if _merged_away(cell) else self.block(cell, region) for cell in _wrapped_children(row, TC)]
            grid.append(cells)
        if _side_by_side(grid):
            # Columns that each run their own sections (a sidebar beside the main column, split
            # into rows): read one column after the other, as the eye does.
            return [line for column in range(len(grid[0])) for row in grid for line in row[column]]
        for cells in grid:
            cells = [cell for cell in cells if cell]
            joined = _joined_row(cells, region)
            lines.extend(joined if joined is not None else (line for cell in _dates_cell_first(cells) for line in cell))
        return lines

    # -- paragraphs

    def paragraph(self, paragraph, region: str) -> list[Line]:
        properties = paragraph.find(PPR)
        style = self.styles.info(_child_val(properties, "pStyle") if properties is not None else None)
        if properties is not None:
            style = self._own_properties(properties, style)
        state = _Paragraph(style, self._page())
        self.inline(paragraph, state)
        lines = self._lines(state, region)
        self.columns = _columns_of(state, lines[0]) if len(lines) == 1 and len(state.segments) == 1 else None
        started = self.flow_started
        if lines and region in ("body", "table"):
            self.flow_started = True
        placed = self._placed_lines(state.boxes, region)
        if placed is not None:
            lines.extend(placed)
            return lines
        for box, floating in state.boxes:
            box_lines = self._textbox(box, region)
            lines.extend(self._place_side_block(box_lines, region, started) if floating else box_lines)
        if self.counting and properties is not None:
            # A section that ends here starts the next one on a new page unless "continuous".
            section = properties.find(_w("sectPr"))
            if section is not None and (_child_val(section, "type") or "nextPage") != "continuous":
                self.explicit_breaks += 1
        return lines

    def _own_properties(self, properties, style: _StyleInfo) -> _StyleInfo:
        """Apply what the paragraph sets itself: list numbering, outline level, page break before."""
        if self.counting and _on(properties.find(_w("pageBreakBefore"))):
            self.explicit_breaks += 1
        numbering = properties.find(_w("numPr"))
        if numbering is not None:
            num_id = _child_val(numbering, "numId")
            level = _child_val(numbering, "ilvl") or style.level
            style = _StyleInfo(style.size, style.bold, style.heading, num_id or style.num_id, level)
        outline = _child_val(properties, "outlineLvl")
        if outline is not None and outline.isdigit() and int(outline) < 9 and not style.heading:
            style = _StyleInfo(style.size, style.bold, True, style.num_id, style.level)
        return style

    def inline(self, element, state: _Paragraph) -> None:
        for child in element:
            tag = child.tag
            if tag == R_:
                self.run(child, state)
            elif tag in _INLINE_WRAPPERS:
                self.inline(child, state)
            elif tag == SDT:
                content = self._sdt_content(child)
                if content is not None:
                    self.inline(content, state)
            elif tag == ALTERNATE_CONTENT:
                chosen = _choice(child)
                if chosen is not None:
                    self.inline(chosen, state)
            elif tag in _BOXES:
                self._find_boxes(child, state)

    def run(self, run, state: _Paragraph) -> None:
        properties = run.find(RPR)
        if properties is not None and _on(properties.find(VANISH)):
            return  # hidden text: Word shows and prints none of it, a reader sees none of it
        size, bold = self._run_format(properties, state.style)
        for child in run:
            tag = child.tag
            if tag == T:
                state.add(child.text or "", size, bold)
            elif tag in _SPACES:
                state.add("\t", size, bold)  # a blank when the line is cleaned; a column gap maybe
            elif tag in _BREAKS:
                if child.get(_w("type")) == "page" and self.counting:
                    self.explicit_breaks += 1
                state.new_line(self._page())
            elif tag == _w("noBreakHyphen"):
                state.add("-", size, bold)
            elif tag == _w("sym"):
                state.add(_symbol(child.get(_w("char"), ""), child.get(_w("font"), "")), size, bold)
            elif tag == _w("lastRenderedPageBreak"):
                # Where Word broke pages when it last laid the document out.
                if self.counting:
                    self.rendered_breaks += 1
                    if not state.segments[-1]:
                        state.pages[-1] = self._page()  # the line starts on the new page
            elif tag in _BOXES:
                self._find_boxes(child, state)
            elif tag == ALTERNATE_CONTENT:
                chosen = _choice(child)
                if chosen is not None:
                    self.run(chosen, state)  # a Choice inside a run holds run content
            # w:delText (deleted text), w:instrText (field code), w:fldChar: not content

    def _run_format(self, properties, style: _StyleInfo) -> tuple[float, bool]:
        size = bold = None
        if properties is not None:
            size = _points(properties.find(_w("sz")))
            bold = _on(properties.find(_w("b")))
            character = _child_val(properties, "rStyle")
            if character and (size is None or bold is None):
                info = self.styles.info(character, paragraph=False)
                size = size if size is not None else info.size
                bold = bold if bold is not None else info.bold
        size = size if size is not None else style.size if style.size is not None else self.styles.default_size
        bold = bold if bold is not None else style.bold if style.bold is not None else self.styles.default_bold
        return size, bool(bold)

    # -- text boxes

    def _find_boxes(self, element, state: _Paragraph, floating: bool = False) -> None:
        """Collect the text boxes inside a drawing or VML picture, reading each once, and whether
        each floats (a DrawingML wp:anchor, a VML shape positioned absolutely) or sits in the
        line (wp:inline).

        Word stores a DrawingML text box in mc:Choice and a VML copy of the same box in
        mc:Fallback; only the Choice is read.
        """
        for child in element:
            tag = child.tag
            if tag == TXBX_CONTENT:
                state.boxes.append((child, floating))
            elif tag == ALTERNATE_CONTENT:
                chosen = _choice(child)
                if chosen is not None:
                    self._find_boxes(chosen, state, floating)
            elif tag == FALLBACK:
                continue
            elif isinstance(tag, str):
                if tag.endswith("}blip") or tag.endswith("}imagedata"):
                    self.images += 1
                self._find_boxes(child, state, floating or _floats(child))

    def boxes_in_reading_order(self, pages: list[list[tuple[tuple[float, float, float, float], object]]]) -> list[Line]:
        """The lines of a body made of floating text boxes only (a design tool's page, each block a
        box placed on it), the boxes of each page in reading order (`_reading_order`), not in the
        order the file happens to list them."""
        lines: list[Line] = []
        for number, boxes in enumerate(pages, 1):
            for index in _reading_order([spot for spot, _ in boxes]):
                for line in self._textbox(boxes[index][1], "body"):
                    lines.append(Line(line.text, page=number, size=line.size, bold=line.bold, region=line.region, column=line.column))
        self.explicit_breaks = max(self.explicit_breaks, len(pages) - 1)
        return lines

    def _textbox(self, box, region: str) -> list[Line]:
        counting, self.counting = self.counting, False  # breaks in a box do not break pages
        try:
            return self.block(box, _inner(region, "textbox"))
        finally:
            self.counting = counting

    def _placed_lines(self, boxes: list, region: str) -> Optional[list[Line]]:
        """A page drawn as text boxes, each holding a line of the page where the PDF had it (what
        LibreOffice's PDF import writes): the lines read as a PDF page is, column by column; None
        for any other run of boxes."""
        if len(boxes) < _PLACED_MIN or region != "body":
            return None
        spots = [_spot(box) if floating else None for box, floating in boxes]
        if any(spot is None for spot in spots) or len({_frames_of(box) for box, _ in boxes}) > 1:
            return None  # a box not placed by offsets, or offsets from different edges
        read = [self._textbox(box, region) for box, _ in boxes]
        if sum(len(box_lines) > 1 for box_lines in read) > len(read) * _PLACED_MULTILINE_SHARE:
            return None  # boxes of whole paragraphs or sections: read as boxes
        from .layout import document_lines
        from .repair import join_hyphenated

        pages = _placed_pages(list(zip(spots, read)))
        lines, _ = document_lines(pages, clean_line, join_hyphenated)
        first = self._page()
        return [Line(line.text, page=first + line.page - 1, size=line.size, bold=line.bold, region=line.region,
                     column=line.column) for line in lines]

    # -- lines

    def _lines(self, state: _Paragraph, region: str) -> list[Line]:
        style = state.style
        lines = []
        bullet = style.num_id not in (None, "0") and not style.heading and (
            self.numbering.format(style.num_id, style.level) != "none"
        )
        for pieces, page in zip(state.segments, state.pages):
            raw = bold_lead_apart(pieces)
            if region == "body" and self.counting:
                self.raw_body.append("".join(piece[0] for piece in pieces))
            text = clean_line(field_gaps(lost_dash(raw)))
            if not text:
                continue
            if bullet and not lines and not text.startswith("•"):
                text = "• " + text  # Word draws list bullets itself: the text has none
            elif not lines and _TYPED_DOT_BULLET.match(raw) and not text.startswith("•"):  # (clean_line may have made it one)
                text = "• " + text.lstrip("·").lstrip()  # a middle dot and a tab typed as the bullet
            size, bold = _format_of(pieces)
            if style.heading:
                bold = True
                if size <= self.styles.default_size:
                    size = self.styles.default_size + 2  # a heading style without its own size
            lines.append(Line(text, page=page, size=size, bold=bold, region=region))
        return lines

    def _page(self) -> int:
        return 1 + max(self.explicit_breaks, self.rendered_breaks)


# A paragraph opened by a middle dot and a tab: a bullet typed by hand (the text reader leaves a
# lone "·" alone, as LinkedIn's "· 2nd" is none; a tab after it is a list's).
_TYPED_DOT_BULLET = re.compile(r"^\s*·\t")

def _format_of(pieces: list[tuple[str, float, bool]]) -> tuple[float, bool]:
    """The size most of the characters have, and whether most of them are bold."""
    sizes: Counter = Counter()
    bold_chars = chars = 0
    for text, size, bold in pieces:
        count = len(text.strip())
        sizes[size] += count
        chars += count
        bold_chars += count if bold else 0
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    return size, chars > 0 and bold_chars * 2 >= chars


def _choice(alternate):
    """The first mc:Choice of an mc:AlternateContent, else its mc:Fallback."""
    choice = alternate.find(CHOICE)
    return choice if choice is not None else alternate.find(FALLBACK)


_SIDE_BLOCK_LINES = 3  # a floating box or frame longer than this is a side column, not a caption
_WP_ANCHOR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"
_VML = "urn:schemas-microsoft-com:vml"


def _floats(element) -> bool:
    """A drawing anchored to the page rather than set in the line: wp:anchor, or a VML shape
    whose style positions it absolutely."""
    tag = element.tag
    if tag == _WP_ANCHOR:
        return True
    if isinstance(tag, str) and tag.startswith(f"{{{_VML}}}"):
        style = (element.get("style") or "").replace(" ", "").lower()
        return "position:absolute" in style
    return False


# ---------------------------------------------------------------- a page of placed boxes
#
# LibreOffice's PDF import (and PDF-to-Word converters like it) writes each line of the PDF as a
# text box of its own, anchored where the line stood on the page: read in the order written, a
# sidebar's lines fall between the work history's.  Given their places, the lines are read as a
# PDF page is (layout.py): the page cut into its columns, each column read top to bottom.

_PLACED_MIN = 8  # boxes in one paragraph: fewer are a caption, a date or a side block
_PLACED_MULTILINE_SHARE = 0.2  # boxes of more lines than one: more than this share, and they are blocks
_EMU = 12700  # English Metric Units in a point
_NEW_PAGE_RISE = 200.0  # points a box stands above the one before it when it opens the next page
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _spot(box) -> Optional[tuple[float, float, float, float]]:
    """(x, y, width, height) in points of the anchored drawing holding a text box, or None when
    it is not placed by offsets."""
    anchor = next((element for element in box.iterancestors() if element.tag == _WP_ANCHOR), None)
    if anchor is None:
        return None
    offsets = []
    for name in ("positionH", "positionV"):
        found = anchor.find(f"{_WP}{name}/{_WP}posOffset")
        if found is None or not (found.text or "").strip().lstrip("-").isdigit():
            return None
        offsets.append(int(found.text) / _EMU)
    extent = anchor.find(f"{_WP}extent")
    try:
        width, height = int(extent.get("cx")) / _EMU, int(extent.get("cy")) / _EMU
    except (AttributeError, TypeError, ValueError):
        return None
    return offsets[0], offsets[1], width, height


_BOXED_PAGE_MIN = 4  # floating boxes a body of nothing else needs to be read as a designed page


def _page_of_boxes(body) -> Optional[list[list[tuple[tuple[float, float, float, float], object]]]]:
    """A body whose paragraphs hold nothing but floating text boxes placed on the page by offsets
    (and page breaks between them): each page's boxes with their spots, in the file's order; None
    for any other body (a paragraph with text of its own, a table, a box placed otherwise)."""
    pages: list[list] = [[]]
    count = 0
    for child in body:
        if child.tag == _w("sectPr"):
            continue
        if child.tag != P:
            return None
        if any((t.text or "").strip() for t in child.iter(T) if not any(a.tag == TXBX_CONTENT for a in t.iterancestors())):
            return None  # text of its own, outside any box
        contents = [element for element in child.iter(TXBX_CONTENT) if not any(a.tag == FALLBACK for a in element.iterancestors())]
        contents = [element for element in contents if not any(a.tag == TXBX_CONTENT for a in element.iterancestors())]
        if any(br.get(_w("type")) == "page" for br in child.iter(_w("br"))) and pages[-1]:
            pages.append([])
        for content in contents:
            spot = _spot(content)
            if spot is None or _frames_of(content) != ("page", "page"):
                return None
            pages[-1].append((spot, content))
            count += 1
    return [page for page in pages if page] if count >= _BOXED_PAGE_MIN else None


def _reading_order(spots: list[tuple[float, float, float, float]]) -> list[int]:
    """The boxes (x, y, width, height) read as an eye reads a page: columns from the left, a box
    joining the column its width overlaps by half, each column top to bottom (boxes at one height
    left to right: a job's title, then its dates set beside it)."""
    columns: list[list] = []  # [x0, x1, indices]
    for index in sorted(range(len(spots)), key=lambda number: (spots[number][0], -spots[number][2])):
        x, _, width, _ = spots[index]
        for column in columns:
            overlap = min(column[1], x + width) - max(column[0], x)
            if overlap > 0.5 * min(width, column[1] - column[0]):
                column[0], column[1] = min(column[0], x), max(column[1], x + width)
                column[2].append(index)
                break
        else:
            columns.append([x, x + width, [index]])
    order: list[int] = []
    for column in sorted(columns, key=lambda found: found[0]):
        order.extend(sorted(column[2], key=lambda number: (round(spots[number][1]), spots[number][0])))
    return order


def _frames_of(box) -> tuple[Optional[str], Optional[str]]:
    """What the anchored drawing's offsets are measured from (page, margin, column, paragraph)."""
    anchor = next((element for element in box.iterancestors() if element.tag == _WP_ANCHOR), None)
    frames: list[Optional[str]] = [None, None]
    for number, name in enumerate(("positionH", "positionV")):
        position = anchor.find(f"{_WP}{name}") if anchor is not None else None
        if position is not None:
            frames[number] = position.get("relativeFrom")
    return frames[0], frames[1]


def _placed_pages(boxes: list[tuple[tuple[float, float, float, float], list[Line]]]):
    """The boxes' words on pages: each line's words spread over its box's width by their letters;
    a box that stands well above the one before it opens the next page."""
    from ..models import PageWords, Word

    pages: list[list[Word]] = [[]]
    last_y = None
    for (x, y, width, height), box_lines in boxes:
        if last_y is not None and y < last_y - _NEW_PAGE_RISE and pages[-1]:
            pages.append([])
        last_y = y
        step = height / max(1, len(box_lines))
        for number, line in enumerate(box_lines):
            size = line.size or 10.0
            top = y + number * step
            per_char = width / max(1, len(line.text))
            for match in re.finditer(r"\S+", line.text):
                pages[-1].append(Word(match.group(0), x + match.start() * per_char, x + match.end() * per_char,
                                      top, top + size, size, line.bold))
    return [
        PageWords(number, max(word.x1 for word in words) + 36, max(word.bottom for word in words) + 36, tuple(words))
        for number, words in enumerate(pages, 1) if words
    ]


def _framed(paragraph) -> bool:
    """A paragraph in a frame (w:framePr): placed on the page like a text box.  A frame that
    only sets a drop cap is part of the text."""
    properties = paragraph.find(PPR)
    frame = properties.find(_w("framePr")) if properties is not None else None
    return frame is not None and frame.get(_w("dropCap")) in (None, "none")


def _inner(region: str, inner: str) -> str:
    """Header and footer say more about a line than the table or box it sits in."""
    return region if region in ("header", "footer") else inner


# The Symbol font's punctuation, as Word writes it (w:sym w:font="Symbol" w:char="F02D"): the
# code in the private-use area means the font's glyph at its low byte.
_SYMBOL_FONT = {0x20: " ", 0x2D: "-", 0x2F: "/", 0x3A: ":", 0x7E: "~", 0xAE: "→", 0xB7: "•", 0xBE: "—", 0xD7: "·"}


def _symbol(code: str, font: str = "") -> str:
    try:
        value = int(code, 16)
    except (ValueError, OverflowError):
        return ""
    if font.lower() == "symbol" and (value & 0xFF) in _SYMBOL_FONT and (value < 0x100 or 0xF000 <= value <= 0xF0FF):
        return _SYMBOL_FONT[value & 0xFF]  # "February 2023 [F02D] Current" is a dash, not a private glyph
    try:
        return chr(value)
    except (ValueError, OverflowError):
        return ""


def _wrapped_children(element, tag: str) -> Iterator:
    """Children with `tag`, looking through content controls and custom XML around them."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _wrapped_children(content, tag)
        elif child.tag in (_w("customXml"), _w("ins")):
            yield from _wrapped_children(child, tag)


def _merged_away(cell) -> bool:
    """True for a cell continuing a vertical merge: its text lives in the cell above."""
    properties = cell.find(TCPR)
    if properties is None:
        return False
    merge = properties.find(_w("vMerge"))
    return merge is not None and merge.get(VAL, "continue") == "continue"


def _side_by_side(grid: list[list[list[Line]]]) -> bool:
    """A layout table whose columns are separate flows: two or three columns in every row, and
    at least two of the columns hold section headings of their own ("Skills" on the left,
    "Experience" on the right), or a main column with sections beside a sidebar of short lines
    with no headings and no dates.  A table of dates beside jobs, or of labels beside their
    content, is read row by row."""
    if len(grid) < 2 or not 2 <= len(grid[0]) <= 3 or any(len(row) != len(grid[0]) for row in grid):
        return False
    from ..structure.sections import heading_of  # the heading lexicon; structure never imports readers

    from ..structure.dates import find_range

    headings_in = []
    for column in range(len(grid[0])):
        headings = (heading_of(line) for row in grid for line in row[column])
        # (a heading only by its last word, "Helixar Technologies", is as likely an employer)
        headings_in.append(sum(1 for heading in headings if heading is not None and not heading.inline and not heading.qualified))
    if sum(1 for count in headings_in if count) >= 2:
        return True
    # A sidebar with no headings of its own (contact lines, a list of skills) beside a main
    # column that runs two sections or more: its short lines, cut into the rows, would land in
    # the middle of the main column's jobs.
    if len(grid[0]) != 2 or sorted(headings_in) != [0, max(headings_in)] or max(headings_in) < 2:
        return False
    side = headings_in.index(0)
    lines = [line for row in grid for line in row[side]]
    filled = sum(1 for row in grid if row[side])
    return filled >= 2 and all(len(line.text) <= _SIDEBAR_LINE and find_range(line.text) is None for line in lines)


_SIDEBAR_LINE = 60  # characters: a sidebar's lines are short (an e-mail, a skill, a language)

# A gap between two columns set side by side on one line: a tab (with blanks around it) or a run
# of blanks, as a converter lines the second column up.
_COLUMN_GAP = re.compile(r"[ \u00a0]*\t[\t \u00a0]*|[ \u00a0]{3,}")
# "•\tJira", "1.\tScrum", "b)\tKanban": a list's mark and its item, not two columns
_LIST_MARK = re.compile(r"(?:[^\w\s]{1,3}|\d{1,2}[.)]|[A-Za-z][.)]|[ivxIVX]{1,4}[.)])")
_TAB_ROWS = 3  # lines with text on both sides of a gap before a run can be two columns
_GAP_SHARE = 0.6  # of the run's lines have the gap: a few wide gaps in one column's text are no second column
_LEADING_GAP = re.compile(r"^(?:[ \u00a0]*\t|[ \u00a0]{3,})")


def _columns_of(state: _Paragraph, line: Line) -> Optional[tuple[Line, Line]]:
    """A one-line paragraph cut at its first column gap: (left, right), the left maybe empty (a
    line of the second column only, led by a tab).  A gap after a list's mark or a label
    ("Phone:\t+1 512 ...") is the line's own: the next one is looked for.  None when there is
    no column gap."""
    raw = "".join(piece[0] for piece in state.segments[0])
    leading = _LEADING_GAP.match(raw)
    if leading is not None:
        return _column_lines(line, "", raw[leading.end():])  # the line is set where the second column runs
    text = raw.strip(" \u00a0")
    for gap in _COLUMN_GAP.finditer(text):
        left_text = clean_line(lost_dash(text[: gap.start()]))
        if _LIST_MARK.fullmatch(left_text) or left_text.endswith(":") and not _names_section(left_text):
            continue  # a list's mark, or a label before its value
        return _column_lines(line, text[: gap.start()], text[gap.end():])
    return None


def _column_lines(line: Line, left: str, right: str) -> Optional[tuple[Line, Line]]:
    left_text, right_text = clean_line(field_gaps(lost_dash(left))), clean_line(field_gaps(lost_dash(right)))
    if not right_text:
        return None
    return (Line(left_text, page=line.page, size=line.size, bold=line.bold, region=line.region),
            Line(right_text, page=line.page, size=line.size, bold=line.bold, region=line.region))


def _names_section(text: str) -> bool:
    """"Key Skills:" is a heading of the side column, "Phone:" a label."""
    from ..structure.sections import heading_of  # the heading lexicon; structure never imports readers

    heading = heading_of(Line(text))
    return heading is not None and not heading.inline


def _tab_columns(lines: list[Line], rows: list[tuple[int, Optional[tuple[Line, Line]]]]) -> None:
    """Two columns a converter set side by side on each line (a side column's line, a tab or a run
    of blanks, the main column's line), over a run of one-line paragraphs: read one column after
    the other, in place, when they are columns as a layout table's are (see _side_by_side)."""
    while rows and rows[0][1] is None:
        rows = rows[1:]
    while rows and rows[-1][1] is None:
        rows = rows[:-1]
    if sum(1 for _, columns in rows if columns is not None and columns[0].text) < _TAB_ROWS:
        return
    if sum(1 for _, columns in rows if columns is not None) < _GAP_SHARE * len(rows):
        return
    grid = []
    for index, columns in rows:
        if columns is None:
            grid.append([[lines[index]], []])  # no gap: a line of the first column only
        else:
            grid.append([[columns[0]] if columns[0].text else [], [columns[1]]])
    if not _side_by_side(grid):
        return
    first, last = rows[0][0], rows[-1][0]
    kept = [line for number, line in enumerate(lines[first : last + 1], first) if number not in {index for index, _ in rows}]
    lines[first : last + 1] = [line for column in range(2) for row in grid for line in row[column]] + kept


_ROW_JOIN_LIMIT = 200
_SENTENCE_WORDS = 8


def _sentence_cell(text: str) -> bool:
    """A cell that holds a sentence or more ("Built the integrations between the CRM and ..."),
    not a field."""
    return len(text.split()) >= _SENTENCE_WORDS and text.rstrip().endswith((".", "!", ";"))


def _dates_cell_first(cells: list[list[Line]]) -> list[list[Line]]:
    """A job's row whose last cell holds nothing but its dates, after a cell of its title and
    duties ("Northwind | Project Manager, duties... | 2019 – 2021"): the dates are read first, as
    they lead the job, not after its duties where they would seem the next job's."""
    if len(cells) < 2 or sum(len(cell) for cell in cells[:-1]) < 3 or len(cells[-1]) > 2:
        return cells
    from ..structure.dates import find_range  # structure never imports readers

    text = " ".join(line.text for line in cells[-1]).strip()
    found = find_range(text)
    if found is None or len(text) > 40 or text[: found.span[0]].strip(" ([") or text[found.span[1]:].strip(" )]"):
        return cells
    return [cells[-1], *cells[:-1]]


def _joined_row(cells: list[list[Line]], region: str) -> Optional[list[Line]]:
    """A row of short one-line cells as one "a | b | c" line, or None to keep cells apart.

    Layout tables (a sidebar cell beside a long column) keep their lines; a row like
    "Senior Project Manager | Acme | 2019 – 2023" reads best on one line.
    """
    if len(cells) < 2 or any(len(cell) != 1 for cell in cells):
        return None
    lines = [cell[0] for cell in cells]
    if any(line.region != region or line.text.startswith("•") for line in lines):
        return None
    if len({line.bold for line in lines}) > 1:
        return None  # a bold label beside plain content: keep the label on its own line
    if any(_sentence_cell(line.text) for line in lines[1:]):
        return None  # a job's row whose last cell holds its duties: the fields stay lines of their own
    text = " | ".join(line.text for line in lines)
    if len(text) > _ROW_JOIN_LIMIT:
        return None
    first = lines[0]
    return [Line(text, page=first.page, size=max(line.size for line in lines), bold=first.bold, region=region)]


# ---------------------------------------------------------------- headers and footers


def _section_properties(body) -> Iterator:
    """Every section's w:sectPr, in order (the body's own one is last)."""
    for section in body.iter(_w("sectPr")):
        if section.getparent().tag != _w("sectPrChange"):  # old versions of tracked changes
            yield section


def _header_footer_lines(package: _Package, walker: _Walker, kind: str) -> list[Line]:
    """Lines of the first-page and default headers (or footers) of all sections, each once."""
    reference = _w(f"{kind}Reference")
    seen_parts: set[str] = set()
    seen_text: set[str] = set()
    lines: list[Line] = []
    for section in _section_properties(package.body):
        references = {ref.get(_w("type"), "default"): ref.get(f"{{{R}}}id") for ref in section.iter(reference)}
        # Word shows the first-page header only when the section asks for it (w:titlePg);
        # even-page headers are nearly always copies of the default one and are left out.
        pages = ("first", "default") if _on(section.find(_w("titlePg"))) else ("default",)
        for kind_of_page in pages:
            rel_id = references.get(kind_of_page)
            if not rel_id or rel_id in seen_parts:
                continue
            seen_parts.add(rel_id)
            root = package.related(rel_id)
            if root is None:
                continue
            for line in walker.block(root, kind):
                if line.text not in seen_text:
                    seen_text.add(line.text)
                    lines.append(line)
    return lines


# ---------------------------------------------------------------- entry point


def _pages_of(walker: _Walker) -> int:
    return 1 + max(walker.explicit_breaks, walker.rendered_breaks)


def _warnings(walker: _Walker, strict: bool) -> tuple[str, ...]:
    warnings = []
    if strict:
        warnings.append("saved as Strict Open XML; read after mapping it to standard DOCX")
    if walker.placeholders:
        warnings.append(f"skipped {walker.placeholders} unfilled template placeholder(s)")
    if walker.alt_chunks:
        warnings.append(f"skipped {walker.alt_chunks} embedded document(s) (altChunk) that Word merges on opening")
    return tuple(warnings)


def _body_size(lines: Iterable[Line]) -> float:
    sizes: Counter = Counter()
    for line in lines:
        if line.size:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _walk(package: _Package) -> tuple[list[Line], _Walker]:
    walker = _Walker(_Styles(package.styles), _Numbering(package.numbering))
    headers = _header_footer_lines(package, walker, "header")
    walker.counting = True
    placed = _page_of_boxes(package.body)
    body = walker.boxes_in_reading_order(placed) if placed else walker.block(package.body, "body") + walker.deferred
    body = _laid_out_body(body, walker.raw_body)
    walker.counting = False
    pages = _pages_of(walker)
    footers = [_replace_page(line, pages) for line in _header_footer_lines(package, walker, "footer")]
    return headers + body + footers, walker


def _laid_out_body(body: list[Line], raw: list[str]) -> list[Line]:
    """A body of plain paragraphs holding a page's text laid out with blanks (`pdftotext -layout`
    pasted into Word: the sidebar's words, a run of blanks, the main column's on each line) is
    read as the same text in a .txt file is, column by column (text.layout_columns); any other
    body as it is."""
    if not raw or any(line.region != "body" for line in body):
        return body
    from .text import layout_columns

    laid = layout_columns("\n".join(raw))
    return laid if laid else body


def _replace_page(line: Line, page: int) -> Line:
    return Line(line.text, page=page, size=line.size, bold=line.bold, region=line.region, column=line.column)


def _read_package(package: bytes, main: str) -> tuple[list[Line], _Walker, list[str]]:
    """Walk the package with python-docx, or straight from the zip when python-docx gives up."""
    try:
        opened: _Package = _DocxPackage(package)
    except (ProfileCheckError, MemoryError, RecursionError):
        raise
    except Exception as error:  # a missing or broken secondary part: python-docx refuses it all
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            fallback = _ZipPackage(archive, main)
            lines, walker = _walk(fallback)  # inside the `with`: related parts are read lazily
        damaged = ", ".join(fallback.damaged[:3]) or _user_cause(error)
        return lines, walker, [f"parts of the file are damaged or missing ({damaged}); read the text without them"]
    lines, walker = _walk(opened)
    return lines, walker, []


def _mb(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size / 1024:,.0f} KB"


def _read_lines(data: bytes, options: Options, path: Optional[str]) -> tuple[list[Line], _Walker, tuple[str, ...]]:
    with _open_zip(data, path) as archive:
        _check_limits(archive, options, path)
        members = _inflate_members(archive, options, path)
    main = _main_part(members)
    if main is None:
        raise UnsupportedFormatError("is a zip archive but not a Word document (.docx)", path)
    package, strict = _normalised_package(members)
    del members
    lines, walker, notes = _read_package(package, main)
    return lines, walker, _warnings(walker, strict) + tuple(notes)


def read_docx(data: bytes, options: Options, path: Optional[str] = None) -> Document:
    """Read a .docx (also .docm/.dotx and Strict Open XML) into a Document."""
    from .detect import sha256_of

    try:
        lines, walker, warnings = _read_lines(data, options, path)
    except ProfileCheckError as error:
        raise error.with_path(path if error.path is None else error.path)
    except MemoryError:
        raise LimitExceededError("needs more memory than is available to read", path) from None
    except RecursionError:
        raise CorruptFileError("is damaged: its XML is nested too deeply to read", path) from None
    except Exception as error:  # zipfile, lxml and python-docx raise many kinds on broken files
        raise CorruptFileError(f"is damaged or not a valid Word document ({_user_cause(error)})", path) from None
    if not lines:
        hint = " (it seems to hold only pictures; export the resume from its source as text)" if walker.images else ""
        raise EmptyDocumentError(f"has no text{hint}", path)
    body = [line for line in lines if line.region not in ("header", "footer")]
    return Document(
        kind="docx",
        lines=tuple(lines),
        pages=_pages_of(walker),
        sha256=sha256_of(data),
        path=path,
        warnings=warnings,
        body_size=_body_size(body or lines),
    )
