"""Whether a text is a vacancy notice at all, even a partial copy of one.

A page's first screen, an aggregator's summary or a call cut off after its table still holds
what a person recognises a notice by: a title line naming a job, a reference, a deadline with
its date, a tasks heading, a grade, a table of posts. A README or a news article holds words
about vacancies but none of those shapes. The words live in resources/vacancy/signals.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import alternation, load_json_resource, longest_first, word_list
from secondment_desk.vacancy import post_nouns
from secondment_desk.vacancy.cfc import (
    counted_titles,
    has_call_header,
    post_table,
)
from secondment_desk.vacancy.dates import find_dates
from secondment_desk.vacancy.facts import read_years
from secondment_desk.vacancy.fields import flat_opening, tor_title

_LISTS = (
    "deadline_labels",
    "task_headings",
    "requirement_headings",
    "reference_labels",
    "post_labels",
    "grade_patterns",
    "announcement_phrases",
    "role_phrases",
    "notice_headings",
    "qualification_words",
    "application_phrases",
    "no_vacancy_phrases",
)
# Signals enough on their own; the others count only in pairs.
STRONG = frozenset({"deadline_date", "reference", "graded_title", "post_table", "requirement_list"})
# Shapes only a notice has (a tasks heading, a "Duty station:" label, a sentence on how to apply):
# a partial copy holding one of them is read, with warnings. Words that prose about vacancies
# also uses (a headline naming a job, "vacancy announcement", "this post") count only in pairs.
SHAPED = frozenset(
    {
        "job_heading",
        "flat_title",
        "tor_heading",
        "tasks",
        "post_label",
        "application",
        "notice_headings",
        "call_header",
    }
)
# A news item's dateline under its headline ("GENEVA, 14 March 2025 - The Secretary-General
# has appointed ..."): its headline may name a job, but the text reports, it does not recruit.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'/\-]{2,30},[^\n]{0,40}?\b(?:19|20)\d\d[ \t]*[\-–—(][^\n]{0,20}?\w", re.M
)


@dataclass(frozen=True)
class Phrases:
    """Plain phrases found as whole words in lower-cased text (cheaper than one big regex)."""

    phrases: tuple[str, ...]

    def spans(self, low: str) -> Iterator[tuple[int, int]]:
        for phrase in self.phrases:
            at = low.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                before = low[at - 1] if at else " "
                after = low[end] if end < len(low) else " "
                if not (before.isalnum() or after.isalnum()):
                    yield at, end
                at = low.find(phrase, at + 1)

    def found(self, low: str) -> bool:
        return next(self.spans(low), None) is not None


def _plain(words: list[str]) -> Phrases:
    return Phrases(tuple(longest_first(w.lower() for w in words)))


# what follows a reference label: "Requisition ID: VNKOS00123", "Job Opening # 12345", or the
# next cell of its table row ("Vacancy number | RAPS/3/2016/02", a page's table as text)
_REFERENCE_VALUE = re.compile(
    # the value on the same line, the next, or after a blank line, or in the next cell
    r"\.?[ \t]*\(?(?:#|no\.?|n°|id)?[ \t]*[:#|]?[ \t]*(?:\n[ \t]*){0,2}(?=[A-Z0-9/\- ]{0,12}\d)"
    r"[A-Z0-9][A-Z0-9/\-. ]{2,30}",
    re.I,
)


@dataclass(frozen=True)
class Lexicon:
    deadline: Phrases  # a label only where it stands as one (see _is_label)
    heading_tasks: re.Pattern[str]
    heading_requirements: re.Pattern[str]
    announcement: Phrases
    role: Phrases
    notice_heading: re.Pattern[str]
    qualification: re.Pattern[str]
    application: Phrases
    no_vacancy: Phrases  # "There are no available positions at this time."
    reference: Phrases  # the label; its value is checked by _REFERENCE_VALUE
    reference_after: re.Pattern[str]
    post_label: re.Pattern[str]
    post_label_alone: re.Pattern[str]  # a label on a line of its own, its value under it
    post_label_glued: re.Pattern[str]  # a label run into its value ("GradeNOA", "Hardship LevelE")
    title_noun: frozenset[str]  # folded words and two-word phrases
    grade: re.Pattern[str]


def _phrases(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)", re.I)


# Header labels of labels.json that only a post's header writes before a colon, in French,
# Spanish and Russian ("Lugar de destino:", "Poste d'affectation :", "Место службы:"); the
# English ones are signals.json's own list (an English text says "Title:" of many things).
_POST_FIELDS = ("title", "grade", "location", "closing_date", "requisition_id", "contract_type")


def _post_labels(own: list[str]) -> list[str]:
    table = load_json_resource("vacancy/labels.json")["fields"]
    found = {w for name in _POST_FIELDS for lang in ("fr", "es", "ru") for w in table[name][lang]}
    return sorted({*own, *found})


def _deadline_labels(own: list[str]) -> list[str]:
    """signals.json's deadline labels and every closing label the date reader knows."""
    return [*own, *load_json_resource("vacancy/dates.json")["closing_labels"]]


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def lexicon() -> Lexicon:
    data = load_json_resource("vacancy/signals.json")
    for key in _LISTS:
        word_list(data, key, "vacancy/signals.json")
    grades = "|".join(f"(?:{p})" for p in data["grade_patterns"])
    for p in data["grade_patterns"]:
        re.compile(p)  # a broken pattern fails on load, not on a user's notice
    return Lexicon(
        deadline=_plain(_deadline_labels(data["deadline_labels"])),
        heading_tasks=_phrases(data["task_headings"]),
        heading_requirements=_phrases(data["requirement_headings"]),
        announcement=_plain(data["announcement_phrases"]),
        role=_plain(data["role_phrases"]),
        notice_heading=_phrases(data["notice_headings"]),
        application=_plain(data["application_phrases"]),
        no_vacancy=_plain(data["no_vacancy_phrases"]),
        qualification=re.compile(
            r"(?<!\w)(?:" + alternation(data["qualification_words"]) + r")", re.I
        ),
        reference=_plain(data["reference_labels"]),
        reference_after=re.compile(  # "ALB000126 Requisition #": the code in capitals
            r"\b[A-Z]{2,6}[ \-]?\d{3,7}[ \t]+(?i:" + alternation(data["reference_labels"]) + r")\b"
        ),
        post_label=re.compile(
            r"^[ \t*•\-]*(?:"
            + alternation(_post_labels(data["post_labels"]))
            # "Label: value", the value under it, or a table row's cells ("Label | value")
            + r")[ \t]*[:|][ \t]*(?:\n[ \t]*)?\S",
            re.I | re.M,
        ),
        post_label_alone=re.compile(
            r"^[ \t*•\-]*("
            + alternation(_post_labels(data["post_labels"]))
            + r")[ \t]*\n(?:[ \t]*\n)?[ \t]*\S",
            re.I | re.M,
        ),
        post_label_glued=re.compile(
            r"^[ \t*•\-]*(" + alternation(_post_labels(data["post_labels"])) + r")(?-i:[A-Z0-9])",
            re.I | re.M,
        ),
        title_noun=post_nouns.line_nouns(),
        grade=re.compile(r"(?<![\w-])(?:" + grades + r")(?![\w-])"),
    )


_LINE = re.compile(r"[^\n]+")
TITLE_LINES = 60
TITLE_CHARS = 160  # a consultancy's title line runs long ("Consultoría para Promotores de ...")
_SENTENCE_END = re.compile(r"(?<!\.)[.!?]\s*$")  # "... un conjunto de..." is cut, not ended
_MARKUP_LINE = re.compile(r"^\s*(?:```|\||!\[|\$ |\./)")


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def names_a_job(line: str, nouns: frozenset[str], plural: bool = True) -> bool:
    """Whether the line names a job ("Project Officer"); ``plural``: or jobs ("Experts")."""
    words = _WORD.findall(line.casefold())
    for i, w in enumerate(words):
        if w in nouns or (plural and w.endswith("s") and w[:-1] in nouns):
            return True
        if i and f"{words[i - 1]} {w}" in nouns:
            return True
    return False


_FLAT_HEAD = 300  # how far into a flattened copy's first line its post is named
# a job's name with its grade in brackets: "Programme Analyst (Office-based) (IPSA-9)"
_BRACKET = re.compile(r"\(([^()\n]{2,12})\)")


def _flat_graded_title(head: str, lex: Lexicon) -> bool:
    """A copy flattened into one paragraph keeps no title line; its opening still names the
    post with its grade in brackets, the job's noun within the few words before it. Its
    first line is no title line: the whole paragraph, or (once the reader has put breaks
    back at sentence ends) its first sentence, the header's labels run into it."""
    first = head.split("\n", 1)[0]
    if len(first) <= TITLE_CHARS and not _SENTENCE_END.search(first):
        return False  # a title line: read as one (``_title_lines``)
    for m in _BRACKET.finditer(first, 0, _FLAT_HEAD):
        if lex.grade.fullmatch(m.group(1).strip()) and names_a_job(
            first[max(0, m.start() - 60) : m.start()], lex.title_noun
        ):
            return True
    return False


def _flat_title(head: str, lex: Lexicon) -> bool:
    """A copy flattened into one paragraph opens with its title: a few capitalised words
    naming one job, before the first bracket or dash (fields.flat_opening reads it)."""
    opening = flat_opening(head)
    return opening is not None and names_a_job(opening.value, lex.title_noun, plural=False)


def _title_lines(text: str, lex: Lexicon) -> list[str]:
    """Short heading-like lines among the first 60 that name a job (a saved page's menus,
    search box and cookie banner can fill the first 40)."""
    out: list[str] = []
    seen = 0
    for m in _LINE.finditer(text, 0, min(len(text), 4000)):
        line = m.group().strip()
        if not line:
            continue
        seen += 1
        if seen > TITLE_LINES:
            break
        if len(line) > TITLE_CHARS or _SENTENCE_END.search(line) or _MARKUP_LINE.match(line):
            continue
        if names_a_job(line, lex.title_noun):
            out.append(line)
    return out


_HEADING_LINE = re.compile(r"^[ \t#*•\-–\d.)]*([^\n]{3,80}?)[ \t:|*]*$", re.M)


def _headings(text: str) -> list[str]:
    """Lines short enough to be headings: a few words, no full stop, no code (`...`)."""
    out = []
    for m in _HEADING_LINE.finditer(text):
        line = m.group(1).strip()
        if len(line.split()) <= 8 and not _SENTENCE_END.search(line) and "`" not in line:
            out.append(line)
    return out


_LABEL_END = re.compile(r"[ \t]*(?:[:\-–|]|\n|$)")


def _is_label(text: str, at: int, end: int) -> bool:
    """A label, not prose: at a line start, or followed by ":" / "-" / the line's end."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip(" \t•*-–") or bool(_LABEL_END.match(text, end))


# A header table whose cells lost their breaks runs each capitalised label onto the value
# before it ("ISSUED BY: OSCE SecretariatVACANCY NUMBER: VNSECS01331VACANCY TYPE: ..."): the
# signals are looked for with a line break put back before each such label.
_GLUED_CAPS_LABEL = re.compile(r"(?<=[a-z0-9)])(?=[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,4}[ \t]*:)")
# where one can be: two capitals after a small letter, a digit or a bracket (a cheap scan)
_GLUED_CAPS_CHEAP = re.compile(r"[A-Z]{2}(?<=[a-z0-9)]..)")


def _checks(text: str) -> Iterator[tuple[str, bool]]:
    """(signal, found) pairs, cheapest first, so a caller can stop at the first decision."""
    lex = lexicon()
    glued = _GLUED_CAPS_CHEAP.search(text, 0, 30000)
    if glued and _GLUED_CAPS_LABEL.search(text, glued.start(), 30000):
        text = text[:30000]
        text = _GLUED_CAPS_LABEL.sub("\n", text)
    head = text[:8000]
    titles = _title_lines(head, lex)
    yield "title_line", bool(titles)
    # a line naming a job heads a partial copy (a page's first screen), not a news report
    # ... naming one post: "A. EXPERTOS EN ASISTENCIA TÉCNICA" heads a category of jobs
    one_post = any(names_a_job(t, lex.title_noun, plural=False) for t in titles)
    yield "job_heading", one_post and not _DATELINE.search(head, 0, 1500)
    yield "flat_title", _flat_title(head, lex)
    yield "tor_heading", tor_title(head) is not None  # "TÉRMINOS DE REFERENCIA <post> 1. ..."
    yield "graded_title", any(lex.grade.search(t) for t in titles) or _flat_graded_title(head, lex)
    low_head = head.lower()
    yield (
        "reference",
        any(_REFERENCE_VALUE.match(head, end) for _, end in lex.reference.spans(low_head))
        or bool(lex.reference_after.search(head)),
    )
    labels = {
        m.group().split(":")[0].strip(" \t*•-").casefold() for m in lex.post_label.finditer(head)
    }
    # a definition list or a table's cells one a line ("Primary Location" over "Brussels"):
    # two labels so, as one such line may be any heading
    alone = {m.group(1).casefold() for m in lex.post_label_alone.finditer(head)}
    # a page's header whose cells lost their breaks: each label run into its value at its
    # line's start (a Workday page copied by a board: "GradeNOA", "Family TypeNon Family")
    alone |= {m.group(1).casefold() for m in lex.post_label_glued.finditer(head)}
    yield "post_label", bool(labels) or len(alone) >= 2
    yield "labelled_header", len(labels) >= 3  # a header block: title, grade, duty station ...
    yield "application", lex.application.found(text[:30000].lower())
    yield (
        "announcement",
        any(not _referred_to(low_head, at) for at, _ in lex.announcement.spans(low_head)),
    )
    yield "role", lex.role.found(low_head)
    sample = text[:30000]
    deadline = False
    for at, end in lex.deadline.spans(sample.lower()):
        if _is_label(sample, at, end) and find_dates(sample, end, min(len(sample), end + 160)):
            deadline = True
            break
    yield "deadline_date", deadline
    headings = _headings(sample)
    yield "tasks", any(lex.heading_tasks.search(h) for h in headings)
    requirements = any(lex.heading_requirements.search(h) for h in headings)
    yield "requirements", requirements
    if requirements:
        # a requirements heading over items asking for degrees, experience, languages: listed
        # as items, or stating a number of years (a recruitment page's prose about what
        # "some positions may require" does neither)
        kinds = {m.group().casefold() for m in lex.qualification.finditer(sample)}
        yield "requirement_list", len(kinds) >= 3 and _asks_in_items(sample, lex)
    named = {h.casefold() for h in headings if lex.notice_heading.fullmatch(h)}
    yield "notice_heading", bool(named)
    yield "notice_headings", len(named) >= 2  # "Vacancy" over "Background", "How to apply"
    yield "post_list", counted_titles(sample, 8000) >= 2  # "Relatore (3 posti), ..."
    yield "post_table", post_table(sample) is not None
    yield "call_header", has_call_header(sample)  # a call's first screen, before its posts


# "as specified in the Vacancy Announcement": prose about an announcement, not one.
_REFERRED = re.compile(r"(?:\b(?:the|la|le|el|los|las|les)[ \t]+|\bl['’])$")
# an item: bulleted, numbered, or a call's "Education – Candidates must have ..." line
_ITEM = re.compile(
    r"^[ \t]*(?:[-•*●▪◦–]|\d{1,2}[.)]|[a-h][.)]|[A-Z][\w ]{2,30}[ \t]+[–—-][ \t])[ \t]*\S", re.M
)
_ITEMS = 2
_ITEMS_WINDOW = 4000


def _referred_to(low: str, at: int) -> bool:
    return bool(_REFERRED.search(low, max(0, at - 8), at))


def _asks_in_items(text: str, lex: Lexicon) -> bool:
    """Whether the text under the first requirements heading lists items or states years."""
    for m in _HEADING_LINE.finditer(text):
        if lex.heading_requirements.search(m.group(1)):
            end = min(len(text), m.end() + _ITEMS_WINDOW)
            if len(_ITEM.findall(text, m.end(), end)) >= _ITEMS:
                return True
            return bool(read_years(text, m.end(), end, None, False).years)
    return False


def signals(text: str) -> set[str]:
    """The names of every vacancy signal found in ``text`` (see :data:`STRONG`)."""
    return {name for name, hit in _checks(text) if hit}


def is_vacancy(text: str) -> bool:
    """One strong signal or one a notice's shape gives, or two of the weaker ones; a job
    page that says it has no opening needs a strong one."""
    if lexicon().no_vacancy.found(text[:8000].lower()):
        return any(hit and name in STRONG for name, hit in _checks(text))
    weak = 0
    for name, hit in _checks(text):
        if hit:
            if name in STRONG or name in SHAPED:
                return True
            weak += 1
            if weak >= 2:
                return True
    return False
