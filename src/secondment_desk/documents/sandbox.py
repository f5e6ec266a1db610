"""The Jinja environment every document template is rendered in.

A template may come from a delegation or a user, so it is code we do not trust:

* ``SandboxedEnvironment`` refuses attribute walks (``__class__``, ``__globals__``, ``mro``)
  and format-string tricks (``"{0.__class__}".format(x)``);
* the only global is a capped ``range``; ``cycler``, ``joiner``, ``lipsum``, ``namespace`` and
  ``dict`` are gone, and a template that names ``self``, a leading-underscore name, or uses
  macros, imports, includes or ``extends`` is refused when it is parsed;
* ``*`` and ``**`` are checked so ``'x' * 10**9`` or ``9**9**9`` cannot eat the machine, every
  ``for`` loop draws on one iteration budget per render, and the filters are an allow-list
  (no ``safe``, ``format``, ``center``, ``indent``, ``wordwrap``, ``xmlattr``...);
* ``StrictUndefined`` turns a name the data model lacks into an error that names it, and
  autoescape makes ``&``, ``<``, quotes in values come out as text in the Word XML.
"""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_RANGE = 10_000
MAX_ITERATIONS = 200_000
MAX_SEQUENCE = 100_000
MAX_EXPONENT = 64

FORBIDDEN_NAMES = frozenset(
    {"self", "cycler", "joiner", "lipsum", "namespace", "dict", "caller", "varargs", "kwargs"}
)
_FORBIDDEN_NODES: dict[type[nodes.Node], str] = {
    nodes.Macro: "macros",
    nodes.CallBlock: "call blocks",
    nodes.Import: "imports",
    nodes.FromImport: "imports",
    nodes.Include: "includes",
    nodes.Extends: "'extends'",
}
ALLOWED_FILTERS = frozenset(
    {
        "abs",
        "attr",
        "batch",
        "capitalize",
        "count",
        "d",
        "default",
        "dictsort",
        "e",
        "escape",
        "first",
        "float",
        "forceescape",
        "groupby",
        "int",
        "items",
        "join",
        "last",
        "length",
        "list",
        "lower",
        "map",
        "max",
        "min",
        "reject",
        "rejectattr",
        "replace",
        "reverse",
        "round",
        "select",
        "selectattr",
        "sort",
        "string",
        "striptags",
        "sum",
        "title",
        "trim",
        "truncate",
        "unique",
        "upper",
        "wordcount",
    }
)

BOUNDED_ITER = "_desk_bounded"


def _ym(value: Any) -> str:
    """``2019-03`` -> ``03/2019``; anything else unchanged; empty stays empty."""
    text = "" if value is None else str(value)
    if len(text) == 7 and text[4] == "-":
        return f"{text[5:]}/{text[:4]}"
    return text


def _dmy(value: Any) -> str:
    """``1985-04-12`` -> ``12.04.1985``; anything else unchanged."""
    text = "" if value is None else str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:]}.{text[5:7]}.{text[:4]}"
    return text


def _yesno(value: Any, words: str = "Yes,No") -> str:
    """True -> Yes, False -> No, unknown (None or '') -> ''; ``words`` e.g. 'Да,Нет'."""
    yes, _, no = words.partition(",")
    if value is True:
        return yes
    if value is False:
        return no
    return ""


def _box(value: Any) -> str:
    """A ticked or empty check box."""
    return "☒" if value is True else "☐"


def _thousands(value: Any, sep: str = ",") -> str:
    """3000 -> '3,000' (or '3 000' with sep=' ', a no-break space for Russian)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", sep[:1] or ",")
    return str(value)


EXTRA_FILTERS: dict[str, Callable[..., Any]] = {
    "ym": _ym,
    "dmy": _dmy,
    "yesno": _yesno,
    "box": _box,
    "thousands": _thousands,
}


class DeskSandbox(SandboxedEnvironment):
    """The sandbox with budgets; create one per render (the budgets are per instance)."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self) -> None:
        super().__init__(undefined=StrictUndefined, autoescape=True)
        self._iterations = 0
        self.globals.clear()
        self.globals["range"] = self._range
        self.globals[BOUNDED_ITER] = self._bounded
        self.filters = {k: v for k, v in self.filters.items() if k in ALLOWED_FILTERS}
        self.filters.update(EXTRA_FILTERS)

    # -- budgets -------------------------------------------------------------------------
    def _range(self, *args: int) -> range:
        result = range(*args)
        if len(result) > MAX_RANGE:
            raise SecurityError(f"range() of {len(result):,} items: the limit is {MAX_RANGE:,}.")
        return result

    def _bounded(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self._iterations += 1
            if self._iterations > MAX_ITERATIONS:
                raise SecurityError(
                    f"The template loops more than {MAX_ITERATIONS:,} times in all: refused."
                )
            yield item

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"Exponent {right} is above the limit of {MAX_EXPONENT}.")
            if isinstance(left, int | float) and abs(left) > 10**6 and right > 8:
                raise SecurityError("That power is too large to compute.")
            return operator.pow(left, right)
        for seq, times in ((left, right), (right, left)):
            if (
                isinstance(seq, str | list | tuple)
                and isinstance(times, int)
                and len(seq) * times > MAX_SEQUENCE
            ):
                raise SecurityError(
                    f"Repeating a sequence to {len(seq) * times:,} items: the limit is "
                    f"{MAX_SEQUENCE:,}."
                )
        return operator.mul(left, right)

    # -- dict keys before dict methods: checklist.items is the checklist's items ---------
    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    # -- refuse what a form never needs, and bound every loop ----------------------------
    def parse_plain(self, source: str) -> nodes.Template:
        """The template's syntax tree, checked but not rewritten (for analysis)."""
        tree = super()._parse(source, None, None)
        refuse_unsafe_nodes(tree)
        return tree

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        refuse_unsafe_nodes(tree)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(
                nodes.Name(BOUNDED_ITER, "load", lineno=loop.lineno),
                [loop.iter],
                [],
                None,
                None,
                lineno=loop.lineno,
            )
        return tree

    def compile(
        self,
        source: str | nodes.Template,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> Any:
        """Compiled code for a source, cached: docxtpl recompiles each part on every render.

        A code object holds no reference to the environment, so the per-render budgets still
        apply; the cache key is the SHA-256 of the source, so a changed template recompiles.
        """
        if not isinstance(source, str) or raw or defer_init:
            return super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        key = (hashlib.sha256(source.encode("utf-8", "surrogatepass")).digest(), name, filename)
        code = _CODE_CACHE.get(key)
        if code is None:
            code = super().compile(source, name, filename)
            if len(_CODE_CACHE) >= _CODE_CACHE_SIZE:
                _CODE_CACHE.pop(next(iter(_CODE_CACHE)))
            _CODE_CACHE[key] = code
        return code


_CODE_CACHE: dict[tuple[bytes, str | None, str | None], Any] = {}
_CODE_CACHE_SIZE = 64


def refuse_unsafe_nodes(tree: nodes.Template) -> None:
    """Raise SecurityError for forbidden names and constructs (one walk over the tree)."""
    stack: list[nodes.Node] = [tree]
    while stack:
        node = stack.pop()
        label = _FORBIDDEN_NODES.get(type(node))
        if label is not None:
            raise SecurityError(f"Templates may not use {label} (line {node.lineno}).")
        if isinstance(node, nodes.Name):
            if node.name in FORBIDDEN_NAMES or node.name.startswith("_"):
                raise SecurityError(f"Templates may not use the name '{node.name}'.")
        elif isinstance(node, nodes.Getattr):
            if node.attr.startswith("_"):
                raise SecurityError(f"Templates may not read the attribute '{node.attr}'.")
        elif isinstance(node, nodes.Filter) and (
            node.name not in ALLOWED_FILTERS and node.name not in EXTRA_FILTERS
        ):
            raise SecurityError(f"Templates may not use the filter '{node.name}'.")
        stack.extend(node.iter_child_nodes())


def make_environment() -> DeskSandbox:
    """A fresh sandbox for one render."""
    return DeskSandbox()
