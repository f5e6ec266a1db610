"""Builders of hostile notice files (issue 12, item 5), shared by the tests and bench/hostile.py.

Each builder returns the file's bytes and stays under the 10 MB file limit, so it is the
readers' own caps that must stop it.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib

MB = 1024 * 1024


# -- HTML -----------------------------------------------------------------------------------
def html_nested_divs(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "deep" + "</div>" * depth).encode()


def html_table_cells(cells: int) -> bytes:
    return ("<html><body><table><tr>" + "<td>x" * cells + "</table>").encode()


def html_deep_under_element_cap(depth: int = 30_000) -> bytes:
    """Nested spans (inline, so no line breaks): under the element cap, over the depth cap."""
    return ("<html><body><p>" + "<span>a" * depth + "</span>" * depth).encode()


def html_many_elements(count: int) -> bytes:
    return ("<html><body>" + "<p>word word</p>" * count).encode()


# -- PDF ------------------------------------------------------------------------------------
def _pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object i+1 is ``objects[i]``; object 1 is the catalog."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _stream(data: bytes, filters: str = "") -> bytes:
    head = b"<< /Length %d" % len(data) + (b" /Filter " + filters.encode() if filters else b"")
    return head + b" >>\nstream\n" + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 720 Td (Vacancy notice: Political Officer) Tj ET"


def pdf_pages(pages: int) -> bytes:
    """``pages`` pages that all share one small content stream (their box and font inherited
    from the page tree, so 70,000 pages fit in 7 MB)."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + kids
        + b"] /Count %d " % pages
        + b"/MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> >>",
        _FONT,
        _stream(_TEXT),
    ]
    objects.extend([b"<</Type/Page/Parent 2 0 R/Contents 4 0 R>>"] * pages)
    return _pdf(objects)


def raw_deflate_repeated(chunk: bytes, times: int) -> bytes:
    """Raw deflate of ``chunk * times``, made in the time of two chunks: after a full flush
    the compressor starts afresh, so every further chunk compresses to the same bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    return first + again * (times - 1) + packer.flush()


def _deflate_stream(chunks: int, chunk: bytes) -> bytes:
    """zlib format (what /FlateDecode reads), with the right checksum."""
    adler = 1
    for _ in range(chunks):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + raw_deflate_repeated(chunk, chunks) + adler.to_bytes(4, "big")


def pdf_flate_layers(
    inflated_mb: int = 1024, layers: int = 3, pages: int = 1, *, blank: bool = False
) -> bytes:
    """One content stream compressed ``layers`` times that inflates to ``inflated_mb`` MB of
    text-showing operators (``blank``: of spaces around one short text, so little to parse
    and little text); ``pages`` pages share it."""
    line = b"BT /F1 12 Tf 72 720 Td (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj ET\n"
    chunk = line * (MB // len(line))
    if blank:
        chunk = line + b" " * (MB - len(line))
    data = _deflate_stream(inflated_mb, chunk)
    for _ in range(layers - 1):
        data = zlib.compress(data, 9)
    filters = "[" + " ".join(["/FlateDecode"] * layers) + "]"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    page += b"/Resources << /Font << /F1 3 0 R >> >> >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            _FONT,
            _stream(data, filters),
            *([page] * pages),
        ]
    )


def pdf_many_text_pages(pages: int, ops_per_page: int) -> bytes:
    """Pages under the page cap, each with its own stream of many small text operators (a
    lot of parsing work, little inflating)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]
    kids = []
    for i in range(pages):
        content = b"BT /F1 9 Tf 72 720 Td " + b"(word) Tj 1 0 Td " * ops_per_page + b"ET"
        objects.append(_stream(zlib.compress(content, 9), "/FlateDecode"))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R " % (4 + 2 * i)
            + b"/Resources << /Font << /F1 3 0 R >> >> >>"
        )
        kids.append(b"%d 0 R" % (5 + 2 * i))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    return _pdf(objects)


# -- .docx ----------------------------------------------------------------------------------
_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body>"
)
_DOC_TAIL = b"</w:body></w:document>"


def _docx(document: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return buf.getvalue()


def _zip_entry(name: str, raw: bytes, crc: int, size: int, offset: int) -> tuple[bytes, bytes]:
    """A deflated entry's local header + data, and its central directory record."""
    encoded = name.encode()
    fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(raw), size)
    local = b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + raw
    central = (
        b"PK\x01\x02"
        + struct.pack("<H", 20)
        + fields
        + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0o100644 << 16, offset)
        + encoded
    )
    return local, central


def docx_zip_bomb(inflated_mb: int = 4000) -> bytes:
    """A .docx whose document part inflates to ``inflated_mb`` MB (under 4 GB: no zip64): one
    paragraph of a single endless run of text, with honest sizes and CRC."""
    start = _DOC_HEAD + b"<w:p><w:r><w:t>"
    end = b"</w:t></w:r></w:p>" + _DOC_TAIL
    chunk = b"A" * (8 * MB)  # one endless run of text: about 1,000 to 1 compressed
    times = max(1, inflated_mb // 8)
    crc = zlib.crc32(start)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(end, crc)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(start) + packer.flush(zlib.Z_FULL_FLUSH)
    body = raw_deflate_repeated(chunk, times)[:-2]  # without its final empty block
    tail = packer.compress(end) + packer.flush()
    size = len(start) + len(chunk) * times + len(end)
    entries = [
        ("[Content_Types].xml", _CT.encode()),
        ("_rels/.rels", _RELS.encode()),
    ]
    out, centrals = b"", []
    for name, data in entries:
        raw = zlib.compress(data, 9)[2:-4]
        local, central = _zip_entry(name, raw, zlib.crc32(data), len(data), len(out))
        out += local
        centrals.append(central)
    local, central = _zip_entry("word/document.xml", head + body + tail, crc, size, len(out))
    out += local
    centrals.append(central)
    directory = b"".join(centrals)
    end = b"PK\x05\x06" + struct.pack(
        "<HHHHIIH", 0, 0, len(centrals), len(centrals), len(directory), len(out), 0
    )
    return out + directory + end


def docx_many_paragraphs(paragraphs: int = 300_000, seed: int = 12) -> bytes:
    """A .docx within every zip cap (varied words, so it compresses less than 200 to 1) with
    far more text than a notice."""
    rnd = random.Random(seed)
    words = [
        "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9)))
        for _ in range(5000)
    ]
    body = b"".join(
        b"<w:p><w:r><w:t>" + " ".join(rnd.choices(words, k=4)).encode() + b"</w:t></w:r></w:p>"
        for _ in range(paragraphs)
    )
    return _docx(_DOC_HEAD + body + _DOC_TAIL)


def docx_deep_nesting(depth: int = 100_000) -> bytes:
    """Tables nested in table cells ``depth`` deep (lxml refuses trees this deep)."""
    body = b"<w:tbl><w:tr><w:tc>" * depth + b"<w:p/>" + b"</w:tc></w:tr></w:tbl>" * depth
    return _docx(_DOC_HEAD + body + _DOC_TAIL)


# -- text -----------------------------------------------------------------------------------
def text_of_words(mb: float = 9.9) -> bytes:
    words = b"officer mission political report monitoring secondment deadline "
    return (words * int(mb * MB / len(words)))[: int(mb * MB)]


def text_legacy_encoding(mb: float = 9.9) -> bytes:
    """Cyrillic in cp1251 (not UTF-8, so the encoding is guessed)."""
    words = "сотрудник миссия политический доклад мониторинг ".encode("cp1251")
    return (words * int(mb * MB / len(words)))[: int(mb * MB)]


def pdf_without_tounicode(words: list[str], shift: int = 29) -> bytes:
    """A page of ``words`` in a subset TrueType font with Identity-H encoding and no
    ToUnicode map, as many office exports make it: each glyph's number is its letter's code
    minus ``shift``, so a reader that trusts the numbers gets "3ROLWLFDO" for "Political"."""
    shown = b" ".join(
        b"<%s> Tj 0 -14 Td" % "".join("%04X" % (ord(c) - shift) for c in w).encode() for w in words
    )
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 /MediaBox [0 0 612 792] >>",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H "
            b"/DescendantFonts [6 0 R] >>",
            _stream(b"BT /F1 11 Tf 72 720 Td " + shown + b" ET"),
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>",
            b"<< /Type /FontDescriptor /FontName /ABCDEF+Calibri /Flags 32 /FontBBox "
            b"[0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
        ]
    )
