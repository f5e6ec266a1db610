"""Fill any .docx application form: find its fields by their labels, map them to the profile,
and fill the answers in place.

The form is read only after :func:`~secondment_desk.documents.safety.read_sanitized_docx`.
:func:`analyse_form` walks ``word/document.xml`` and finds, in the shapes real forms use:

* a label cell with an empty cell to its right (label left, answer right);
* a row of labels with an empty row below it (label above);
* a row of column headers with empty rows below: a repeating table (employment, education,
  languages...), one entry of the profile per row, rows added when the profile has more;
* check boxes (☐/☒ glyphs) beside Yes/No (or alone, for "I certify"), in cells and
  paragraphs;
* Word content controls (``w:sdt``), named by their title or tag, check-box controls too;
* a paragraph "Label: ____" or a label paragraph with an empty paragraph below.

Each label is matched against the lexicon (``resources/forms/labels.json``, EN/FR/RU) and a
field of the profile is proposed; the user confirms or corrects the mapping (the CLI's
``form map``, the Documents screen's table), which is remembered by the form's layout
fingerprint (:mod:`secondment_desk.documents.formmemory`). :func:`form_template` turns the
form into a docxtpl template by writing Jinja tags into the answer places only (the form's
own text is escaped, never changed), so filling is the same sandboxed render as for the
shipped templates, and the empty-field report is the same too.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from lxml import etree
from pydantic import BaseModel, ConfigDict, Field

from secondment_desk.documents.safety import W_NS, parse_xml, read_sanitized_docx
from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.resources import load_json_resource

_W = "{" + W_NS + "}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
BOXES = "☐☒□■☑✓✔"
TICKED = "☒■☑✓✔"
_BLANK = re.compile(r"^[\s_.…\-–—:]*$")
_FILLER = re.compile(r"[_.…]{3,}")
_MAX_LABEL = 120

FieldKind = Literal["text", "check", "table"]


# -- the lexicon ------------------------------------------------------------------------------
class LexField(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    expr: str
    kind: Literal["text", "bool"] = "text"
    labels: tuple[str, ...] = Field(min_length=1)


class LexTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    list: str
    var: str = Field(pattern=r"^[a-z_]+$")
    columns: tuple[LexField, ...] = Field(min_length=1)


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    yes: tuple[str, ...]
    no: tuple[str, ...]
    fields: tuple[LexField, ...]
    tables: tuple[LexTable, ...]

    def field(self, key: str) -> LexField | None:
        return next((f for f in self.fields if f.key == key), None)

    def table(self, key: str) -> LexTable | None:
        return next((t for t in self.tables if t.key == key), None)

    def column(self, key: str) -> tuple[LexTable, LexField] | None:
        for table in self.tables:
            for column in table.columns:
                if column.key == key:
                    return table, column
        return None


@cache
def lexicon() -> Lexicon:
    return Lexicon.model_validate(load_json_resource("forms/labels.json"))


def normalize_label(text: str) -> str:
    """``"1. Family name (as in passport)*:"`` -> ``"family name"``."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _FILLER.sub(" ", text)
    text = re.sub(r"\([^)]*\)", " ", text) if len(text) > 3 else text
    text = re.sub(r"^\s*(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]\s+", "", text)
    text = re.sub(r"[*:?!;]", " ", text)
    text = re.sub(r"[\s\u00a0]+", " ", text).strip(" .,-–—/")
    return text


def _score(text: str, labels: tuple[str, ...]) -> float:
    if not text:
        return 0.0
    best = 0.0
    padded = f" {text} "
    for label in labels:
        if text == label:
            return 1.0
        prefix = len(label) >= 4 and text.startswith(label + " ")
        inside = len(label) >= 10 and f" {label} " in padded
        if prefix or inside:
            best = max(best, 0.8 + 0.1 * len(label) / len(text))
        elif len(text) > 12 and len(label) > 12:
            ratio = _fuzz_ratio(text, label) / 100
            if ratio >= 0.88:
                best = max(best, ratio * 0.95)
    return best


def _fuzz_ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b))


@lru_cache(maxsize=4096)
def propose_field(label: str, kind: str = "text") -> tuple[str | None, float]:
    """The lexicon's best field for a label (a yes/no field for check boxes), and its score."""
    text = normalize_label(label)
    best: tuple[str | None, float] = (None, 0.0)
    for entry in lexicon().fields:
        if kind == "check" and entry.kind != "bool":
            continue
        score = _score(text, entry.labels)
        if score > best[1]:
            best = (entry.key, score)
    return best if best[1] >= 0.8 else (None, best[1])


def _propose_table(headers: list[str]) -> tuple[LexTable | None, list[str | None]]:
    found, keys = _propose_table_cached(tuple(headers))
    return found, list(keys)


@lru_cache(maxsize=1024)
def _propose_table_cached(
    headers: tuple[str, ...],
) -> tuple[LexTable | None, tuple[str | None, ...]]:
    """The list a header row belongs to (most columns matched, at least two, or one of one)."""
    best: tuple[LexTable | None, list[str | None], int] = (None, [], 0)
    norm = [normalize_label(h) for h in headers]
    for table in lexicon().tables:
        keys: list[str | None] = []
        for text in norm:
            scored = [(c.key, _score(text, c.labels)) for c in table.columns]
            key, score = max(scored, key=lambda pair: pair[1])
            keys.append(key if score >= 0.8 and key not in keys else None)
        hits = sum(1 for k in keys if k)
        if hits > best[2]:
            best = (table, keys, hits)
    found, keys, hits = best
    enough = hits >= 2 or (hits == 1 and len([h for h in headers if h]) == 1)
    return (found, tuple(keys)) if found is not None and enough else (None, ())


# -- what was found ---------------------------------------------------------------------------
@dataclass
class FormColumn:
    label: str
    target: str | None


@dataclass
class FormField:
    """One place of the form to fill: its id (stable for the layout), what the form calls it,
    where it is, and the profile field proposed (or confirmed) for it."""

    id: str
    kind: FieldKind
    label: str
    where: str
    target: str | None = None
    score: float = 0.0
    columns: list[FormColumn] = field(default_factory=list)  # tables
    rows: int = 0  # tables: the empty rows the form has
    options: list[str] = field(default_factory=list)  # check boxes: "yes", "no" or "box"


@dataclass
class FormMap:
    name: str
    fingerprint: str
    fields: list[FormField]

    def mapping(self) -> dict[str, str]:
        """field id (table column: ``id/N``) -> profile field key, for the mapped ones."""
        out: dict[str, str] = {}
        for f in self.fields:
            if f.kind == "table":
                if f.target:
                    out[f.id] = f.target
                for i, column in enumerate(f.columns):
                    if column.target:
                        out[f"{f.id}/{i}"] = column.target
            elif f.target:
                out[f.id] = f.target
        return out

    def mapping_with_empty(self) -> dict[str, str | None]:
        """Every place, mapped or deliberately left empty (what is remembered)."""
        return {
            key: value
            for f in self.fields
            for key, value in (
                [(f.id, f.target)] + [(f"{f.id}/{i}", c.target) for i, c in enumerate(f.columns)]
            )
        }

    def apply(self, mapping: dict[str, str | None]) -> None:
        """Take the user's corrections (a key of None or '' leaves the place empty)."""
        known = {f.id: f for f in self.fields}
        # A table's list first, then its columns (a column is checked against its list).
        for place, key in sorted(mapping.items(), key=lambda kv: "/" in kv[0]):
            fid, _sep, col = place.partition("/")
            found = known.get(fid)
            if found is None:
                raise InputError(_("The form has no field '{id}'.").format(id=place))
            value = key or None
            if value is not None and not _valid_target(found, col, value):
                raise InputError(
                    _("'{key}' is not a profile field that fits {id} ({label}).").format(
                        key=value, id=place, label=found.label
                    )
                )
            if col:
                index = int(col) if col.isdigit() else -1
                if not 0 <= index < len(found.columns):
                    raise InputError(_("The form has no field '{id}'.").format(id=place))
                found.columns[index].target = value
            else:
                found.target = value


def _valid_target(found: FormField, col: str, key: str) -> bool:
    lex = lexicon()
    if found.kind == "table":
        if not col:
            return lex.table(key) is not None
        pair = lex.column(key)
        return pair is not None and pair[0].key == found.target
    entry = lex.field(key)
    if entry is None:
        return False
    return entry.kind == "bool" if found.kind == "check" else True


def field_choices(kind: FieldKind, table: str | None = None) -> list[str]:
    """The profile field keys a place of this kind can take (for the mapping table)."""
    lex = lexicon()
    if kind == "table" and table is None:
        return [t.key for t in lex.tables]
    if kind == "table":
        found = lex.table(table or "")
        return [c.key for c in found.columns] if found else []
    return [f.key for f in lex.fields if kind != "check" or f.kind == "bool"]


# -- reading the document ---------------------------------------------------------------------
def _text(el: Any) -> str:
    return "".join(t.text or "" for t in el.iter(f"{_W}t"))


def _cell_text(tc: Any) -> str:
    """A cell's own text (not that of a table nested in it)."""
    parts = []
    for child in tc:
        if child.tag in (f"{_W}p", f"{_W}sdt"):
            parts.append(_text(child))
    return "\n".join(parts).strip()


def _cells(tr: Any) -> list[Any]:
    cells = []
    for child in tr:
        if child.tag == f"{_W}tc":
            cells.append(child)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                cells.extend(content.findall(f"{_W}tc"))
    return cells


def _rows(tbl: Any) -> list[Any]:
    return [tr for tr in tbl if tr.tag == f"{_W}tr"]


def _is_blank(text: str) -> bool:
    return bool(_BLANK.match(text))


def _has_box(text: str) -> bool:
    return any(ch in BOXES for ch in text)


def _box_options(text: str) -> list[str]:
    """For each glyph, what it answers: the word after it ('yes'/'no'), else 'box'."""
    lex = lexicon()
    options = []
    for m in re.finditer(f"[{BOXES}]", text):
        after = normalize_label(text[m.end() : m.end() + 12]).split(" ")[0] if text else ""
        options.append("yes" if after in lex.yes else "no" if after in lex.no else "box")
    return options


def _box_label(text: str, before: str) -> str:
    """The question a box answers: the text before the first glyph, or the text after a lone
    box ("☐ I certify..."), or the cell to the left."""
    head = re.split(f"[{BOXES}]", text, maxsplit=1)[0].strip()
    if not _is_blank(head):
        return head
    options = _box_options(text)
    if options == ["box"]:
        return re.sub(f"[{BOXES}]", "", text).strip()
    return before


@dataclass
class _Found:
    field: FormField
    el: Any  # the answer cell, paragraph, row, table or sdt
    extra: Any = None  # tables: the header row; label-above: nothing


class _Reader:
    def __init__(self, root: Any) -> None:
        self.root = root
        self.found: list[_Found] = []
        self.shape: list[str] = []
        self.used: set[int] = set()  # ids of elements already answered

    def add(self, kind: FieldKind, fid: str, label: str, where: str, el: Any, **kw: Any) -> None:
        target, score = (None, 0.0)
        if kind != "table":
            target, score = propose_field(label, kind)
        extra = kw.pop("extra", None)
        f = FormField(fid, kind, label.strip()[:_MAX_LABEL], where, target, score, **kw)
        self.found.append(_Found(f, el, extra))
        self.used.add(id(el))
        self.shape.append(f"{fid}|{kind}|{normalize_label(label)}")

    def read(self) -> list[_Found]:
        body = self.root.find(f"{_W}body")
        if body is None:
            raise InputError(_("The file has no document body: it is not a Word form."))
        self._content_controls(body)
        for t, tbl in enumerate(body.iter(f"{_W}tbl")):
            self._table(t, tbl)
        self._paragraphs(body)
        return self.found

    # Word content controls: titled places, text or check box.
    def _content_controls(self, body: Any) -> None:
        for n, sdt in enumerate(body.iter(f"{_W}sdt")):
            pr = sdt.find(f"{_W}sdtPr")
            content = sdt.find(f"{_W}sdtContent")
            if pr is None or content is None or content.find(f"{_W}tc") is not None:
                continue
            if content.find(f"{_W}tbl") is not None:
                continue
            name = ""
            for tag in ("alias", "tag"):
                el = pr.find(f"{_W}{tag}")
                if el is not None and el.get(f"{_W}val"):
                    name = str(el.get(f"{_W}val"))
                    break
            if not name:
                name = self._text_before(sdt)
            is_box = pr.find(f"{_W14}checkbox") is not None
            self.add("check" if is_box else "text", f"c{n}", name, _("content control"), sdt)
            if is_box:
                self.found[-1].field.options = ["box"]

    def _text_before(self, el: Any) -> str:
        parent = el.getparent()
        text = ""
        for sib in parent:
            if sib is el:
                break
            text += _text(sib)
        if _is_blank(text) and parent.tag == f"{_W}p":
            prev = parent.getprevious()
            cell = parent.getparent()
            if cell is not None and cell.tag == f"{_W}tc":
                left = cell.getprevious()
                if left is not None and left.tag == f"{_W}tc":
                    return _cell_text(left)
            if prev is not None and prev.tag == f"{_W}p":
                return _text(prev)
        return text

    def _table(self, t: int, tbl: Any) -> None:
        rows = _rows(tbl)
        texts = [[_cell_text(tc) for tc in _cells(tr)] for tr in rows]
        self.shape.append(f"table{t}:{len(rows)}x{max((len(r) for r in texts), default=0)}")
        r = 0
        while r < len(rows):
            cells = _cells(rows[r])
            row_texts = texts[r]
            labelled = [i for i, x in enumerate(row_texts) if not _is_blank(x)]
            empties = 0
            while (
                r + 1 + empties < len(rows)
                and len(texts[r + 1 + empties]) == len(row_texts)
                and all(_is_blank(x) for x in texts[r + 1 + empties])
                and not any(_has_box(x) for x in texts[r + 1 + empties])
            ):
                empties += 1
            if len(labelled) >= 1 and empties >= 1 and not any(_has_box(x) for x in row_texts):
                table, keys = _propose_table(row_texts)
                scalar = sum(1 for x in row_texts if propose_field(x)[0])
                as_list = sum(1 for k in keys if k)
                if empties == 1 and len(labelled) == len(row_texts) and scalar >= as_list:
                    table = None  # one empty row under labels of single fields: label above
                if table is not None and (empties >= 2 or len(labelled) >= 2):
                    fid = f"t{t}r{r}"
                    self.add(
                        "table",
                        fid,
                        _table_label(tbl, table.key),
                        _("table {t}, rows {a}-{b}").format(t=t + 1, a=r + 2, b=r + 1 + empties),
                        tbl,
                        columns=[FormColumn(row_texts[i], keys[i]) for i in range(len(cells))],
                        rows=empties,
                        extra=r,
                    )
                    self.found[-1].field.target = table.key
                    self.found[-1].field.score = 1.0
                    r += 1 + empties
                    continue
                if empties == 1 and len(labelled) == len(row_texts) and len(row_texts) >= 2:
                    below = _cells(rows[r + 1])
                    proposals = [propose_field(x) for x in row_texts]
                    if sum(1 for k, _s in proposals if k) >= 1:
                        for i, text in enumerate(row_texts):
                            self.add(
                                "text",
                                f"t{t}r{r + 1}c{i}",
                                text,
                                _("table {t}, row {r}").format(t=t + 1, r=r + 2),
                                below[i],
                            )
                        r += 2
                        continue
            for i, tc in enumerate(cells):
                text = row_texts[i]
                if id(tc) in self.used or any(id(s) in self.used for s in tc.iter(f"{_W}sdt")):
                    continue
                where = _("table {t}, row {r}").format(t=t + 1, r=r + 1)
                if _has_box(text):
                    before = row_texts[i - 1] if i > 0 else ""
                    label = _box_label(text, before)
                    self.add("check", f"t{t}r{r}c{i}", label, where, tc)
                    self.found[-1].field.options = _box_options(text)
                    continue
                if _is_blank(text) or len(text) > _MAX_LABEL:
                    continue
                if (
                    i + 1 < len(cells)
                    and _is_blank(row_texts[i + 1])
                    and not _has_box(row_texts[i + 1])
                ):
                    right = cells[i + 1]
                    if id(right) not in self.used:
                        self.add("text", f"t{t}r{r}c{i + 1}", text, where, right)
            r += 1

    def _paragraphs(self, body: Any) -> None:
        paragraphs = [p for p in body if p.tag == f"{_W}p"]
        for n, p in enumerate(paragraphs):
            if id(p) in self.used or p.find(f".//{_W}sdt") is not None:
                continue
            text = _text(p)
            if _has_box(text):
                label = _box_label(text, _text(paragraphs[n - 1]) if n else "")
                self.add("check", f"p{n}", label, _("paragraph {n}").format(n=n + 1), p)
                self.found[-1].field.options = _box_options(text)
                continue
            if _is_blank(text) or len(text) > _MAX_LABEL:
                continue
            head, colon, tail = text.partition(":")
            # "Label: ____" is a field, known or not; "Label:" alone only when we know it.
            known_or_filler = bool(propose_field(head)[0] or _FILLER.search(tail))
            if colon and _is_blank(tail) and head.strip() and known_or_filler:
                self.add("text", f"p{n}", head, _("paragraph {n}").format(n=n + 1), p)
                continue
            following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            below = following is not None and _is_blank(_text(following))
            if below and propose_field(text)[0] and id(following) not in self.used:
                where = _("paragraph {n}").format(n=n + 2)
                self.add("text", f"p{n + 1}", text, where, following)


def _table_label(tbl: Any, key: str) -> str:
    """The heading above a repeating table, else the list's name."""
    prev = tbl.getprevious()
    while prev is not None and prev.tag == f"{_W}p" and _is_blank(_text(prev)):
        prev = prev.getprevious()
    if prev is not None and prev.tag == f"{_W}p" and len(_text(prev)) <= _MAX_LABEL:
        return _text(prev).strip()
    return key


def _document_root(data: bytes) -> tuple[Any, dict[str, bytes]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
    except zipfile.BadZipFile as err:
        raise InputError(_("The form is not a .docx file: {err}").format(err=err)) from err
    if "word/document.xml" not in parts:
        raise InputError(_("The file has no document body: it is not a Word form."))
    return parse_xml(parts["word/document.xml"]), parts


def _read(path: Path) -> tuple[bytes, str]:
    if path.suffix.lower() != ".docx":
        raise InputError(_("{name} is not a .docx form.").format(name=path.name))
    return read_sanitized_docx(path, error=InputError).data, path.name


def analyse_bytes(data: bytes, name: str) -> tuple[FormMap, Any, dict[str, bytes], list[_Found]]:
    root, parts = _document_root(data)
    reader = _Reader(root)
    found = reader.read()
    digest = hashlib.sha256("\n".join(reader.shape).encode("utf-8")).hexdigest()[:24]
    return FormMap(name, digest, [f.field for f in found]), root, parts, found


def analyse_form(path: Path) -> FormMap:
    """The places to fill in the form at ``path`` (sanitised first), with proposals."""
    data, name = _read(path)
    return analyse_bytes(data, name)[0]


# -- turning the form into a template ---------------------------------------------------------
_JINJA_OPEN = re.compile(r"\{")


def _escape(root: Any) -> None:
    """The form's own text can not be read as Jinja: every '{' renders as itself."""
    for t in root.iter(f"{_W}t", f"{_W}instrText"):
        if t.text and "{" in t.text:
            t.text = _JINJA_OPEN.sub("{{ '{' }}", t.text)


def _run(text: str, like: Any = None) -> Any:
    run = etree.Element(f"{_W}r")
    if like is not None:
        rpr = like.find(f"{_W}rPr")
        if rpr is not None:
            rpr = copy.deepcopy(rpr)
            for bold in rpr.findall(f"{_W}b") + rpr.findall(f"{_W}bCs"):
                rpr.remove(bold)
            run.append(rpr)
    t = etree.SubElement(run, f"{_W}t")
    t.text = text
    t.set(_XML_SPACE, "preserve")
    return run


def _put_in_paragraph(p: Any, text: str) -> None:
    """Write ``text`` into an answer paragraph: over a filler (____) if it has one, else at
    its end."""
    for t in p.iter(f"{_W}t"):
        if t.text and _FILLER.search(t.text):
            t.text = _FILLER.sub(lambda _m: text, t.text, count=1)
            t.set(_XML_SPACE, "preserve")
            return
    runs = p.findall(f"{_W}r")
    p.append(_run(text, runs[-1] if runs else None))


def _put_in_cell(tc: Any, text: str) -> None:
    p = tc.find(f"{_W}p")
    if p is None:
        p = etree.SubElement(tc, f"{_W}p")
    _put_in_paragraph(p, text)


def _put_after_label(p: Any, text: str) -> None:
    """'Family name: ____' -> the answer over the filler, else after the colon."""
    for t in p.iter(f"{_W}t"):
        if t.text and _FILLER.search(t.text):
            _put_in_paragraph(p, text)
            return
    p.append(_run(" " + text, (p.findall(f"{_W}r") or [None])[-1]))


def _tick(el: Any, options: list[str], expr: str) -> None:
    """Replace each glyph with a box ticked by the answer (yes box: true, no box: false)."""
    glyphs = iter(options)
    for t in list(el.iter(f"{_W}t")):
        if not t.text or not _has_box(t.text):
            continue
        out = []
        for ch in t.text:
            if ch in BOXES:
                option = next(glyphs, "box")
                test = "false" if option == "no" else "true"
                out.append(f"{{{{ (({expr}) is sameas {test})|box }}}}")
            else:
                out.append(ch)
        t.text = "".join(out)
    for box in el.iter(f"{_W14}checked"):
        box.set(f"{_W14}val", f"{{{{ '1' if ({expr}) is sameas true else '0' }}}}")


def _replace_sdt(sdt: Any, text: str) -> None:
    content = sdt.find(f"{_W}sdtContent")
    pr = sdt.find(f"{_W}sdtPr")
    if pr is not None:
        for shown in pr.findall(f"{_W}showingPlcHdr"):
            pr.remove(shown)
    ts = list(content.iter(f"{_W}t"))
    if ts:
        ts[0].text = text
        ts[0].set(_XML_SPACE, "preserve")
        for t in ts[1:]:
            t.text = ""
        return
    paragraph = content.find(f"{_W}p")
    (paragraph if paragraph is not None else content).append(_run(text))


def _row_with_tag(row: Any, tag: str) -> Any:
    new = copy.deepcopy(row)
    cells = _cells(new)
    for tc in cells:
        for p in tc.findall(f"{_W}p"):
            for r in p.findall(f"{_W}r"):
                p.remove(r)
    first = cells[0].find(f"{_W}p")
    if first is None:
        first = etree.SubElement(cells[0], f"{_W}p")
    first.append(_run(tag))
    return new


def _fill_table(tbl: Any, header: int, rows: int, f: FormField) -> None:
    lex = lexicon()
    table = lex.table(f.target or "")
    if table is None:
        return
    trs = _rows(tbl)
    first = trs[header + 1]
    for i, tc in enumerate(_cells(first)):
        key = f.columns[i].target if i < len(f.columns) else None
        pair = lex.column(key) if key else None
        if pair is not None:
            _put_in_cell(tc, f"{{{{ {pair[1].expr} }}}}")
    first.addprevious(_row_with_tag(first, f"{{%tr for {table.var} in {table.list} %}}"))
    first.addnext(_row_with_tag(first, "{%tr endfor %}"))
    # The form's further empty rows stay while the profile has fewer entries than rows.
    for extra in range(2, rows + 1):
        row = trs[header + extra]
        row.addprevious(_row_with_tag(row, f"{{%tr if {table.list}|length < {extra} %}}"))
        row.addnext(_row_with_tag(row, "{%tr endif %}"))


def _expr(key: str) -> tuple[str, str]:
    entry = lexicon().field(key)
    if entry is None:
        raise InputError(_("'{key}' is not a profile field the forms know.").format(key=key))
    return entry.expr, entry.kind


def form_template_bytes(data: bytes, name: str, mapping: dict[str, str] | None = None) -> bytes:
    """The sanitised form as a docxtpl template: Jinja tags in the mapped answer places."""
    return template_from(*analyse_bytes(data, name), mapping)


def template_from(
    form: FormMap,
    root: Any,
    parts: dict[str, bytes],
    found: list[_Found],
    mapping: dict[str, str] | None,
) -> bytes:
    """:func:`form_template_bytes` from an analysis (which it changes: use it once)."""
    if mapping is not None:
        for f in form.fields:  # only what the user confirmed
            f.target = None
            for column in f.columns:
                column.target = None
        form.apply(dict(mapping))
    _escape(root)
    for item in found:
        f = item.field
        if not f.target:
            continue
        if f.kind == "table":
            _fill_table(item.el, int(item.extra), f.rows, f)
            continue
        expr, kind = _expr(f.target)
        if f.kind == "check":
            _tick(item.el, f.options or ["box"], expr)
            continue
        shown = f"{{{{ {expr}|yesno }}}}" if kind == "bool" else f"{{{{ {expr} }}}}"
        if item.el.tag == f"{_W}sdt":
            _replace_sdt(item.el, shown)
        elif item.el.tag == f"{_W}tc":
            _put_in_cell(item.el, shown)
        elif f.id.startswith("p") and _text(item.el).strip():
            _put_after_label(item.el, shown)
        else:
            _put_in_paragraph(item.el, shown)
    for part, content in parts.items():
        if part != "word/document.xml" and re.match(r"word/(header|footer)\d*\.xml$", part):
            other = parse_xml(content)
            _escape(other)
            parts[part] = etree.tostring(other, xml_declaration=True, encoding="UTF-8")
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return out.getvalue()


def mapping_json(form: FormMap) -> str:
    """The mapping as a file the user can edit and give back (``--mapping``)."""
    return json.dumps(
        {
            "form": form.name,
            "fingerprint": form.fingerprint,
            "fields": {
                key: value
                for f in form.fields
                for key, value in (
                    [(f.id, f.target)]
                    + [(f"{f.id}/{i}", c.target) for i, c in enumerate(f.columns)]
                )
            },
        },
        indent=2,
        ensure_ascii=False,
    )


def read_mapping_file(path: Path) -> dict[str, str | None]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(
            _("Cannot read the mapping {name}: {err}").format(name=path.name, err=err)
        ) from err
    fields = data.get("fields") if isinstance(data, dict) else None
    if not isinstance(fields, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in fields.items()
    ):
        raise InputError(
            _("{name} is not a form mapping (an object 'fields': id -> field).").format(
                name=path.name
            )
        )
    return dict(fields)
