"""The header of a notice, read layout first: label/value pairs of every shape
(:mod:`~secondment_desk.vacancy.layout`), heading lines of parts, address lines, and the
organisation registry's offices, grade scales and closing-time zone
(:mod:`~secondment_desk.organisations.recognition`). The parser calls these; each fills only
what is still missing and checks a value by its type first.
"""

from __future__ import annotations

import re
from functools import cache

from secondment_desk import countries
from secondment_desk.organisations import recognition
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import literal_trie
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import layout, lexicon, post_nouns, signals
from secondment_desk.vacancy.dates import first_date
from secondment_desk.vacancy.draft import Draft

find_grade = recognition.find_grade
cet_zone = recognition.cet_zone


def header_pairs(text: str) -> dict[str, list[fx.Hit]]:
    """Key/value pairs: the "Key: value" reader first, then every layout shape the label
    lexicon finds (resources/vacancy/labels.json), each value judged by its field later."""
    kv = {
        name: [layout.cut_at_label(layout.cut_glued_label(h)) for h in hits]
        for name, hits in fx.key_values(text).items()
    }
    for name, hits in layout.pairs(text).items():
        have = kv.setdefault(name, [])
        starts = {h.start for h in have}
        have.extend(layout.cut_glued_label(h) for h in hits if h.start not in starts)
    return kv


# "NOTE : NOB": WFP's French notices call the grade "note" (a grade must follow at once);
# "contract agent FGIV", "(Grade A1/A2)", "This post is classified A2-A4 on the ... scale"
_GRADE_CUE = re.compile(
    r"\b(?:[Cc]ontract [Aa]gent|CA|[Gg]rade|GRADE|is classified(?: at| as)?)\s+"
    r"|\b(?:NOTE|Note)[ \t]*:[ \t]*"
)
_HEADING_LINES = 8
_TEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")


def grade_after_cue(text: str, org: str | None) -> fx.Hit | None:
    """ "contract agent FGIV", "(Grade A1/A2)": a grade of the organisation's scales after
    the word that announces one."""
    for m in _GRADE_CUE.finditer(text, 0, min(len(text), 8000)):
        found = recognition.find_grade(org, text[m.end() : m.end() + 16])
        if found and found.start() == 0:
            at = m.end()
            return fx.Hit(found.group(), at, at + len(found.group()))
    return None


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _bracket_after_post() -> re.Pattern[str]:
    """ "position (", "post (" or a post noun of the data, capitalised as a title writes it,
    before a bracket: "Project Assistant (G5)", not "the assistant (G5)"."""
    nouns = (w[:1].upper() + w[1:] for w in post_nouns.post_words())
    return re.compile(r"\b(?:position|post|" + literal_trie(nouns) + r")\s*\(")


_UNIT_LINE = re.compile(
    r"(?:Directorate|Direction|Division|Department|Bureau|Office of the|Sector|Section)\b"
    r"[^\n.:;]{3,100}$"
)


_ACRONYM = re.compile(r"[A-Z]{3,6}")  # a body's acronym stands alone: "ESDC", "CEPOL"


def _prose_follows(after: str) -> bool:
    """A lower-case word ("... Zagranicznych informuje") or a dash before a unit's name."""
    return after[:1].islower() or after[:2] in ("– ", "— ", "- ")


def _whole_at(head: str, written: str, in_prose: bool = False) -> int:
    """Where ``written`` first stands in ``head`` as a whole name (not the start of a longer
    one: "CEPOL/2018/SNE/02" is none, "to CEPOL CEPOL was" is); an acronym may stand before a
    space; ``in_prose``: any name before a lower-case word ("Ministerstwo Spraw Zagranicznych
    ogłasza")."""
    at = head.find(written)
    while at >= 0:
        end = at + len(written)
        if (
            end == len(head)
            or head[end] in "\n,;)–-|"
            or head[end : end + 2] == " ("
            or (
                head[end] == " "
                and (
                    _ACRONYM.fullmatch(written) is not None
                    or (in_prose and _prose_follows(head[end + 1 : end + 3]))
                )
            )
        ):
            return at
        at = head.find(written, at + 1)
    return -1


def _registry_names(entry: recognition.Compiled) -> list[tuple[str, str]]:
    """(name as written, office name) for every name and declined form, longest first."""
    pairs = [(n, n) for n in entry.recognition.names]
    pairs += list(entry.recognition.name_forms.items())
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


_PUBLISHER_REACH = 800  # a national body that publishes a call names itself at its top
_PUBLISHERS = "national"


def _call_top(head: str) -> int:
    """Where a call's own text starts: the line of its first announcement ("..., działając
    w ramach zadania zleconego przez MSZ RP, ogłasza nabór"), when a page's menus and banners
    push it past a publisher's reach; else 0, the top of the text."""
    first = min((at for at, _end in signals.lexicon().announcement.spans(head.lower())), default=0)
    return head.rfind("\n", 0, first) + 1 if first > _PUBLISHER_REACH else 0


def office_from_registry(text: str, org: str | None) -> fx.Hit | None:
    """An office the registry names for this organisation (a declined form gives the name),
    else a national body that publishes the call naming itself at the top (a ministry's call
    for OSCE or EU observers), else a unit named on a line of its own among the first lines
    ("Directorate of Legal Advice and Public International Law")."""
    entry = recognition.by_short_name(org)
    head = text[: min(len(text), 3000)]
    publishers = recognition.family_recognition(_PUBLISHERS)
    own = entry is not None and entry.short_name == publishers.short_name
    if entry and not own:
        for written, name in _registry_names(entry):
            at = _whole_at(head, written)
            if at >= 0 and not fx.is_generic_org(name):  # the name itself, not its start
                return fx.Hit(name, at, at + len(written))
    top = head if own else head[: _call_top(head) + _PUBLISHER_REACH]
    found = [(_whole_at(top, w, True), -len(w), w, n) for w, n in _registry_names(publishers)]
    if not own:  # a publisher opens its line ("Departament Wschodni Ministerstwa ... informuje")
        found = [f for f in found if f[0] >= 0 and f[0] - (top.rfind("\n", 0, f[0]) + 1) <= 40]
    first = min((f for f in found if f[0] >= 0), default=None)  # the first named, longest
    if first:
        at, _rank, written, name = first
        return fx.Hit(name, at, at + len(written))
    for line in list(_TEXT_LINE.finditer(text, 0, min(len(text), 2000)))[: _HEADING_LINES + 4]:
        value = line.group().strip()
        if _UNIT_LINE.match(value) and len(value.split()) <= 12:
            at = line.start() + line.group().find(value)
            return fx.Hit(value, at, at + len(value))
    return None


_SUPERVISOR_BEFORE = re.compile(
    r"\b(?:reports?|reporting)\s+(?:directly\s+)?to\b[^.\n]*$|"
    r"\b(?:supervision|guidance|authority)\s+of\b[^.\n]*$|\bsupervised\s+by\b[^.\n]*$",
    re.I,
)


def grade_in_brackets(text: str, org: str | None) -> fx.Hit | None:
    """ "a Project Associate position (NPSA-7)", "Project Assistant (G5)": a grade of the
    organisation's scales in brackets right after the post it grades."""
    for m in _bracket_after_post().finditer(text, 0, min(len(text), 6000)):
        close = text.find(")", m.end(), m.end() + 16)
        if close < 0:
            continue
        if _SUPERVISOR_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "reports to the Administrative Officer (P3)": the supervisor's grade
        inner = text[m.end() : close].strip()
        if recognition.is_grade(org, inner):
            at = text.find(inner, m.end())
            return fx.Hit(inner, at, at + len(inner))
    return None


def apply_heading(draft: Draft, text: str, org: str | None) -> None:
    """A heading of parts (title, grade, office, place, reference): a labelled title loses the
    parts a system appended to it; a heading line gives what is still missing."""
    title = draft.values.get("title")
    span = draft.spans.get("title")
    if isinstance(title, str) and span and (fx.PARTS.search(title) or fx.UNIT_CODE.search(title)):
        parts = fx.heading_parts(text, span.start, span.end, org)
        if parts.title and parts.title.value != title:
            draft.put("title", parts.title.value, parts.title, force=True)
            _put_parts(draft, parts)
    lines = list(_TEXT_LINE.finditer(text, 0, min(len(text), 4000)))
    first = _first_content_line(lines)  # a site's menus and cookie banner above the notice
    for line in lines[first : first + _HEADING_LINES]:
        if len(fx.PARTS.findall(line.group())) < 2 or len(line.group().split()) > 40:
            continue
        if _SENTENCE.search(line.group()):
            continue  # "It helps the EU's foreign affairs chief – the High ... Policy.": prose
        if layout.is_label_line(line.group()) and not _heading_after_vacancy_label(
            line.group(), org
        ):
            continue  # "Grade: Consultant - Contractors Agreement" is a pair, not a heading
        parts = fx.heading_parts(text, line.start(), line.end(), org)
        if parts.title is None:
            continue
        draft.put("title", parts.title.value, parts.title)
        _put_parts(draft, parts)
        break
    if not draft.has("issue_date"):
        for n, line in enumerate(lines[first : first + _HEADING_LINES], first):
            if not line.group().lstrip()[:1].isdigit():
                continue  # the line must start with its date
            if n and layout.is_label_line(lines[n - 1].group().strip()):
                continue  # "Closing Date:" above it: the date is that label's value
            d = first_date(text, line.start(), line.end())
            rest = text[d.end : line.end()] if d else ""
            if (
                d
                and not text[line.start() : d.start].strip()
                and len(rest.split()) <= 3
                and not re.search(r"deadline|clos|until|\bby\b", line.group(), re.I)
            ):
                draft.put("issue_date", d.iso, fx.Hit(d.iso, d.start, d.end))
                break


# A line of prose, not a heading: a dozen words or more ending in a full stop after a word.
_SENTENCE = re.compile(r"^\s*(?:\S+\s+){11,}\S*[^\W\d_]{3}\.\s*$")
_CHROME_LINES = 60  # the most lines of site furniture read past above a notice


def _first_content_line(lines: list[re.Match[str]]) -> int:
    """The index of the first line that may be the notice's: the lines above it are a site's
    furniture ("Home", "Sign in", "We use cookies ...", "Language: English | Français"), with
    neither a digit nor a post noun, so no heading and no dated line; 0 when none is."""
    nouns = post_nouns.title_nouns()
    for n, line in enumerate(lines[:_CHROME_LINES]):
        value = line.group()
        if any(c.isdigit() for c in value) or nouns.search(value):
            return n
    return 0


_VACANCY_LABEL = re.compile(r"^\W*(?:\w+\s+)?vacancy(?:\s+notice)?\s*:\s*", re.I)


def _heading_after_vacancy_label(line: str, org: str | None) -> bool:
    """ "Vacancy Notice: EUROPEAN EXTERNAL ACTION SERVICE (EEAS) - Regional Security Officer
    AT THE EU DELEGATION TO NIGER - CONTRACT AGENT FG III": a page's heading of parts after
    the vacancy word (as in "EEAS Vacancy: ... - HQ Contract Agent FGIII - ..."), not the
    vacancy's number; a part with a digit must be a grade."""
    lead = _VACANCY_LABEL.match(line)
    if not lead:
        return False
    parts = [p.strip() for p in fx.PARTS.split(line[lead.end() :]) if p.strip()]
    if len(parts) < 3:
        return False
    for part in parts:
        if any(c.isdigit() for c in part):
            graded = find_grade(org, part)
            if not graded or any(c.isdigit() for c in part.replace(graded.group(), "")):
                return False
    return True


def _put_parts(draft: Draft, parts: fx.HeadingParts) -> None:
    if parts.grade:
        draft.put("grade", parts.grade.value, parts.grade)
    if parts.office:
        draft.put("office", parts.office.value, parts.office)
    if parts.station:
        draft.put("duty_station", parts.station.value, parts.station)
    if parts.reference:
        draft.put("requisition_id", parts.reference.value, parts.reference)


def address_line(text: str) -> tuple[fx.Hit, fx.Hit] | None:
    """ "EEAS Headquarters, Brussels, Belgium": a short line naming a known city and, last, the
    country that city is in (the two agree, so neither is a guess)."""
    for line in _TEXT_LINE.finditer(text, 0, min(len(text), 20000)):
        value = line.group()
        if value.count(",") not in (1, 2, 3) or len(value) > 80 or len(value.split()) > 8:
            continue
        parts = [p.strip() for p in value.split(",")]
        if not parts[-1][:1].isupper() or len(parts[-1]) > 40:
            continue
        country = countries.normalize(parts[-1].rstrip(" ."))
        if not country:
            continue
        for part in parts[:-1]:
            city = lexicon.canonical_city(part)
            if city and fx.country_of_station(city) == country:
                at = line.start() + value.find(part)
                c_at = line.start() + value.rfind(parts[-1])
                return (
                    fx.Hit(city, at, at + len(part)),
                    fx.Hit(country, c_at, c_at + len(parts[-1])),
                )
    return None
