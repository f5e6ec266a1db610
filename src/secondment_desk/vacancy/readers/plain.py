"""Plain text in any common encoding: BOMs first, then strict UTF-8, then charset-normalizer."""

from __future__ import annotations

import codecs
import re
from collections import Counter

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
# surrogates come from binary data decoded as text. Private-use characters do not: they are
# the Symbol and Wingdings bullets ("\uf0b7", "\uf0a7") of every text copied out of a PDF.
# Nor do C1 controls (U+0080 to U+009F): they are the middle bytes of UTF-8 once read as
# Latin-1 ("â\x80\x99" for "’"), which the parser repairs; binary data has C0 ones enough.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for text saved as UTF-16 with no byte-order mark (Windows
    tools do). Every character's high byte names its script's block: in English, French,
    Russian or Greek text one or two values (zero for spaces, digits and Latin letters; 0x04
    for Cyrillic) make nearly all high bytes, and zero is rare among the low bytes. Binary
    data has its NUL bytes anywhere."""
    sample = data[: 8192 - 8192 % 2]
    if len(sample) < 32:
        return None
    for encoding, high, low in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        highs = Counter(sample[high::2])
        lows = sample[low::2]
        common = sum(n for _value, n in highs.most_common(2))
        if (
            highs[0] * 10 >= len(lows)  # spaces and line breaks at least
            and common * 10 >= len(lows) * 9
            and lows.count(0) * 50 <= len(lows)
        ):
            return encoding
    return None


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
        wide = _utf16_without_bom(data)
        if wide is not None:
            try:
                return data.decode(wide)
            except UnicodeDecodeError:
                pass
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
