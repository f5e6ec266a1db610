"""Cut a section body into items (bullets, lines, "; "-joined and glued lists, sentences) and
sort each item into a requirement category and kind."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from secondment_desk.vacancy.labels import lexicon as label_lexicon
from secondment_desk.vacancy.labels import norm_label
from secondment_desk.vacancy.lexicon import body_lexicon, languages

# Words that start a requirement or task item; a capitalised one glued to the previous item
# ("conditionPossession", "condition Possession") starts a new item.
_STARTERS = (
    "Ability|Able|Excellent|Possession|Knowledge|Experience|Experienced|Demonstrated|"
    "Demonstrable|Proven|Strong|Good|Sound|Solid|Willingness|Fluency|Fluent|Professional|"
    "Working|Familiarity|Understanding|Proficiency|Proficient|Commitment|Computer|Capacity|"
    "Previous|Prior|Effective|Thorough|Advanced|University|Second-level|First-level|Minimum|"
    "Readiness|Flexibility|Valid|Certified|Certification|Training|Background|Expertise|"
    "Awareness|Track|Analytical|Diplomatic|Managing|Informing|Reviewing|Co-ordinating|"
    "Coordinating|Co-coordinating|Coaching|Supervising|Assisting|Performing|Preparing|"
    "Providing|Developing|Monitoring|Maintaining|Drafting|Organizing|Organising|Ensuring|"
    "Liaising|Participating|Representing|Advising|Conducting|Contributing|Supporting|"
    "Identifying|Implementing|Leading|Analysing|Analyzing|Facilitating|Overseeing|Reporting|"
    "Serving|Undertaking|Establishing|Promoting|Collecting|Acting|Planning|Keeping|Building|"
    "Skills|Sensitivity|Gender|Excellent|Superior|Very|Extensive|Significant|Relevant|"
    "Master|Bachelor|Degree|Fully|Ready|Must|Be|Have|Possess|Physical|Capability|Capable|"
    "Competence|Competent|Exceptional|Outstanding|Basic|Operational|Pro-active|Proactive"
)
_STARTER_SET = frozenset(_STARTERS.split("|"))
# A capitalised word right after a lowercase letter (glued) or after a space (spaced);
# the word is then looked up in the starter sets, which is far cheaper than an alternation.
_GLUED = re.compile(r"(?<=[a-z)\]\.])([A-Z][\w\-]*)")
_SPACED_STARTERS = (
    "Ability|Able|Excellent|Possession|Knowledge|Experience|Demonstrated|Demonstrable|Proven|"
    "Strong|Good|Willingness|Fluency|Familiarity|Understanding|Proficiency|Commitment|Valid|"
    "Sound|Capacity|Readiness|Flexibility|Awareness|Physical|Diplomatic|Some|Solid|Previous|"
    "Prior|University|Advanced|Minimum|First-level|Second-level|Regional|Thorough|"
    "Work|Experienced|Familiar|Basic|Proficient|Fluent|Computer|Working"
)
_SPACED_SET = frozenset(_SPACED_STARTERS.split("|"))
_SPACED = re.compile(r"(?<=[a-z)\]])\s+([A-Z][\w\-]*)")
_BULLET = re.compile(
    r"^\s*(?:[•●▪◦○■□►▸‣⁃∙·*\-–—\uf000-\uf0ff]|o\s|\(?[0-9ivx]{1,4}[.)]|\(?[a-h][.)])\s*"
)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z(])")
_SEMICOLON = re.compile(";")
_LINE = re.compile(r"[^\n]+")
_THREE_WORD_CHARS = re.compile(r"\w\W*\w\W*\w")  # an item has three letters or digits
_WRAPPED_HYPHEN = re.compile(r"(?<=\w)-\s*\n\s*(?=\w)")
_SPACES = re.compile(r"\s+")
_CELL = re.compile(r"[^|\n]+")
_DEGREE_WORDS = re.compile(r"degree|diploma|universit", re.I)
_COMPUTER = re.compile(r"computer[ -]literate|\bMS Office\b|\bMicrosoft\b|\bIT skills\b", re.I)
_LANGUAGE_WORDS = re.compile(r"\bfluen(?:cy|t)\b|\blanguages?\b", re.I)
_ABBREV_TAIL = re.compile(r"(?:\b(?:e\.g|i\.e|etc|incl|approx|no|nr|vs|cf|Ms|Mr|Dr|St)\.)$", re.I)


@dataclass(frozen=True)
class Item:
    text: str
    start: int
    end: int


def _trimmed(text: str, start: int, end: int) -> Item | None:
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip(" \t\n•●▪◦○■□►▸‣⁃∙·*-–—|\uf0b7\uf0a7\uf076\uf0d8"))
    b = _BULLET.match(chunk, left)
    if b and b.end() > left:
        left = b.end()
    right = len(chunk.rstrip(" \t\n;,|"))
    if right <= left:
        return None
    s, e = start + left, start + right
    body = text[s:e]
    if not _THREE_WORD_CHARS.search(body):
        return None
    if "\n" in body:
        body = _WRAPPED_HYPHEN.sub("-", body)
    # a printable body without a double space holds no whitespace but single spaces (every
    # other whitespace character is unprintable): nothing to fold
    folded = body if body.isprintable() and "  " not in body else _SPACES.sub(" ", body)
    return Item(folded, s, e)


def _split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREV_TAIL.search(text, max(pos, m.start() - 8), m.start()):
            continue
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _split_glued(text: str, start: int, end: int, allow_spaced: bool) -> Iterator[tuple[int, int]]:
    """Items run together without punctuation: split before a starter word after a lowercase."""
    cuts = [start]
    segment = text[start:end]
    if segment.count(". ") >= 2 and ";" not in segment:
        yield start, end  # real sentences: leave them to the sentence splitter
        return
    for m in _GLUED.finditer(text, start, end):
        if m.group(1) in _STARTER_SET and m.start() > cuts[-1] + 12:
            cuts.append(m.start())
    if allow_spaced and len(cuts) == 1 and (end - start) > 80 and "." not in text[start : end - 1]:
        spaced = [start]
        for m in _SPACED.finditer(text, start, end):
            if m.group(1) in _SPACED_SET and m.start(1) > spaced[-1] + 12:
                spaced.append(m.start(1))
        if len(spaced) >= 3:  # one stray capital is a name, not a glued list
            cuts = spaced
    cuts.append(end)
    yield from itertools.pairwise(cuts)


_STARTS_ITEM = re.compile(r"[A-Z][\w\-]*")
_CONTINUES_MARK = re.compile(r"[,\-–(/]$")
WRAP_WIDTH = 60  # a line this long that does not end was wrapped by a PDF, not ended


def ends_on_joiner(line: str) -> bool:
    """The line stops on a mark or a word that joins it to the next one ("... experience
    in", "... de género en", "... Local y"): the joining words are labels.json's."""
    if _CONTINUES_MARK.search(line):
        return True
    words = line.rsplit(None, 1)
    return bool(words) and norm_label(words[-1]) in label_lexicon().joiners


def logical_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines of ``text[start:end]`` with hard-wrapped ones (PDF text) joined again."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text, start, end):
        cur = m.group().strip()
        if not cur:
            continue
        if out:
            prev = text[out[-1][0] : out[-1][1]].rstrip()
            if _wrapped(prev, cur):
                out[-1] = (out[-1][0], m.end())
                continue
        out.append((m.start(), m.end()))
    return out


def _wrapped(prev: str, cur: str) -> bool:
    if not prev or _BULLET.match(cur) or prev.endswith(":"):
        return False
    if prev[-1] in ".;!?" or "|" in cur:
        return False
    if ends_on_joiner(prev) or cur[0].islower():
        return True
    last_line = prev.rsplit("\n", 1)[-1]
    first = _STARTS_ITEM.match(cur)
    return len(last_line) >= WRAP_WIDTH and not (first and first.group() in _STARTER_SET)


def split_items(text: str, start: int, end: int, intro_skip: bool = True) -> list[Item]:
    """Items of ``text[start:end]`` with offsets into ``text``."""
    items: list[Item] = []
    for ls, le in logical_lines(text, start, end):
        raw = text[ls:le].strip()
        allow_spaced = ";" not in raw
        if not raw:
            continue
        if intro_skip and raw.endswith(":") and len(raw) < 200:
            continue  # "The general minimum requirements ... are:"
        if "|" in raw and raw.count("|") >= 2:
            parts = [(p.start(), p.end()) for p in _CELL.finditer(text, ls, le)]
        else:
            parts = [(ls, le)]
        for ps, pe in parts:
            for a, b in _split_by_semicolons(text, ps, pe):
                for c, d in _split_glued(text, a, b, allow_spaced):
                    for e, f in _split_sentences(text, c, d):
                        item = _trimmed(text, e, f)
                        if item and not (intro_skip and is_intro(item.text)):
                            items.append(item)
    return items


def _split_by_semicolons(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split at semicolons that are not inside brackets."""
    pos = start
    for m in _SEMICOLON.finditer(text, start, end):
        chunk = text[pos : m.start()]
        if chunk.count("(") > chunk.count(")"):
            continue  # inside brackets: keep going
        yield pos, m.start()
        pos = m.end()
    yield pos, end


DESIRABLE_CUE = re.compile(
    r"\b(?:desirable|desired|an? (?:added )?(?:asset|advantage|plus)|advantageous|"
    r"would be (?:an? )?(?:asset|advantage|beneficial|preferred|welcome|considered an asset)|"
    r"is (?:an )?(?:asset|advantage|plus)|(?:is|are|will be) preferred|"
    r"an added value|considered an asset|highly valued|nice to have)\b",
    re.I,
)
MANDATORY_CUE = re.compile(
    r"\b(?:required|mandatory|essential|must|is necessary|are necessary|compulsory|"
    r"requires?|obligatory|needed|minimum|at least|"
    r"(?:is|are) an? (?:absolute |strict |essential |minimum )?requirement)\b",
    re.I,
)

_CATEGORY_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("licence", re.compile(r"driv(?:ing|er'?s)\s+licen[cs]e|\bdriv(?:e|ing)\b.*\bvehicle|"
                           r"manual transmission|licen[cs]e to drive", re.I)),
    ("physical", re.compile(r"physical(?:ly)?\b|\bfitness\b|medical(?:ly)? (?:fit|clearance|"
                            r"exam)|hardship|(?:good|excellent|sound) (?:physical and mental )?"
                            r"health", re.I)),
    ("eligibility", re.compile(r"\bnationals\b|\bnationality\b|\bcitizens?(?:hip)?\b|"
                               r"permanent residen|\bnominated\b|security clearance|"
                               r"\bage (?:limit|of)\b|years of age|\bpassport\b|"
                               r"participating states?", re.I)),
    ("education", re.compile(r"\bdegree\b|\buniversity\b|\bdiploma\b|\beducation|"
                             r"\bgraduate\b|\bbachelor|\bmaster'?s?\b|\bdoctora|\bph\.?d\b|"
                             r"\bstudies\b|\bcertified training\b|police academy|"
                             r"military academy|high school|secondary school", re.I)),
    ("language", re.compile(r"\blanguages?\b|\bfluen(?:cy|t)\b|\bmother tongue|\bnative "
                            r"speaker", re.I)),
    ("experience", re.compile(r"\bexperience\b|\byears?\b.*\b(?:work|service)\b|"
                              r"track record", re.I)),
    ("skill", re.compile(r"\bskills?\b|\babilit(?:y|ies)\b|\bknowledge\b|\bproficien|"
                         r"\bcomputer\b|\bfamiliar|\bunderstanding\b|\bcapacity\b|"
                         r"\bcommand of\b|\bawareness\b|\bcapable\b|\bcompeten", re.I)),
)  # fmt: skip


_EXPERIENCE_YEARS = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s+"
    r"(?:\(\d+\)\s+)?(?:\w+\s+)?years?\b.*\bexperience\b",
    re.I,
)
_INTRO = re.compile(
    r"\bthe following (?:\w+ ){0,2}(?:requirements|duties|tasks|qualifications|criteria|"
    r"conditions|functions|responsibilities)\b|\bthe following[.:]?$|"
    r"^(?:furthermore|additionally|in addition)\b.*\brequire",
    re.I,
)


def is_intro(text: str) -> bool:
    """A sentence that introduces the list ("... the following requirements are met")."""
    if len(text) >= 250:
        return False
    low = text.lower()
    if "following" not in low and not low.startswith(
        ("furthermore", "additionally", "in addition")
    ):
        return False
    return bool(_INTRO.search(text)) and not _EXPERIENCE_YEARS.search(text)


# Substrings one of which each category's pattern needs: a cheap test before the regex.
_CATEGORY_HINTS: dict[str, tuple[str, ...]] = {
    "licence": ("driv", "licen", "transmission"),
    "physical": ("physical", "fit", "medical", "hardship", "health"),
    "eligibility": ("national", "citizen", "residen", "nominated", "clearance", "age",
                    "passport", "states"),
    "education": ("degree", "universit", "diploma", "educat", "graduate", "bachelor", "master",
                  "doctor", "ph", "studies", "training", "academy", "school"),
    "language": ("",),
    "experience": ("experience", "year", "track record"),
    "skill": ("skill", "abilit", "knowledge", "proficien", "computer", "familiar",
              "understanding", "capacity", "command of", "awareness", "capable", "competen"),
}  # fmt: skip


_HINT_RES: dict[str, re.Pattern[str] | None] = {
    category: re.compile("|".join(re.escape(h) for h in hints)) if all(hints) else None
    for category, hints in _CATEGORY_HINTS.items()
}


def categorize(text: str) -> str:
    """The requirement category of one item."""
    low = text.lower()
    years_of_experience = "year" in low and "experience" in low
    if years_of_experience and _EXPERIENCE_YEARS.search(text) and not _DEGREE_WORDS.search(text):
        return "experience"
    if ("computer" in low or "microsoft" in low or "office" in low or "it skills" in low) and (
        _COMPUTER.search(text)
    ):
        return "skill"
    for category, pattern in _CATEGORY_RULES:
        hint = _HINT_RES[category]
        if hint is not None and not hint.search(low):
            continue
        if category == "language":
            if category_is_language(text):
                return "language"
            continue
        if pattern.search(text):
            return category
    return "other"


def category_is_language(text: str) -> bool:
    """A language item names a language or speaks of fluency, not "language" in passing."""
    if has_language(text):
        return True
    return bool(_LANGUAGE_WORDS.search(text))


_DESIRABLE_HINTS = ("desir", "asset", "advantage", "plus", "prefer", "added value", "valued",
                    "nice to have", "beneficial", "welcome")  # fmt: skip
_MANDATORY_HINTS = ("requir", "mandatory", "essential", "must", "necessary", "compulsory",
                    "obligatory", "needed", "minimum", "at least")  # fmt: skip


def is_desirable(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in _DESIRABLE_HINTS) and bool(DESIRABLE_CUE.search(text))


def is_mandatory(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in _MANDATORY_HINTS) and bool(MANDATORY_CUE.search(text))


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def has_language(text: str) -> bool:
    """True when a language name appears (a set lookup on capitalised words first)."""
    names = languages().names
    return any(w.casefold() in names for w in _CAPITALISED.findall(text)) and bool(
        languages().pattern.search(text)
    )


def kind_of(text: str, default: str) -> str:
    """Desirable wording makes an item desirable ("an asset", "un atout", "deseable",
    "желательно": the body lexicon); otherwise the section decides."""
    if is_desirable(text) or body_lexicon().desirable_cue.search(text):
        return "desirable"
    return default


# Aggregator prose: "This educational foundation is crucial for understanding ..." explains a
# requirement before it without stating one of its own.
_DEMONSTRATIVE = re.compile(r"^(?:This|These|Such|That|Those)\b(?!\s+(?:post|position|role|job)\b)")
_WHY_IT_MATTERS = re.compile(
    r"^(?:This|These|Such|That|Those)\s+(?:[\w\-]+\s+){0,4}?(?:is|are|will be|remains?)\s+"
    r"(?:\w+\s+)?(?:crucial|essential|important|vital|key|fundamental|critical|necessary|"
    r"instrumental|invaluable|beneficial)\s+(?:for|to|in|when)\b",
    re.I,
)


_MODAL = re.compile(r"\b(?:should|must|shall|needs? to|has to|have to|ought to)\b", re.I)


def states_no_requirement(text: str) -> bool:
    """An item that only explains or praises ("This foundation is crucial for ..."), asking
    for nothing: it has no cue of its own and starts by pointing back at what came before."""
    if not _DEMONSTRATIVE.match(text):
        return False
    if _WHY_IT_MATTERS.match(text):
        return True
    return not (MANDATORY_CUE.search(text) or DESIRABLE_CUE.search(text) or _MODAL.search(text))
