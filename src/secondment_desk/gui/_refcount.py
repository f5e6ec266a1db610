"""A guard against a reference-count bug of shiboken6 6.12 under Python 3.11.

Every ``Signal.emit()`` there drops one reference to the ``True`` it returns (and some calls
into Qt drop one to ``None``) without having taken it. Python 3.11 frees those singletons like
any object once their count reaches zero, so a window that emits a few thousand signals (the
progress of a few jobs) aborts with "deallocating True or False" / "deallocating None".
From Python 3.12 these objects are immortal and nothing needs doing. Here their counts are
raised once by a margin no session can use up.
"""

from __future__ import annotations

import sys

_MARGIN = 1 << 40


def pin_singletons() -> bool:
    """Make None, True and False effectively immortal on Python < 3.12 (CPython only).
    Returns whether anything was done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    # ctypes' own core, not the ctypes package: importing that is ~2 ms of the window's first
    # paint, for the one type needed here (ctypes.c_ssize_t is this class).
    from _ctypes import _SimpleCData

    class SsizeT(_SimpleCData):  # type: ignore[type-arg]  # not subscriptable at run time
        _type_ = "q" if sys.maxsize > 2**32 else "i"  # Py_ssize_t is pointer-sized

    for obj in (None, True, False):
        count = SsizeT.from_address(id(obj))  # ob_refcnt is the first field
        count.value += _MARGIN
    return True


_PINNED = pin_singletons()
