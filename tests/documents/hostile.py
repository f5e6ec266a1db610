"""Hostile .docx files made on the fly (shared by the tests and bench/hostile.py).

Each builder starts from a plain python-docx document and edits its zip the way an attacker
would: external image links (body, header, ftp), a field that includes a picture from a URL
built from the candidate's data, an OLE object, a .docm renamed, DTDs in odd encodings.
"""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.shared import Pt

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
REL_OLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DTD = '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def plain_docx(path: Path, paragraphs: list[str], *, picture: bool = False) -> Path:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    if picture:
        doc.add_picture(io.BytesIO(PNG_1PX), width=Pt(20))
        doc.sections[0].header.paragraphs[0].add_run().add_picture(
            io.BytesIO(PNG_1PX), width=Pt(20)
        )
    doc.save(str(path))
    return path


def edit_zip(
    path: Path, edit: Callable[[str, bytes], bytes | None], extra: dict[str, bytes]
) -> Path:
    """Rewrite ``path`` with ``edit(name, data)`` applied to every part (None drops it)."""
    with zipfile.ZipFile(path) as src:
        parts = [(i.filename, src.read(i)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts:
            new = edit(name, data)
            if new is not None:
                out.writestr(name, new)
        for name, data in extra.items():
            out.writestr(name, data)
    return path


def external_links_docx(path: Path, url: str, *, jinja: bool = True) -> Path:
    """Body and header pictures turned into external links to ``url`` (one by http, one by
    ftp), and an INCLUDEPICTURE field whose URL Jinja fills with the candidate's name."""
    body = ["Dear {{ profile.full_name }}" if jinja else "Dear candidate"]
    plain_docx(path, body, picture=True)
    host = url.split("://", 1)[1].rstrip("/")
    field_url = f"{url}/f/{{{{ profile.full_name }}}}" if jinja else f"{url}/f/x"

    def edit(name: str, data: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")):
            return data
        text = data.decode("utf-8")
        if name.endswith(".rels"):
            target = "ftp://" + host + "/h.png" if "header" in name else url + "/b.png"
            text = text.replace(
                f'Type="{REL_IMAGE}" Target="media/',
                f'TargetMode="External" Type="{REL_IMAGE}" Target="{target}?',
            )
        elif name in ("word/document.xml",) or name.startswith("word/header"):
            text = text.replace("r:embed=", "r:link=")
        if name == "word/document.xml":
            field = (
                f'<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;{field_url}&quot; \\d ">'
                "<w:r><w:t>pic</w:t></w:r></w:fldSimple></w:p>"
                '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r>'
                f'<w:r><w:instrText xml:space="preserve">TEXT "{url}/t.docx" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>t</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
            )
            text = text.replace("<w:sectPr", field + "<w:sectPr", 1)
        return text.encode("utf-8")

    return edit_zip(path, edit, {})


def ole_docx(path: Path) -> Path:
    plain_docx(path, ["Hello {{ profile.full_name }}"])

    def edit(name: str, data: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            rel = f'<Relationship Id="rIdOle" Type="{REL_OLE}" Target="ole/object1.dat"/>'
            return data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
        return data

    return edit_zip(path, edit, {"word/ole/object1.dat": b"\xd0\xcf\x11\xe0" + b"\0" * 100})


def renamed_docm(path: Path) -> Path:
    plain_docx(path, ["Hello"])

    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(DOCX_MAIN.encode(), DOCM_MAIN.encode())
        return data

    return edit_zip(path, edit, {})


def dtd_part_docx(path: Path, part: str, payload: bytes) -> Path:
    """A document with ``payload`` as ``part`` (replaced or added)."""
    plain_docx(path, ["Hello"])
    return edit_zip(path, lambda n, d: None if n == part else d, {part: payload})


def dtd_xml(encoding: str) -> bytes:
    """A DOCTYPE with an external entity, declared and encoded in ``encoding``."""
    xml = f'<?xml version="1.0" encoding="{encoding}"?>{DTD}<d>&x;</d>'
    codec = {"IBM037": "cp037", "UTF-32": "utf-32", "UTF-16": "utf-16"}.get(encoding, encoding)
    return xml.encode(codec)
