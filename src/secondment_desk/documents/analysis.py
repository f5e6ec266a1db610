"""Read a .docx template the way a person sees it: paragraphs with where they are.

Used by ``template check`` (unknown names, tags split across Word runs or paragraphs, syntax
errors with their paragraph or table cell) and by ``empty_fields`` (which fields the form asks
for that the candidate left empty).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError
from lxml import etree

from secondment_desk.documents.safety import read_checked_docx, read_sanitized_docx
from secondment_desk.documents.sandbox import make_environment

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_DOCXTPL_PREFIX = re.compile(r"(\{%-?|\{\{-?)\s*(?:p|tr|tc|r)\s")
_DOCXTPL_SPECIAL = re.compile(r"\{%-?\s*(?:vm|hm|colspan\b[^%]*|cellbg\b[^%]*)\s*-?%\}")
_PATCHER = DocxTemplate("unused.docx")  # patch_xml needs no document, only the method
GLOBAL_NAMES = frozenset({"range", "loop"})


@dataclass(frozen=True)
class Paragraph:
    part: str  # "body", "header1", "footer1"
    where: str  # "paragraph 3", "table 2, row 4, cell 1"
    text: str  # the visible text, runs joined
    runs: tuple[str, ...]  # the w:t texts as Word stored them
    xml: str


@dataclass(frozen=True)
class Finding:
    kind: Literal[
        "unknown-name", "syntax", "split-tag", "open-tag", "unsafe", "external-link", "note"
    ]
    message: str
    where: str

    def line(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class TemplateReport:
    path: Path
    problems: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# -- reading the document -------------------------------------------------------------------
def read_paragraphs(path: Path) -> list[Paragraph]:
    """Every paragraph of the body, headers and footers, in order, with its location."""
    return paragraphs_of(read_checked_docx(path))


def paragraphs_of(data: bytes) -> list[Paragraph]:
    """:func:`read_paragraphs` of a .docx's bytes that passed ``read_checked_docx``."""
    out: list[Paragraph] = []
    for label, root in _part_roots(data):
        out.extend(_paragraphs(root, label))
    return out


def part_sources(data: bytes) -> dict[str, str]:
    """Per part, :func:`template_source` of its paragraphs, without their locations and XML
    (what listing the fields needs; a third of the work of :func:`paragraphs_of`)."""
    return {
        label: "\n".join(
            normalize_tags("".join(t.text or "" for t in p.iter(f"{W}t")))
            for p in root.iter(f"{W}p")
        )
        for label, root in _part_roots(data)
    }


def _part_roots(data: bytes) -> Iterator[tuple[str, Any]]:
    """("body" / "header1" / "footer1", parsed XML root) of each part that holds text."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        extra = sorted(n for n in names if re.fullmatch(r"word/(header|footer)\d*\.xml", n))
        for name in ["word/document.xml", *extra]:
            root = etree.fromstring(archive.read(name), _PARSER)
            yield ("body" if name == "word/document.xml" else Path(name).stem), root


def _paragraphs(root: Any, part: str) -> Iterator[Paragraph]:
    tables = list(root.iter(f"{W}tbl"))  # held, so lxml hands out the same proxies
    loose = 0
    for p in root.iter(f"{W}p"):
        runs = tuple(t.text or "" for t in p.iter(f"{W}t"))
        cell = next(p.iterancestors(f"{W}tc"), None)
        if cell is None:
            loose += 1
            where = f"paragraph {loose}"
        else:
            row = cell.getparent()
            table = row.getparent()
            rows = [r for r in table if r.tag == f"{W}tr"]
            cells = [c for c in row if c.tag == f"{W}tc"]
            where = (
                f"table {tables.index(table) + 1}, row {rows.index(row) + 1}, "
                f"cell {cells.index(cell) + 1}"
            )
        if part != "body":
            where = f"{part}, {where}"
        yield Paragraph(part, where, "".join(runs), runs, etree.tostring(p, encoding="unicode"))


def template_source(paragraphs: list[Paragraph]) -> str:
    """The Jinja source, one paragraph per line, docxtpl's p/tr/tc/r prefixes removed."""
    return "\n".join(normalize_tags(p.text) for p in paragraphs)


def normalize_tags(text: str) -> str:
    text = _DOCXTPL_SPECIAL.sub("", text)
    text = _DOCXTPL_PREFIX.sub(lambda m: m.group(1) + " ", text)
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


# -- split tags -----------------------------------------------------------------------------
def split_tag_findings(paragraphs: list[Paragraph]) -> list[Finding]:
    findings: list[Finding] = []
    for para in paragraphs:
        text = para.text
        tags = list(_TAG.finditer(text))
        covered = "".join(" " if _inside(i, tags) else c for i, c in enumerate(text))
        for opener in ("{{", "{%", "{#"):
            if opener in covered:
                findings.append(
                    Finding(
                        "open-tag",
                        f"a tag opens with '{opener}' and does not close in the same "
                        "paragraph; a tag must stay inside one paragraph",
                        para.where,
                    )
                )
                break
        if not tags:
            continue
        bounds = _run_bounds(para.runs)
        patched_tags = {_squash(t) for t in _TAG.findall(_PATCHER.patch_xml(para.xml))}
        for tag in tags:
            if not any(tag.start() < b < tag.end() for b in bounds):
                continue
            shown = tag.group(0)
            if _squash(shown) in patched_tags:
                findings.append(
                    Finding(
                        "note",
                        f"tag {shown!r} is split across Word runs; docxtpl rejoins it, but "
                        "retyping it in one go keeps its formatting predictable",
                        para.where,
                    )
                )
            else:
                findings.append(
                    Finding(
                        "split-tag",
                        f"tag {shown!r} is split across Word runs in a way docxtpl cannot "
                        "rejoin (tracked changes, fields or comments inside it): retype it",
                        para.where,
                    )
                )
    return findings


def _inside(i: int, tags: list[re.Match[str]]) -> bool:
    return any(t.start() <= i < t.end() for t in tags)


def _run_bounds(runs: tuple[str, ...]) -> list[int]:
    bounds, pos = [], 0
    for run in runs[:-1]:
        pos += len(run)
        bounds.append(pos)
    return bounds


def _squash(tag: str) -> str:
    """A tag with XML tags, entities of quotes and whitespace removed, for comparing."""
    if "<w:" in tag or "</w:" in tag:
        return "\x00unjoined"
    text = tag.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = text.replace("&quot;", '"').replace("&apos;", "'")
    return re.sub(r"\s+", "", normalize_tags(text))


# -- names ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class NameUse:
    path: str  # "profile.employment[].title"
    lineno: int
    conditional: bool = False  # read only inside an if/else branch


def name_uses(tree: nodes.Template) -> list[NameUse]:
    """Every data path the template reads, loop variables resolved to their list."""
    uses: list[NameUse] = []
    _visit(tree, {}, uses)
    return uses


def _chain(node: nodes.Node, scope: dict[str, str | None]) -> str | None:
    if isinstance(node, nodes.Name):
        if node.name in scope:
            return scope[node.name]
        return None if node.name in GLOBAL_NAMES else node.name
    if isinstance(node, nodes.Getattr):
        base = _chain(node.node, scope)
        return f"{base}.{node.attr}" if base else None
    if isinstance(node, nodes.Getitem):
        base = _chain(node.node, scope)
        if not base:
            return None
        if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            return f"{base}.{node.arg.value}"
        return f"{base}.[]"
    return None


def _visit(
    node: nodes.Node, scope: dict[str, str | None], uses: list[NameUse], cond: bool = False
) -> None:
    if isinstance(node, nodes.If):
        _visit(node.test, scope, uses, cond)
        for child in [*node.body, *node.elif_, *node.else_]:
            _visit(child, scope, uses, True)
        return
    if isinstance(node, nodes.CondExpr):
        if node.test is not None:
            _visit(node.test, scope, uses, cond)
        _visit(node.expr1, scope, uses, True)
        if node.expr2 is not None:
            _visit(node.expr2, scope, uses, True)
        return
    if isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem):
        path = _chain(node, scope)
        if path:
            uses.append(NameUse(path, node.lineno, cond))
        inner: nodes.Node = node
        while isinstance(inner, nodes.Getattr | nodes.Getitem):
            if isinstance(inner, nodes.Getitem):
                _visit(inner.arg, scope, uses, cond)
            inner = inner.node
        if not isinstance(inner, nodes.Name):
            _visit(inner, scope, uses, cond)
        return
    if isinstance(node, nodes.For):
        _visit(node.iter, scope, uses, cond)
        inner_scope = dict(scope)
        base = _chain(node.iter, scope)
        _bind(node.target, f"{base}.[]" if base else None, inner_scope)
        inner_scope["loop"] = None
        if node.test is not None:
            _visit(node.test, inner_scope, uses, cond)
        for child in node.body:
            _visit(child, inner_scope, uses, cond)
        for child in node.else_:
            _visit(child, scope, uses, cond)
        return
    if isinstance(node, nodes.Assign):
        _visit(node.node, scope, uses, cond)
        _bind(node.target, _chain(node.node, scope), scope)
        return
    if isinstance(node, nodes.AssignBlock):
        for child in node.body:
            _visit(child, scope, uses, cond)
        _bind(node.target, None, scope)
        return
    for child in node.iter_child_nodes():
        _visit(child, scope, uses, cond)


def _bind(target: nodes.Node, path: str | None, scope: dict[str, str | None]) -> None:
    if isinstance(target, nodes.Name):
        scope[target.name] = path
    elif isinstance(target, nodes.Tuple):
        for item in target.items:
            _bind(item, None, scope)


_MISSING = object()


def resolve(context: dict[str, Any], path: str) -> list[tuple[str, Any]]:
    """Concrete (path, value) pairs a path reaches; value is _MISSING where a name is unknown.

    A list step ``[]`` fans out to every element; a method of a value (``x.upper``) ends the
    walk at that value.
    """
    head, *steps = path.split(".")
    if head not in context:
        return [(head, _MISSING)]
    current: list[tuple[str, Any]] = [(head, context[head])]
    for step in steps:
        nxt: list[tuple[str, Any]] = []
        for where, value in current:
            if step == "[]":
                if isinstance(value, list):
                    nxt.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
                    if not value:
                        nxt.append((where, value))
                else:
                    nxt.append((where, value))
            elif isinstance(value, dict) and step in value:
                nxt.append((f"{where}.{step}", value[step]))
            elif (isinstance(value, list) and not value) or hasattr(type(value), step):
                nxt.append((where, value))
            else:
                nxt.append((f"{where}.{step}", _MISSING))
        current = nxt
    return current


def unknown_names(tree: nodes.Template, model: dict[str, Any]) -> list[tuple[str, int]]:
    """(path, line) of each name the template reads that the data model does not have."""
    seen: dict[str, int] = {}
    for use in name_uses(tree):
        for where, value in resolve(model, use.path):
            if value is _MISSING:
                seen.setdefault(_generic(where), use.lineno)
    return list(seen.items())


def _generic(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def empty_paths(tree: nodes.Template, context: dict[str, Any]) -> list[str]:
    """Concrete paths the template reads whose value is empty ('' or [] or {})."""
    return empty_paths_of(name_uses(tree), context)


def empty_paths_of(uses: list[NameUse], context: dict[str, Any]) -> list[str]:
    """:func:`empty_paths` from the template's :func:`name_uses` (which can be kept)."""
    out: dict[str, None] = {}
    for use in uses:
        if use.conditional:
            continue
        for where, value in resolve(context, use.path):
            if value is not _MISSING and value in ("", [], {}):
                out.setdefault(where)
    # A parent reported empty covers its children: drop a path when one of its dotted
    # prefixes ("a.b" of "a.b.c") is reported too.
    return [p for p in out if not any(p[i] == "." and p[:i] in out for i in range(len(p)))]


# -- the check ------------------------------------------------------------------------------
def check_template(path: Path) -> TemplateReport:
    """Everything wrong with a template, with where; raises TemplateError if unusable."""
    from secondment_desk.documents.context import model_context

    report = TemplateReport(path)
    sanitized = read_sanitized_docx(path)
    for removed in sanitized.removed:
        report.problems.append(Finding("external-link", removed, "document"))
    paragraphs = paragraphs_of(sanitized.data)
    found = split_tag_findings(paragraphs)
    report.problems.extend(f for f in found if f.kind != "note")
    report.notes.extend(f for f in found if f.kind == "note")
    model = model_context()
    for part in dict.fromkeys(p.part for p in paragraphs):
        in_part = [p for p in paragraphs if p.part == part]
        source = template_source(in_part)
        try:
            tree = make_environment().parse_plain(source)
        except TemplateSyntaxError as err:
            where = _where(in_part, err.lineno)
            report.problems.append(Finding("syntax", err.message or str(err), where))
            continue
        except SecurityError as err:
            report.problems.append(Finding("unsafe", str(err), part))
            continue
        report.names.extend(sorted({u.path for u in name_uses(tree)}))
        for name, lineno in unknown_names(tree, model):
            report.problems.append(
                Finding(
                    "unknown-name",
                    f"'{name}' is not in the data model",
                    _where(in_part, lineno),
                )
            )
    return report


def _where(paragraphs: list[Paragraph], lineno: int | None) -> str:
    if lineno is None or not paragraphs:
        return paragraphs[0].part if paragraphs else "document"
    index = min(max(lineno, 1), len(paragraphs)) - 1
    return paragraphs[index].where
