"""Watch a real X server for a program's first painted frame (libX11 through ctypes).

Used by ``bench/first_paint.py``: a private Xvfb with a black root (``-br``) is started; a
program's top-level window counts as painted once a pixel of it (read back from the server
with ``XGetImage``, the frame buffer the user would see) is no longer the black root showing
through. Polled every ``interval`` seconds (a few ms), not ``xdotool --sync`` (0.5 s).
No dependency beyond libX11, which Qt's xcb platform already needs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_ZPIXMAP = 2
_ALL_PLANES = 0xFFFFFFFF
_IS_VIEWABLE = 2


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class _XImage(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore(_display: Any, _event: Any) -> int:
    return 0  # a window that went away between two calls: not painted yet, look again


_ignore_errors = _ERROR_HANDLER(_ignore)


def _libx11() -> Any:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    lib.XGetWindowAttributes.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(_XWindowAttributes),
    ]
    lib.XGetImage.restype = ctypes.POINTER(_XImage)
    lib.XGetImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    return lib


class Screen:
    """One connection to the X server, for polling top-level windows' pixels."""

    def __init__(self, display: str) -> None:
        self._x = _libx11()
        self._x.XSetErrorHandler(_ignore_errors)
        self._dpy = self._x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self._root = self._x.XDefaultRootWindow(self._dpy)

    def close(self) -> None:
        self._x.XCloseDisplay(self._dpy)

    def top_levels(self) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self._x.XQueryTree(
            self._dpy, self._root, ctypes.byref(root), ctypes.byref(parent),
            ctypes.byref(children), ctypes.byref(count),
        ):  # fmt: skip
            return []
        out = [int(children[i]) for i in range(count.value)]
        if children:
            self._x.XFree(children)
        return out

    def painted(self, window: int, min_size: int = 100) -> bool:
        """Whether ``window`` is mapped, big enough to be the main window, and shows a
        non-black pixel in any of a few patches (centre and corners inside the frame)."""
        attrs = _XWindowAttributes()
        if not self._x.XGetWindowAttributes(self._dpy, window, ctypes.byref(attrs)):
            return False
        if attrs.map_state != _IS_VIEWABLE or attrs.width < min_size or attrs.height < min_size:
            return False
        w, h, size = attrs.width, attrs.height, 8
        spots = ((w // 2, h // 2), (20, h // 2), (w // 2, h - 30), (w - 30, h // 3))
        return any(self._patch_lit(window, x, y, size) for x, y in spots)

    def _patch_lit(self, window: int, x: int, y: int, size: int) -> bool:
        image = self._x.XGetImage(self._dpy, window, x, y, size, size, _ALL_PLANES, _ZPIXMAP)
        if not image:
            return False
        try:
            img = image.contents
            nbytes = img.bytes_per_line * img.height
            data = ctypes.string_at(img.data, nbytes)
            return any(data)
        finally:
            self._x.XFree(img.data)
            self._x.XFree(image)

    def wait_painted(self, before: set[int], deadline: float, interval: float = 0.003) -> bool:
        """Poll until a new top-level window (not in ``before``) is painted, or ``deadline``
        (a ``time.perf_counter()`` value) passes."""
        while time.perf_counter() < deadline:
            for window in self.top_levels():
                if window not in before and self.painted(window):
                    return True
            time.sleep(interval)
        return False

    def wait_gone(self, before: set[int], deadline: float, interval: float = 0.003) -> None:
        """Poll until every top-level window not in ``before`` is gone (a killed program's
        windows go when the server has seen its connection close), or ``deadline`` passes:
        the next program's windows may be given the same ids, which would not count as new."""
        while time.perf_counter() < deadline and not set(self.top_levels()) <= before:
            time.sleep(interval)


@contextmanager
def xvfb(size: str = "1400x1000x24") -> Iterator[str]:
    """A private Xvfb with a black root; yields its DISPLAY."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise SystemExit("Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [exe, "-displayfd", str(write), "-screen", "0", size, "-br", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(5)
