"""Label/value pairs in every shape a notice's header comes in, mapped to fields by data.

Shapes read (labels from :mod:`secondment_desk.vacancy.labels`):

- "Label: value" on one line, several on a line when they run together (a PDF's header
  flattened into one paragraph: "Grade: P-4 Duty Station: Geneva");
- "Label:" or "Label" alone on its line, the value on the next non-empty line;
- table cells, "| Label | value |" or tab-separated;
- a row of labels followed by a row of values, cell by cell;
- a header table flattened into one line without separators ("Issued by OSCE Mission to
  Serbia Vacancy number VNSRBS00123 Vacancy type International Seconded Grade S2 ..."): a run
  of three or more capitalised labels, each value up to the next label;
- a header table's rows one a line with the separator lost ("Vacancy number VNSRBS00123",
  "Duty station Belgrade"): three or more such lines in a row.

HTML ``dl``/``table`` reach here as the readers' text (one cell per line or tab-separated).
Values are not judged here: the parser checks each by its type.
"""

from __future__ import annotations

import re
from functools import cache

from secondment_desk.regex_cache import kept_compiled
from secondment_desk.vacancy.hit import Hit
from secondment_desk.vacancy.items import WRAP_WIDTH, ends_on_joiner
from secondment_desk.vacancy.labels import lexicon, norm_label

LIMIT = 20000  # header labels sit in the first pages
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LEAD = " \t#*•●▪>|-–"
_TRIM = " \t|;,•*-–"
_CELL_SPLIT = re.compile(r"\t+|\s*\|\s*")
# The columns of a PDF's table as its text gives them: cells apart by runs of spaces.
_SPACE_SPLIT = re.compile(r" {2,}")
_SPACES = re.compile(r"\s+")
_FIRST_WORD = re.compile(r"[ \t#*•●▪>|\-–]*([^\W\d_]+)")
_VALUE_MAX = 260  # a UNICEF title of parts runs to 240 ("..., NOB, TA, 364 jours, Abuja, Nigeria")
_CLOSED = '.;:!?)»”"'
_STRAY = " \t.,;:·"
_SEAM = re.compile(r"[a-z\u00e0-\u00ff\u0430-\u044f)][A-Z0-9\u00c0-\u00de\u0410-\u042f]")
# Words one of the reference labels holds (lower case): a line without any is not searched.
# A label numbered for one of several parts: "Poste 1 :", "POST 2:", "Puesto 1:".
_NUMBERED = re.compile(r"(\S.*?)[ \t]+\d{1,2}[ \t]*$")
_REFERENCE_CUE = re.compile(
    r"job|vacanc|requisition|post n|n°|numéro|número|номер|jo n|req| id|al proceso", re.I
)
# The same cues, matched case-sensitively on the lower-cased text: about seven times faster
# than an ignore-case alternation (parse speed, bench/parse_vacancies.py).
_REFERENCE_CUE_LOWER = re.compile(_REFERENCE_CUE.pattern)


def _label_field(raw: str) -> str | None:
    return lexicon().by_label.get(norm_label(raw.strip(_LEAD).rstrip(":： ")))


# A value run into the next label written in capitals: "SecretariatVACANCY", "2018DEADLINE",
# "(CET/CEST)DATE" (a header table whose cells lost their breaks).
_GLUED_CAPS = re.compile(r"[a-z\u00e0-\u00ff0-9)](?=[A-Z\u00c0-\u00de]{2})")


def _label_before(text: str, line_start: int, colon: int) -> tuple[int, str] | None:
    """(start, field) of the longest label ending just before ``colon`` on its line."""
    window_start = max(line_start, colon - 80)
    words = list(_WORD.finditer(text, window_start, colon))
    if not words or words[-1].end() < colon - 2:
        return None
    most = lexicon().longest
    by_label = lexicon().by_label
    first_words = lexicon().first_words
    # the window's glued places, found once (each is one character: none hides another); one
    # is in a label's first word when its two capitals end inside that word too
    glued_at = [m.start() for m in _GLUED_CAPS.finditer(text, window_start, colon)]
    for k in range(min(most, len(words)), 0, -1):
        first = words[-k]
        start = first.start()
        while start < colon and text[start] in "(•*-–|#>":
            start += 1
        # every label opens with one of the lexicon's first words: the rest need no lookup
        opening = _LETTERS.match(text, start, first.end())
        opens = opening is not None and opening.group().casefold() in first_words
        name = by_label.get(norm_label(text[start:colon])) if opens else None
        if name is None and glued_at:  # "OSCE SecretariatVACANCY NUMBER:": a label run
            # onto the value before it
            end = first.end()
            glued = next((at for at in glued_at if at >= start and at + 3 <= end), None)
            if glued is not None:
                start = glued + 1
                name = by_label.get(norm_label(text[start:colon]))
        if name is None:
            if not opens:  # a numbered label opens with a label's first word too
                continue
            numbered = _NUMBERED.match(text, start, colon)  # "Poste 1 :", "Post 2:"
            if numbered and by_label.get(norm_label(numbered.group(1))) == "title":
                name = "title"
            else:
                continue
        at_line_start = not text[line_start:start].strip(_LEAD)
        if at_line_start or text[start].isupper() or text[start - 1] in "|\t":
            return start, name
    return None


def _next_line(text: str, end: int, stop: int) -> re.Match[str] | None:
    m = _LINE.search(text, end + 1, stop)
    while m and not m.group().strip():
        m = _LINE.search(text, m.end() + 1, stop)
    if not m or text.count("\n", end, m.start()) > 2:
        return None
    return m


def is_label_line(line: str) -> bool:
    """True for a line that is a label, or starts with one before a colon."""
    if _label_field(line):
        return True
    head = line.split(":", 1)[0]
    return ":" in line and _label_field(head) is not None


def _hit(text: str, start: int, end: int) -> Hit | None:
    raw = text[start:end]
    value = raw.strip(_TRIM)
    if not value or len(value) > _VALUE_MAX:
        return None
    at = start + raw.find(value)
    return Hit(_SPACES.sub(" ", value), at, at + len(value))


def _wrapped(text: str, hit: Hit, stop: int) -> Hit:
    """A title value with the lines a PDF wrapped it onto: the line is long and runs on (no
    closing stop), or ends on a joining word ("... de género en" / "Administración Pública."),
    and the next line is neither a label nor a list item. A joining word also carries the
    value over a blank line and a stray mark ("... Local y" / "" / ". Género en ...")."""
    value, end = hit.value, hit.end
    for _n in range(3):
        joined = ends_on_joiner(value)
        if value[-1:] in _CLOSED or not (joined or len(value) >= WRAP_WIDTH):
            break
        nxt = _LINE.search(text, end + 1, stop)
        while joined and nxt and not nxt.group().strip(_STRAY):
            nxt = _LINE.search(text, nxt.end() + 1, stop)
        if not nxt or (not joined and text.count("\n", end, nxt.start()) > 1):
            break
        line = nxt.group().strip().lstrip(_STRAY)
        if not line or is_label_line(line) or line[0] in _LEAD or len(value) + len(line) > 250:
            break
        if not joined and len(line) < WRAP_WIDTH * 2 // 3:
            break  # a short line under a long one is the next heading ("Result of Service")
        value, end = f"{value} {line}", nxt.end()
    if end == hit.end:
        return hit
    while text[end - 1] in " .;":
        end -= 1
    return Hit(_SPACES.sub(" ", value.rstrip(" .;")), hit.start, end)


_BARE_LABEL = re.compile(r"[ \t]*[A-Z][\w/ ()\-]{1,40}:[ \t]*")


def _bare_labels_above(lines: list[re.Match[str]], index: int) -> int:
    """How many lines right above line ``index`` are a label alone with its colon, a PDF's
    column of labels over its column of values; none when the line below is a label too."""
    if index + 1 < len(lines) and _BARE_LABEL.fullmatch(lines[index + 1].group()):
        return 0
    count = 0
    while index - count - 1 >= 0 and _BARE_LABEL.fullmatch(lines[index - count - 1].group()):
        count += 1
    return count


def pairs(text: str) -> dict[str, list[Hit]]:
    """Field -> values, in the order they appear, for every label/value pair found."""
    stop = min(len(text), LIMIT)
    first_words = lexicon().first_words
    found: list[tuple[int, str, Hit]] = []
    lines = list(_LINE.finditer(text, 0, stop))
    rows = _row_lines(text, lines, first_words, found)
    skip_until = -1
    for index, line in enumerate(lines):
        if line.start() < skip_until or index in rows:
            continue
        content = line.group()
        size = len(content)
        has_colon = ":" in content
        if size > 120 and not has_colon and "\t" not in content and "|" not in content:
            # prose: no label shape holds a long line without a separator, but a header
            # table flattened into one line (it starts with a label)
            lead = _FIRST_WORD.match(content)
            if size <= _RUN_LINE_MAX and lead and lead.group(1).casefold() in first_words:
                _label_run(text, line, found)
            continue
        if ("|" in content or "\t" in content) and _cells(
            text, line, lines[index + 1 : index + 3], found
        ):
            skip_until = line.end() + 1
            continue
        if "  " in content.strip() and _cells(
            text, line, lines[index + 1 : index + 3], found, _SPACE_SPLIT
        ):
            skip_until = line.end() + 1
            continue
        column = _label_column(text, lines, index, first_words, found)
        if column:
            skip_until = column
            continue
        # a label alone on its line: the value is the next line's
        first = _FIRST_WORD.match(content)
        name = (
            _label_field(content)
            if size <= 80 and first and first.group(1).casefold() in first_words
            else None
        )
        if name is not None and ":" not in content.rstrip(":： \t"):
            nxt = _next_line(text, line.end(), stop)
            # labels alone on lines one over the other ("Status:" over "Location:"), then
            # their values in the same order: this label's value is as many lines further
            for _ in range(_bare_labels_above(lines, index)):
                nxt = _next_line(text, nxt.end(), stop) if nxt else None
            # the next line is the value unless it is a label itself ("GradeNOA" glued too)
            if nxt and not is_label_line(nxt.group()) and not _glued_label(nxt.group()):
                hit = _hit(text, nxt.start(), nxt.end())
                if hit and name == "title":
                    hit = _wrapped(text, hit, stop)
                if hit:
                    found.append((line.start(), name, hit))
                # a value line holding a pair of its own is read again for it: the row of
                # ticked boxes "Internacional   Local: Cochabamba" under "Tipo de contrato"
                skip_until = nxt.start() if ":" in nxt.group() else (hit.end if hit else nxt.end())
            continue
        starts_with_label_word = bool(first and first.group(1).casefold() in first_words)
        if not has_colon and starts_with_label_word and _dash_pair(text, line, stop, found):
            continue
        if not (has_colon and _colon_pairs(text, line, stop, found)) and not (
            starts_with_label_word and size <= _RUN_LINE_MAX and _label_run(text, line, found)
        ):
            _glued(text, line, found)
    _inline_references(text, min(stop, 4000), found)
    out: dict[str, list[Hit]] = {}
    for _at, name, hit in sorted(found, key=lambda f: f[0]):
        out.setdefault(name, []).append(hit)
    return out


# A dash between spaces standing for the colon: "Grade - P-4", "Duty station – Tbilisi".
_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def _dash_pair(
    text: str, line: re.Match[str], stop: int, found: list[tuple[int, str, Hit]]
) -> bool:
    """A line opening with a whole label, then a dash, then its value."""
    content = line.group()
    dash = _DASH.search(content, 0, 80)
    if dash is None:
        return False
    lead = len(content) - len(content.lstrip(_LEAD))
    name = _label_field(content[lead : dash.start()])
    if name is None:
        return False
    hit = _hit(text, line.start() + dash.end(), line.end())
    if hit is None:
        return False
    if name == "title":
        hit = _wrapped(text, hit, stop)
    found.append((line.start() + lead, name, hit))
    return True


def _alone_label(content: str, first_words: frozenset[str]) -> str | None:
    """The field of a line that is a label alone (with or without its colon)."""
    first = _FIRST_WORD.match(content)
    if len(content) > 80 or not first or first.group(1).casefold() not in first_words:
        return None
    return _label_field(content)


# Fewer labels one over the other are more often a label left empty above the next one.
_COLUMN_MIN = 3


def _label_column(
    text: str,
    lines: list[re.Match[str]],
    index: int,
    first_words: frozenset[str],
    found: list[tuple[int, str, Hit]],
) -> int:
    """A PDF's column of labels over its column of values ("Job Title:" / "Grade:" / ...,
    then "Political Affairs Officer" / "P-4" / ...): each label's value is the value line at
    its rank. Where the block ends (0: no such block at line ``index``)."""
    if _alone_label(lines[index].group(), first_words) is None:
        return 0  # the cheap test first: most lines are no label alone
    filled = [i for i in range(index, min(len(lines), index + 40)) if lines[i].group().strip()]
    names: list[str] = []
    for i in filled:
        name = _alone_label(lines[i].group(), first_words)
        if name is None:
            break
        names.append(name)
    count = len(names)
    values = filled[count : 2 * count]
    if count < _COLUMN_MIN or len(values) < count:
        return 0
    if any(is_label_line(lines[i].group()) or _glued_label(lines[i].group()) for i in values):
        return 0
    for rank, (name, i) in enumerate(zip(names, values, strict=True)):
        hit = _hit(text, lines[i].start(), lines[i].end())
        if hit:
            found.append((lines[filled[rank]].start(), name, hit))
    return lines[values[-1]].end()


def _colon_pairs(
    text: str, line: re.Match[str], stop: int, found: list[tuple[int, str, Hit]]
) -> bool:
    keys: list[tuple[int, int, str]] = []  # label start, value start, field
    colon = text.find(":", line.start(), line.end())
    while colon >= 0:
        label = _label_before(text, line.start(), colon)
        if label:
            keys.append((label[0], colon + 1, label[1]))
        colon = text.find(":", colon + 1, line.end())
    for i, (k_start, v_start, name) in enumerate(keys):
        v_end = keys[i + 1][0] if i + 1 < len(keys) else line.end()
        while v_start < v_end and text[v_start] in ":：":  # "Duty Station:: The Hague"
            v_start += 1
        hit = _hit(text, v_start, v_end)
        if hit is None and i + 1 == len(keys) and not text[v_start:v_end].strip(_TRIM):
            if i == 0:  # "2063 Vacancy notice no:": a copy swapped the cells
                hit = _value_before(text, line.start(), k_start)
            nxt = None if hit else _next_line(text, line.end(), stop)
            if nxt and not is_label_line(nxt.group()):
                hit = _hit(text, nxt.start(), nxt.end())
        if hit and name == "title" and i + 1 == len(keys):
            hit = _wrapped(text, hit, stop)
        if hit:
            found.append((k_start, name, hit))
    return bool(keys)


_CODE_FIRST = re.compile(r"[ \t]*(?P<value>[A-Z0-9][\w/.\-]*\d[\w/.\-]*)[ \t]+")


def _value_before(text: str, line_start: int, label_start: int) -> Hit | None:
    """The value a line holds before its label when that is one code with a digit."""
    m = _CODE_FIRST.fullmatch(text, line_start, label_start)
    return Hit(m.group("value"), m.start("value"), m.end("value")) if m else None


_RUN_LINE_MAX = 1500
_RUN_LABELS_MIN = 3  # fewer is prose that happens to hold a label's words
_RUN_LAST_VALUE = 120  # the last label's value: the rest of a flattened page follows it


def _label_run(text: str, line: re.Match[str], found: list[tuple[int, str, Hit]]) -> bool:
    """ "Issued by OSCE Secretariat Vacancy number VNSECS01268 Vacancy type International
    Seconded Grade S2 ...": a header table whose cells a copy ran into one line. Each label is
    capitalised and starts a word; a one-word label must be followed by a value, not by a
    small word ("Office in Bishkek" is a value). True when the line was such a run."""
    content = line.group()
    if content.count(" ") < 2 * _RUN_LABELS_MIN:
        return False
    words = list(_WORD.finditer(content))
    lex = lexicon()
    if words[0].group().strip(_LEAD).casefold() not in lex.first_words:
        return False  # a flattened header starts with its first label
    labels: list[tuple[int, int, str]] = []  # label start, label end (in the line), field
    i = 0
    while i < len(words):
        first = words[i].group()
        if not first[:1].isupper() or first.casefold() not in lex.first_words:
            i += 1
            continue
        for k in range(min(lex.longest, len(words) - i), 0, -1):
            last = words[i + k - 1]
            name = lex.by_label.get(norm_label(content[words[i].start() : last.end()]))
            if name is None:
                continue
            nxt = words[i + k] if i + k < len(words) else None
            if k == 1 and (nxt is None or nxt.group()[:1].islower()):
                break  # "Office in Bishkek": a value's word, not a label
            labels.append((words[i].start(), last.end(), name))
            i += k - 1
            break
        i += 1
    if len(labels) < _RUN_LABELS_MIN or labels[0][0] != words[0].start():
        return False
    base = line.start()
    for n, (_l_start, l_end, name) in enumerate(labels):
        v_end = (
            labels[n + 1][0] if n + 1 < len(labels) else min(len(content), l_end + _RUN_LAST_VALUE)
        )
        hit = _hit(text, base + l_end, base + v_end)
        if hit:
            found.append((base + labels[n][0], name, hit))
    return True


_ROW_LINE_MAX = 120


def _row_label(content: str, first_words: frozenset[str]) -> tuple[int, str] | None:
    """(end of the label, field) when ``content`` is "Label value" with no separator: a
    capitalised label of two or more words, or of one word before a value holding a digit
    ("Grade S2"; "Office Manager" is a title, "Mission Director" a post)."""
    if ":" in content or len(content) > _ROW_LINE_MAX or " " not in content:
        return None
    first = _FIRST_WORD.match(content)
    if (
        not first
        or not first.group(1)[:1].isupper()
        or first.group(1).casefold() not in first_words
    ):
        return None
    words = list(_WORD.finditer(content))
    lex = lexicon()
    for k in range(min(lex.longest, len(words) - 1), 0, -1):
        name = lex.by_label.get(norm_label(content[words[0].start() : words[k - 1].end()]))
        if name is None:
            continue
        value = content[words[k].start() :]
        # one word before a value: "Grade S2"; or a label in capitals before a value that is
        # not ("POSITION ESTH/Economic Assistant" in a table that lost its separator)
        capitals = words[0].group().isupper() and len(words[0].group()) > 2
        if (
            k == 1
            and not any(c.isdigit() for c in value)
            and not (capitals and not value.isupper())
        ):
            return None
        if not value[:1].isupper() and not value[:1].isdigit():
            return None
        return words[k - 1].end(), name
    return None


def _row_lines(
    text: str,
    lines: list[re.Match[str]],
    first_words: frozenset[str],
    found: list[tuple[int, str, Hit]],
) -> set[int]:
    """Indexes of the lines read as a header table's rows ("Duty station Belgrade"): only in
    a block of three or more in a row (blank lines between allowed)."""
    block: list[tuple[int, int, str]] = []
    taken: set[int] = set()

    def close() -> None:
        if len(block) >= 3:
            for index, end, name in block:
                line = lines[index]
                hit = _hit(text, line.start() + end, line.end())
                if hit:
                    found.append((line.start(), name, hit))
                    taken.add(index)
        block.clear()

    for index, line in enumerate(lines):
        content = line.group()
        if not content.strip():
            continue
        row = _row_label(content.strip(_LEAD) if content[:1] in _LEAD else content, first_words)
        if row is None:
            close()
            continue
        lead = len(content) - len(content.lstrip(_LEAD))
        block.append((index, lead + row[0], row[1]))
    close()
    return taken


def _glued_label(content: str) -> tuple[int, int, str] | None:
    """(label start, value start, field) of a label run into its value on this line."""
    if len(content) > 120:
        return None
    lead = len(content) - len(content.lstrip(_LEAD))
    by_label = lexicon().by_label
    for seam in _SEAM.finditer(content, lead + 2, min(len(content), lead + 46)):
        i = seam.start() + 1
        name = by_label.get(norm_label(content[lead:i]))
        if name:
            return lead, i, name
    return None


def _glued(text: str, line: re.Match[str], found: list[tuple[int, str, Hit]]) -> None:
    """ "GradeNOA", "Target Start Date2024-04-01": a system's label run into its value."""
    glued = _glued_label(line.group())
    if glued:
        lead, i, name = glued
        hit = _hit(text, line.start() + i, line.end())
        if hit:
            found.append((line.start() + lead, name, hit))


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _reference_re() -> re.Pattern[str]:
    labels = sorted(
        (k for k, v in lexicon().by_label.items() if v == "requisition_id"), key=len, reverse=True
    )
    alt = "|".join(r"\s+".join(re.escape(w) for w in k.split(" ")) for k in labels)
    return re.compile(
        rf"(?<!\w)(?:{alt})\.?[ \t]*\(?[#:]?[ \t]*"  # a label's stop is folded away: "No."
        r"(?P<value>(?:[A-Za-z]{1,6}-){0,3}[A-Za-z]{0,6}-?\d[\w/.\-]*\w"  # "PNUD-IC-316/2016"
        r"(?-i: [A-Z]{2,4} (?:19|20)\d\d\b)?)",  # UNDP's "7057 PAN 2016", "6409 RSC 2016"
        re.I,
    )


def reference_lead(line: str) -> int:
    """Where a line's text starts after a reference label and its value that open it ("Job
    No. VN-2025-17 Programme Officer" -> at "Programme"); 0 when none opens it."""
    m = _reference_re().match(line)
    if not m:
        return 0
    return len(line) - len(line[m.end() :].lstrip(" \t-–|,;:"))


def _inline_references(text: str, stop: int, found: list[tuple[int, str, Hit]]) -> None:
    """ "... EEAS Headquarters job n° 447664", "STAFF VACANCY 250974": a reference label with
    its value and no colon, inside a heading."""
    searched_to = -1
    seen: set[int] = set()
    head = text[:stop]
    low = head.lower()
    # lower() keeps offsets unless a character changes length ("İ"): then the slow way.
    cues = (
        _REFERENCE_CUE_LOWER.finditer(low)
        if len(low) == len(head)
        else (_REFERENCE_CUE.finditer(text, 0, stop))
    )
    for cue in cues:
        if cue.start() < searched_to:
            continue
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.start())
        line_end = len(text) if line_end < 0 else line_end
        a, b = max(line_start, cue.start() - 30), min(line_end, cue.end() + 70)
        searched_to = b - 40  # a label that starts later is searched again
        # matched up to the line's end: a value running past the window is not cut short
        # ("... job n° 517017" read as "51701" when the window ended inside it)
        for m in _reference_re().finditer(text, a, line_end):
            if m.start() >= b:
                break
            if m.start() in seen:
                continue
            seen.add(m.start())
            value = m.group("value")
            hit = Hit(value, m.start("value"), m.end("value"))
            found.append((m.start(), "requisition_id", hit))


def cut_glued_label(hit: Hit) -> Hit:
    """The value without a following label run onto its end ("Belgium-BrusselsNATO Body")."""
    value = hit.value
    by_label = lexicon().by_label
    for k in range(max(1, len(value) - 45), len(value) - 2):
        if value[k].isupper() and value[k - 1].islower() and norm_label(value[k:]) in by_label:
            return Hit(value[:k], hit.start, hit.start + k)
    return hit


def cut_at_label(hit: Hit) -> Hit:
    """The value without the next pair a one-line header ran onto it ("Adviser and Head,
    Deputy Secretary-General Division: Secretary-General's Office Grade: F" -> "Adviser and
    Head, Deputy Secretary-General"): cut before a capitalised label of the lexicon with its
    colon, inside the value."""
    value = hit.value
    colon = value.find(":", 1)
    while colon > 0:
        label = _label_before(value, 0, colon)
        if (
            label
            and label[0] > 0
            and (value[label[0] - 1] == " " or _GLUED_CAPS.match(value, label[0] - 1))
        ):
            kept = value[: label[0]].rstrip(_TRIM)
            if kept:
                return Hit(kept, hit.start, hit.start + len(kept))
        colon = value.find(":", colon + 1)
    return hit


def _cell_spans(
    text: str, line: re.Match[str], split: re.Pattern[str] = _CELL_SPLIT
) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    pos = line.start()
    for sep in split.finditer(text, line.start(), line.end()):
        cells.append((pos, sep.start()))
        pos = sep.end()
    cells.append((pos, line.end()))
    return [(a, b) for a, b in cells if text[a:b].strip()]


def _cells(
    text: str,
    line: re.Match[str],
    following: list[re.Match[str]],
    found: list[tuple[int, str, Hit]],
    split: re.Pattern[str] = _CELL_SPLIT,
) -> bool:
    """Pairs from table cells; True when the line was a row of labels (values below)."""
    cells = _cell_spans(text, line, split)
    names = [_label_field(text[a:b]) for a, b in cells]
    if split is _SPACE_SPLIT and not (len(cells) >= 2 and names[0]):
        return False  # columns of spaces: only a line opening with a label is a row
    if len(cells) >= 2 and all(names):
        for nxt in following:
            values = _cell_spans(text, nxt, split)
            if len(values) == len(cells) and not any(_label_field(text[a:b]) for a, b in values):
                for name, (a, b) in zip(names, values, strict=True):
                    hit = _hit(text, a, b)
                    if hit and name:
                        found.append((a, name, hit))
                return True
        return False
    for i, name in enumerate(names[:-1]):
        if name and not names[i + 1]:
            a, b = cells[i + 1]
            hit = _hit(text, a, b)
            if hit:
                found.append((cells[i][0], name, hit))
    return False
