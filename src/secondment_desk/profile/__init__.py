"""Profile files: import JSON Resume, Europass (XML, or the XML inside a Europass PDF) and our
own full JSON; export JSON Resume and the full JSON.

``import_file`` recognises the format by content, not by the file name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.locale_format import number
from secondment_desk.models.profile import Profile, profile_from_data
from secondment_desk.profile.jsonresume import (
    export_jsonresume,
    import_jsonresume,
    looks_like_jsonresume,
)
from secondment_desk.profile.limits import load_json

FULL_FORMAT = "secondment-desk-profile"
FULL_VERSION = 1
MAX_BYTES = 20 * 1024 * 1024


def export_full(profile: Profile) -> dict[str, Any]:
    """Everything the profile holds, in our own JSON (``import_file`` reads it back)."""
    return {
        "format": FULL_FORMAT,
        "version": FULL_VERSION,
        "profile": profile.model_dump(mode="json"),
    }


def import_full(data: dict[str, Any]) -> Profile:
    if data.get("format") != FULL_FORMAT or not isinstance(data.get("profile"), dict):
        raise InputError(_("This JSON is not a Secondment Desk profile export."))
    if not isinstance(data.get("version"), int) or data["version"] > FULL_VERSION:
        raise InputError(
            _("This profile export was made by a newer Secondment Desk; update to import it.")
        )
    return profile_from_data(data["profile"])


def import_bytes(data: bytes, source: str = "the file", name: str | None = None) -> Profile:
    from secondment_desk.profile import europass

    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF"):
        return europass.profile_from_europass(europass.parse_xml(europass.xml_from_pdf(data)), name)
    if head.startswith(b"<"):
        return europass.profile_from_europass(europass.parse_xml(data), name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            _("{source} is neither text nor a PDF; it cannot be a profile.").format(source=source)
        ) from err
    parsed = load_json(text, source)
    if isinstance(parsed, dict) and parsed.get("format") == FULL_FORMAT:
        profile = import_full(parsed)
        if name:
            from secondment_desk.profile.jsonresume import split_name

            parts = split_name(name)
            profile.personal = profile.personal.model_copy(update=parts)
        return profile
    if isinstance(parsed, dict) and isinstance(parsed.get("personal"), dict):
        return profile_from_data(parsed)  # a bare profile object, e.g. written by hand
    if looks_like_jsonresume(parsed):
        assert isinstance(parsed, dict)
        return import_jsonresume(parsed, name)
    raise InputError(
        _("{source} is JSON, but not a JSON Resume nor a Secondment Desk profile.").format(
            source=source
        )
    )


def import_file(path: str | Path, name: str | None = None) -> Profile:
    """Read a profile from JSON Resume, Europass XML/PDF or our full JSON export."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                _("{path} is too large for a CV ({mb} MB).").format(
                    path=path, mb=number(size // 1_000_000)
                )
            )
        data = path.read_bytes()
    except IsADirectoryError as err:
        raise InputError(_("{path} is a folder, not a file.").format(path=path)) from err
    except OSError as err:
        raise InputError(
            _("Cannot read {path}: {reason}.").format(path=path, reason=err.strerror or err)
        ) from err
    if not data.strip():
        raise InputError(_("{path} is empty.").format(path=path))
    return import_bytes(data, str(path), name)


__all__ = [
    "export_full",
    "export_jsonresume",
    "import_bytes",
    "import_file",
    "import_full",
    "import_jsonresume",
]
