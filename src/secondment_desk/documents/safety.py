"""Checks a .docx or a package zip passes before anything parses it.

A template may come from a delegation or a user, a package from anyone: each is a zip that
could be a bomb (huge when inflated, thousands of entries), and each XML part could declare a
DOCTYPE with entities (billion laughs, XXE). These checks read only the zip's directory and the
raw bytes of the XML parts (never more than the caps), so a hostile file is refused in
milliseconds with one plain sentence.
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from secondment_desk.errors import InputError, TemplateError


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

_DTD_MARKERS = (b"<!doctype", b"<!entity")


def open_checked_zip(
    path: Path, limits: ZipLimits, what: str, error: type[InputError] | type[TemplateError]
) -> zipfile.ZipFile:
    """Open ``path`` as a zip after checking its size, entry count and inflation ratio."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"Cannot read {name}: {err.strerror or err}.") from err
    if size > limits.max_file_bytes:
        raise error(f"{name} is too large for {what} ({size // 1_048_576} MB).")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise error(f"{name} is not {what}: it is not a valid zip file ({err}).") from err
    try:
        _check_entries(archive, limits, name, what, error)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_entries(
    archive: zipfile.ZipFile,
    limits: ZipLimits,
    name: str,
    what: str,
    error: type[InputError] | type[TemplateError],
) -> None:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise error(f"{name} has {len(infos)} entries, more than {what} ever needs: refused.")
    total = 0
    for info in infos:
        if info.file_size > limits.max_entry_bytes:
            raise error(
                f"{name}: entry {info.filename!r} inflates to {info.file_size // 1_048_576} MB: "
                "refused as a possible zip bomb."
            )
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise error(
                f"{name}: entry {info.filename!r} is compressed more than "
                f"{limits.max_ratio:.0f} to 1: refused as a possible zip bomb."
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise error(
                f"{name} inflates to more than {limits.max_total_bytes // 1_048_576} MB: "
                "refused as a possible zip bomb."
            )


def unsafe_member_reason(info: zipfile.ZipInfo) -> str | None:
    """Why a zip entry may not be extracted (zip-slip, absolute path, link), or None."""
    raw = info.filename
    if "\\" in raw or "\x00" in raw:
        return "has a backslash or NUL in its name"
    if raw.startswith("/") or (len(raw) > 1 and raw[1] == ":"):
        return "is an absolute path"
    parts = PurePosixPath(raw).parts
    if any(part == ".." for part in parts):
        return "points outside the package folder"
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip stores no file type
    if kind == stat.S_IFLNK:
        return "is a symbolic link"
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        return "is not a plain file"
    return None


def has_dtd(data: bytes) -> bool:
    """True when XML bytes declare a DOCTYPE or an ENTITY (in UTF-8 or UTF-16)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec).lower()
            except UnicodeDecodeError:
                continue
            if any(m.decode() in text for m in _DTD_MARKERS):
                return True
        return False
    lowered = data.lower()
    return any(marker in lowered for marker in _DTD_MARKERS)


def check_docx(path: Path, limits: ZipLimits = DOCX_LIMITS) -> None:
    """Refuse a .docx that is not a Word zip, is a zip bomb, or carries DTDs in its XML.

    Raises :class:`TemplateError` with one sentence; returns None when the file may be opened.
    """
    with open_checked_zip(path, limits, "a Word document (.docx)", TemplateError) as archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise TemplateError(
                f"{path.name} is a zip but not a Word document: word/document.xml is missing."
            )
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as err:
                raise TemplateError(
                    f"{path.name}: part {info.filename!r} is corrupt ({err})."
                ) from err
            if has_dtd(data):
                raise TemplateError(
                    f"{path.name}: part {info.filename!r} declares a DOCTYPE or ENTITY, which "
                    "Word never writes (an entity bomb or external-entity attack): refused."
                )
