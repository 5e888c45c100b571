"""The DOCX and text readers, on files the tests build themselves."""
from __future__ import annotations

import io
import re
import time
import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import Pt

from profilecheck.errors import (
    CorruptFileError,
    EmptyDocumentError,
    LimitExceededError,
    UnsupportedFormatError,
)
from profilecheck.options import Limits, Options
from profilecheck.readers import read_bytes
from profilecheck.readers.detect import detect_kind
from profilecheck.readers.docx import read_docx
from profilecheck.readers.text import read_text

OPTIONS = Options()

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def texts(document) -> list[str]:
    return [line.text for line in document.lines]


def add_xml(paragraph, xml: str) -> None:
    """Append raw WordprocessingML (run-level) to a python-docx paragraph."""
    paragraph._p.append(parse_xml(xml.replace("NS", NS, 1)))


def add_block_xml(document, xml: str) -> None:
    """Insert raw block-level XML at the end of the body (before its w:sectPr)."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml.replace("NS", NS, 1)))


def textbox_run(text: str, with_fallback: bool = True) -> str:
    """A run holding a DrawingML text box and, like Word writes it, a VML copy in mc:Fallback."""
    drawing = (
        '<w:drawing><wp:anchor><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Box"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    fallback = (
        f'<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
        "</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
    )
    return (
        f'<w:r NS><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f'{fallback if with_fallback else ""}</mc:AlternateContent></w:r>'
    )


# ---------------------------------------------------------------- DOCX


def test_paragraphs_headings_bold_and_sizes() -> None:
    document = docx.Document()
    document.add_heading("Jane Doe", 0)
    document.add_heading("Experience", 1)
    paragraph = document.add_paragraph()
    paragraph.add_run("Senior IT Project Manager").bold = True
    run = document.add_paragraph().add_run("Small print")
    run.font.size = Pt(8)
    document.add_paragraph("Delivered a $4M ERP migration on time.")
    document.add_paragraph("Managed vendors and budgets.")
    result = read_docx(save(document), OPTIONS, "cv.docx")
    lines = {line.text: line for line in result.lines}
    assert result.kind == "docx" and result.path == "cv.docx"
    assert lines["Jane Doe"].bold and lines["Experience"].bold
    assert lines["Jane Doe"].size > lines["Experience"].size > result.body_size
    assert lines["Senior IT Project Manager"].bold
    assert not lines["Managed vendors and budgets."].bold
    assert lines["Small print"].size == 8
    assert result.body_size == 11  # python-docx's default template
    assert result.pages == 1 and len(result.sha256) == 64


def test_list_paragraphs_become_bullets() -> None:
    document = docx.Document()
    document.add_paragraph("Led the PMO", style="List Bullet")
    document.add_paragraph("Cut costs 12%", style="List Number")
    assert texts(read_docx(save(document), OPTIONS, None)) == ["• Led the PMO", "• Cut costs 12%"]


def test_line_breaks_tabs_and_page_breaks() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Acme Corp")
    paragraph.add_run().add_break()
    paragraph.add_run("Project Manager\t2019 – 2023")
    document.add_page_break()
    document.add_paragraph("Education")
    result = read_docx(save(document), OPTIONS, None)
    assert texts(result) == ["Acme Corp", "Project Manager | 2019 – 2023", "Education"]  # a tab parts two fields
    assert result.pages == 2
    assert result.lines[-1].page == 2


def test_tables_rows_nested_and_merged() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "Senior PM", "Acme", "2019 – 2023"
    merged = table.cell(1, 0).merge(table.cell(1, 2))
    merged.text = "Merged across three columns"
    left = table.cell(2, 0)
    left.text = "Skills"
    left.add_paragraph("Jira")
    inner = table.cell(2, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "PMP", "2018"
    result = read_docx(save(document), OPTIONS, None)
    found = texts(result)
    assert found[0] == "Senior PM | Acme | 2019 – 2023"
    assert found.count("Merged across three columns") == 1  # python-docx's row.cells would repeat it
    assert found[2:4] == ["Skills", "Jira"]
    assert "PMP | 2018" in found
    assert {line.region for line in result.lines} == {"table"}


def test_vertically_merged_cells_are_read_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Tall cell"
    table.cell(0, 1).text = "Top"
    table.cell(1, 1).text = "Bottom"
    assert texts(read_docx(save(document), OPTIONS, None)) == ["Tall cell | Top", "Bottom"]


def test_headers_and_footers_once_each() -> None:
    document = docx.Document()
    document.add_paragraph("Body text")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Jane Doe | jane@example.com"
    section.header.paragraphs[0].text = "Jane Doe | jane@example.com"  # the same on later pages
    section.footer.paragraphs[0].text = "References on request"
    second = document.add_section()
    second.header.is_linked_to_previous = True
    document.add_paragraph("Second section")
    result = read_docx(save(document), OPTIONS, None)
    found = texts(result)
    assert found.count("Jane Doe | jane@example.com") == 1
    assert found.count("References on request") == 1
    assert result.lines[0].region == "header" and result.lines[0].text.startswith("Jane Doe")
    assert result.lines[-1].region == "footer"
    assert "Body text" in found and "Second section" in found
    assert result.pages == 2  # the new section starts on a new page


def test_pages_from_word_rendered_breaks() -> None:
    document = docx.Document()
    document.add_paragraph("Page one")
    add_xml(document.add_paragraph(), '<w:r NS><w:lastRenderedPageBreak/><w:t>Page two</w:t></w:r>')
    result = read_docx(save(document), OPTIONS, None)
    assert result.pages == 2
    assert [line.page for line in result.lines] == [1, 2]


def test_drawingml_text_box_is_read_once_not_its_vml_fallback() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Anchor paragraph")
    add_xml(paragraph, textbox_run("Sidebar: PMP, PRINCE2"))
    result = read_docx(save(document), OPTIONS, None)
    assert texts(result) == ["Anchor paragraph", "Sidebar: PMP, PRINCE2"]
    assert result.lines[1].region == "textbox"


def test_legacy_vml_text_box() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    add_xml(
        paragraph,
        "<w:r NS><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Old style box</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
    )
    result = read_docx(save(document), OPTIONS, None)
    assert texts(result) == ["Old style box"]
    assert result.lines[0].region == "textbox"


def test_fallback_is_read_when_there_is_no_choice() -> None:
    document = docx.Document()
    add_xml(
        document.add_paragraph(),
        "<w:r NS><mc:AlternateContent><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r>"
        "<w:t>Only in fallback</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>",
    )
    assert texts(read_docx(save(document), OPTIONS, None)) == ["Only in fallback"]


def test_text_box_inside_a_header() -> None:
    document = docx.Document()
    document.add_paragraph("Body")
    add_xml(document.sections[0].header.paragraphs[0], textbox_run("Header box"))
    result = read_docx(save(document), OPTIONS, None)
    assert texts(result).count("Header box") == 1
    assert result.lines[0].region == "header"


def test_content_controls_block_and_inline() -> None:
    document = docx.Document()
    add_block_xml(
        document,
        "<w:sdt NS><w:sdtPr><w:alias w:val='Name'/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Jane Doe</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt>",
    )
    paragraph = document.add_paragraph("Phone: ")
    add_xml(paragraph, "<w:sdt NS><w:sdtContent><w:r><w:t>+1 555 0100</w:t></w:r></w:sdtContent></w:sdt>")
    add_block_xml(
        document,
        "<w:sdt NS><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>"
        "<w:t>Click or tap here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    result = read_docx(save(document), OPTIONS, None)
    assert texts(result) == ["Jane Doe", "Phone: +1 555 0100"]
    assert any("placeholder" in warning for warning in result.warnings)


def test_hyperlinks_and_fields() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Profile: ")
    rel_id = document.part.relate_to("https://www.linkedin.com/in/janedoe", RT.HYPERLINK, is_external=True)
    add_xml(paragraph, f'<w:hyperlink NS r:id="{rel_id}"><w:r><w:t>linkedin.com/in/janedoe</w:t></w:r></w:hyperlink>')
    field = document.add_paragraph("Site: ")
    for xml in (
        '<w:r NS><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r NS><w:instrText xml:space="preserve"> HYPERLINK "https://jane.example" </w:instrText></w:r>',
        '<w:r NS><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r NS><w:t>jane.example</w:t></w:r>",
        '<w:r NS><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        add_xml(field, xml)
    add_xml(document.add_paragraph("Simple "), '<w:fldSimple NS w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    assert texts(read_docx(save(document), OPTIONS, None)) == [
        "Profile: linkedin.com/in/janedoe",
        "Site: jane.example",
        "Simple 1",
    ]


def test_tracked_changes_keep_insertions_drop_deletions() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Managed ")
    add_xml(paragraph, '<w:del NS w:id="1" w:author="x"><w:r><w:delText>12</w:delText></w:r></w:del>')
    add_xml(paragraph, '<w:ins NS w:id="2" w:author="x"><w:r><w:t>15</w:t></w:r></w:ins>')
    paragraph.add_run(" projects")
    assert texts(read_docx(save(document), OPTIONS, None)) == ["Managed 15 projects"]


def test_symbol_font_bullet() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    add_xml(paragraph, '<w:r NS><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> Led the PMO</w:t></w:r>')
    assert texts(read_docx(save(document), OPTIONS, None)) == ["• Led the PMO"]


def test_symbol_font_dash_between_dates() -> None:
    """Word writes a dash from the Symbol font as w:sym F02D: the dash of "February 2023 - Current"."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    add_xml(paragraph, '<w:r NS><w:t xml:space="preserve">February 2023 </w:t><w:sym w:font="Symbol" w:char="F02D"/><w:t xml:space="preserve"> Current</w:t></w:r>')
    assert texts(read_docx(save(document), Options(), "cv.docx")) == ["February 2023 - Current"]


def placed_box_run(lines: list[str], x: float, y: float, width: float, height: float) -> str:
    """A run holding a text box placed on the page at (x, y) points, its lines as paragraphs."""
    emu = 12700
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        '<w:r NS><w:drawing><wp:anchor>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x * emu)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(y * emu)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{int(width * emu)}" cy="{int(height * emu)}"/><wp:docPr id="1" name="Box"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def test_a_page_of_boxes_is_read_in_reading_order_not_the_files_order() -> None:
    """A design tool's page: each block a text box placed on the page, listed in the file in any
    order.  The side column (left) is read first, then the main column top to bottom, a job's
    dates set beside its title right after it."""
    boxes = {
        "name": (["Mira Castellane", "Delivery Manager"], 200, 40, 340, 40),
        "contact": (["CONTACT", "mira@example.com", "Leeds, UK"], 30, 40, 150, 60),
        "skills": (["SKILLS", "Jira", "Scrum"], 30, 120, 150, 60),
        "heading": (["EXPERIENCE"], 200, 100, 340, 20),
        "job1": (["Delivery Manager, Northwind Freight"], 200, 130, 220, 20),
        "dates1": (["Mar 2021 – Present"], 430, 130, 110, 20),
        "duties1": (["Ran the release calendar for six teams."], 200, 150, 340, 20),
        "job2": (["Project Manager, Harborline Bank"], 200, 180, 220, 20),
        "dates2": (["Jan 2017 – Feb 2021"], 430, 180, 110, 20),
    }
    document = docx.Document()
    for key in ("dates2", "skills", "job1", "heading", "name", "duties1", "dates1", "contact", "job2"):
        add_xml(document.add_paragraph(), placed_box_run(*boxes[key]))
    assert texts(read_docx(save(document), OPTIONS, None)) == [
        "CONTACT", "mira@example.com", "Leeds, UK", "SKILLS", "Jira", "Scrum",
        "Mira Castellane", "Delivery Manager", "EXPERIENCE", "Delivery Manager, Northwind Freight", "Mar 2021 – Present",
        "Ran the release calendar for six teams.", "Project Manager, Harborline Bank", "Jan 2017 – Feb 2021",
    ]


def _rewrite(data: bytes, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, change(info.filename, source.read(info)))
    return out.getvalue()


def to_strict(data: bytes) -> bytes:
    """Turn a transitional DOCX into Strict Open XML by renaming its namespaces."""

    def change(name: str, body: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")):
            return body
        return re.sub(
            rb"http://schemas\.openxmlformats\.org/(wordprocessingml|drawingml|officeDocument)/2006/",
            rb"http://purl.oclc.org/ooxml/\1/",
            body,
        )

    return _rewrite(data, change)


def test_strict_ooxml_is_read() -> None:
    document = docx.Document()
    document.add_heading("Experience", 1)
    document.add_paragraph("Strict text")
    strict = to_strict(save(document))
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in zipfile.ZipFile(io.BytesIO(strict)).read("word/document.xml")
    result = read_docx(strict, OPTIONS, None)
    assert texts(result) == ["Experience", "Strict text"]
    assert result.lines[0].bold
    assert any("Strict" in warning for warning in result.warnings)


def test_macro_enabled_document_is_read() -> None:
    document = docx.Document()
    document.add_paragraph("Macro text")

    def change(name: str, body: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return body.replace(
                b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                b"application/vnd.ms-word.document.macroEnabled.main+xml",
            )
        return body

    assert texts(read_docx(_rewrite(save(document), change), OPTIONS, None)) == ["Macro text"]


def test_missing_and_broken_secondary_parts_are_tolerated() -> None:
    """python-docx refuses these files outright; Word opens them, and so do we."""
    document = docx.Document()
    document.add_paragraph("Led the PMO", style="List Bullet")
    document.sections[0].header.paragraphs[0].text = "Jane Doe"

    def change(name: str, body: bytes) -> bytes:
        if name == "word/settings.xml":
            return b"<w:settings"  # cut off
        return body

    data = _rewrite(save(document), change)
    without = _drop(data, {"word/theme/theme1.xml", "docProps/core.xml"})
    result = read_docx(without, OPTIONS, None)
    assert texts(result) == ["Jane Doe", "• Led the PMO"]
    assert result.lines[0].region == "header"
    assert any("damaged or missing" in warning for warning in result.warnings)


def _drop(data: bytes, names: set[str]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename not in names:
                target.writestr(info.filename, source.read(info))
    return out.getvalue()


def test_docx_limits_and_damage() -> None:
    document = docx.Document()
    document.add_paragraph("x" * 1000)
    data = save(document)
    with pytest.raises(LimitExceededError, match="--max-docx-mb"):
        read_docx(data, Options(limits=Limits(max_docx_uncompressed=1000)), "cv.docx")
    with pytest.raises(CorruptFileError):
        read_docx(data[: len(data) // 2], OPTIONS, "cv.docx")
    broken = _rewrite(data, lambda name, body: b"<w:document" if name == "word/document.xml" else body)
    with pytest.raises(CorruptFileError) as caught:
        read_docx(broken, OPTIONS, "cv.docx")
    assert "\n" not in str(caught.value)


def _with_doctype(data: bytes, doctype: bytes, text: bytes) -> bytes:
    def change(name: str, body: bytes) -> bytes:
        if name != "word/document.xml":
            return body
        return body.replace(b"?>\n", b"?>\n" + doctype, 1).replace(b"PLACEHOLDER", text)

    return _rewrite(data, change)


def test_xml_entities_are_never_expanded() -> None:
    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    data = save(document)
    external = _with_doctype(data, b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', b"Jane &xxe; Doe")
    assert "root:" not in read_docx(external, OPTIONS, None).text
    laughs = b"".join(
        b'<!ENTITY l%d "%s">' % (level, (b"&l%d;" % (level - 1)) * 10) for level in range(1, 10)
    )
    bomb = _with_doctype(data, b'<!DOCTYPE w:document [<!ENTITY l0 "lol">' + laughs + b"]>", b"&l9;")
    started = time.perf_counter()
    try:
        result = read_docx(bomb, OPTIONS, None)
    except CorruptFileError:
        pass
    else:
        assert len(result.text) < 1000
    assert time.perf_counter() - started < 2.0


def test_docx_without_text() -> None:
    with pytest.raises(EmptyDocumentError):
        read_docx(save(docx.Document()), OPTIONS, "blank.docx")


def test_encrypted_docx_and_old_doc() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
    encrypted = ole + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500
    assert detect_kind(encrypted) == "docx"
    assert detect_kind(ole) == "doc"
    with pytest.raises(UnsupportedFormatError, match="password"):
        read_bytes(encrypted, "secret.docx", OPTIONS)
    with pytest.raises(UnsupportedFormatError, match=r"\.doc\b"):
        read_bytes(ole, "old.doc", OPTIONS)


# ---------------------------------------------------------------- text

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_text_encodings(encoding: str) -> None:
    text = "Résumé – Project Manager\nLed the PMO’s “roadmap”\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(encoding)  # with a byte-order mark
    assert detect_kind(data) == "text"
    result = read_text(data, OPTIONS, "cv.txt")
    assert texts(result) == ["Résumé – Project Manager", "Led the PMO’s “roadmap”"]
    assert result.kind == "text" and result.pages == 1
    assert {line.region for line in result.lines} == {"body"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    data = "Jane Doe\nProject Manager\n".encode(encoding)
    assert detect_kind(data) == "text"
    assert texts(read_text(data, OPTIONS, None)) == ["Jane Doe", "Project Manager"]


def test_mostly_utf8_with_a_stray_cp1252_byte() -> None:
    data = "Zürich – ".encode("utf-8") + b"\x93quoted\x94"
    assert texts(read_text(data, OPTIONS, None)) == ["Zürich – “quoted”"]


def test_text_with_nuls_and_mojibake() -> None:
    data = "Jane\x00 Doe\nManagerâ€™s role\n".encode("utf-8")
    assert detect_kind(data) == "text"
    assert texts(read_text(data, OPTIONS, None)) == ["Jane Doe", "Manager’s role"]


def test_markdown_is_undone() -> None:
    markdown = """# Jane Doe
**Senior IT Project Manager** | [LinkedIn](https://linkedin.com/in/jane_doe) | <mailto:jane@example.com>

## Experience ##
- Led *cross-functional* teams to deliver an ERP migra-
tion on time
* Managed a __$2M__ budget in `Jira`
+ Cut costs by 12%

Skills
======
| Tool | Years |
|------|------:|
| Jira | 8 |
---
"""
    result = read_text(markdown.encode(), OPTIONS, "cv.md")
    assert texts(result) == [
        "Jane Doe",
        "Senior IT Project Manager | LinkedIn (https://linkedin.com/in/jane_doe) | jane@example.com",
        "",
        "Experience",
        "• Led cross-functional teams to deliver an ERP migration on time",
        "• Managed a $2M budget in Jira",
        "• Cut costs by 12%",
        "",
        "Skills",
        "Tool | Years",
        "Jira | 8",
    ]
    headings = [line.text for line in result.lines if line.bold]
    assert headings == ["Jane Doe", "Experience", "Skills"]


def test_plain_text_keeps_underscores_and_stars() -> None:
    text = "linkedin.com/in/jane_doe_pm\n5* rating, snake_case_name\n#1 ranked PMO\n"
    assert texts(read_text(text.encode(), OPTIONS, None)) == [
        "linkedin.com/in/jane_doe_pm",
        "5* rating, snake_case_name",
        "#1 ranked PMO",
    ]


def test_blank_lines_collapse() -> None:
    result = read_text(b"\n\nA\n\n\n\nB\n\n", OPTIONS, None)
    assert texts(result) == ["A", "", "B"]


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8"), "\ufeff \n".encode("utf-16")])
def test_empty_text(data: bytes) -> None:
    with pytest.raises(EmptyDocumentError):
        read_text(data, OPTIONS, "empty.txt")


def test_text_limit_and_binary() -> None:
    with pytest.raises(LimitExceededError, match="max_text_chars"):
        read_text(b"a" * 101, Options(limits=Limits(max_text_chars=100)), "big.txt")
    import random

    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(4096))
    assert detect_kind(garbage) == "binary"
    with pytest.raises(UnsupportedFormatError):
        read_text(garbage, OPTIONS, "noise.txt")


@pytest.mark.parametrize(
    "line",
    [
        "word " * 300_000,
        "**a " * 300_000,
        "[a](" * 300_000,
        "_a " * 300_000,
        "# " + " " * 1_000_000 + "x",
        "|" + "-" * 1_000_000 + "x",
        "Ã©" * 500_000,
    ],
    ids=["words", "stars", "links", "underscores", "heading", "table-rule", "mojibake"],
)
def test_one_enormous_line_is_fast(line: str) -> None:
    started = time.perf_counter()
    read_text(line.encode("utf-8"), OPTIONS, None)
    assert time.perf_counter() - started < 2.0


def test_text_goes_through_read_bytes() -> None:
    result = read_bytes("Jane Doe\nProject Manager".encode("utf-8"), None, OPTIONS)
    assert result.kind == "text" and texts(result) == ["Jane Doe", "Project Manager"]


# ---------------------------------------------------------------- detection


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"", "empty"),
        (b"   \n\t ", "text"),  # the text reader calls it empty
        (b"%PDF-1.7\n...", "pdf"),
        (b"\x00\x01garbage from a mail gateway\r\n" * 10 + b"%PDF-1.4\n", "pdf"),
        ("Jane Doe\nProject Manager\n".encode("utf-16"), "text"),
        ("Jane Doe\nProject Manager\n".encode("utf-16-le"), "text"),
        ("Jane Doe\nProject Manager\n".encode("utf-16-be"), "text"),
        (b"Jane\x00 Doe\nProject Manager\x00\n" + b"Led the PMO. " * 50, "text"),
        ("Résumé".encode("cp1252") + b" plain text", "text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image"),
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "doc"),
        (bytes(range(256)) * 8, "binary"),
        (b"PK\x03\x04 truncated", "docx"),  # a damaged zip: the DOCX reader explains
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_detect_kind(data: bytes, kind: str) -> None:
    assert detect_kind(data) == kind


def test_detect_kind_of_zips() -> None:
    assert detect_kind(_zip(["[Content_Types].xml", "word/document.xml"])) == "docx"
    assert detect_kind(_zip(["notes.txt"])) == "zip"
    assert detect_kind(_zip(["[Content_Types].xml", "xl/workbook.xml"])) == "zip"


def test_hidden_text_is_not_read() -> None:
    # Word neither shows nor prints a run marked hidden (w:vanish): keywords stuffed in white or
    # hidden text, a template's instructions; a reader of the page sees none of it
    document = docx.Document()
    paragraph = document.add_paragraph("Project Manager, Northwind Traders")
    hidden = paragraph.add_run(" Kubernetes Terraform PMP")
    hidden.font.hidden = True
    shown_again = document.add_paragraph("Jan 2020 - Present ")
    off = shown_again.add_run("(remote)")
    off.font.hidden = False  # <w:vanish w:val="0"/>: shown
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line.text for line in read_bytes(buffer.getvalue(), "cv.docx", Options()).lines]
    assert lines == ["Project Manager, Northwind Traders", "Jan 2020 - Present (remote)"]
