"""The Jinja environment every document template is rendered in.

A template may come from a delegation or a user, so it is code we do not trust:

* ``SandboxedEnvironment`` refuses attribute walks (``__class__``, ``__globals__``, ``mro``)
  and format-string tricks (``"{0.__class__}".format(x)``);
* the only global is a capped ``range``; ``cycler``, ``joiner``, ``lipsum``, ``namespace`` and
  ``dict`` are gone, and a template that names ``self``, a leading-underscore name, or uses
  macros, imports, includes or ``extends`` is refused when it is parsed;
* sizes are bounded before anything big is built: ``*``, ``+``, ``%``, ``**`` and ``~``
  (strings to MAX_STRING characters, lists to MAX_SEQUENCE items, integers to MAX_INT_BITS),
  format widths and precisions (``'{:>1000000000}'.format(1)``, ``'%1000000000d' % 1``, also
  where Jinja would fold them at compile time: those operators are intercepted, so never
  folded), ``ljust/rjust/center/zfill/expandtabs``, ``replace``, ``join``, ``extend``,
  ``batch``, ``sum``; every value a call, filter or operator makes counts towards one work
  budget per render (MAX_WORK characters), every ``for`` loop draws on one iteration budget
  and on the output budget (its literal text times its rounds), every printed value and the
  rendered part itself on the output budget (MAX_OUTPUT);
* nesting (brackets, blocks, unary chains, expression depth) is checked before Jinja's
  recursive parser and Python's compiler see it, so a deep template gets one sentence, not a
  RecursionError or SyntaxError traceback;
* the filters are an allow-list (no ``safe``, ``format``, ``center``, ``indent``,
  ``wordwrap``, ``xmlattr``...) and ``{% autoescape false %}`` is refused;
* ``StrictUndefined`` turns a name the data model lacks into an error that names it, and
  autoescape makes ``&``, ``<``, quotes in values come out as text in the Word XML.
"""

from __future__ import annotations

import functools
import hashlib
import re
import types
from collections.abc import Callable, Iterable, Iterator
from functools import update_wrapper
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.runtime import markup_join
from jinja2.sandbox import SandboxedEnvironment, SandboxedEscapeFormatter, SandboxedFormatter
from jinja2.visitor import NodeTransformer
from markupsafe import Markup

from secondment_desk.i18n import N_, _
from secondment_desk.locale_format import number

MAX_RANGE = 10_000
MAX_ITERATIONS = 200_000
MAX_SEQUENCE = 100_000
MAX_STRING = 1_000_000
MAX_WIDTH = 10_000
MAX_INT_BITS = 4_096
MAX_EXPONENT = 64
MAX_WORK = 100_000_000
MAX_OUTPUT = 30_000_000
MAX_BRACKETS = 20
MAX_BLOCKS = 12
MAX_DEPTH = 60

FORBIDDEN_NAMES = frozenset(
    {"self", "cycler", "joiner", "lipsum", "namespace", "dict", "caller", "varargs", "kwargs"}
)
_FORBIDDEN_NODES: dict[type[nodes.Node], str] = {
    nodes.Macro: N_("macros"),
    nodes.CallBlock: N_("call blocks"),
    nodes.Import: N_("imports"),
    nodes.FromImport: N_("imports"),
    nodes.Include: N_("includes"),
    nodes.Extends: N_("'extends'"),
    nodes.EvalContextModifier: N_("'autoescape' blocks"),
    nodes.ScopedEvalContextModifier: N_("'autoescape' blocks"),
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
BOUNDED_CONCAT = "_desk_concat"


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


def _refuse(message: str) -> SecurityError:
    return SecurityError(message)


def _size(value: Any) -> int:
    """What a value weighs for the budgets: characters, items, or an integer's digits."""
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() // 3
    return 1


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 0


_WIDTHS = re.compile(r"\d+")
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?.")


def _check_spec(spec: str) -> None:
    """A ``format()`` spec such as ``>1000000000`` or ``.99999f``: widths are bounded."""
    for digits in _WIDTHS.findall(spec):
        if len(digits) > 6 or int(digits) > MAX_WIDTH:
            raise _refuse(
                _("A format width of {width} is above the limit of {max_width}.").format(
                    width=digits, max_width=number(MAX_WIDTH)
                )
            )


def _check_printf(text: str) -> None:
    for found in _PRINTF.finditer(text):
        for group in found.groups():
            if group == "*":
                raise _refuse(_("'*' widths in % formatting are not allowed in templates."))
            if group and (len(group) > 6 or int(group) > MAX_WIDTH):
                raise _refuse(
                    _("A % format width of {group} is above the limit of {max_width}.").format(
                        group=group, max_width=number(MAX_WIDTH)
                    )
                )


class _BoundedFormatter(SandboxedFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_spec(format_spec)
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(SandboxedEscapeFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_spec(format_spec)
        return super().format_field(value, format_spec)


def _taken(iterable: Any, what: str) -> list[Any]:
    """``iterable`` as a list of at most MAX_SEQUENCE items (a generator is drawn bounded)."""
    out: list[Any] = []
    for item in iterable:
        out.append(item)
        if len(out) > MAX_SEQUENCE:
            raise _refuse(
                _("{what} of more than {max_sequence} items: refused.").format(
                    what=what, max_sequence=number(MAX_SEQUENCE)
                )
            )
    return out


def _joined_length(items: list[Any], sep: str) -> int:
    return sum(len(str(i)) for i in items) + len(sep) * max(len(items) - 1, 0)


class _LoopWeights(NodeTransformer):
    """Wrap every ``for`` loop's iterable in the bounded iterator (with the literal text of
    its body as its weight per round) and every ``~`` in the bounded concatenation."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        weight = sum(len(d.data) for d in node.find_all(nodes.TemplateData))
        node.iter = nodes.Call(
            nodes.Name(BOUNDED_ITER, "load", lineno=node.lineno),
            [node.iter, nodes.Const(weight, lineno=node.lineno)],
            [],
            None,
            None,
            lineno=node.lineno,
        )
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(
            nodes.Name(BOUNDED_CONCAT, "load", lineno=node.lineno),
            list(node.nodes),
            [],
            None,
            None,
            lineno=node.lineno,
        )


def _bounded_filter(name: str, func: Callable[..., Any], env: DeskSandbox) -> Callable[..., Any]:
    """``func`` with its arguments checked first (where one call could build something huge)
    and its result counted against the work budget."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _check_filter(name, func, args, kwargs)
        return env.account(func(*args, **kwargs))

    return wrapper


def _filter_value_args(func: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The filter's own arguments, without the context/environment Jinja passes first."""
    return args[1:] if getattr(func, "jinja_pass_arg", None) is not None else args


def _check_filter(
    name: str, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    values = _filter_value_args(func, args)
    if not values:
        return
    subject, rest = values[0], values[1:]
    if name == "batch":
        size = rest[0] if rest else kwargs.get("linecount", 1)
        if not isinstance(size, int) or size > MAX_SEQUENCE:
            raise _refuse(
                _("batch({size}) is above the limit of {max_sequence}.").format(
                    size=size, max_sequence=number(MAX_SEQUENCE)
                )
            )
    elif name == "replace" and isinstance(subject, str) and len(rest) >= 2:
        _check_replace(subject, str(rest[0]), str(rest[1]), rest[2] if len(rest) > 2 else None)
    elif name == "join" and isinstance(subject, list | tuple | str):
        sep = str(rest[0]) if rest else str(kwargs.get("d", ""))
        if len(subject) > MAX_SEQUENCE or _joined_length(list(subject), sep) > MAX_STRING:
            raise _refuse(
                _("Joining to more than {max_string} characters: refused.").format(
                    max_string=number(MAX_STRING)
                )
            )
    elif name == "sum" and isinstance(subject, list | tuple):
        start = kwargs.get("start", rest[1] if len(rest) > 1 else 0)
        if isinstance(start, str | list | tuple):
            total = sum(_size(i) for i in subject) + len(start)
            if total > MAX_SEQUENCE:
                raise _refuse(
                    _("Summing to {total} items: the limit is {max_sequence}.").format(
                        total=number(total), max_sequence=number(MAX_SEQUENCE)
                    )
                )
    elif name == "truncate" and rest and isinstance(rest[0], int) and rest[0] > MAX_STRING:
        raise _refuse(
            _("truncate({value}) is above the limit of {max_string}.").format(
                value=rest[0], max_string=number(MAX_STRING)
            )
        )


def _check_replace(text: str, old: str, new: str, count: Any) -> None:
    times = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    result = len(text) + times * (len(new) - len(old))
    if result > MAX_STRING:
        raise _refuse(
            _("That replace makes {result} characters: the limit is {max_string}.").format(
                result=number(result), max_string=number(MAX_STRING)
            )
        )


_WIDTH_METHODS = frozenset({"ljust", "rjust", "center", "zfill"})


class DeskSandbox(SandboxedEnvironment):
    """The sandbox with budgets; create one per render (the budgets are per instance)."""

    # Intercepted operators go through call_binop, and Jinja never folds them at compile time.
    intercepted_binops = frozenset({"*", "**", "+", "%", "//", "/", "-"})

    def __init__(self) -> None:
        super().__init__(undefined=StrictUndefined, autoescape=True, finalize=self._finalize)
        self._iterations = 0
        self._work = 0
        self._output = 0
        self.globals.clear()
        self.globals["range"] = self._range
        self.globals[BOUNDED_ITER] = self._bounded
        self.globals[BOUNDED_CONCAT] = self._concat
        kept = {k: v for k, v in self.filters.items() if k in ALLOWED_FILTERS}
        kept.update(EXTRA_FILTERS)
        self.filters = {k: _bounded_filter(k, v, self) for k, v in kept.items()}
        self.concat = self._join_output  # type: ignore[method-assign]

    # -- budgets -------------------------------------------------------------------------
    def account(self, value: Any) -> Any:
        """Count ``value`` against the work budget and refuse it if it is itself too big."""
        size = _size(value)
        if isinstance(value, str | bytes):
            if size > MAX_STRING:
                raise _refuse(
                    _("A text of {size} characters: the limit is {max_string}.").format(
                        size=number(size), max_string=number(MAX_STRING)
                    )
                )
        elif isinstance(value, list | tuple | dict | set | frozenset):
            if size > MAX_SEQUENCE:
                raise _refuse(
                    _("A list of {size} items: the limit is {max_sequence}.").format(
                        size=number(size), max_sequence=number(MAX_SEQUENCE)
                    )
                )
        elif isinstance(value, int) and _bits(value) > MAX_INT_BITS:
            raise _refuse(_("That number is too large to compute."))
        self._work += size
        if self._work > MAX_WORK:
            raise _refuse(
                _(
                    "The template builds more than {millions} million characters in all: refused."
                ).format(millions=MAX_WORK // 1000000)
            )
        return value

    def _spend_output(self, size: int) -> None:
        self._output += size
        if self._output > MAX_OUTPUT:
            raise _refuse(
                _("The template writes more than {millions} million characters: refused.").format(
                    millions=MAX_OUTPUT // 1000000
                )
            )

    def _finalize(self, value: Any) -> Any:
        self._spend_output(_size(value) if isinstance(value, str) else len(str(value)))
        return value

    def _join_output(self, parts: Iterable[str]) -> str:
        buf: list[str] = []
        total = 0
        for part in parts:
            total += len(part)
            if total > MAX_OUTPUT:
                raise _refuse(
                    _(
                        "The template writes more than {millions} million characters: refused."
                    ).format(millions=MAX_OUTPUT // 1000000)
                )
            buf.append(part)
        return "".join(buf)

    def _range(self, *args: int) -> range:
        result = range(*args)
        if len(result) > MAX_RANGE:
            raise SecurityError(
                _("range() of {count} items: the limit is {max_range}.").format(
                    count=number(len(result)), max_range=number(MAX_RANGE)
                )
            )
        return result

    def _bounded(self, iterable: Iterable[Any], weight: int = 0) -> Iterator[Any]:
        for item in iterable:
            self._iterations += 1
            if self._iterations > MAX_ITERATIONS:
                raise SecurityError(
                    _(
                        "The template loops more than {max_iterations} times in all: refused."
                    ).format(max_iterations=number(MAX_ITERATIONS))
                )
            if weight:
                self._spend_output(weight)
            yield item

    def _concat(self, *parts: Any) -> Any:
        strings = [str(p) for p in parts]
        total = sum(len(p) for p in strings)
        if total > MAX_STRING:
            raise _refuse(
                _("Joining with ~ to {total} characters: the limit is {max_string}.").format(
                    total=number(total), max_string=number(MAX_STRING)
                )
            )
        return self.account(markup_join(parts))

    # -- operators -----------------------------------------------------------------------
    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        _check_binop(operator_name, left, right)
        try:
            result = self.binop_table[operator_name](left, right)
        except (ArithmeticError, ValueError) as err:
            raise _refuse(_("That calculation fails: {err}.").format(err=err)) from err
        return self.account(result)

    # -- calls -------------------------------------------------------------------------
    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            args = _check_str_method(owner, name, args, kwargs)
        elif isinstance(owner, list) and name in ("extend", "__iadd__"):
            items = _taken(args[0], _("Extending a list")) if args else []
            if len(owner) + len(items) > MAX_SEQUENCE:
                raise _refuse(
                    _("A list of more than {max_sequence} items: refused.").format(
                        max_sequence=number(MAX_SEQUENCE)
                    )
                )
            args = (items, *args[1:])
        try:
            result = super().call(__context, __obj, *args, **kwargs)
        except OverflowError as err:  # MemoryError goes on: the child process reports it
            raise _refuse(_("That call fails: {err}.").format(err=err)) from err
        if isinstance(owner, list | dict | set):
            __self.account(owner)
        return __self.account(result)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Jinja's sandboxed ``str.format``/``format_map``, with bounded widths and result."""
        if not isinstance(value, types.MethodType | types.BuiltinMethodType) or (
            value.__name__ not in ("format", "format_map")
        ):
            return None
        f_self: Any = value.__self__
        if not isinstance(f_self, str):
            return None
        is_map = value.__name__ == "format_map"
        formatter: SandboxedFormatter = (
            _BoundedEscapeFormatter(self, escape=f_self.escape)
            if isinstance(f_self, Markup)
            else _BoundedFormatter(self)
        )

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return str(self.account(type(f_self)(formatter.vformat(f_self, args, kwargs))))

        return update_wrapper(wrapper, value)

    # -- dict keys before dict methods: checklist.items is the checklist's items ---------
    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    # -- refuse what a form never needs, and bound every loop ----------------------------
    def parse_plain(self, source: str) -> nodes.Template:
        """The template's syntax tree, checked but not rewritten (for analysis)."""
        tree = self._checked_parse(source, None, None)
        refuse_unsafe_nodes(tree)
        return tree

    def _checked_parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        check_nesting(self, source)
        try:
            tree = super()._parse(source, name, filename)
        except (RecursionError, MemoryError) as err:
            raise _refuse(_("The template nests too deeply to read.")) from err
        check_tree_depth(tree)
        return tree

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = self._checked_parse(source, name, filename)
        refuse_unsafe_nodes(tree)
        result = _LoopWeights().visit(tree)
        assert isinstance(result, nodes.Template)
        return result

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
            return self._compile_guarded(source, name, filename, raw, defer_init)
        key = (hashlib.sha256(source.encode("utf-8", "surrogatepass")).digest(), name, filename)
        code = _CODE_CACHE.get(key)
        if code is None:
            code = self._compile_guarded(source, name, filename, False, False)
            if len(_CODE_CACHE) >= _CODE_CACHE_SIZE:
                _CODE_CACHE.pop(next(iter(_CODE_CACHE)))
            _CODE_CACHE[key] = code
        return code

    def _compile_guarded(
        self,
        source: str | nodes.Template,
        name: str | None,
        filename: str | None,
        raw: bool,
        defer_init: bool,
    ) -> Any:
        try:
            return super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        except (TemplateSyntaxError, SecurityError):
            raise
        except (RecursionError, MemoryError) as err:
            raise _refuse(_("The template nests too deeply to compile.")) from err
        except SyntaxError as err:  # Python's own limits on the generated code
            raise _refuse(
                _("The template is too complex to compile ({reason}).").format(reason=err.msg)
            ) from err


def _check_binop(op: str, left: Any, right: Any) -> None:
    if op == "**":
        if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(
                _("Exponent {right} is above the limit of {max_exponent}.").format(
                    right=right, max_exponent=MAX_EXPONENT
                )
            )
        if isinstance(left, int | float) and abs(left) > 10**6 and right > 8:
            raise SecurityError(_("That power is too large to compute."))
        both_int = isinstance(left, int) and isinstance(right, int)
        if both_int and right > 0 and _bits(left) * right > MAX_INT_BITS:
            raise SecurityError(_("That power is too large to compute."))
        return
    if op == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(times, int):
                limit = MAX_STRING if isinstance(seq, str) else MAX_SEQUENCE
                if len(seq) * times > limit:
                    raise SecurityError(
                        _("Repeating a sequence to {total} items: the limit is {limit}.").format(
                            total=number(len(seq) * times), limit=number(limit)
                        )
                    )
        both_int = isinstance(left, int) and isinstance(right, int)
        if both_int and _bits(left) + _bits(right) > MAX_INT_BITS:
            raise SecurityError(_("That product is too large to compute."))
        return
    if op == "+":
        if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            limit = MAX_STRING if isinstance(left, str) else MAX_SEQUENCE
            if len(left) + len(right) > limit:
                raise SecurityError(
                    _("Adding to more than {limit} items: refused.").format(limit=number(limit))
                )
        return
    if op == "%" and isinstance(left, str):
        _check_printf(left)


def _check_str_method(
    text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, ...]:
    if name in _WIDTH_METHODS:
        width = args[0] if args else kwargs.get("width", 0)
        if isinstance(width, int) and width > MAX_WIDTH:
            raise _refuse(
                _("{name}({width}) is above the limit of {max_width}.").format(
                    name=name, width=width, max_width=number(MAX_WIDTH)
                )
            )
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        if isinstance(size, int) and (size > MAX_WIDTH or text.count("\t") * size > MAX_STRING):
            raise _refuse(_("expandtabs({size}) is above the limit.").format(size=size))
    elif name == "replace" and len(args) >= 2:
        _check_replace(text, str(args[0]), str(args[1]), args[2] if len(args) > 2 else None)
    elif name == "join" and args:
        items = _taken(args[0], _("Joining"))
        if _joined_length(items, text) > MAX_STRING:
            raise _refuse(
                _("Joining to more than {max_string} characters: refused.").format(
                    max_string=number(MAX_STRING)
                )
            )
        return (items, *args[1:])
    elif name in ("format", "format_map"):
        pass  # wrap_str_format handles them
    elif name == "translate" and args and isinstance(args[0], dict):
        longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
        if len(text) * longest > MAX_STRING:
            raise _refuse(
                _("That translate makes more than {max_string} characters.").format(
                    max_string=number(MAX_STRING)
                )
            )
    return args


_OPEN = {"lparen", "lbracket", "lbrace"}
_CLOSE = {"rparen", "rbracket", "rbrace"}
_BLOCK_OPENERS = frozenset({"for", "if", "macro", "call", "filter", "with", "autoescape", "block"})
_UNARY = {"sub", "add"}


def check_nesting(env: SandboxedEnvironment, source: str) -> None:
    """Refuse brackets, blocks or unary chains nested deeper than a form ever needs, before
    Jinja's recursive parser (RecursionError) or Python's compiler (SyntaxError) meets them."""
    brackets = blocks = unary = 0
    expect_block_name = False
    try:
        for token in env.lexer.wrap(env.lexer.tokeniter(source, None)):
            lineno, kind, value = token.lineno, token.type, token.value
            if kind in _OPEN:
                brackets += 1
                if brackets > MAX_BRACKETS:
                    raise _refuse(
                        _(
                            "Brackets nest more than {max_brackets} deep (line {line}): refused."
                        ).format(max_brackets=MAX_BRACKETS, line=lineno)
                    )
            elif kind in _CLOSE:
                brackets = max(brackets - 1, 0)
            if kind in _UNARY or (kind == "name" and value == "not"):
                unary += 1
                if unary > MAX_BRACKETS:
                    raise _refuse(
                        _("Operators chain too deeply (line {line}): refused.").format(line=lineno)
                    )
            elif kind not in ("whitespace",):
                unary = 0
            if kind == "block_begin":
                expect_block_name = True
                continue
            if expect_block_name and kind == "name":
                if value in _BLOCK_OPENERS:
                    blocks += 1
                    if blocks > MAX_BLOCKS:
                        raise _refuse(
                            _(
                                "Blocks ({{% {value} %}}...) nest more than {max_blocks} deep "
                                "(line {line}): refused."
                            ).format(value=value, max_blocks=MAX_BLOCKS, line=lineno)
                        )
                elif value.startswith("end"):
                    blocks = max(blocks - 1, 0)
            if kind != "whitespace":
                expect_block_name = False
    except TemplateSyntaxError:
        return  # the parser reports it, with its line


def check_tree_depth(tree: nodes.Node) -> None:
    """Refuse a syntax tree deeper than MAX_DEPTH (``1+1+1+...`` thousands long)."""
    stack: list[tuple[nodes.Node, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _refuse(
                _(
                    "The template's expressions nest more than {max_depth} deep "
                    "(line {line}): refused."
                ).format(max_depth=MAX_DEPTH, line=node.lineno)
            )
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())


_CODE_CACHE: dict[tuple[bytes, str | None, str | None], Any] = {}
_CODE_CACHE_SIZE = 64


def refuse_unsafe_nodes(tree: nodes.Template) -> list[nodes.For]:
    """Raise SecurityError for forbidden names and constructs; return the ``for`` loops met
    on the way, so the render's loop budget needs no second walk over the tree."""
    loops: list[nodes.For] = []
    stack: list[nodes.Node] = [tree]
    while stack:
        node = stack.pop()
        label = _FORBIDDEN_NODES.get(type(node))
        if label is not None:
            raise SecurityError(
                _("Templates may not use {label} (line {line}).").format(
                    label=_(label), line=node.lineno
                )
            )
        if isinstance(node, nodes.For):
            loops.append(node)
        elif isinstance(node, nodes.Name):
            if node.name in FORBIDDEN_NAMES or node.name.startswith("_"):
                raise SecurityError(
                    _("Templates may not use the name '{name}'.").format(name=node.name)
                )
        elif isinstance(node, nodes.Getattr):
            if node.attr.startswith("_"):
                raise SecurityError(
                    _("Templates may not read the attribute '{attr}'.").format(attr=node.attr)
                )
        elif isinstance(node, nodes.Filter) and (
            node.name not in ALLOWED_FILTERS and node.name not in EXTRA_FILTERS
        ):
            raise SecurityError(
                _("Templates may not use the filter '{name}'.").format(name=node.name)
            )
        stack.extend(node.iter_child_nodes())
    return loops


def make_environment() -> DeskSandbox:
    """A fresh sandbox for one render."""
    return DeskSandbox()
