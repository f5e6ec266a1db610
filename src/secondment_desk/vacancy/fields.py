"""Field extractors shared by every notice format.

Each extractor looks at the notice text (or a range of it) and returns values with the
offsets they came from; the parser decides the order in which sources are tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secondment_desk import countries
from secondment_desk.organisations.recognition import (
    by_short_name,
    family_recognition,
    find_grade,
    is_grade,
    registry,
    token_index,
)
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import alternation, load_json_resource, token_trie, word_list
from secondment_desk.vacancy import lexicon
from secondment_desk.vacancy.dates import FoundDate, find_dates, find_time, first_date
from secondment_desk.vacancy.facts import education_mentions
from secondment_desk.vacancy.hit import Hit as Hit  # re-exported: every extractor gives Hits
from secondment_desk.vacancy.items import ends_on_joiner
from secondment_desk.vacancy.items import has_language as names_language
from secondment_desk.vacancy.labels import field_of, norm_label
from secondment_desk.vacancy.labels import lexicon as label_lexicon
from secondment_desk.vacancy.layout import is_label_line, reference_lead
from secondment_desk.vacancy.post_nouns import title_nouns


def prose_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a prose pattern whose spaces also match runs of whitespace and line breaks.

    PDF text wraps sentences mid-phrase ("second-level \\nuniversity degree"); writing the
    patterns with plain spaces keeps them readable.
    """
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch == " ":
            out.append(r"\s" if in_class else r"\s+")
        else:
            out.append(ch)
    return re.compile("".join(out), flags)


_SPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=2)
def one_line(text: str) -> str:
    """``text`` with line breaks read as spaces (same offsets), made once per notice: the
    prose extractors below all look at it, several times per post."""
    return text.replace("\n", " ")


# --- "Key: value" pairs -------------------------------------------------------------------

_WRAPPED_SPACE = r"[ \t]*\n?[ \t]*"  # a space inside a key, or a PDF line break there
_BLANKS = re.compile(r"[ \t]*")
# The next non-empty line: a page's "Job location:" stands over blank lines before its value.
_NEXT_LINE = re.compile(r"\n(?:[ \t]*\n){0,2}[ \t]*([^\n]+)")
# searched in the slice before a colon: a word's first letter (or the slice's) opens it, so
# no place inside a word is tried (the leftmost match opens so all the same)
_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?[ \t]*$")
_LABEL_WORD = re.compile(r"[^\W\d_]+")
# how a character of a label (as the lexicon folds it) may be written in a notice
_AS_WRITTEN = {" ": _WRAPPED_SPACE, "/": r"[ \t]*/[ \t]*", "'": "['’]"}


@dataclass(frozen=True)
class _Keys:
    before_colon: re.Pattern[str]  # a key just before a colon (the stretch before it only)
    alone: re.Pattern[str]  # a key alone on its line (value on the next line) or in a cell
    words: frozenset[str]  # every word of a key: the cheap test before each colon


@lru_cache(maxsize=1)
@kept_compiled()  # built from the label lexicon: compiled once, kept
def _keys() -> _Keys:
    """The keys of "Key: value" pairs: the label lexicon's inline keys
    (resources/vacancy/labels.json), a space also a PDF's line break, a closing full stop
    allowed; a key's field is the lexicon's."""
    labels = sorted(label_lexicon().inline_keys)
    alt = token_trie([[_AS_WRITTEN.get(c, re.escape(c)) for c in k] + [r"\.?"] for k in labels])
    return _Keys(
        re.compile(r"(?:^|(?<=[\s|;]))(?P<key>" + alt + r")[ \t]*$", re.I),
        re.compile(r"^[ \t|•*-]*(?P<key>" + alt + r")[ \t]*(?:\||\t|$)", re.I | re.M),
        frozenset(w for k in labels for w in _LABEL_WORD.findall(k)),
    )


_LINE_RE = re.compile(r"[^\n]+")


def _canon(key: str) -> str:
    return label_lexicon().inline_keys.get(norm_label(key), "other")


# Capitalised words opening the next line before a key ("Job Grade:"), when they and the key
# make a label of the lexicon: not a wrapped value's end ("Middle\nManagement Number of posts").
_LABEL_PREFIX = re.compile(r"\n[ \t|•*-]*((?:[A-Z][\w/&.\-]*[ \t]+){1,3})")
_KEY_AT = re.compile(r"[^\n:]{1,60}?(?=[ \t]*:)")


def _longer_label_starts(text: str, line_end: int, key_start: int) -> bool:
    prefix = _LABEL_PREFIX.fullmatch(text, line_end, key_start)
    key = _KEY_AT.match(text, key_start)
    return bool(prefix and key and field_of(prefix.group(1) + key.group()) is not None)


def key_values(text: str, start: int = 0, end: int | None = None) -> dict[str, list[Hit]]:
    """Values of "Key: value" pairs in ``text[start:end]``, several per line allowed.

    A key alone on its line takes the next line as its value (archived jobs.osce.org pages).
    """
    stop = len(text) if end is None else end
    keys = _keys()
    found: list[tuple[str, int, int, bool]] = []  # canon, key_start, value_start, colon
    colon = text.find(":", start, stop)
    while colon >= 0:
        line_start = text.rfind("\n", start, colon) + 1 or start
        # a key may start on the line before when a PDF wrapped it ("Contract\nType:")
        reach = text.rfind("\n", start, max(start, line_start - 1)) + 1 or start
        word = _LAST_WORD.search(text[max(line_start, colon - 30) : colon])
        m = None
        if word and word.group(1).casefold() in keys.words:
            m = keys.before_colon.search(text, max(reach, colon - 60), colon)
        if m:
            key_line = text.rfind("\n", start, m.start("key")) + 1 or start
            at_line_start = not text[key_line : m.start("key")].strip(" \t|•-*")
            mid_line_ok = (
                m.group("key")[0].isupper()
                and bool(found)
                and m.start("key") - found[-1][1] < 400
                and "\n\n" not in text[found[-1][1] : m.start("key")]
            )  # mid-line keys only where keys run together after a first one
            if at_line_start or mid_line_ok:
                value_start = _BLANKS.match(text, colon + 1, stop)
                v_start = value_start.end() if value_start else colon + 1
                found.append((_canon(m.group("key")), m.start("key"), min(v_start, stop), True))
        colon = text.find(":", colon + 1, stop)
    for m in keys.alone.finditer(text, start, stop):
        line_end = text.find("\n", m.start(), stop)
        line = text[m.start() : line_end if line_end >= 0 else stop]
        if len(line) > 70 or ":" in line:
            continue
        found.append((_canon(m.group("key")), m.start("key"), m.end(), False))
    found.sort(key=lambda f: f[1])
    out: dict[str, list[Hit]] = {}
    for i, (canon, _k_start, v_start, _colon) in enumerate(found):
        line_end = text.find("\n", v_start)
        line_end = stop if line_end < 0 or line_end > stop else line_end
        v_end = line_end
        if i + 1 < len(found):
            following = found[i + 1][1]
            next_end = text.find("\n", line_end + 1, stop)
            next_end = stop if next_end < 0 else next_end
            if following < line_end:
                v_end = following
            elif (
                _colon
                and found[i + 1][3]
                and following <= next_end
                and (text[line_end:following].strip() and text[v_start:line_end].strip())
                and not _longer_label_starts(text, line_end, following)
            ):
                v_end = following  # a wrapped value runs on to the next key on the next line
        value = text[v_start:v_end]
        if not value.strip(" \t|"):
            # value on the next non-empty line, unless that line is itself a key
            nxt = _NEXT_LINE.match(text, v_end)
            if (
                not nxt
                or nxt.end() > stop
                or (i + 1 < len(found) and found[i + 1][1] <= nxt.start(1))
            ):
                continue
            v_start, v_end = nxt.start(1), nxt.end(1)
            value = text[v_start:v_end]
        stripped = value.strip(" \t\n|;,•*-–")
        if not stripped or len(stripped) > 200:
            continue
        offset = value.find(stripped)
        out.setdefault(canon, []).append(
            Hit(_SPACE_RUN.sub(" ", stripped), v_start + offset, v_start + offset + len(stripped))
        )
    return out


_GENERIC_ORG = re.compile(
    r"(?:OSCE|UN|EU|EEAS|United Nations|European Union|"
    r"Organi[sz]ation for Security and Co-?operation in Europe)(?:\s*[(,].*|\s+[-–].*|[-–]\s.*)?",
    re.I,
)


def is_generic_org(value: str) -> bool:
    """True for a bare organisation name ("OSCE - Organization for ..."), not an office."""
    return bool(_GENERIC_ORG.fullmatch(value.strip()))


def first_hit(kv: dict[str, list[Hit]], name: str) -> Hit | None:
    hits = kv.get(name)
    return hits[0] if hits else None


# --- organisation, office, title ----------------------------------------------------------


def organization(text: str) -> Hit | None:
    """The organisation whose names come up most (first on a tie), from the registry
    (``resources/organisations/*/recognition.json``): substrings counted as written, acronyms
    as whole words, all in one pass over the text."""
    pattern, families = token_index()
    sample = text[:60000]
    counts: dict[str, int] = {}
    firsts: dict[str, tuple[int, int]] = {}
    for m in pattern.finditer(sample):
        family, whole_word = families[m.group()]
        if whole_word and (
            (m.start() and (sample[m.start() - 1].isalnum() or sample[m.start() - 1] in "_-"))
            or (m.end() < len(sample) and (sample[m.end()].isalnum() or sample[m.end()] in "_-"))
        ):
            continue
        counts[family] = counts.get(family, 0) + 1
        firsts.setdefault(family, (m.start(), m.end()))
    best: tuple[int, int, Hit] | None = None
    for name, count in counts.items():  # a tie goes to the name met first
        start, end = firsts[name]
        if best is None or (count, -start) > (best[0], best[1]):
            best = (count, -start, Hit(name, start, end))
    return best[2] if best else None


_OFFICE_RE = re.compile(
    r"\bOSCE Office for Democratic Institutions and Human Rights\b|"
    r"\bOSCE (?:Programme Office|Mission|Presence|Centre|Project Co-?ordinator|Office|"
    r"Support Programme|Special Monitoring Mission)(?: (?:in|to|for) (?:the )?"
    r"[A-Z][\w'\-]+(?: and [A-Z][\w\-]+| [A-Z][\w\-]+)?)|"
    r"\bOSCE Secretariat\b(?! and Institutions)|"  # not "the OSCE Secretariat and Institutions"
    r"\bOffice for Democratic Institutions and Human Rights\b|"
    # the institutions; "The OSCE Parliamentary Assembly International Secretariat engages"
    r"\bOSCE (?:High Commissioner on National Minorities|Representative on Freedom of the Media|"
    r"Parliamentary Assembly)|"
    r"\bEU(?:MM|LEX|AM|CAP|BAM|PM|MPM|MA)(?: (?:Sahel )?[A-Z][a-z]+| RCA| COPPS"
    # in capitals, as a heading writes it ("EUCAP SAHEL NIGER"), not a reference ("EUCAP SOM 07")
    r"| (?:SAHEL )?[A-Z]{4,}(?![\w-]| ?\d))?\b"
)


# "Delegation of the European Union to the Republic of Moldova", "EU Delegation to Ethiopia":
# the capitalised words after "to" run on only as far as they name a country.
_DELEGATION = re.compile(
    r"\b(?:EU Delegation|Delegation of the European Union|European Union Delegation) (?:to|in) "
    r"(?P<place>(?:the )?[A-Z][\w'’\-]+(?:(?: and| of(?: the)?)? [A-Z][\w'’\-]+){0,4})"
)


def office(text: str, start: int = 0, end: int | None = None) -> Hit | None:
    stop = len(text) if end is None else end
    m = _OFFICE_RE.search(text, start, stop)
    found = Hit(m.group(), m.start(), m.end()) if m else None
    delegation = _delegation(text, start, stop)
    if delegation and (found is None or delegation.start < found.start):
        return delegation
    return found


def _delegation(text: str, start: int, end: int) -> Hit | None:
    for m in _DELEGATION.finditer(text, start, end):
        words = m.group("place").split(" ")
        for n in range(len(words), 0, -1):  # the longest run of words that is a country
            if countries.normalize(" ".join(words[:n])):
                stop = m.start("place") + len(" ".join(words[:n]))
                return Hit(text[m.start() : stop], m.start(), stop)
    return None


_NOT_TITLE = re.compile(
    r"^(?:skip to|vacancy|vacancies|share|home|menu|apply|job description|alert|back to|"
    r"similar jobs|search|log ?in|sign in|print)\b",
    re.I,
)
# A staff category a page files its notice under ("19/01/2021 - 14:51" / "Temporary agents"),
# and a link to a document of the notice ("Cover Letter ... 24/10/22 (Download Here)"): the
# plural names a kind of staff, the link a file; neither is the post's title.
_CATEGORY_LINE = re.compile(
    r"(?:contract|temporary|local) agents?|seconded national experts|traineeships|officials|"
    r"agentes? (?:temporal|contractual|local)(?:es)?|agents? (?:temporaire|contractuel|local)s?",
    re.I,
)
DOCUMENT_LINK = re.compile(r"\((?:download(?: here)?|pdf|docx?)\)\s*$|\.(?:pdf|docx?)\s*$", re.I)
_GRADE_SUFFIX = re.compile(
    r"\s*(?:[,\-–/]\s*|\(\s*)(?P<grade>S-?[1-4]|S|P-?[1-7]|D-?[12]|G-?[1-7]|GS-?[1-7]|"
    r"NP?O-?[A-D]?|FS-?[1-7]|NO-?[A-D]|ASG|USG|SB-?[1-5]|SC-?[1-9])\s*\)?\s*$"
)
_STATUS_SUFFIX = re.compile(
    r"\s*[\[(](?:cancell?ed|closed|re-?advertis\w*|re-?issued?|extended|amended|updated|"
    r"deadline extended)[\])]\s*$",
    re.I,
)
_SMALL = {"of", "and", "for", "the", "in", "on", "to", "a", "an", "at", "with", "de"}


# Hangul, kana, CJK ideographs, Thai, Arabic: a board's own words around a title in Latin
# letters ("프로그램 (초급) ASSOCIATE PROJECT OFFICER(교육), P-2 채용": programme, junior, ...).
_OTHER_SCRIPT = "\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_OTHER_SCRIPT_RUN = re.compile(
    rf"\(\s*[{_OTHER_SCRIPT}][{_OTHER_SCRIPT}\s]*\)|[{_OTHER_SCRIPT}][{_OTHER_SCRIPT}\w]*"
)
_LATIN_LETTER = re.compile(r"[A-Za-z]{2}")


_BRACKET_LINE = re.compile(r"\n[ \t]*(\([^\n]{3,160}\))[ \t]*(?=\n|$)")


def with_bracket_line(text: str, hit: Hit) -> Hit:
    """A labelled title whose explanation the copy broke onto the next line, whole:
    "JOB TITLE: Senior Policy Officer" + "(Support to the meetings of the PRC)"."""
    m = _BRACKET_LINE.match(text, hit.end)
    if not m or "(" in hit.value or m.group(1).count("(") != m.group(1).count(")"):
        return hit
    return Hit(f"{hit.value} {m.group(1)}", hit.start, m.end(1))


def _peel_places(title: str) -> str:
    """The title without the duty station and country a board appended after commas."""
    while ", " in title:
        head, tail = title.rsplit(", ", 1)
        place = tail.strip(" .")
        if not head.strip() or not (lexicon.canonical_city(place) or countries.normalize(place)):
            break
        title = head.rstrip(" ,")
    return title


_GLUED_AFTER_BRACKET = re.compile(r"\)(?=([^\W\d_]{1,4})\b)")


def _unglue_bracket(title: str) -> str:
    """ "CHARGE(E)DE MISSION" -> "CHARGE(E) DE MISSION": a small word (labels.json's joiners)
    glued to the bracket before it; "Chargé(e)s" keeps its plural."""
    joiners = label_lexicon().joiners
    return _GLUED_AFTER_BRACKET.sub(
        lambda m: ") " if norm_label(m.group(1)) in joiners else ")", title
    )


def tidy_title(raw: str) -> tuple[str, str | None]:
    """The title without a trailing grade, in title case when it was all capitals."""
    title = re.sub(r"\s+", " ", raw).strip(" \t-–,:;|")
    title = _unglue_bracket(title)  # "CHARGE(E)DE MISSION": a lost space
    if _LATIN_LETTER.search(title) and _OTHER_SCRIPT_RUN.search(title):
        title = re.sub(r"\s+", " ", _OTHER_SCRIPT_RUN.sub(" ", title)).strip(" \t-–,:;|")
    # a title written as a sentence ends without its stop (tried at the last character only:
    # the spaces are folded, so no line break follows a stop)
    if title.endswith(".") and _FULL_STOP.match(title, len(title) - 1):
        title = title[:-1]
    # each of these notes closes a bracket, and cutting one off opens none: a title without a
    # closing bracket is tried for none of them
    bracketed = ")" in title or "]" in title
    if bracketed:
        title = _STATUS_SUFFIX.sub("", title)  # "[Cancelled]", "(Re-advertisement)"
        title = _RESERVE_NOTE.sub("", title)  # "Engineer (1 post) (a reserve list to be ...)"
        title = _COUNT_THEN_NOTE.sub("", title)  # "Officer (1 post) – Maternity Leave cover ..."
        title = POST_COUNT.sub("", title)  # "Reporting Officer (3 posts)"
    title = _COUNTERS.sub("", title)  # an aggregator's "86 views0 applications"
    if bracketed:
        title = _GLUED_AGENCY.sub("", title)
    title, grade = _peel_parts(title)
    if grade is None:
        title, grade = _cut_at_grade_part(title)
    for _ in range(4):  # "Officer (TJO), P4 (Temporary Job Opening)": peel from the end
        before = title
        m = _GRADE_SUFFIX.search(title)
        if m and m.start() > 0:
            grade = grade or m.group("grade")
            title = title[: m.start()].strip(" ,-–")
        title, bracket_grade = _peel_bracket(title)
        grade = grade or bracket_grade
        title = _peel_place(title)  # "Head of Sub-Office P5 -Melkadida, Ethiopia"
        title = _peel_places(title)  # "Officer (P-4), New York": the grade is peeled next
        bare = _SPACE_GRADE.search(title)  # "Head of Sub-Office P5": a grade after a space
        if bare and bare.start() > 0 and is_grade(None, bare.group("grade")):
            grade = grade or bare.group("grade")
            title = title[: bare.start()].rstrip(" ,-–")
        if title == before:
            break
    title = _peel_places(title)  # "Political Affairs Officer, New York, United States"
    if grade is None:  # "Information Management Coordinator, B5/B6": any organisation's scale
        tail = _COMMA_TAIL.search(title)
        if tail and tail.start() > 0 and is_grade(None, tail.group("grade")):
            grade = tail.group("grade")
            title = title[: tail.start()].rstrip()
    if title.isupper() and len(title) > 4:
        title = " ".join(_title_case(w, i) for i, w in enumerate(title.split(" ")))
    return title, grade


_PIECES = re.compile(r"([/\-–()&.,]+)")
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})")
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Ýa-z]")


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """Words kept in capitals: the lexicon's, and every organisation's acronym (a registry
    word of capitals only, "OSCE", "UNHCR", "OPCW")."""
    registry_words = (
        w
        for entry in registry()
        for w in (*entry.recognition.words, *entry.recognition.substrings)
        if w.isupper() and " " not in w and len(w) <= 8
    )
    return frozenset((*label_lexicon().title_acronyms, *registry_words))


def _title_case(word: str, index: int) -> str:
    """A word of a title written in capitals, in title case: an acronym, a Roman numeral or
    a word without a vowel ("ICT", "HR") stays as written, piece by piece ("EU/MENA")."""
    if word in _acronyms():
        return word
    low = word.lower()
    if index and low in _SMALL:
        return low
    out: list[str] = []
    after_hyphen = False
    for piece in _PIECES.split(word):
        if not piece or _PIECES.fullmatch(piece):
            out.append(piece)
            after_hyphen = piece[-1:] in "-–"
        elif len(piece) <= 2 and len(out) >= 2 and out[-1] == "(":  # "CHARGE(E)": "Charge(e)"
            out.append(piece.lower())
        elif piece in _acronyms() or _ROMAN.fullmatch(piece) or not _VOWEL.search(piece):
            out.append(piece)
        elif after_hyphen:  # "CO-ORDINATOR": "Co-ordinator"
            out.append(piece.lower())
        else:
            out.append(piece[:1] + piece[1:].lower())
    return "".join(out)


# The length of a post a title states among its parts ("364 days", "11 mois", "6 meses").
_DURATION = re.compile(
    r"^\d{1,3}\s*(?:days?|jours?|días?|dias?|дн\w*|weeks?|semaines?|semanas?|недел\w*|"
    r"months?|mois|meses|mes|месяц\w*|years?|ans?|años?|год\w*|лет)$",
    re.I,
)


def _tail_part(part: str) -> bool:
    """A part a system writes after a title's grade: contract, duration, city or country."""
    bare = part.strip(" .")
    return bool(
        norm_label(bare) in label_lexicon().title_noise
        or _DURATION.match(bare)
        or lexicon.canonical_city(bare)
        or countries.normalize(bare)
    )


def _peel_parts(title: str) -> tuple[str, str | None]:
    """A title written as a row of parts, "Health Specialist (Immunization), NOB, TA, 364
    days, Abuja, Nigeria" (UNICEF's, in every language): the title before the grade, and
    the grade; unchanged unless every part after the grade is a contract, duration or place
    and a place ends the row."""
    parts = title.split(", ")
    if len(parts) < 3:
        return title, None
    for i in range(1, len(parts) - 1):
        if is_grade(None, parts[i].strip()):
            tail = parts[i + 1 :]
            last = tail[-1].strip(" .")
            ends_in_place = bool(lexicon.canonical_city(last) or countries.normalize(last))
            if ends_in_place and all(
                _tail_part(p) or j == len(tail) - 2 for j, p in enumerate(tail)
            ):
                return ", ".join(parts[:i]), parts[i].strip()
            break
    return title, None


def parts_place(hit: Hit) -> tuple[Hit | None, Hit | None]:
    """The duty station and country that end a title of parts ("..., Abuja, Nigeria")."""
    title, grade = _peel_parts(hit.value)
    if grade is None:
        return None, None
    station = country = None
    at = hit.start + len(title)
    for part in hit.value[len(title) :].split(", "):
        bare = part.strip(" .")
        city = lexicon.canonical_city(bare)
        nation = countries.normalize(bare)
        start = hit.value.find(part, at - hit.start) + hit.start
        if city and not station:
            station = Hit(city, start, start + len(part))
        elif nation:
            country = Hit(nation, start, start + len(part))
        at = start + len(part)
    if station and not country:
        nation = lexicon.city_country(station.value)
        country = Hit(nation, station.start, station.end) if nation else None
    return station, country


_PLACE_TAIL = re.compile(r"\s+[-–—]\s*(?P<place>[^\-–—,()]{2,40}(?:,\s*[^\-–—,()]{2,40})?)$")
_SPACE_GRADE = re.compile(r"\s(?P<grade>[A-Z]{1,4}-?\d{1,2}[A-Z]?)$")


def _peel_place(title: str) -> str:
    """``title`` without a place written after a dash ("- Melkadida, Ethiopia", "– Kyiv"): the
    duty station, not part of the post's name."""
    m = _PLACE_TAIL.search(title)
    if not m or m.start() == 0:
        return title
    parts = [p.strip() for p in m.group("place").split(",")]
    if all(len(p.split()) <= 3 for p in parts) and any(
        countries.normalize(p) or lexicon.canonical_city(p) for p in parts
    ):
        return title[: m.start()].rstrip(" ,-–—")
    return title


_COMMA_TAIL = re.compile(r",\s*(?P<grade>[A-Z][A-Z0-9./\- ]{0,10}\d)$")
# A count of posts after the title with a note after a dash: the note is not the title.
_COUNT_THEN_NOTE = re.compile(
    r"\s*\(\s*\d{1,3}\s+(?:posts?|positions?|vacanc(?:y|ies))\s*\)\s*[-–—]\s+\S.*$", re.I
)


_DASH_PART = re.compile(r"\s+[-–—]\s+")
_FIRST_TOKEN = re.compile(r"[^\s()]+")


def _cut_at_grade_part(title: str) -> tuple[str, str | None]:
    """A title line of parts after dashes ends at the first part that opens with a grade:
    what follows a grade is the contract, the place or the office, never the post's name
    ("Legal Officer - P3 (temporary ...)", "Officer/ Researcher (...) - Level (NOC) - City")."""
    for sep in _DASH_PART.finditer(title):
        part = _BRACKET_GRADE_WORD.sub("", title[sep.end() :]).lstrip("( ")
        token = _FIRST_TOKEN.match(part)
        if token and is_grade(None, token.group().rstrip(",;")):
            return title[: sep.start()].rstrip(" ,"), token.group().rstrip(",;")
    return title, None


_FULL_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")
# An EU agency's note after the post title: "(a reserve list to be created for 2 posts to be
# filled)", "(reserve list)": the call's plan, no part of the title.
_RESERVE_NOTE = re.compile(r"\s*\((?:an? )?reserve list\b[^()]{0,80}\)\s*$", re.I)
POST_COUNT = re.compile(
    r"\s*\(\s*\d{1,3}\s+(?:posts?|positions?|vacanc(?:y|ies)|openings?)\s*\)\s*$", re.I
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_LANGUAGE_LEVEL = re.compile(
    r"\b(?:fluen\w*|proficien\w*|knowledge of|command of|written and spoken|mother tongue)\b",
    re.I,
)
_TITLE_WORDS_MAX = 30  # UNICEF titles run long ("Spécialiste de la santé auprès des ...")


def first_sentence(hit: Hit) -> Hit:
    """The value up to its first sentence break ("Research Associate. Arolsen Archives, ...")."""
    m = _SENTENCE_BREAK.search(hit.value)
    if not m:
        return hit
    return Hit(hit.value[: m.start()], hit.start, hit.start + m.start())


def title_ok(value: str) -> bool:
    """A value read under a title label is a title: not a date, a count, a sentence or a
    statement about languages, and not only a place."""
    if not value or len(value.split()) > _TITLE_WORDS_MAX or "http" in value:
        return False
    has_digit = any(c.isdigit() for c in value)
    if (has_digit and find_dates(value)) or _SENTENCE_BREAK.search(value):
        return False
    if has_digit and POST_COUNT.search(value):
        return False
    if _LANGUAGE_LEVEL.search(value) and names_language(value):
        return False
    bare = value.strip(" .,;:")
    if lexicon.canonical_city(bare) or countries.normalize(bare):
        return False
    return bool(re.search(r"[^\W\d_]", value))


# A bracket saying who may apply, not what the post is (UNDP's tiers, national posts).
_ELIGIBILITY = re.compile(
    r"(?:open to\b|only open to\b|tier \d|nationals? only\b|for nationals\b|"
    r"internal candidates only\b|restricted to\b)",
    re.I,
)
# An agency's acronym a board glued after the title's last bracket ("(IPSA-9)UNDP").
_GLUED_AGENCY = re.compile(r"(?<=[)\]])[A-Z]{2,8}$")
_COUNTERS = re.compile(r"\s+\d+\s*views?\s*\d*\s*applications?\s*$", re.I)
_LAST_BRACKET = re.compile(r"\s*[\[(](?P<inner>[^\[\]()]{1,60})[\])]?\s*$")


def _peel_bracket(title: str) -> tuple[str, str | None]:
    """``title`` without a last bracket holding only a system's words ("(TJO)", "[Temporary",
    "(National, Belarus)") or a grade of a known scale ("(Grade A1/A2)", "(LICA 4)")."""
    m = _LAST_BRACKET.search(title)
    if not m or m.start() == 0:
        return title, None
    inner = m.group("inner").strip()
    bare = _BRACKET_GRADE_WORD.sub("", inner)
    graded = find_grade(None, bare)
    if graded and graded.start() == 0:
        return title[: m.start()].rstrip(" ,-–"), graded.group()
    if _ELIGIBILITY.match(inner):  # "[Open to Tier 0 & 1 & 2 applicants]", "(Nationals Only)"
        return title[: m.start()].rstrip(" ,-–"), None
    noise = label_lexicon().title_noise
    if norm_label(inner) in noise:  # "(m/f)", "(ambos sexos)": a gender mark, split by no "/"
        return title[: m.start()].rstrip(" ,-–"), None
    parts = [p.strip() for p in _BRACKET_SPLIT.split(inner) if p.strip()]
    if parts and all(norm_label(p) in noise or _country_named(p) for p in parts):
        return title[: m.start()].rstrip(" ,-–"), None
    return title, None


_CODE = re.compile(r"[A-Z]{2,3}")


def _country_named(part: str) -> bool:
    """A bracket's part names a country ("(National, Belarus)"); a bare code in capitals is
    the title's own abbreviation ("Head of Field Office (FO)"), not the country it codes."""
    return _CODE.fullmatch(part) is None and countries.normalize(part) is not None


# "Officer (P4) At OSCE", "Officer/... at United Nations Office for ... – UNOCHA": a board's
# heading names the employer after the title.
_AT_EMPLOYER = re.compile(
    r"\s+At\s+(?=[A-Z])|\s+at\s+(?=(?:the\s+)?(?:United Nations|UN[A-Z]{0,6}\b|[A-Z]{3,}\b|"
    r"International [A-Z]|World [A-Z]|European [A-Z]|Organi[sz]ation\b))"
    # a heading in capitals: "Regional Security Officer AT THE EU DELEGATION TO NIGER"
    r"|\s+AT\s+(?=(?:THE\s+)?[A-Z]{2,}\b)"
)
_LEADING_BULLET = re.compile(r"^[•●▪◦*\-–]\s*")
_BREADCRUMB = re.compile(r"\s+(?:»|›|>|→)\s+")


def looks_like_title(value: str) -> bool:
    """A post title names a job ("Officer", "Adviser", ...) or is a short plain name."""
    if title_nouns().search(value):
        return True
    words = value.split()
    if words and norm_label(words[0]) in label_lexicon().assignment_words:
        return len(words) <= _TITLE_WORDS_MAX  # "Soporte metodológico de la construcción"
    named = _YEAR_RANGE.sub("", value)  # "Evaluation finale de l’UNDAF 2015-2019" names a plan
    return 0 < len(words) <= 8 and not re.search(r"\d|second|contract|fixed|vacan", named, re.I)


_YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")


PARTS = re.compile(r"\s+[-–—|]\s+|\s*:\s+")
_STATUS_PREFIX = re.compile(
    r"^(?:re-?advertise(?:ment|d)|amended|extended|updated|corrigendum|new)\s*[:\-–]\s*", re.I
)
_VACANCY_WORD = re.compile(r"\bvacanc(?:y|ies)\b|\bvacance\b|\bvacante\b|\bjob title\b", re.I)
_AGENT_GRADE = re.compile(r"^(?:(?:HQ )?contract agent|CA|grade|temporary agent|TA)\s+", re.I)
# The same kind written after the grade: "FGIII Contract Agent" ("EEAS vacancy – FGIII
# Contract Agent – Regional Security officer – EU Delegation to Djibouti").
_AGENT_KIND_AFTER = re.compile(r"\s+(?:HQ\s+)?(?:contract|temporary)\s+agent$", re.I)
# The unit a heading names after the post: "Finance and Contracts Assistant in the Resources
# and Logistics Sector", "job No 447724 in the EEAS ECO.GLOBAL.STRAT.4 Division".
_IN_UNIT = re.compile(
    r"\s+in the\s+(?:[A-Z][\w&.'’\-]*\s+(?:and\s+|&\s+|of\s+)?){1,6}"
    r"(?:Division|Sector|Unit|Section|Directorate|Department)$"
)
# An office a heading names: the delegation or the headquarters the post belongs to.
_OFFICE_LEAD = ("eu delegation", "delegation of", "eeas headquarters")


_PART_REFERENCE = re.compile(r"\b(?:job|vacancy) (?:n[°o]\.?|number) ?(\w*\d[\w/.\-]*)$", re.I)
# A part that is only a reference of slashed segments, one with a digit ("EPSO/AST/153/22 —
# Jefes de administración", "PE/229/S"): the heading's reference, not its title.
_BARE_REFERENCE_PART = re.compile(
    r"(?:(?:job|vacancy) (?:n[°o]\.?|number)|(?:anuncio de|aviso de|avis de) \w+(?: de \w+)?)?"
    r"\s*((?=[\w/.\-]*\d)[A-Z][A-Za-z]*(?:/[A-Za-z0-9.\-]+){2,})",
    re.I,
)
_BRACKET_GRADE_WORD = re.compile(r"^(?:grade|level|grado|classe|niveau)\s+", re.I)
_BRACKET_SPLIT = re.compile(r"[,/;]")
_POSITION_LEAD = re.compile(
    r"^(?:we propose\s*:?\s*)?(?:the )?(?:position|post) of (?:an? )?", re.I
)
UNIT_CODE = re.compile(r"\b[A-Z]{2,}(?:\.[A-Z0-9]+){2,}\b")
_UNIT_HEAD = re.compile(r"\b(?:Division|Unit|Section|Sector|Directorate|Department)\s*$")


def _is_label(part: str) -> bool:
    return field_of(part) is not None


@dataclass
class HeadingParts:
    """A heading line of parts ("EEAS VACANCY NOTICE - CA FG III - Assistant - EU Delegation
    UK - London"), sorted by what each part is."""

    title: Hit | None = None
    grade: Hit | None = None
    office: Hit | None = None
    station: Hit | None = None
    reference: Hit | None = None


def heading_parts(text: str, start: int, end: int, org: str | None) -> HeadingParts:
    out = HeadingParts()
    entry = by_short_name(org)
    names = entry.office_names if entry else frozenset()
    pos = start
    pieces: list[tuple[int, int]] = []
    for sep in PARTS.finditer(text, start, end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    kept: list[tuple[int, int]] = []
    cut: tuple[int, int] | None = None  # a grade's bracket inside the title, left out of it
    name_ended = False
    for a, b in pieces:
        part = text[a:b].strip()
        if not part:
            continue
        at = a + text[a:b].find(part)
        unit = _IN_UNIT.search(part)  # "Assistant in the Resources and Logistics Sector"
        unit_named = bool(unit and unit.start() > 0)
        if unit and unit_named:
            part = part[: unit.start()]
        ref = _PART_REFERENCE.search(part) or _BARE_REFERENCE_PART.fullmatch(part)
        if ref:
            out.reference = out.reference or Hit(ref.group(1), at + ref.start(1), at + ref.end(1))
            part = part[: ref.start()].strip()
            if not part:
                continue
        code = UNIT_CODE.search(part)
        if code and code.end() < len(part) and not _UNIT_HEAD.search(part[: code.start()]):
            part = part[: code.start()].rstrip()  # "Legal Officer BA.01.002 Legal matters"
        kindless = _AGENT_KIND_AFTER.sub("", _AGENT_GRADE.sub("", part))
        bare = _BRACKET_GRADE_WORD.sub("", kindless).strip("() ")
        graded = find_grade(org, bare)
        if graded and graded.start() == 0 and graded.end() == len(bare):
            g_at = at + part.find(graded.group())
            out.grade = out.grade or Hit(graded.group(), g_at, g_at + len(graded.group()))
            name_ended = bool(kept)  # "Title (...) - Level (NOC) - City/Office": name ends
            continue
        city = lexicon.canonical_city(part)
        if city:
            out.station = out.station or Hit(city, at, at + len(part))
            continue
        low = part.casefold()
        if low in names or low.startswith(_OFFICE_LEAD) or low.endswith("headquarters"):
            out.office = out.office or Hit(part, at, at + len(part))
            continue
        if _VACANCY_WORD.search(part) or is_generic_org(part) or countries.normalize(part):
            continue
        if _is_label(part):
            continue
        lead = _POSITION_LEAD.match(part)
        if lead:
            at += lead.end()
            part = part[lead.end() :]
        if name_ended or (not kept and not title_nouns().search(part)):
            continue
        inner = _inner_grade(part, org)  # "Secretary (AST-SC2) to the Deputy Managing Director"
        if inner:
            g_at = at + inner.start("grade")
            out.grade = out.grade or Hit(inner.group("grade"), g_at, g_at + len(inner["grade"]))
            cut = (at + inner.start(), at + inner.end())
            kept.append((at, at + len(part)))
            name_ended = True  # the part that writes the grade ends the post's name
            continue
        employer = _AT_EMPLOYER.search(part)  # "Programmes at United Nations Office ..."
        if employer:
            _office_at(out, part, at, employer.end())  # "... AT THE EU DELEGATION TO NIGER"
            part = part[: employer.start()]
            name_ended = True
        kept.append((at, at + len(part)))
        name_ended = name_ended or unit_named
    if kept:
        a, b = kept[0][0], kept[-1][1]
        value = text[a:b] if cut is None else text[a : cut[0]] + text[cut[1] : b]
        for _ in range(3):  # "(Temporary Appointment)", "(AST 3) (ambos sexos)": from the end
            peeled, bracket_grade = _peel_bracket(value)
            if bracket_grade and out.grade is None:
                g_at = a + value.rfind(bracket_grade)
                out.grade = Hit(bracket_grade, g_at, g_at + len(bracket_grade))
            if peeled == value:
                break
            value = peeled
        b = a + len(value)
        if title_nouns().search(value) and title_ok(value):
            out.title = Hit(value, a, b)
    return out


_INNER_BRACKET = re.compile(r"\s*\((?P<grade>[^()]{2,12})\)(?=\s+\S)")


def _inner_grade(part: str, org: str | None) -> re.Match[str] | None:
    """A bracket inside a heading's title that holds a grade of the organisation's scales
    ("Secretary (AST-SC2) to the Deputy Managing Director (DMD)"), not the title's end."""
    for m in _INNER_BRACKET.finditer(part):
        if m.start() > 0 and is_grade(org, m.group("grade").strip()):
            return m
    return None


def _office_at(out: HeadingParts, part: str, at: int, start: int) -> None:
    """The office a heading part names after its post ("... AT THE EU DELEGATION TO NIGER"):
    a delegation or headquarters, without the article."""
    rest = part[start:]
    lead = re.match(r"(?:the\s+)?", rest, re.I)
    name = rest[lead.end() if lead else 0 :].strip()
    if name and out.office is None and name.casefold().startswith(_OFFICE_LEAD):
        begin = at + start + rest.find(name)
        shown = name
        if name.isupper():  # "EU Delegation to Niger", as the office is written elsewhere
            shown = " ".join(_title_case(w, i) for i, w in enumerate(name.split(" ")))
        out.office = Hit(shown, begin, begin + len(name))


# A post's name in prose: capitalised words, the small ones between, "Policy /Desk Officer".
# ("Secretary to the Director": "to" joins a post to whom it serves)
_NAME_WORDS = r"[A-Z][\w'’/\-]*(?:(?: ?/ ?| )(?:[A-Z][\w'’/\-]*|of|and|for|the|to))"
_POSITION_OF = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]) (?:position|post|vacancy) of|(?:positions|posts) as) (?:an? |the )?"
    r"(?P<title>" + _NAME_WORDS + r"{0,8})"
)


@lru_cache(maxsize=1)
@kept_compiled()  # built from the label lexicon: compiled once, kept
def _capitals_title() -> re.Pattern[str]:
    """A title label of several words (label lexicon data) with its value in capitals, in a
    header a PDF's text layer ran into one paragraph: "JOB TITLE: SENIOR PROJECT OFFICER ...
    PROJECT (Seconded National Expert) Introduction to CEPOL ..."; the value ends where the
    capitals end, a bracketed note after it left out."""
    labels = sorted(
        (k for k, v in label_lexicon().by_label.items() if v == "title" and " " in k),
        key=len,
        reverse=True,
    )
    alt = "|".join(re.escape(k) for k in labels)
    return re.compile(
        r"(?<!\w)(?i:" + alt + r")[ \t]*:[ \t]*"
        r"(?P<title>[A-Z0-9][A-Z0-9/&'’,.\- ]{2,150}?[A-Z0-9])"
        r"(?=[ \t]+(?:\([^()\n]{2,40}\)[ \t]+)?[A-Z][a-z])"
    )


def title_in_capitals(text: str, limit: int) -> Hit | None:
    stop = min(len(text), max(limit, 4000))
    m = _first_capitals_title(text, stop)
    if m and title_nouns().search(m.group("title")) and len(m.group("title").split()) >= 2:
        return Hit(m.group("title"), m.start("title"), m.end("title"))
    return None


# A colon before capitals: where a "JOB TITLE: SENIOR ..." pair can be. The label pattern (an
# ignore-case alternation of every title label) is tried only around these, not over the text.
_CAPS_AFTER_COLON = re.compile(r":[ \t]*[A-Z0-9]")
_LABEL_REACH, _VALUE_REACH = 80, 260


def _first_capitals_title(text: str, stop: int) -> re.Match[str] | None:
    """The first match of the capitals-title pattern in ``text[:stop]``: the same as one
    search over it, but the search runs only in a window around each colon before capitals."""
    pattern = _capitals_title()
    searched = 0
    for colon in _CAPS_AFTER_COLON.finditer(text, 0, stop):
        lo = max(searched, colon.start() - _LABEL_REACH)
        m = pattern.search(text, lo, min(stop, colon.end() + _VALUE_REACH))
        if m:
            return m
        searched = max(searched, colon.start() - _LABEL_REACH)
    return None


def title_from_position_sentence(text: str, limit: int) -> Hit | None:
    """ "The position of Policy Officer - contract agent FGIV ...", "the post of Administrative
    Assistant - contract agent FG III": the title a notice names in its opening prose."""
    for m in _POSITION_OF.finditer(text, 0, min(len(text), max(limit, 8000))):
        value = re.sub(r"(?: (?:of|and|for|the))+$", "", m.group("title"))
        if title_nouns().search(value) and title_ok(value):
            return Hit(value, m.start("title"), m.start("title") + len(value))
    for m in _NAMED_POSITION.finditer(text, 0, min(len(text), max(limit, 4000))):
        value = m.group("title")
        if title_nouns().search(value) and title_ok(value):
            return Hit(value, m.start("title"), m.end("title"))
    return None


# "... to establish a list of candidates who could be recruited ... as Secretaries/Clerks
# (AST/SC2)": a call for expression of interest names its post after "as", its grade after it.
_AS_GRADED = re.compile(
    r"\bas (?:an? )?(?P<title>" + _NAME_WORDS + r"{0,6}) \((?P<grade>[A-Z][A-Za-z0-9/ \-]{1,11})\)"
)


def title_as_graded(text: str, limit: int, org: str | None) -> tuple[Hit, Hit] | None:
    """(title, grade) of "as Secretaries/Clerks (AST/SC2)" when the bracket holds a grade of
    the organisation's scales and the words name a job."""
    for m in _AS_GRADED.finditer(text, 0, min(len(text), max(limit, 4000))):
        title, grade = m.group("title"), m.group("grade").strip()
        if title_nouns().search(title) and title_ok(title) and is_grade(org, grade):
            at = m.start("grade") + m.group("grade").find(grade)
            return (
                Hit(title, m.start("title"), m.end("title")),
                Hit(grade, at, at + len(grade)),
            )
    return None


# "The National Political Officer position is assigned to ...": a capitalised post name
# before "position"/"post" and a verb.
_NAMED_POSITION = re.compile(
    r"\b[Tt]he (?P<title>[A-Z][\w'’/\-]*(?: (?:[A-Z][\w'’/\-]*|of|and|for)){0,7}) "
    r"(?:position|post) (?:is|will|has|reports)\b"
)


_SEAM = re.compile(r"[a-z)][A-Z]")


def _starts_with_label(line: str) -> bool:
    """ "Staff Member / Affiliate TypeNational Professional Officer": a label run into its
    value is a header pair, not a title."""
    by_label = label_lexicon().by_label
    return any(norm_label(line[: m.start() + 1]) in by_label for m in _SEAM.finditer(line, 2, 46))


def _labels_follow(text: str, line: re.Match[str]) -> bool:
    """True when one of the next three lines is a header label (with or without its value)."""
    following = _LINE_RE.finditer(text, line.end(), min(len(text), line.end() + 400))
    for n, nxt in enumerate(following):
        if n >= 3:
            break
        if is_label_line(nxt.group().strip()):
            return True
    return False


def title_from_top(text: str, limit: int) -> Hit | None:
    """A post title on one of the first lines, before the notice's first real section; not
    the value of a label alone on the line above ("Organizational Unit:" over "Prosecution
    Pillars, Office of the Prosecutor", "Type d'offre" over "Experts"): that value is the
    label's."""
    above: str | None = None  # the field of the line before, when that line is a label alone
    last_end = -2  # where the last line with words ended
    for m in _LINE_RE.finditer(text, 0, min(limit, 6000)):
        raw = m.group()
        line = _LEADING_BULLET.sub("", raw.strip())
        if not line:
            continue  # blank lines between a label and its value
        label_above, above = above, field_of(line.rstrip(" :：\t"))
        if label_above not in (None, "title", "job_code_title"):
            continue  # another label's value, not a title
        crumbs = _BREADCRUMB.split(line)
        if len(crumbs) > 1:  # "Home » Jobs » Political Officer": the last crumb
            line = crumbs[-1].strip()
        line = _AT_EMPLOYER.split(line, maxsplit=1)[0].strip()  # "Officer (P4) At OSCE"
        line = _STATUS_PREFIX.sub("", line)  # "RE-ADVERTISEMENT: National Project Officer"
        line = without_heading_words(line)  # "Vacancy Notice: Political Officer (P-4)"
        line = line[reference_lead(line) :]  # "Job No. 12345 Programme Officer": no label
        follows = m.start() == last_end + 1  # no blank line between it and the line above
        last_end = m.end()
        if not line or (follows and line[:1].islower()):
            continue  # "one Temporary Agent under Article 2(b)": a sentence broken over lines
        if len(line) > 90 or len(line.split()) > 12:
            probe = tidy_title(line)[0]  # counters and system words aside
            long = len(probe) > 90 or len(probe.split()) > 12
            # a long heading stands over a block of header labels ("Job no: 581234")
            service = names_a_service(probe)  # "Consultoría para la elaboración del ..."
            if service and (len(probe) > _SERVICE_CHARS or len(probe.split()) > _SERVICE_WORDS):
                continue
            if (
                long
                and not service
                and (len(probe) > 130 or len(probe.split()) > 16 or not _labels_follow(text, m))
            ):
                continue
        if line.endswith((".", ":", ";", "?", "!")) or _NOT_TITLE.match(line) or "http" in line:
            continue
        if _CATEGORY_LINE.fullmatch(line) or DOCUMENT_LINK.search(line):
            continue
        if ":" in line or "|" in line or _starts_with_label(line):
            continue  # "Key: value" pairs are read elsewhere
        if names_a_service(line):  # "... ANDINA” DOCUMENTO DE CONVOCATORIA": ends at its quote
            quoted = _AFTER_QUOTE.search(line)
            if quoted:
                line = line[: quoted.start() + 1]
        if title_nouns().search(line) and not _OSCE_FULL.search(line):
            lead = m.start() + raw.find(line)
            if names_a_service(line) and ends_on_joiner(line):  # "... DESASTRES EN" / "LA ..."
                nxt = _LINE_RE.search(text, m.end() + 1, min(len(text), m.end() + 200))
                if nxt and nxt.start() == m.end() + 1 and _wrapped_tail(nxt.group().strip()):
                    joined = f"{line} {nxt.group().strip()}"
                    return Hit(joined, lead, nxt.start() + len(nxt.group().rstrip()))
            return Hit(line, lead, lead + len(line))
    return None


# A flattened copy's opening: its title runs up to a bracket, a dash or a bar ("Asistente de
# Protección (COI) UNV - United Nations Volunteers Details ..."), in capitalised words and the
# small words between them, as a heading is written (prose has lower-case words of its own).
_FLAT_OPENING = re.compile(
    r"^[ \t]*(?P<title>[^()\[\]|\n]{3,80}?)"
    r"(?:(?P<bracket>\s*\([^()\n]{1,12}\))|\s*[(\[|]|\s+[-–—]\s)"
)
FLAT_OPENING_LINE = 150  # a text's (reflowed) first line this long is no heading line


def flat_opening(text: str) -> Hit | None:
    """The title a copy flattened into one paragraph opens with ("Asistente de Protección
    (COI)"), a short bracket after it kept: a few capitalised words (labels.json's joiners
    between them) naming a job, before the first bracket, dash or bar."""
    first = text[: text.find("\n")] if "\n" in text else text
    if len(first) < FLAT_OPENING_LINE:  # a heading line: the title readers take it
        return None
    m = _FLAT_OPENING.match(first)
    if not m:
        return None
    words = m.group("title").split()
    if not 1 <= len(words) <= 8 or m.group("title").rstrip().endswith((".", "!", "?")):
        return None
    small = label_lexicon().joiners  # "de", "of", "and": the words a heading keeps small
    if not all(w[:1].isupper() or w.casefold() in small for w in words):
        return None
    if not title_nouns().search(m.group("title")):
        return None
    end = m.end("bracket") if m.group("bracket") else m.end("title")
    value = first[m.start("title") : end].strip()
    return Hit(value, m.start("title"), m.start("title") + len(value))


# IOM's terms of reference head a consultancy with its number ("Consultoría 2024/009:
# Servicios Profesionales para ...", "Consulting 2023/035: “ Recommendations ... ” At IOM").
_NUMBERED_SERVICE = re.compile(
    r"^[ \t]*(?P<word>[^\W\d_]+)[ \t]+(?P<ref>\d{4}/\d{2,4})[ \t]*:[ \t]*(?P<title>\S[^\n]*)$",
    re.M,
)
_NUMBERED_LINES = 2000  # the heading is at the top


@dataclass(frozen=True)
class NumberedService:
    word: Hit  # "Consultoría"
    reference: Hit  # "2024/009"
    title: Hit | None  # None when quoted (a document's name, "“ Recommendations ... ”")


def numbered_service(text: str) -> NumberedService | None:
    """A consultancy headed with its number, near the top of the text."""
    for m in _NUMBERED_SERVICE.finditer(text, 0, min(len(text), _NUMBERED_LINES)):
        if norm_label(m.group("word")) not in label_lexicon().assignment_words:
            continue
        word = Hit(m.group("word"), m.start("word"), m.end("word"))
        ref = Hit(m.group("ref"), m.start("ref"), m.end("ref"))
        value = _AT_EMPLOYER.split(m.group("title"), maxsplit=1)[0].strip()
        # the number says a service's name follows, whatever its words ("Professional Services")
        if not value or value[0] in '“"«' or len(value.split()) > _SERVICE_WORDS:
            return NumberedService(word, ref, None)
        return NumberedService(
            word, ref, Hit(value, m.start("title"), m.start("title") + len(value))
        )
    return None


# A PDF's terms of reference as one line: the heading, the post, section 1 ("TÉRMINOS DE
# REFERENCIA ASESOR/A PEDAGÓGICO/A ... - EDUCACIÓN SECUNDARIA RURAL 1. Antecedentes y ...").
_TOR_HEADING = re.compile(
    r"^[ \t]*(?i:t[ée]rminos de referencia|terms of reference|termes de r[ée]f[ée]rence)"
    r"[ \t]*[:\-–]?[ \t]+(?P<title>[^\n.…:]{5,220}?)(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=[A-ZÁÉÍÓÚ])",
    re.M,
)
_TOR_WINDOW = 6000


def tor_title(text: str) -> Hit | None:
    """The post a one-line terms-of-reference heading names before its first section."""
    for m in _TOR_HEADING.finditer(text, 0, min(len(text), _TOR_WINDOW)):
        value = m.group("title").strip()
        if title_nouns().search(value) or names_a_service(value):
            return Hit(value, m.start("title"), m.start("title") + len(value))
    return None


# A service's title closes the name it quotes; capitals after the quote are the next heading.
_AFTER_QUOTE = re.compile(r"”(?=\s+[A-ZÁÉÍÓÚÑ]{3,}(?:\s+[A-ZÁÉÍÓÚÑ]+)+\s*$)")
# A service's title (a consultancy's) is longer than a post's: up to two lines of a PDF.
_SERVICE_CHARS = 260
_SERVICE_WORDS = 40


def names_a_service(line: str) -> bool:
    """The line opens with a word naming a service ('Consultoría', 'Elaboración'): labels.json's
    assignment words."""
    words = line.split(maxsplit=1)
    return bool(words) and norm_label(words[0]) in label_lexicon().assignment_words


def _wrapped_tail(line: str) -> bool:
    """A title's wrapped last line: short, no label, no sentence, no section number."""
    return (
        0 < len(line) <= 80
        and ":" not in line
        and not line.endswith(".")
        and not re.match(r"(?:[IVX]+|\d{1,2})[.)]\s", line)
    )


_OSCE_FULL = re.compile(r"Organi[sz]ation for Security|United Nations$|European Union$")
_HEADING_SPLIT = re.compile(r"[ \t]*(?::|[-–—|])[ \t]+|[ \t]+[-–—|][ \t]*")


def without_heading_words(line: str) -> str:
    """A heading line's post title without the notice words around it (labels.json
    'heading_words'): "Vacancy Notice: Political Officer (P-4)", "Job Opening – Legal
    Officer", "Legal Officer - Vacancy" give the title; a page title's site after a bar goes
    too ("Legal Officer | United Nations Careers"). The line as it is otherwise, also when
    what remains names no job ("Vacancy: VNSECS01234" is a reference, read elsewhere)."""
    seps = list(_HEADING_SPLIT.finditer(line))
    if not seps:
        return line
    words = label_lexicon().heading_words
    first, last = seps[0], seps[-1]
    if norm_label(line[: first.start()]) in words:
        rest = line[first.end() :]
    elif norm_label(line[last.end() :]) in words or "|" in last.group():
        rest = line[: last.start()]
    else:
        return line
    rest = rest.strip()
    return rest if rest and title_nouns().search(rest) else line


# "The Head of Department provides support and advice to ...": a notice without a title
# heading that describes the post in its opening prose.
_ROLE_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?P<title>(?:[A-Z][\w\-]*|of|the|and|for)"
    r"(?:\s+(?:[A-Z][\w\-]*|of|the|and|for)){0,6})\s+"
    r"(?:provides|will provide|is responsible|will be responsible|leads|will lead|supports|"
    r"will support|oversees|will oversee|manages|will manage)\b"
)
_UNIT = r"Department|Unit|Section|Division|Cell|Branch|Office"
_BARE_UNIT_TITLE = re.compile(rf"^(?P<role>.+?) of (?:the )?(?P<unit>{_UNIT})$")
_NAMED_UNIT = re.compile(rf"\bThe (?P<name>(?:[A-Z][\w\-]*\s+){{1,4}})(?P<unit>{_UNIT})\b")


def title_from_role_sentence(text: str, limit: int) -> tuple[str, Hit] | None:
    """(title, span) inferred from "The <post> provides ..." in the opening prose.

    Only when the post named is nobody the text reports to ("advice to the Head of Office"),
    and only a title ending in a job noun. "Head of Department" takes the one department the
    prose names before it ("The Politico-Military Department is ...").
    """
    end = min(limit, len(text), 6000)
    for m in _ROLE_SENTENCE.finditer(text, 0, end):
        value = m.group("title").strip()
        if not title_nouns().search(value.split(" of ")[0]) or value.lower().startswith("osce"):
            continue
        elsewhere = re.compile(r"\b(?:to|of|by|from|with)\s+the\s+" + re.escape(value) + r"\b")
        if elsewhere.search(text, 0, end):
            continue  # a supervisor the post reports to, not the post
        hit = Hit(value, m.start("title"), m.start("title") + len(value))
        bare = _BARE_UNIT_TITLE.match(value)
        if bare:
            names = {
                (n.group("name").strip(), n.group("unit"))
                for n in _NAMED_UNIT.finditer(text, 0, m.start())
                if n.group("unit") == bare.group("unit")
            }
            if len(names) == 1:
                name, unit = names.pop()
                return f"{bare.group('role')} of the {name} {unit}", hit
        return value, hit
    return None


# --- contract type, grade, level ------------------------------------------------------------


def contract_type(value: str) -> str | None:
    low = value.lower()
    seconded = bool(re.search(r"second", low))
    contracted = bool(re.search(r"contract(?:ed|ual|ors?\b)|\bfixed[ -]term\b", low))
    if seconded and contracted:
        return "seconded/contracted"
    if seconded:
        return "seconded"
    if contracted:
        return "contracted"
    return None


_SECONDMENT_PROSE = prose_re(
    r"open for secondment only|international secondment|seconded position|"
    r"seconded national experts?|"
    r"secondment (?:post|position|basis|only)|by secondment|for secondment|"
    r"seconded by (?:their|its|the) (?:participating|member) states?|"
    r"nominated by (?:their|its|the)(?: respective)? (?:participating|member) [Ss]tates?",
    re.I,
)


def contract_type_from_prose(text: str) -> Hit | None:
    text = one_line(text)  # same offsets; wrapped lines read as one
    low = text.lower()
    for cue in ("second", "nominated by"):
        at = low.find(cue)
        while at >= 0:
            m = _SECONDMENT_PROSE.search(text, max(0, at - 40), at + 90)
            if m:
                return Hit("seconded", m.start(), m.end())
            at = low.find(cue, at + len(cue))
    agent = _AGENT_PROSE.search(text, 0, min(len(text), 8000))
    if agent:  # an EU contract or temporary agent is employed on a contract, never seconded
        return Hit("contracted", agent.start(), agent.end())
    return None


_AGENT_PROSE = re.compile(
    r"\b(?:[Cc]ontract|CONTRACT|[Tt]emporary|TEMPORARY) (?:[Aa]gent|AGENT)s?\b|"
    r"\b[Aa]gents? (?:contractuel|temporaire)s?\b|\b[Aa]gentes? (?:contractual|temporal)(?:es)?\b"
)


_GRADE_VALUE = re.compile(
    r"^(?:S-?[1-4]|S|P-?[1-7]|D-?[12]|G-?[1-7]|GS-?[1-7]|NP?O-?[A-D]?|FS-?[1-7]|NO-?[A-D]|"
    r"ASG|USG|SB-?[1-5]|SC-?[1-9]|B[1-6]|AD ?\d{1,2}|AST ?\d{1,2}|FG ?I{1,3}V?)$",
    re.I,
)


_GRADE_TOKEN = re.compile(
    r"(?<![\w-])(S-?[1-4]|P-?[1-7]|D-?[12]|GS-?[1-7]|G-?[1-7]|NO-?[A-D]|NPO|FS-?[1-7]|"
    r"AD ?\d{1,2}|AST ?\d{1,2})(?![\w-])"
)


_GRADE_PROSE = re.compile(
    r"\b(?:is|at) (?:an? |the )?(S-?[1-4]|P-?[1-7]|D-?[12]|GS-?[1-7]|G-?[1-7]|NO-?[A-D]|"
    r"NPO|FS-?[1-7])[ -]"
    r"(?:level |grade )?(?:contract|post|position|grade|level)\b"
)


def grade_from_prose(text: str) -> Hit | None:
    """ "This is a P-4 contract", "the post is at the P4 level"."""
    m = _GRADE_PROSE.search(text, 0, min(len(text), 20000))
    return Hit(m.group(1), m.start(1), m.end(1)) if m else None


def grade_value(value: str) -> str | None:
    """The grade in a Grade/Level value: the whole value ("S3", "S") or a token in it
    ("Mid level - P-4")."""
    token = value.strip().strip("()").strip()
    if _GRADE_VALUE.match(token):
        return token
    m = _GRADE_TOKEN.search(value)
    return m.group(1) if m else None


_LEVEL_PROSE = prose_re(
    r"\b(?P<level>(?:senior|middle|junior|executive|upper|lower)(?:[ -](?:middle|level))? "
    r"management)(?= (?:level )?(?:role|position|post|grade|function))",
    re.I,
)


def job_level_from_prose(text: str) -> Hit | None:
    text = one_line(text)  # same offsets; wrapped lines read as one
    low = text.lower()
    at = low.find(" management ")
    while at >= 0:
        m = _LEVEL_PROSE.search(text, max(0, at - 30), at + 40)
        if m:
            value = " ".join(w[:1].upper() + w[1:].lower() for w in m.group("level").split(" "))
            return Hit(value, m.start("level"), m.end("level"))
        at = low.find(" management ", at + 12)
    return None


# --- places -------------------------------------------------------------------------------


# "Brussels time", "Lima GMT-5", "(Vienna, Austria time)": the city, then its zone's words
_ZONE_AFTER = re.compile(
    r"[\s)]*(?:local )?time\b|\s*\(?(?:CET|CEST|GMT|UTC)\b|,[ \t]*[^\W\d_]+[ \t]+time\b", re.I
)
# "GMT-05:00 (Lima)", "GMT+01:00 West Africa Standard Time (Bangui)": an offset, maybe the
# zone's name, then the city in brackets (the zone's city, not the post's); "hora de Bruselas"
_ZONE_BEFORE = re.compile(
    r"(?:GMT|UTC)\s*[+\-−–]\s*\d{1,2}(?::?\d\d)?(?:\)?\s*[(,]?|[^()\n]{0,50}\()\s*$|"
    r"\b(?:hora|heure|horario)(?: local| locale)?(?: de| d['’])?\s*$",
    re.I,
)
_ZONE_REACH = 80  # how far before a city its zone's offset is looked for


def names_a_zone(text: str, start: int, end: int) -> bool:
    """True when the place at ``text[start:end]`` names a clock, not a duty station:
    "17:00 Brussels time", "GMT-05:00 (Lima)"."""
    return bool(
        _ZONE_AFTER.match(text, end, min(len(text), end + 24))
        or _ZONE_BEFORE.search(text, max(0, start - _ZONE_REACH), start)
    )


_HYPHENED_WORD = re.compile(r"[^\W\d_][\w'’]*-$")


def _ends_a_country(text: str, start: int, end: int) -> bool:
    """True when the place at ``text[start:end]`` closes a hyphenated country name
    ("Guinée-Bissau", "Guinea-Bissau"), not when a country precedes its city
    ("Belgium-Brussels")."""
    if start == 0 or text[start - 1] != "-":
        return False
    before = _HYPHENED_WORD.search(text, max(0, start - 30), start)
    return bool(before and countries.normalize(text[before.start() : end]))


def place_in(text: str, start: int, end: int) -> Hit | None:
    """The first known duty station in ``text[start:end]`` (any spelling, even glued), not a
    city that only names a time zone."""
    for m in lexicon.places().city_re.finditer(text, start, end):
        if names_a_zone(text, m.start(1), m.end(1)) or _ends_a_country(text, m.start(1), m.end(1)):
            continue
        city = lexicon.canonical_city(m.group(1))
        return Hit(city, m.start(1), m.end(1)) if city else None
    return None


_COUNTRY_DASH_CITY = re.compile(r"([A-Z][\w' ]+?)-([A-Z][\w' \-]+)")


# An office named after its place ("Nyabiheke Field Unit", "Kandahar Sub-Office"): the place.
_OFFICE_AFTER_PLACE = re.compile(
    r"(?<=\w)\s+(?:(?:Field|Sub|Country|Area|Regional|Liaison|Project)[- ]?(?:Unit|Office)|"
    r"Office|Duty Station)$",
    re.I,
)


def location_value(hit: Hit) -> tuple[Hit | None, Hit | None]:
    """(duty station, country) from a Location value like "TAJ - Office in X, Dushanbe"."""
    value = hit.value
    station: Hit | None = None
    country: Hit | None = None
    parts = [p for p in re.finditer(r"[^,;/|]+", value) if p.group().strip()]
    named_two = False
    for part in reversed(parts):
        word = part.group().strip()
        offset = hit.start + part.start() + (len(part.group()) - len(part.group().lstrip()))
        canon_country = countries.normalize(word)
        # a country is never the duty station; a code only as the last of several parts
        # ("London, UK", "Vienna, AT"), never alone ("NL" may be a board's own tag); a short
        # spelling that is no ISO code ("RDC", "DRC") names its country alone too
        coded = word.isupper() and part is parts[-1] and len(parts) > 1
        spelled = word.isupper() and len(word) == 3 and not countries.is_iso_code(word)
        if canon_country and (len(word) > 3 or coded or spelled):
            if country is None:
                country = Hit(canon_country, offset, offset + len(word))
            elif country.value != canon_country:
                named_two = True  # "Gambie / Ethiopie": which one is the post's is not said
            continue
        word_clean = _OFFICE_AFTER_PLACE.sub("", re.sub(r"\s*\(.*\)$", "", word))
        if word_clean.casefold().startswith(lexicon.places().remote):
            continue  # "Remote | Home Based": work from anywhere is no duty station
        if re.fullmatch(r"[A-Z]{3}\s*-.*", word_clean):
            code = word_clean[:3]
            code_country = lexicon.places().codes.get(code)
            if code_country and country is None:
                country = Hit(code_country, offset, offset + 3)
            continue
        canon = lexicon.canonical_city(word_clean)
        if canon:
            station = Hit(canon, offset, offset + len(word_clean))
            bracketed = _country_in_brackets(word, offset)  # "Addis-Abeba (Éthiopie)"
            if bracketed and country is None:
                country = bracketed
            break
        dashed = _COUNTRY_DASH_CITY.fullmatch(word_clean)  # "Belgium-Brussels" (Taleo)
        if dashed and countries.normalize(dashed.group(1)):
            city = lexicon.canonical_city(dashed.group(2))
            if city:
                at = offset + dashed.start(2)
                station = Hit(city, at, at + len(dashed.group(2)))
                if country is None:
                    named = countries.normalize(dashed.group(1)) or ""
                    country = Hit(named, offset, offset + len(dashed.group(1)))
                break
        inside = _country_inside(word_clean, offset)  # "UNICEF Belarus CO": an office, no city
        if inside:
            if country is None:
                country = inside
            continue
        if station is None and re.fullmatch(r"[A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,2}", word_clean):
            station = Hit(_titled(word_clean), offset, offset + len(word_clean))
            break
        if station is None and word_clean.isupper() and len(word_clean) > 3:
            station = Hit(_titled(word_clean), offset, offset + len(word_clean))
            break
    if named_two and station is None:
        country = None
    cities = _cities_named(value)
    if len(cities) > 1:  # "Juba, Malakal, Bor": several duty stations, none is the post's
        station = None
        countries_named = {lexicon.city_country(c) for c in cities}
        if country is None and len(countries_named) == 1 and None not in countries_named:
            named = countries_named.pop() or ""
            country = Hit(named, hit.start, hit.end)
    return station, country


_PLACE_SPLIT = re.compile(r"\s*(?:[,;/|]|\band\b|\bor\b|\bet\b|\by\b|\bou\b|\bo\b)\s*")


def names_several_places(value: str) -> bool:
    """True for a location value listing two or more known cities ("Juba, Malakal, Bor")."""
    return len(_cities_named(value)) > 1


def _cities_named(value: str) -> set[str]:
    """The distinct known cities a location value lists."""
    found = set()
    for part in _PLACE_SPLIT.split(value):
        city = lexicon.canonical_city(re.sub(r"\s*\(.*\)$", "", part).strip(" .")) if part else None
        if city:
            found.add(city)
    return found


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\-]+(?: (?:and |of |the )?[A-Z][\w'\-]+){0,3}")


def _country_inside(value: str, base: int) -> Hit | None:
    """The one country a location value names among other words (an office name)."""
    found: list[Hit] = []
    for run in _CAPITALISED_RUN.finditer(value):
        words = list(re.finditer(r"\S+", run.group()))
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = run.group()[words[i].start() : words[j - 1].end()]
                canon = countries.normalize(name) if len(name) > 3 else None
                if canon:
                    at = base + run.start() + words[i].start()
                    found.append(Hit(canon, at, at + len(name)))
                    break
            else:
                continue
            break
    return found[0] if len({h.value for h in found}) == 1 else None


def _country_in_brackets(word: str, offset: int) -> Hit | None:
    """The country a location value names in brackets after its city: "Abuja (Nigéria)"."""
    m = re.search(r"\(([^()]+)\)\s*$", word)
    name = countries.normalize(m.group(1).strip()) if m else None
    if m is None or name is None:
        return None
    return Hit(name, offset + m.start(1), offset + m.end(1))


def _titled(word: str) -> str:
    if word.isupper():
        return " ".join(w[:1] + w[1:].lower() for w in word.split(" "))
    return word


def country_of_station(station: str) -> str | None:
    return lexicon.city_country(station)


def country_of_office(text: str, start: int = 0, end: int | None = None) -> Hit | None:
    """A country named by a mission or office name ("EUMM Georgia", "Mission to Serbia")."""
    m = lexicon.places().mission_re.search(text, start, len(text) if end is None else end)
    if m:
        name = lexicon.places().missions.get(m.group(1).casefold())
        if name:
            return Hit(name, m.start(1), m.end(1))
    return None


@lru_cache(maxsize=1)
def _agency_country_re() -> re.Pattern[str]:
    """A UN agency's acronym (the UN registry's, three letters or more) before a capitalised
    name: "UNDP Zambia", "UNICEF Mozambique"."""
    un = family_recognition("un").recognition
    acronyms = {w for w in (*un.words, *un.substrings) if re.fullmatch(r"UN[ -]Women|[A-Z]{3,}", w)}
    alt = "|".join(re.escape(a) for a in sorted(acronyms, key=lambda a: (-len(a), a)))
    return re.compile(rf"\b(?:{alt})\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})")


@lru_cache(maxsize=1)
def _country_then_agency_re() -> re.Pattern[str]:
    """A Spanish or French sentence opening on the country, then naming the UN agency that
    works there: "En Perú, la UNESCO cuenta con ...", "En El Salvador, la Organización
    Internacional para las Migraciones (OIM) impulsa ...", "Au Mali, le PNUD ..."."""
    un = family_recognition("un").recognition
    names = alternation(w for w in (*un.words, *un.substrings) if len(w) >= 3)
    return re.compile(
        r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:En|Au|Aux)\s+(?:el\s+|la\s+|le\s+|l['’])?"
        r"([A-ZÁÉÍÓÚÑ][\w'’\-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’\-]+){0,2}),\s+"
        r"(?:la|el|le|les|l['’])\s*(?:" + names + r")\b"
    )


def country_of_agency_office(text: str, end: int) -> Hit | None:
    """The one country a UN agency's country office is named by ("UNDP Zambia", "UNICEF
    Mozambique", "En Perú, la UNESCO ..."), when every such name in the notice's top names
    the same country."""
    found: list[Hit] = []
    for m in _country_then_agency_re().finditer(text, 0, end):
        name = countries.normalize(m.group(1))
        if name:
            found.append(Hit(name, m.start(1), m.end(1)))
    for m in _agency_country_re().finditer(text, 0, end):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # "UNDP Zambia is": the longest country name
            name = countries.normalize(" ".join(words[:k]))
            if name:
                found.append(Hit(name, m.start(1), m.start(1) + len(" ".join(words[:k]))))
                break
    return found[0] if found and len({h.value for h in found}) == 1 else None


_IN_COUNTRY = re.compile(
    r"\b(?:in|to|for) (?:the )?([A-Z][\w'\-]+(?: (?:and |of (?:the )?)?[A-Z][\w'\-]+)*)"
)  # "Mission to Bosnia and Herzegovina", "Delegation ... to the Republic of Moldova"


def country_in_name(hit: Hit) -> Hit | None:
    """The country in an office name like "OSCE Project Co-ordinator in Uzbekistan"."""
    for m in _IN_COUNTRY.finditer(hit.value):
        name = countries.normalize(m.group(1))
        if name:
            return Hit(name, hit.start + m.start(1), hit.start + m.end(1))
    return None


# --- dates and deadlines ----------------------------------------------------------------------

_DEADLINE_PROSE = prose_re(
    r"(?:deadline for (?:applications?|submission|nominations?)|application deadline|"
    r"closing date(?: for applications)?|applications? (?:must|should) (?:be (?:received|"
    r"submitted) )?(?:by|before|no later than)|deadline|"
    # "Applications should be sent to ... by noon on September 7, 2007", "submit your
    # application before 15 March 2019"
    r"applications? (?:must|should|are to|will) be (?:received|submitted|sent)(?: [^\n.]{0,60}?)?"
    r" (?:by|before|no later than|not later than)|submit (?:your |their |an? |the )?"
    r"applications? (?:[^\n.]{0,40}? )?(?:by|before|no later than|not later than))\b[^\n]{0,20}?",
    re.I,
)


def deadline_from_prose(
    text: str, start: int = 0, end: int | None = None
) -> tuple[Hit, int] | None:
    """A closing date stated in a sentence; returns the hit and the end of that sentence."""
    stop = len(text) if end is None else end
    low = text.lower()
    cues = ("deadline", "closing date", "application")
    hints = [p for p in (low.find(cue, start, stop) for cue in cues) if p >= 0]
    if not hints:
        return None
    for m in _DEADLINE_PROSE.finditer(text, max(start, min(hints) - 20), stop):
        line_end = text.find("\n", m.end())
        line_end = stop if line_end < 0 else min(line_end, stop)
        found = first_date(text, m.end(), min(line_end, m.end() + 120))
        if found:
            return Hit(found.iso, found.start, found.end), line_end
    return None


def closing_time(text: str, start: int, end: int, cet_zone: str) -> Hit | None:
    found = find_time(text, start, end, cet_zone)
    return Hit(found.value, found.start, found.end) if found else None


_PROSE_WORD = re.compile(r"(?<![\w-])[^\W\d_]{2,}")  # a word of letters
_PROSE_WORDS = 4  # "Wyjazd ... planowany jest orientacyjnie od ... do ...": a sentence


def _is_sentence(text: str, start: int, end: int, dates: list[FoundDate]) -> bool:
    """A line of prose around its dates (a deployment's 'from ... to ...'), not an
    aggregator's header run together ("Posted: 2 June 2025 · Deadline: 30 June 2025")."""
    rest: list[str] = []
    at = start
    for d in dates:
        rest.append(text[at : max(at, d.start)])
        at = max(at, d.end)
    rest.append(text[at:end])
    words: list[str] = _PROSE_WORD.findall(" ".join(rest))
    return sum(1 for w in words if w[0].islower()) >= _PROSE_WORDS


def glued_dates(text: str, limit: int) -> tuple[Hit, Hit, int] | None:
    """Posting and closing dates run together on one line near the top (aggregator copies),
    not a sentence's dates (an observers' deployment 'od 23 listopada ... do 2 grudnia')."""
    for m in re.finditer(r"[^\n]+", text[:limit]):
        dates = find_dates(text, m.start(), m.end())
        if len(dates) >= 2 and _is_sentence(text, m.start(), m.end(), dates):
            continue
        if len(dates) >= 2 and dates[0].iso <= dates[1].iso:
            return (
                Hit(dates[0].iso, dates[0].start, dates[0].end),
                Hit(dates[1].iso, dates[1].start, dates[1].end),
                m.end(),
            )
    return None


# --- education -----------------------------------------------------------------------------------


def education_level(text: str, start: int, end: int) -> Hit | None:
    """The level a header value names ("Education Level: Master's"): read by the one reader
    of requirement facts (``vacancy/facts.py``), so both spell levels the same way."""
    found = education_mentions(one_line(text), start, end)
    if not found:
        return None
    level, s_, e_ = found[0]
    return Hit(level.value, s_, e_)


# --- eligibility and service ----------------------------------------------------------------

_INELIGIBLE = prose_re(
    r"nationals?(?: (?:and|or|and/or) (?:permanent )?residents?)? of (?P<what>[^.;\n]{3,120}?)"
    r"\s+(?:are|is|will) (?:not eligible|ineligible|not be considered|excluded)",
    re.I,
)
_DUTY_COUNTRY = prose_re(
    r"(?:the )?(?:country|state) (?:of|hosting) (?:the )?(?:duty station|mission|assignment)|"
    r"(?:the )?host (?:country|state)|^(?:the )?duty station$|"
    r"(?:the )?country (?:where|in which) the (?:duty station|mission) is",
    re.I,
)


@dataclass(frozen=True)
class _Observation:
    observer: re.Pattern[str]  # a call for election observers names one of these
    election_place: re.Pattern[str]  # "wyborów parlamentarnych w <Country>"
    ban: re.Pattern[str]  # "nie mogą posiadać obywatelstwa <Country>"
    ban_words: tuple[str, ...] = ()  # the bans in lower case: a text holding none is skipped


_OBSERVATION_FILE = "vacancy/observation.json"


@lru_cache(maxsize=1)
def _observation() -> _Observation:
    """The words of a call for election observers (resources/vacancy/observation.json)."""
    data = load_json_resource(_OBSERVATION_FILE)

    def words(key: str) -> str:
        return alternation(word_list(data, key, _OBSERVATION_FILE))

    name = r"(?P<name>[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){0,2})"
    return _Observation(
        observer=re.compile(rf"\b(?:{words('observer_stems')})", re.I),
        election_place=re.compile(
            rf"\b(?:{words('election_stems')})\w*(?:[ \t]+[\w/\-]+){{0,3}}?"
            rf"[ \t]+(?:{words('place_words')})[ \t]+{name}",
            re.I,
        ),
        ban=re.compile(rf"\b(?:{words('citizenship_bans')})[ \t]+{name}", re.I),
        ban_words=tuple(w.lower() for w in word_list(data, "citizenship_bans", _OBSERVATION_FILE)),
    )


def _country_at(m: re.Match[str], *, capital: bool) -> Hit | None:
    """The longest country name the words of ``m``'s name group start with."""
    words = m.group("name").split()
    for k in range(len(words), 0, -1):
        part = " ".join(words[:k])
        name = countries.normalize(part)
        if name and (part[0].isupper() or not capital):
            return Hit(name, m.start("name"), m.start("name") + len(part))
    return None


def observed_country(text: str, end: int) -> Hit | None:
    """The country whose elections a call for election observers is about ("nabór na
    obserwatorów wyborów prezydenckich w Gruzji", "opazovanje volitev v Ukrajini"): the
    first election named with a country before ``end``; None in a text naming no observers."""
    words = _observation()
    if not words.observer.search(text, 0, end):
        return None
    flat = one_line(text)
    for m in words.election_place.finditer(flat, 0, end):
        found = _country_at(m, capital=True)
        if found:
            return found
    return None


def ineligible(text: str, duty_country: str | None) -> list[Hit]:
    text = one_line(text)  # same offsets; wrapped lines read as one
    out: list[Hit] = []
    words = _observation()
    low = text.lower()
    if any(w in low for w in words.ban_words):  # a plain substring test first: most hold none
        for m in words.ban.finditer(text):  # "nie mogą posiadać obywatelstwa Armenii"
            found = _country_at(m, capital=False)
            if found:
                out.append(found)
    for m in _INELIGIBLE.finditer(text):
        what = m.group("what")
        if _DUTY_COUNTRY.search(what):
            if duty_country:
                out.append(Hit(duty_country, m.start("what"), m.end("what")))
            continue
        for part in re.split(r",\s*|\s+(?:and|or|and/or)\s+", what):
            name = countries.normalize(part.strip().removeprefix("the ").strip())
            if name:
                pos = m.start("what") + what.find(part.strip())
                out.append(Hit(name, pos, pos + len(part.strip())))
    return out
