"""Plain text in any common encoding: BOMs first, then strict UTF-8, then charset-normalizer."""

from __future__ import annotations

import codecs
import re

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.vacancy.readers.common import ReadText, require_text
from secondment_desk.vacancy.readers.limits import check_text_size

NAME = "text"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters a text file does not hold (tab, newlines and form feed are fine);
# surrogates and private-use characters come from binary data decoded as text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]")


def decode(data: bytes, name: str) -> str:
    """Bytes to str in whatever common encoding they are in; binary data is an InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(
                    _("{name} is not valid {encoding} text.").format(
                        name=name, encoding=encoding.upper()
                    )
                ) from err
    if b"\x00" in data:
        raise InputError(_("{name} holds binary data (NUL bytes), not text.").format(name=name))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            _("{name} holds binary data, not text in a known encoding.").format(name=name)
        )
    return str(best)


def check_textual(text: str, name: str) -> str:
    """Reject decoded text made largely of control characters (binary data read as text)."""
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample))
    if bad > max(8, len(sample) // 20):
        raise InputError(_("{name} holds binary data, not text.").format(name=name))
    return text


def read(data: bytes, name: str) -> ReadText:
    text = check_text_size(require_text(decode(data, name), name), name)
    return ReadText(check_textual(text, name), name, NAME)
