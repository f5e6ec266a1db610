"""The one gate every .docx and package zip passes before anything parses it.

A template, a form the user brings or a .docx notice may come from anyone: each is a zip that
could be a bomb (huge when inflated, thousands of entries), each XML part could declare a
DOCTYPE with entities (billion laughs, XXE) in any encoding, and the document could make
LibreOffice fetch something from the network (an external image link chosen per character by
Jinja sends the candidate's data out, one request per character) or carry macros and OLE
objects. So before docxtpl, python-docx or LibreOffice sees a .docx, :func:`sanitize_docx`:

* checks the zip's directory (size, entries, inflation ratio, duplicate part names);
* refuses macros, ActiveX controls, OLE objects and embedded packages (``vbaProject.bin``,
  macro-enabled content types such as a ``.docm`` renamed to ``.docx``, ``embeddings/``);
* parses EVERY part that is or could be read as XML (by content type, name, relationship or
  its first bytes; UTF-8/16/32 and EBCDIC alike) with a hardened lxml parser (no entities
  resolved, no DTD loaded, no network, no huge trees) and refuses any DOCTYPE;
* removes every external relationship except plain http(s)/mailto hyperlinks (images,
  headers, frames, attached templates, ftp, file, UNC paths; in any part's ``_rels``), fields
  that include a file (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE...) and URL ``href``/``src``
  attributes, saying what it removed;
* writes the zip anew from the parsed trees, so what the consumer reads is exactly what was
  checked (no parser or zip differential).
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from secondment_desk.errors import InputError, TemplateError
from secondment_desk.i18n import N_, _
from secondment_desk.locale_format import number


@dataclass(frozen=True)
class ZipLimits:
    """Caps for one zip file; the defaults fit any real form or package with room to spare."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_entries: int = 2_000
    max_entry_bytes: int = 64 * 1024 * 1024
    max_total_bytes: int = 200 * 1024 * 1024
    max_ratio: float = 200.0  # inflated / compressed, for entries over ratio_floor_bytes
    ratio_floor_bytes: int = 1024 * 1024


DOCX_LIMITS = ZipLimits()
PACKAGE_LIMITS = ZipLimits(max_file_bytes=200 * 1024 * 1024, max_entries=200)
#: A vacancy notice is text: its XML parts are read whole by python-docx, so much tighter.
NOTICE_DOCX_LIMITS = ZipLimits(
    max_file_bytes=10 * 1024 * 1024,
    max_entries=500,
    max_entry_bytes=4 * 1024 * 1024,  # a real notice's document.xml is well under 1 MB
    max_total_bytes=16 * 1024 * 1024,
)

ErrorType = type[InputError] | type[TemplateError]

_DTD_MARKERS = ("<!doctype", "<!entity")
_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_blank_text": False,
}
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W_NS + "}"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS_NAME = re.compile(r"(?:^|/)_rels/[^/]+\.rels$", re.IGNORECASE)
_SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.\-]*:")
_URLISH = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.\-]*:|//|\\\\)")
_HYPERLINK_SCHEMES = ("http:", "https:", "mailto:")
#: Relationship types (their last path segment) that mean code or embedded objects.
_REFUSED_RELS = {
    "oleObject": N_("an embedded OLE object"),
    "package": N_("an embedded document (package)"),
    "control": N_("an ActiveX control"),
    "activeXControl": N_("an ActiveX control"),
    "activeXControlBinary": N_("an ActiveX control"),
    "vbaProject": N_("macros (vbaProject)"),
    "wordVbaData": N_("macros (vbaData)"),
    "keyMapCustomizations": N_("macro key bindings"),
    "aFChunk": N_("an embedded HTML/RTF chunk (altChunk)"),
}
_BINARY_RELS = (
    "image", "font", "fontTable_binary", "printerSettings", "thumbnail", "audio", "video",
    "media", "hdphoto", "oleObject", "package",
)  # fmt: skip
_REFUSED_CONTENT = (
    "macroenabled",
    "vbaproject",
    "vbadata",
    "activex",
    "oleobject",
    "ms-office.vba",
)
_REFUSED_PARTS = re.compile(
    r"(?:^|/)(?:embeddings|activeX)/|vbaProject|vbaData|oleObject", re.IGNORECASE
)
#: Field codes that make Word or LibreOffice read another file or a URL.
_FETCHING_FIELDS = frozenset(
    {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT", "EMBED"}
)
_XML_SNIFF_CODECS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp037", "cp500")


@dataclass(frozen=True)
class SanitizedDocx:
    """The .docx rewritten from its checked parts, and what was removed (one sentence each)."""

    data: bytes
    removed: tuple[str, ...] = field(default=())


# -- zips -----------------------------------------------------------------------------------
def open_checked_zip(path: Path, limits: ZipLimits, what: str, error: ErrorType) -> zipfile.ZipFile:
    """Open ``path`` as a zip after checking its size, entry count and inflation ratio."""
    _check_size(path, limits, what, error)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise _not_a_zip(path.name, what, err, error) from err
    return _checked(archive, limits, path.name, what, error)


def _not_a_zip(
    name: str, what: str, err: Exception, error: ErrorType
) -> InputError | TemplateError:
    return error(
        _("{name} is not {what}: it is not a valid zip file ({err}).").format(
            name=name, what=_(what), err=err
        )
    )


def _too_large(name: str, what: str, size: int, error: ErrorType) -> InputError | TemplateError:
    return error(
        _("{name} is too large for {what} ({mb} MB).").format(
            name=name, what=_(what), mb=number(size // 1_048_576)
        )
    )


def _check_size(path: Path, limits: ZipLimits, what: str, error: ErrorType) -> int:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(
            _("Cannot read {path}: {reason}.").format(path=path.name, reason=err.strerror or err)
        ) from err
    if size > limits.max_file_bytes:
        raise _too_large(path.name, what, size, error)
    return size


def _checked(
    archive: zipfile.ZipFile, limits: ZipLimits, name: str, what: str, error: ErrorType
) -> zipfile.ZipFile:
    try:
        _check_entries(archive, limits, name, what, error)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_entries(
    archive: zipfile.ZipFile, limits: ZipLimits, name: str, what: str, error: ErrorType
) -> None:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise error(
            _("{name} has {n} entries, more than {what} ever needs: refused.").format(
                name=name, n=number(len(infos)), what=_(what)
            )
        )
    total = 0
    for info in infos:
        if info.file_size > limits.max_entry_bytes:
            raise error(
                _(
                    "{name}: entry {entry} inflates to {mb} MB: refused as a possible zip bomb."
                ).format(
                    name=name, entry=repr(info.filename), mb=number(info.file_size // 1_048_576)
                )
            )
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise error(
                _(
                    "{name}: entry {entry} is compressed more than {ratio} to 1: refused as a "
                    "possible zip bomb."
                ).format(
                    name=name, entry=repr(info.filename), ratio=number(round(limits.max_ratio))
                )
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise error(
                _("{name} inflates to more than {mb} MB: refused as a possible zip bomb.").format(
                    name=name, mb=number(limits.max_total_bytes // 1_048_576)
                )
            )


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, error: ErrorType
) -> bytes:
    """An entry's bytes, never more than its declared size (a lying header is refused)."""
    try:
        with archive.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as err:
        raise error(
            _("{name}: part {part} is corrupt ({err}).").format(
                name=name, part=repr(info.filename), err=err
            )
        ) from err
    if len(data) > info.file_size:
        raise error(
            _("{name}: part {part} is larger than its zip header says: refused.").format(
                name=name, part=repr(info.filename)
            )
        )
    return data


def unsafe_member_reason(info: zipfile.ZipInfo) -> str | None:
    """Why a zip entry may not be extracted (zip-slip, absolute path, link), or None."""
    raw = info.filename
    if "\\" in raw or "\x00" in raw:
        return _("has a backslash or NUL in its name")
    if raw.startswith("/") or (len(raw) > 1 and raw[1] == ":"):
        return _("is an absolute path")
    parts = PurePosixPath(raw).parts
    if any(part == ".." for part in parts):
        return _("points outside the package folder")
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip stores no file type
    if kind == stat.S_IFLNK:
        return _("is a symbolic link")
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        return _("is not a plain file")
    return None


# -- XML ------------------------------------------------------------------------------------
def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def parse_xml(data: bytes) -> Any:
    """``data`` parsed with the hardened parser (raises etree.XMLSyntaxError / ValueError).

    The tree's DOCTYPE, if any, is on ``tree.docinfo.doctype``; nothing is resolved."""
    return etree.fromstring(data, _parser()).getroottree()


def _declares_dtd_text(data: bytes) -> bool:
    """A byte-level second opinion for parts the parser cannot read at all."""
    head = data[:1_000_000]
    for codec in _XML_SNIFF_CODECS:
        try:
            text = head.decode(codec, "ignore").lower()
        except LookupError:  # pragma: no cover - every codec above ships with Python
            continue
        if any(marker in text for marker in _DTD_MARKERS):
            return True
    return False


def _tree_has_dtd(tree: Any) -> bool:
    info = tree.docinfo
    return bool(info.doctype) or info.internalDTD is not None or info.externalDTD is not None


def has_dtd(data: bytes) -> bool:
    """True when XML bytes declare a DOCTYPE or an ENTITY, in whatever encoding they declare
    (UTF-8/16/32, EBCDIC...): they are parsed by the hardened parser, not scanned as bytes;
    a part the parser cannot read is scanned in every likely encoding as a second opinion."""
    try:
        tree = parse_xml(data)
    except (etree.XMLSyntaxError, ValueError, LookupError):
        return _declares_dtd_text(data)
    return _tree_has_dtd(tree)


_UTF8_DECL = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']")
#: Byte strings without which an UTF-8 part can hold nothing the sanitiser would change.
_NEEDLES = (b"<!", b"href", b"src", b"instr")


def _plainly_harmless(data: bytes) -> bool:
    """True for an XML part that is UTF-8 by its own declaration (or by having none) and holds
    none of ``<!`` (the only way to start a DOCTYPE or ENTITY), ``href``, ``src`` or
    ``instr``: in UTF-8 those bytes mean exactly those characters, so such a part can neither
    declare a DTD nor link out, and it is passed on as it is. Every other part is parsed."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not body.startswith(b"<"):
        return False
    if body.startswith(b"<?xml"):
        end = body.find(b"?>")
        if end < 0:
            return False
        declaration = body[: end + 2]
        found = _UTF8_DECL.match(declaration)
        if found is None and b"encoding" in declaration:
            return False
        if found and found.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
            return False
    return not any(needle in body for needle in _NEEDLES)


def _looks_like_xml(data: bytes) -> bool:
    head = data[:64]
    for bom in (
        b"\xef\xbb\xbf",
        b"\xff\xfe\x00\x00",
        b"\x00\x00\xfe\xff",
        b"\xff\xfe",
        b"\xfe\xff",
    ):
        if head.startswith(bom):
            return True
    for codec in _XML_SNIFF_CODECS:
        try:
            text = head.decode(codec, "ignore")
        except LookupError:  # pragma: no cover
            continue
        if text.lstrip(" \t\r\n").startswith("<"):
            return True
    return False


# -- the sanitiser --------------------------------------------------------------------------
def sanitize_docx(
    data: bytes,
    name: str,
    *,
    limits: ZipLimits = DOCX_LIMITS,
    error: ErrorType = TemplateError,
    what: str = N_("a Word document (.docx)"),
    compress: bool = True,
) -> SanitizedDocx:
    """``data`` (a .docx) checked and rewritten without what could fetch, run or explode.

    Raises ``error`` with one sentence for what is refused outright (bombs, DTDs, macros, OLE,
    not a Word file); external links and fetching fields are removed and listed instead."""
    if len(data) > limits.max_file_bytes:
        raise _too_large(name, what, len(data), error)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise _not_a_zip(name, what, err, error) from err
    with _checked(archive, limits, name, what, error):
        return _Sanitizer(archive, name, error).run(compress)


class _Sanitizer:
    def __init__(self, archive: zipfile.ZipFile, name: str, error: ErrorType) -> None:
        self.archive = archive
        self.name = name
        self.error = error
        self.removed: list[str] = []
        self.infos = archive.infolist()

    def fail(self, message: str) -> TemplateError | InputError:
        return self.error(f"{self.name}: {message}")

    def run(self, compress: bool) -> SanitizedDocx:
        infos = [i for i in self.infos if not i.is_dir()]
        lowered: dict[str, str] = {}
        for info in infos:
            key = info.filename.lower()
            if key in lowered:
                raise self.fail(
                    _(
                        "two parts are named {part} (a zip trick to show different readers "
                        "different documents): refused."
                    ).format(part=repr(info.filename))
                )
            lowered[key] = info.filename
            if _REFUSED_PARTS.search(info.filename):
                raise self.fail(
                    _(
                        "part {part} holds macros, ActiveX or an embedded OLE object, which a "
                        "form never needs: refused (save it as a plain .docx without them)."
                    ).format(part=repr(info.filename))
                )
        by_name = {i.filename: i for i in infos}
        for needed in ("word/document.xml", "[Content_Types].xml"):
            if needed not in by_name:
                raise self.fail(
                    _("it is a zip but not a Word document: {part} is missing.").format(part=needed)
                )
        raw = {i.filename: _read_entry(self.archive, i, self.name, self.error) for i in infos}
        types = self._content_types(raw["[Content_Types].xml"])
        xml_targets: set[str] = set()
        trees: dict[str, Any] = {}
        for part in sorted(p for p in raw if _RELS_NAME.search(p)):
            trees[part] = self._relationships(part, raw[part], xml_targets)
        out: dict[str, bytes] = {}
        for part, data in raw.items():
            if part in trees:
                out[part] = _serialize(trees[part])
                continue
            declared = _content_type(types, part)
            expected = (
                declared.endswith("xml")
                or part.lower().endswith((".xml", ".rels"))
                or part in xml_targets
            )
            if not expected and not _looks_like_xml(data):
                out[part] = data
                continue
            if _plainly_harmless(data):
                out[part] = data
                continue
            tree = self._parse(part, data, strict=expected)
            if tree is None:
                out[part] = data
                continue
            self._clean_part(part, tree)
            out[part] = _serialize(tree)
        buf = io.BytesIO()
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        with zipfile.ZipFile(buf, "w", method, compresslevel=6 if compress else None) as z:
            for info in infos:
                z.writestr(info.filename, out[info.filename])
        return SanitizedDocx(buf.getvalue(), tuple(self.removed))

    # -- parts --------------------------------------------------------------------------------
    def _parse(self, part: str, data: bytes, *, strict: bool) -> Any:
        try:
            tree = parse_xml(data)
        except (etree.XMLSyntaxError, ValueError, LookupError) as err:
            if _declares_dtd_text(data):
                raise self._dtd(part) from err
            if strict:
                raise self.fail(
                    _("part {part} is not well-formed XML ({err}): refused.").format(
                        part=repr(part), err=err
                    )
                ) from err
            return None  # a binary part (an image) that happens to start like text
        if _tree_has_dtd(tree):
            raise self._dtd(part)
        return tree

    def _dtd(self, part: str) -> TemplateError | InputError:
        return self.fail(
            _(
                "part {part} declares a DOCTYPE or ENTITY, which Word never writes (an entity "
                "bomb or external-entity attack): refused."
            ).format(part=repr(part))
        )

    def _content_types(self, data: bytes) -> dict[str, str]:
        tree = self._parse("[Content_Types].xml", data, strict=True)
        types: dict[str, str] = {}
        for el in tree.getroot():
            if not isinstance(el.tag, str):
                continue
            content = str(el.get("ContentType", ""))
            low = content.lower()
            if any(word in low for word in _REFUSED_CONTENT):
                if "main+xml" in low or "macroenabledtemplate" in low:
                    raise self.fail(
                        _(
                            "it is a macro-enabled Word document (.docm/.dotm) with a .docx name: "
                            "refused; open it in Word and save it as a plain Word Document "
                            "(.docx)."
                        )
                    )
                raise self.fail(
                    _(
                        "it declares content of type {content} (macros, ActiveX or OLE objects), "
                        "which a form never needs: refused."
                    ).format(content=repr(content))
                )
            local = etree.QName(el).localname
            if local == "Override":
                types[str(el.get("PartName", "")).lstrip("/").lower()] = low
            elif local == "Default":
                types["." + str(el.get("Extension", "")).lower()] = low
        return types

    def _relationships(self, part: str, data: bytes, xml_targets: set[str]) -> Any:
        tree = self._parse(part, data, strict=True)
        source_dir = _rels_source_dir(part)
        for rel in list(tree.getroot()):
            if not isinstance(rel.tag, str):
                continue
            kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
            target = str(rel.get("Target", ""))
            mode = str(rel.get("TargetMode", "")).strip().lower()
            refused = _REFUSED_RELS.get(kind)
            if refused:
                raise self.fail(
                    _(
                        "it holds {what} ({part}), which a form never needs: refused (save it as "
                        "a plain .docx without it)."
                    ).format(what=_(refused), part=part)
                )
            external = mode == "external" or bool(_URLISH.match(target))
            if external:
                if kind == "hyperlink" and target.strip().lower().startswith(_HYPERLINK_SCHEMES):
                    rel.set("TargetMode", "External")
                    continue
                rel.getparent().remove(rel)
                self.removed.append(
                    _(
                        "an external {kind} link to {target} ({part}) was removed: a document "
                        "must not fetch anything from the network."
                    ).format(kind=_describe(kind), target=repr(target[:100]), part=part)
                )
                continue
            if kind not in _BINARY_RELS:
                xml_targets.add(_resolve(source_dir, target))
        return tree

    def _clean_part(self, part: str, tree: Any) -> None:
        root = tree.getroot()
        self._clean_fields(part, root)
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for attr, value in list(el.attrib.items()):
                local = etree.QName(attr).localname.lower()
                if local in ("href", "src") and _URLISH.match(value):
                    del el.attrib[attr]
                    self.removed.append(
                        _(
                            "a link to {target} in {part} was removed: a document must not "
                            "fetch anything from the network."
                        ).format(target=repr(value[:100]), part=part)
                    )

    def _clean_fields(self, part: str, root: Any) -> None:
        for simple in list(root.iter(f"{_W}fldSimple")):
            instr = str(simple.get(f"{_W}instr", ""))
            if _fetching(instr):
                parent = simple.getparent()
                index = parent.index(simple)
                for child in reversed(list(simple)):
                    parent.insert(index, child)
                parent.remove(simple)
                self._field_removed(part, instr)
        stack: list[list[Any]] = []
        for el in root.iter(f"{_W}fldChar", f"{_W}instrText", f"{_W}delInstrText"):
            local = etree.QName(el).localname
            if local == "fldChar":
                kind = el.get(f"{_W}fldCharType")
                if kind == "begin":
                    stack.append([])
                elif stack and kind in ("separate", "end"):
                    self._check_complex(part, stack[-1])
                    if kind == "end":
                        stack.pop()
            elif stack:
                stack[-1].append(el)
            elif _fetching(el.text or ""):  # an instruction outside any field: drop it too
                self._field_removed(part, el.text or "")
                el.text = ""
        for pending in stack:  # fields never closed
            self._check_complex(part, pending)

    def _check_complex(self, part: str, instrs: list[Any]) -> None:
        text = "".join(el.text or "" for el in instrs)
        if instrs and _fetching(text):
            for el in instrs:
                el.text = ""
            instrs.clear()
            self._field_removed(part, text)

    def _field_removed(self, part: str, instr: str) -> None:
        self.removed.append(
            _(
                "a field {field} in {part} that reads another file or a URL was removed: a "
                "document must not fetch anything."
            ).format(field=repr(" ".join(instr.split())[:100]), part=part)
        )


def _fetching(instr: str) -> bool:
    words = instr.replace("\\", " ").split()
    return bool(words) and words[0].upper().lstrip("=") in _FETCHING_FIELDS


def _describe(kind: str) -> str:
    known = {"image": N_("image"), "header": N_("header"), "footer": N_("footer")}
    known["hyperlink"] = N_("hyperlink")
    if kind in known:
        return _(known[kind])
    return f"'{kind}'" if kind else _("resource")


def _rels_source_dir(rels_part: str) -> str:
    folder = rels_part.rsplit("_rels/", 1)[0]
    return folder.rstrip("/")


def _resolve(source_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = [p for p in source_dir.split("/") if p]
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _content_type(types: dict[str, str], part: str) -> str:
    override = types.get(part.lower())
    if override is not None:
        return override
    return types.get(PurePosixPath(part.lower()).suffix, "")


def _serialize(tree: Any) -> bytes:
    return bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True))


# -- the entry points the rest of the app uses ---------------------------------------------
def check_docx(path: Path, limits: ZipLimits = DOCX_LIMITS) -> None:
    """Refuse a .docx that is not a Word zip, is a zip bomb, carries DTDs, macros or OLE.

    Raises :class:`TemplateError` with one sentence; returns None when the file may be opened.
    """
    read_checked_docx(path, limits)


def read_checked_docx(path: Path, limits: ZipLimits = DOCX_LIMITS) -> bytes:
    """The sanitised bytes of ``path`` (see :func:`sanitize_docx`).

    Reading once and handing the rewritten bytes on means the file is unzipped once for all the
    checks, and nothing can swap it between the check and the render.
    """
    return read_sanitized_docx(path, limits).data


def read_sanitized_docx(
    path: Path,
    limits: ZipLimits = DOCX_LIMITS,
    error: ErrorType = TemplateError,
    *,
    compress: bool = False,
) -> SanitizedDocx:
    """:func:`sanitize_docx` of a file, with what was removed (for ``template check``)."""
    what = N_("a Word document (.docx)")
    _check_size(path, limits, what, error)
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as err:
        raise InputError(
            _("Cannot read {path}: {reason}.").format(path=path.name, reason=err.strerror or err)
        ) from err
    return sanitize_docx(data, path.name, limits=limits, error=error, what=what, compress=compress)


def sanitize_docx_file(path: Path, error: ErrorType = TemplateError) -> tuple[str, ...]:
    """Rewrite ``path`` in place, sanitised (a filled form before it goes to LibreOffice or
    the delegation); returns what was removed."""
    result = read_sanitized_docx(path, DOCX_LIMITS, error, compress=True)
    tmp = path.with_name(f".{path.name}.clean")
    try:
        with open(tmp, "xb") as fh:
            fh.write(result.data)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return result.removed
