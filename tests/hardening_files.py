"""Bad, broken, hostile and odd input files for the hardening tests, made on the fly.

Nothing here is committed as a binary: every file is generated from a few lines of code, so a
reader can see exactly what is wrong with it.  Each `Case` says what a correct program does
with its file:

- READ: the file is read (exit 0 or 1, a JSON report);
- ERROR: it is refused with one line on standard error naming the file (exit 2);
- EITHER: both are acceptable, as long as there is no traceback and no hang.

`make_cases(folder)` writes every case into `folder` and returns them; the matrix tests run
them through `check` one by one and through `batch` all together.
"""
from __future__ import annotations

import io
import os
import random
import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

READ, ERROR, EITHER = "read", "error", "either"

# ---------------------------------------------------------------- a plain resume

NAME = "Jane Doe"


def resume_lines(name: str = NAME) -> list[str]:
    """A short, ordinary IT project manager resume, one string per line."""
    return [
        name,
        "Senior IT Project Manager | PMP | Agile Delivery",
        "Berlin, Germany | jane.doe@example.com | +49 30 5550 1234",
        "",
        "SUMMARY",
        "IT project manager with twelve years of delivery in banking and retail.",
        "Led ERP, cloud migration and PMO programmes with budgets up to 4 million euros.",
        "",
        "EXPERIENCE",
        "Senior IT Project Manager, Northwind Bank, Berlin",
        "Jan 2019 - Present",
        "- Led the core banking migration to Azure for 2.1 million customers, on time.",
        "- Managed a budget of 4 million euros and a team of 18 across three vendors.",
        "- Cut release lead time by 35% by introducing Scrum and Jira across four teams.",
        "IT Project Manager, Contoso Retail, Hamburg",
        "Mar 2014 - Dec 2018",
        "- Delivered the SAP S/4HANA rollout to 120 stores with MS Project and Confluence.",
        "- Reduced incident backlog by 40% through a weekly risk and issue review.",
        "",
        "EDUCATION",
        "MSc Computer Science, Technical University of Munich, 2013",
        "",
        "CERTIFICATIONS",
        "PMP, Project Management Institute, 2016",
        "PRINCE2 Practitioner, 2018",
        "",
        "SKILLS",
        "Agile, Scrum, Kanban, Waterfall, Jira, Confluence, MS Project, Azure, SAP",
    ]


def resume_text(name: str = NAME) -> str:
    return "\n".join(resume_lines(name)) + "\n"


# ---------------------------------------------------------------- PDF


def _canvas(buffer: io.BytesIO, **kwargs):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    kwargs.setdefault("pagesize", letter)
    return canvas.Canvas(buffer, invariant=1, **kwargs)


def pdf_bytes(lines: Optional[list[str]] = None, rotate: int = 0, encrypt=None) -> bytes:
    """The resume drawn in one column on one US-letter page."""
    buffer = io.BytesIO()
    c = _canvas(buffer, encrypt=encrypt)
    if rotate:
        c.setPageRotation(rotate)
    y = 740.0
    for line in lines if lines is not None else resume_lines():
        bold = line.isupper() or line == NAME
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 14 if line == NAME else 10)
        if line:
            c.drawString(54, y, line)
        y -= 14 if line else 8
    c.save()
    return buffer.getvalue()


def three_column_pdf() -> bytes:
    """A full-width name, then three columns of text side by side."""
    lines = resume_lines()
    columns = [lines[4:11], lines[11:19], lines[19:]]
    buffer = io.BytesIO()
    c = _canvas(buffer)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 750, NAME)
    c.setFont("Helvetica", 10)
    c.drawString(40, 732, lines[1])
    for number, items in enumerate(columns):
        x, y = 40 + number * 185, 700.0
        for line in items:
            c.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 9)
            # Long lines are cut into pieces that fit the 175-point column.
            for piece in _wrap(line, 36) if line else [""]:
                if piece:
                    c.drawString(x, y, piece)
                y -= 12
    c.save()
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    out, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return out + ([current] if current else [])


def many_pages_pdf(pages: int = 500) -> bytes:
    """A long document: the resume on page one, then short numbered project pages."""
    buffer = io.BytesIO()
    c = _canvas(buffer, pageCompression=1)
    y = 740.0
    for line in resume_lines():
        c.setFont("Helvetica", 10)
        if line:
            c.drawString(54, y, line)
        y -= 14 if line else 8
    c.showPage()
    for number in range(2, pages + 1):
        c.setFont("Helvetica", 10)
        c.drawString(54, 740, f"Project appendix {number}: status report for the migration workstream")
        c.drawString(54, 726, "Milestones met, risks reviewed with the steering committee, budget on track")
        c.showPage()
    c.save()
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """Two pages that hold only a picture: what a scanner produces, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (300, 400), 255)
    draw = ImageDraw.Draw(image)
    for row in range(20):  # grey bars where the lines of text would be
        draw.rectangle((20, 20 + row * 18, 20 + (row * 37) % 250 + 30, 30 + row * 18), fill=40)
    buffer = io.BytesIO()
    c = _canvas(buffer)
    for _ in range(2):
        c.drawImage(ImageReader(image), 54, 100, width=500, height=650)
        c.showPage()
    c.save()
    return buffer.getvalue()


def user_password_pdf() -> bytes:
    return pdf_bytes(encrypt="secret")


def owner_password_pdf() -> bytes:
    """Encrypted with an empty user password: any reader may open it, as Acrobat does."""
    from reportlab.lib import pdfencrypt

    return pdf_bytes(encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner-only", canPrint=0, canCopy=0))


def junk_before_header() -> bytes:
    """A PDF saved with an HTTP header and some binary noise in front (browsers do this)."""
    noise = bytes(random.Random(5).randrange(1, 256) for _ in range(300)).replace(b"%PDF", b"%PDX")
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + noise + b"\n" + pdf_bytes()


def shifted_xref_pdf() -> bytes:
    """Bytes inserted after the header: every offset in the cross-reference table is now wrong."""
    data = pdf_bytes()
    end = data.index(b"\n") + 1
    return data[:end] + b"%" + b"inserted by a careless mail gateway " * 3 + b"\n" + data[end:]


def garbage_xref_pdf() -> bytes:
    """The cross-reference table points at nonsense offsets and startxref points nowhere."""
    data = pdf_bytes()
    data = re.sub(rb"\d{10} 00000 n", lambda m: b"%010d 00000 n" % (int(m.group()[:10]) * 7 + 3), data)
    return re.sub(rb"startxref\s+\d+", b"startxref\n999999", data)


def truncated_pdf() -> bytes:
    data = pdf_bytes()
    return data[: len(data) // 2]


def corrupt_pdf() -> bytes:
    """A PDF header followed by noise."""
    rng = random.Random(11)
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.randrange(256) for _ in range(6000))


def header_only_pdf() -> bytes:
    return b"%PDF-1.4\n%%EOF\n"


def smashed_middle_pdf() -> bytes:
    """A real PDF whose middle third was overwritten (a disk or transfer error)."""
    data = bytearray(pdf_bytes())
    third = len(data) // 3
    data[third : 2 * third] = b"\xff" * third
    return bytes(data)


# ---------------------------------------------------------------- DOCX

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def docx_bytes(lines: Optional[list[str]] = None) -> bytes:
    import docx

    document = docx.Document()
    for line in lines if lines is not None else resume_lines():
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = line.isupper() or line == NAME
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def textbox_only_docx() -> bytes:
    """Every word sits in two floating text boxes; the body paragraphs are empty anchors."""
    import docx
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape

    lines = resume_lines()
    document = docx.Document()
    for part in (lines[:8], lines[8:]):
        paragraphs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>" for line in part)
        run = (
            f"<w:r {W_NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
            '<wp:extent cx="5000000" cy="3000000"/><wp:docPr id="1" name="Text Box"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp>"
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent>"
            "</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
        document.add_paragraph()._p.append(parse_xml(run))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, change(info.filename, source.read(info)))
    return buffer.getvalue()


def strict_docx() -> bytes:
    """The same resume saved as Strict Open XML (Word: "Strict Open XML Document")."""

    def change(name: str, body: bytes) -> bytes:
        for family in (b"wordprocessingml", b"drawingml", b"officeDocument"):
            body = body.replace(b"http://schemas.openxmlformats.org/" + family + b"/2006/",
                                b"http://purl.oclc.org/ooxml/" + family + b"/")
        return body

    return _rezip(docx_bytes(), change)


def not_a_zip_docx() -> bytes:
    """Noise named .docx."""
    rng = random.Random(3)
    return bytes(rng.randrange(256) for _ in range(5000))


def text_named_docx() -> bytes:
    """Plain text saved under a .docx name: the type comes from the content, so it is read."""
    return resume_text("Jane Textfile").encode("utf-8")


def zip_not_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("notes.txt", "not a resume")
        archive.writestr("photos/me.jpg", b"\xff\xd8\xff" + bytes(200))
    return buffer.getvalue()


def truncated_docx() -> bytes:
    data = docx_bytes()
    return data[: len(data) * 2 // 3]


def zip_bomb_one_member(megabytes: int = 64) -> bytes:
    """A real DOCX plus one member that unpacks to `megabytes` MB of zeros (~64 KB packed)."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info))
        chunk = bytes(1 << 20)
        with archive.open("word/media/image1.png", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return buffer.getvalue()


def zip_bomb_many_members(count: int = 12_000) -> bytes:
    """A real DOCX padded with thousands of tiny members."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info))
        for number in range(count):
            archive.writestr(f"customXml/padding/item{number}.xml", b"<a/>")
    return buffer.getvalue()


def zip_bomb_lying_sizes(megabytes: int = 40) -> bytes:
    """word/document.xml unpacks to `megabytes` MB but its headers declare 2,000 bytes.

    The size check adds up the declared sizes, so this one gets past it; what stops it is
    that zipfile never hands out more than a member declares (and then the CRC fails).
    """
    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    document = source.read("word/document.xml")
    padded = document.replace(b"<w:body>", b"<w:body>" + b" " * (megabytes << 20), 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, padded if info.filename == "word/document.xml" else source.read(info))
    return _declare_size(buffer.getvalue(), b"word/document.xml", 2000)


def _declare_size(data: bytes, name: str | bytes, size: int) -> bytes:
    """Overwrite the uncompressed size of member `name` in its local and central headers."""
    out = bytearray(data)
    for signature, size_at, name_length_at, header in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while (start := out.find(signature, start)) != -1:
            (length,) = struct.unpack_from("<H", out, start + name_length_at)
            if bytes(out[start + header : start + header + length]) == name:
                struct.pack_into("<I", out, start + size_at, size)
            start += 4
    return bytes(out)


def zip_from_the_future() -> bytes:
    """A DOCX whose central directory says it needs zip version 14.8 to unpack (found by the
    fuzz test: Python's zipfile refuses it with NotImplementedError, not BadZipFile)."""
    out = bytearray(docx_bytes())
    start = out.find(b"PK\x01\x02")
    struct.pack_into("<H", out, start + 6, 148)  # "version needed to extract"
    return bytes(out)


# ---------------------------------------------------------------- text


def nul_bytes_text() -> bytes:
    """A resume with a NUL byte here and there (a bad copy out of another program)."""
    lines = [line.encode("utf-8") for line in resume_lines("Nora Nul")]
    return b"\n".join(line + (b"\x00" if number % 9 == 0 else b"") for number, line in enumerate(lines))


def invalid_utf8_text() -> bytes:
    """Mostly UTF-8, with invalid sequences: stray continuation bytes, a cut-off sequence, 0xFF."""
    text = resume_text("Ivan Invalid").encode("utf-8")
    return text.replace(b"Berlin", b"Berl\xc3n", 1).replace(b"banking", b"bank\x80\x81ing", 1) \
        .replace(b"Agile", b"\xffAgile\xe2\x82", 1)


def rtl_text() -> bytes:
    """Arabic and Hebrew lines in an English resume (names, employers, a summary)."""
    lines = resume_lines("Layla Haddad")
    lines[1:1] = ["ليلى حداد — مديرة مشاريع تقنية المعلومات", "מנהלת פרויקטים בכירה בתחום מערכות מידע"]
    lines.insert(8, "قادت ترحيل الأنظمة المصرفية إلى السحابة لعدد 2.1 مليون عميل")
    lines.insert(9, "\u202bהובילה צוות של 18 אנשים בשלושה ספקים\u202c")
    return ("\n".join(lines) + "\n").encode("utf-8")


def cjk_text() -> bytes:
    """A Chinese and Japanese resume with English tool names mixed in."""
    lines = [
        "王小明",
        "高级IT项目经理 | PMP | 敏捷交付",
        "上海 | wang.xiaoming@example.com",
        "",
        "工作经历",
        "高级IT项目经理，东方银行，上海",
        "2019年1月 - 至今",
        "- 领导核心银行系统迁移到Azure，覆盖210万客户，按时交付。",
        "- 管理400万欧元预算和18人团队，使用Jira和Confluence。",
        "プロジェクトマネージャー、株式会社サンプル、東京",
        "2014年3月 - 2018年12月",
        "- SAPの導入を120店舗に展開し、インシデントを40%削減しました。",
        "",
        "证书",
        "PMP 2016; PRINCE2 Practitioner 2018",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def emoji_text() -> bytes:
    lines = resume_lines("Emma Emoji 🚀")
    lines = [f"✅ {line}" if line.startswith("- ") else line for line in lines]
    lines.insert(5, "🔥 Passionate about delivery 💼📈 | 👩‍💻 Agile coach | 🇩🇪 Berlin | 🏳️‍🌈")
    return ("\n".join(lines) + "\n").encode("utf-8")


def single_long_line_text(megabytes: int = 10) -> bytes:
    """One 10 MB line with no line break at all."""
    unit = b"IT Project Manager delivering Agile programmes with Jira and PMP. "
    return (unit * ((megabytes << 20) // len(unit) + 1))[: megabytes << 20]


HOSTILE_MARKUP = "<script>alert(1)</script> {{ 7*7 }} <img src=x onerror=alert(1)> javascript:alert(1)"


def markup_text() -> bytes:
    """A resume with markup, template code and terminal escapes where reports show text: the
    headline, the summary, a job title and a bullet.  All of it must stay text."""
    lines = resume_lines("Mallory Markup")
    lines[1] = "Senior IT Project Manager " + HOSTILE_MARKUP
    lines[5] += " " + HOSTILE_MARKUP
    lines[9] = "Senior IT Project Manager <b>Bold</b>, Northwind <i>Bank</i>, Berlin"
    lines[11] = "- Led " + HOSTILE_MARKUP + " \x1b[31mRED\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07"
    return ("\n".join(lines) + "\n").encode("utf-8")


def sparse_file(path: Path, size: int) -> None:
    """A file of `size` bytes that takes no disk space (a hole) and no time to make."""
    with open(path, "wb") as handle:
        handle.truncate(size)


# ---------------------------------------------------------------- the matrix


@dataclass
class Case:
    """One input file and what must happen to it."""

    name: str  # file name inside the case folder
    expect: str  # READ, ERROR or EITHER
    data: Optional[Callable[[], bytes]] = None  # the bytes; or `make` for special files
    make: Optional[Callable[[Path], None]] = None  # writes the file at the given path
    fragment: str = ""  # must appear in the error line (ERROR cases)
    kinds: tuple[str, ...] = ()  # acceptable source kinds (READ cases)
    args: tuple[str, ...] = ()  # extra `check` options
    contains: str = ""  # a word the name or the findings must show (READ cases)
    batch: bool = True  # put it in the batch folder too
    note: str = ""
    path: Path = field(default=None)  # type: ignore[assignment]  # set by make_cases

    @property
    def id(self) -> str:
        return self.name


def _symlink(target: Path) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.symlink_to(target)

    return make


def _unreadable(path: Path) -> None:
    path.write_bytes(resume_text("Una Readable").encode("utf-8"))
    path.chmod(0)


def case_list(folder: Path) -> list[Case]:
    good_pdf = SAMPLES / "mid-software-pm.pdf"
    pdf = ("pdf", "linkedin-pdf")
    text = ("text", "linkedin-text")
    return [
        # empty
        Case("zero-bytes.pdf", ERROR, lambda: b"", fragment="empty"),
        Case("newline-only.txt", ERROR, lambda: b"\n", fragment="blank"),
        Case("blank.docx", ERROR, lambda: b" \t\r\n" * 50, fragment="blank"),
        # PDF: broken
        Case("truncated.pdf", ERROR, truncated_pdf, fragment="damaged"),
        Case("corrupt.pdf", ERROR, corrupt_pdf, fragment="damaged"),
        Case("header-only.pdf", ERROR, header_only_pdf),
        Case("smashed-middle.pdf", EITHER, smashed_middle_pdf),
        Case("xref-shifted.pdf", READ, shifted_xref_pdf, kinds=pdf, contains=NAME),
        Case("xref-garbage.pdf", READ, garbage_xref_pdf, kinds=pdf, contains=NAME),
        # PDF: protected, scanned, odd
        Case("user-password.pdf", ERROR, user_password_pdf, fragment="password"),
        Case("owner-password-only.pdf", READ, owner_password_pdf, kinds=pdf, contains=NAME),
        Case("scanned.pdf", ERROR, scanned_pdf, fragment="scanned"),
        Case("junk-before-header.pdf", READ, junk_before_header, kinds=pdf, contains=NAME),
        Case("rotated-90.pdf", EITHER, lambda: pdf_bytes(rotate=90), kinds=pdf),
        Case("rotated-270.pdf", EITHER, lambda: pdf_bytes(rotate=270), kinds=pdf),
        Case("three-columns.pdf", READ, three_column_pdf, kinds=pdf, contains=NAME),
        Case("500-pages.pdf", ERROR, many_pages_pdf, fragment="500 pages"),
        Case("500-pages-allowed.pdf", EITHER, lambda: many_pages_pdf(501), args=("--max-pages", "600"),
             kinds=pdf, batch=False),
        Case("pdf-named.docx", READ, pdf_bytes, kinds=pdf, contains=NAME),
        # DOCX
        Case("not-a-zip.docx", ERROR, not_a_zip_docx, fragment="binary"),
        Case("text-named.docx", READ, text_named_docx, kinds=text, contains="Jane Textfile"),
        Case("zip-not-docx.docx", ERROR, zip_not_docx, fragment="not a Word document"),
        Case("truncated.docx", ERROR, truncated_docx, fragment="damaged"),
        Case("strict-ooxml.docx", READ, strict_docx, kinds=("docx",), contains=NAME),
        Case("textboxes-only.docx", READ, textbox_only_docx, kinds=("docx",), contains=NAME),
        Case("bomb-one-member.docx", ERROR, zip_bomb_one_member, fragment="--max-docx-mb"),
        Case("bomb-many-members.docx", ERROR, zip_bomb_many_members, fragment="files inside"),
        Case("bomb-lying-sizes.docx", ERROR, zip_bomb_lying_sizes, fragment="damaged"),
        Case("zip-version-14.8.docx", ERROR, zip_from_the_future, fragment="damaged"),
        # text
        Case("one-gigabyte.txt", ERROR, make=lambda path: sparse_file(path, 1 << 30), fragment="--max-file-mb"),
        Case("one-10mb-line.txt", EITHER, single_long_line_text, kinds=text),
        Case("nul-bytes.txt", READ, nul_bytes_text, kinds=text, contains="Nora Nul"),
        Case("invalid-utf8.txt", READ, invalid_utf8_text, kinds=text, contains="Ivan Invalid"),
        Case("right-to-left.txt", READ, rtl_text, kinds=text, contains="قادت ترحيل"),
        Case("cjk.txt", READ, cjk_text, kinds=text, contains="高级IT项目经理"),
        Case("emoji.md", READ, emoji_text, kinds=text, contains="🔥 Passionate"),
        Case("markup.txt", READ, markup_text, kinds=text, contains="Mallory Markup"),
        Case("binary-noise.txt", ERROR, lambda: random.Random(9).randbytes(20000), fragment="binary"),
        # names and file-system oddities
        Case("Résumé – Jane Doe (final) 李 ✓.pdf", READ, pdf_bytes, kinds=pdf, contains=NAME),
        Case("link-to-sample.pdf", READ, make=_symlink(good_pdf), kinds=pdf, contains="Nadia Petrova"),
        Case("dangling-link.pdf", ERROR, make=_symlink(folder / "no-such-target.pdf"), fragment="no such file",
             batch=False, note="batch skips links that lead nowhere"),
        Case("unreadable.txt", ERROR, make=_unreadable, fragment="permission denied"),
    ]


def make_cases(folder: Path) -> list[Case]:
    """Write every case into `folder` (created if needed) and return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = case_list(folder)
    for case in cases:
        case.path = folder / case.name
        if case.make is not None:
            case.make(case.path)
        else:
            case.path.write_bytes(case.data())
    return cases


# ---------------------------------------------------------------- checks on output


def _template_vocabulary() -> tuple[set[str], set[str]]:
    """Tag and attribute names the HTML report templates themselves write."""
    templates = [ROOT / "templates" / "report.html.j2", *sorted((ROOT / "templates" / "partials").glob("*.j2"))]
    sources = " ".join(path.read_text(encoding="utf-8") for path in templates)
    tags = {name.lower() for name in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", sources)}
    attributes = {name.lower() for name in re.findall(r"\s([a-zA-Z][a-zA-Z0-9:-]*)=", sources)}
    return tags, attributes


def html_problems(page: str) -> list[str]:
    """What in an HTML report did not come from our templates: tags, event handlers, script URLs.

    The page is parsed the way a browser parses it (html5lib), so text that merely looks like
    markup but was escaped does not count; markup that got through unescaped does.
    """
    import html5lib

    tags, attributes = _template_vocabulary()
    problems = []
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag not in tags:
            problems.append(f"tag <{tag}> is not one the templates write")
        if tag == "script":
            problems.append("a <script> element")
        for name, value in element.attrib.items():
            name = name.rsplit("}", 1)[-1].lower() if isinstance(name, str) else str(name)
            if name.startswith("on") or name not in attributes:
                problems.append(f"attribute {name}= on <{tag}>")
            if re.sub(r"\s", "", value).lower().startswith(("javascript:", "data:", "vbscript:")):
                problems.append(f"{name}={value!r} on <{tag}>")
    return problems


def unreadable_is_enforced(path: Path) -> bool:
    """False when permissions do not bite (running as root)."""
    return not os.access(path, os.R_OK)


def assemble_pdf(objects: list[bytes]) -> bytes:
    """A PDF from its numbered objects (object 1 the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
