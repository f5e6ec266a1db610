"""One converter layer between the GUI's editors and the models' fields.

Every editor (a line edit on the Vacancy or Profile screen, a cell of a profile table) turns
text into a value and back through a :class:`FieldSpec`, and every spec is derived from the
pydantic field it edits: its type says whether it is text, a whole number, yes/no, a list, a
choice, a date or a month; whether ``None`` is allowed says what an empty editor means (None
when optional, the field's default otherwise: an empty "staff supervised" is 0, an empty
"number of posts" is "not stated"). A refused text raises ``ValueError`` with the reason in
one line, which the screens show where it was typed.

Qt-free on purpose: the rules are the model's, only the widgets are Qt's.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtCore import QCoreApplication

from secondment_desk.models.dates import parse_iso_date
from secondment_desk.value_words import value_from_label, value_label

Kind = Literal["text", "int", "bool", "list", "choice", "date", "month", "other"]

YES = frozenset({"yes", "y", "true", "да"})
NO = frozenset({"no", "n", "false", "нет"})


def _is_year_month(annotation: Any, metadata: list[Any]) -> bool:
    from secondment_desk.models.profile import YearMonth

    if annotation is YearMonth:
        return True
    funcs = [getattr(m, "func", None) for m in metadata]
    return any(getattr(f, "__name__", "") == "_check_year_month" for f in funcs)


def _unwrap(annotation: Any) -> tuple[Any, bool, list[Any]]:
    """(the type without None, whether None is allowed, Annotated metadata)."""
    optional = False
    metadata: list[Any] = []
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        annotation = args[0] if len(args) == 1 else annotation
    if get_origin(annotation) is typing.Annotated:
        annotation, *meta = get_args(annotation)
        metadata.extend(meta)
    return annotation, optional, metadata


@dataclass(frozen=True)
class FieldSpec:
    """How one model field is edited as text."""

    name: str
    kind: Kind
    optional: bool  # None is a value the field takes (empty editor -> None)
    default: Any  # what an empty editor means when the field is not optional
    choices: tuple[str, ...] = ()
    stores_text: bool = False  # a date the model still keeps as an ISO string

    def to_text(self, value: Any) -> str:
        if value is None:
            return ""
        if self.kind == "list":
            return ", ".join(str(v) for v in value)
        if self.kind == "bool":
            return "yes" if value else "no"
        if isinstance(value, date | datetime):
            return value.isoformat()
        return value_label(str(value))  # "open" reads "открыто" in a Russian window

    def empty(self) -> Any:
        if self.kind == "list":
            return []
        return None if self.optional else self.default

    def from_text(self, text: str) -> Any:
        """The field's value for ``text``; ``ValueError`` (one line, the reason) if refused."""
        text = text.strip()
        if self.kind == "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        if not text:
            return self.empty()
        if self.kind == "int":
            if not text.isdigit():
                raise ValueError(
                    QCoreApplication.translate(
                        "FieldSpec", "'{text}' is not a whole number"
                    ).format(text=text)
                )
            return int(text)
        if self.kind == "bool":
            folded = text.casefold()
            if folded in YES:
                return True
            if folded in NO:
                return False
            raise ValueError(
                QCoreApplication.translate("FieldSpec", "'{text}': write yes or no").format(
                    text=text
                )
            )
        if self.kind == "choice":
            chosen = value_from_label(text, self.choices)
            if chosen is None:
                raise ValueError(
                    QCoreApplication.translate(
                        "FieldSpec", "'{text}': choose one of {choices}"
                    ).format(text=text, choices=", ".join(self.choices))
                )
            return chosen
        if self.kind == "date":
            parsed = parse_iso_date(text)
            return parsed.isoformat() if self.stores_text else parsed
        if self.kind == "month":
            return parse_month(text)
        known = value_from_label(text)  # a known value typed in the window's language
        return known if known is not None and known.casefold() != text.casefold() else text

    def from_date(self, value: date | None) -> Any:
        """The field's value for a date chosen in a date editor (None: no date)."""
        if value is None:
            return self.empty()
        return value.isoformat() if self.stores_text else value


def parse_month(text: str) -> str:
    text = text.strip()
    parts = text.split("-")
    if (
        len(parts) == 2
        and len(parts[0]) == 4
        and parts[0].isdigit()
        and parts[1].isdigit()
        and 1 <= int(parts[1]) <= 12
    ):
        return f"{parts[0]}-{int(parts[1]):02d}"
    raise ValueError(
        QCoreApplication.translate(
            "FieldSpec", "'{text}' is not a month; write it as YYYY-MM, e.g. 2019-03"
        ).format(text=text)
    )


def spec_of(name: str, info: FieldInfo) -> FieldSpec:
    """The spec of one pydantic field, from its type."""
    annotation, optional, metadata = _unwrap(info.annotation)
    metadata = [*metadata, *info.metadata]
    default = None if info.is_required() else info.get_default(call_default_factory=True)
    kind: Kind = "text"
    choices: tuple[str, ...] = ()
    stores_text = False
    if annotation is bool:
        kind = "bool"
    elif annotation is int:
        kind = "int"
    elif annotation is date or annotation is datetime:
        kind = "date"
    elif get_origin(annotation) in (list, tuple):
        kind = "list" if get_args(annotation)[:1] == (str,) else "other"
    elif get_origin(annotation) is dict or (
        isinstance(annotation, type) and issubclass(annotation, BaseModel)
    ):
        kind = "other"
    elif get_origin(annotation) is Literal:
        kind = "choice"
        choices = tuple(str(a) for a in get_args(annotation) if a != "")
        if "" in get_args(annotation):  # "" is the "not given" of this choice
            default = ""
    elif annotation is str and _is_year_month(annotation, metadata):
        kind = "month"
    elif annotation is str and name.endswith("_date"):
        # The vacancy model kept its dates as ISO text; edited as dates all the same.
        kind, stores_text = "date", True
    return FieldSpec(name, kind, optional, default, choices, stores_text)


def field_spec(model: type[BaseModel], name: str) -> FieldSpec:
    return spec_of(name, model.model_fields[name])


def field_specs(model: type[BaseModel]) -> dict[str, FieldSpec]:
    """Every field of ``model``, in the model's order."""
    return {name: spec_of(name, info) for name, info in model.model_fields.items()}


EDITABLE_KINDS: frozenset[str] = frozenset(typing.get_args(Kind)) - {"other"}
