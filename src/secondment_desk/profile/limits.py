"""Bounds on a profile file's shape, checked before it is mapped to the model.

A CV is small and flat; a file nested 100,000 deep, a number of 5,000 digits or 200,000 jobs is
not one, and each would otherwise end in a traceback, or slow every later look-up of a name
(listing profiles unseals each one). Each bound ends with one clear sentence.
"""

from __future__ import annotations

import json
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.locale_format import number

MAX_DEPTH = 40  # JSON Resume needs 4; our own export about 6
MAX_ENTRIES = 1_000  # jobs, courses, languages ... in one list
MAX_NODES = 200_000  # values in the whole document


def load_json(text: str, source: str) -> Any:
    """``json.loads`` with the shape bounds; InputError (one line) for anything hostile."""
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(
            _(
                "{source} is not a JSON Resume, a Europass CV or a profile export "
                "(broken JSON at line {line}, column {column})."
            ).format(source=source, line=err.lineno, column=err.colno)
        ) from err
    except RecursionError:
        raise InputError(
            _("{source} is nested too deeply to be a CV (at most {n} levels).").format(
                source=source, n=MAX_DEPTH
            )
        ) from None
    except ValueError:  # an integer beyond Python's 4,300-digit limit
        raise InputError(
            _("{source} holds a number with thousands of digits; it cannot be a CV.").format(
                source=source
            )
        ) from None
    check_shape(parsed, source)
    return parsed


def check_shape(value: Any, source: str) -> None:
    """InputError when ``value`` is nested deeper, holds longer lists, or more values than a
    CV can (iterative: no recursion limit to hit)."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "")]
    nodes = 0
    while stack:
        item, depth, where = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise InputError(
                _("{source} holds more than {n} values; it is not a CV.").format(
                    source=source, n=number(MAX_NODES)
                )
            )
        if depth > MAX_DEPTH:
            raise InputError(
                _("{source} is nested too deeply to be a CV (more than {n} levels).").format(
                    source=source, n=MAX_DEPTH
                )
            )
        if isinstance(item, dict):
            stack.extend((v, depth + 1, str(k)) for k, v in item.items())
        elif isinstance(item, list):
            check_entries(len(item), where or _("the top level"), source)
            stack.extend((v, depth + 1, where) for v in item)
        elif (isinstance(item, float) and item != item) or item in (float("inf"), float("-inf")):
            raise InputError(
                _("{source} holds a number that is not finite under '{where}'.").format(
                    source=source, where=where
                )
            )


def check_entries(count: int, what: str, source: str) -> None:
    if count > MAX_ENTRIES:
        raise InputError(
            _(
                "{source} lists {count} entries under '{what}'; a CV holds at most {n}, so it "
                "was not imported."
            ).format(source=source, count=number(count), what=what, n=number(MAX_ENTRIES))
        )
