"""A value read from a notice and the span of text it came from.

Its own module, below every reader of the vacancy package (fields, layout, header, draft), so
each can use it without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """A value and the span of text it was read from."""

    value: str
    start: int
    end: int
