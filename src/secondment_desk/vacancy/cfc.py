"""EU CSDP Calls for Contributions: one call, a table of posts, one job description per post.

Every post becomes its own Vacancy sharing the call's deadline and general requirements; its
job description block (found by its reference) adds its own requirements and tasks. All spans
point into the whole call text, which every post keeps as ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import lexicon
from secondment_desk.vacancy.dates import DATE_RE, first_date
from secondment_desk.vacancy.parser import (
    Draft,
    Extracted,
    apply_eligibility,
    apply_lists,
    apply_requirement_facts,
    dedupe,
    extract_lists,
    finish,
    put_time,
)
from secondment_desk.vacancy.sections import find_sections

# "GEO ZM 12", "GEO OE 02b", "UKR HQ 105", "EUCAP SOM 07", "KOS-12-03"
REF_RE = re.compile(
    r"(?<![\w-])(?!(?:ASAP|TBD|TBC|NA)\b)"
    r"([A-Z]{2,6}(?:[ \-/][A-Z]{1,5}){0,2}[ \-/]\d{1,4}[a-z]?(?:/\d{2,4})?)(?![\w-])"
)
# A call that lists its posts instead of tabling them:
# "Gender Adviser (VN 002/2018) - 1 position (Pristina)", "Seconded– Expert Level" below.
_LISTED = re.compile(
    r"^[ \t]*(?:[•\-*–][ \t]*)?(?:Call for (?:Contributions|Applications)[ \t]*[-–:][ \t]*)?"
    r"(?P<title>[A-Z][^\n()]{2,120}?)[ \t]*\((?P<ref>" + REF_RE.pattern + r")\)(?P<rest>[^\n]*)$",
    re.M,
)
_POSITIONS = re.compile(r"\b(?P<n>\d{1,3})\s+positions?\s*\((?P<loc>[^)\n]{2,40})\)", re.I)
_REGIME_WORDS = re.compile(r"Seconded\s*/\s*Contracted|Seconded|Contracted", re.I)
_TABLE_START = re.compile(r"Name of (?:the )?Post|Ref\.?\s*(?:No\.?)?\s*[|\t]", re.I)
_TABLE_END = re.compile(
    r"Deadline for (?:applications?|submission)|E-?mail address|Seconded Personnel|"
    r"Annex\b|Job Descriptions?\b",
    re.I,
)
_GROUP = re.compile(
    r"(?P<regime>(?:International |Local )?(?:Seconded/Contracted|Seconded|Contracted))"
    r"\s*\((?P<n>\d{1,3})\)",
    re.I,
)
_AVAILABILITY = re.compile(
    r"(?:" + DATE_RE.pattern + r"|ASAP|As soon as possible|TBD|Immediate(?:ly)?)\s*$",
    re.I,
)
# The same cell anywhere in a row: a PDF table flattened to one line carries page furniture
# ("Job Titles/", "Vacancy Notice:") after a row's availability, so the first one ends the row.
_AVAILABILITY_IN_ROW = re.compile(
    r"(?<!\w)(?:" + DATE_RE.pattern + r"|ASAP|As soon as possible|TBD|Immediate(?:ly)?)(?!\w)",
    re.I,
)
_BLOCK_LABEL = re.compile(
    r"^[ \t]*(?:Position Name|Name of the Post|Post Title|Position Title|Job Title|Position)"
    r"[ \t]*:",
    re.I | re.M,
)
_REGIME_KEY = re.compile(r"Employment Regime\s*:\s*([^|\n]+)", re.I)


@dataclass(frozen=True)
class Post:
    ref: fx.Hit
    title: fx.Hit | None
    location: fx.Hit | None
    regime: fx.Hit | None
    count: int


def _table(text: str) -> tuple[int, int] | None:
    start = _TABLE_START.search(text)
    if not start:
        return None
    end = _TABLE_END.search(text, start.end())
    return start.start(), end.start() if end else len(text)


table_span = _table  # where a call's table of posts lies (vacancy.signals asks)


def _posts(text: str, start: int, end: int) -> list[Post]:
    refs = [m for m in REF_RE.finditer(text, start, end)]
    groups = list(_GROUP.finditer(text, start, end))
    posts: list[Post] = []
    for i, m in enumerate(refs):
        seg_end = refs[i + 1].start() if i + 1 < len(refs) else end
        for g in groups:
            if m.end() <= g.start() < seg_end:
                seg_end = g.start()
        line_end = text.find("\n", m.end())
        if "|" in text[m.end() : line_end if line_end >= 0 else end]:
            seg_end = min(seg_end, line_end if line_end >= 0 else seg_end)
        regime = None
        for g in groups:
            if g.start() < m.start():
                regime = fx.Hit(g.group("regime"), g.start(), g.end("regime"))
        title, location = _row(text, m.end(), seg_end)
        if title is None:
            continue
        posts.append(Post(fx.Hit(m.group(1), m.start(1), m.end(1)), title, location, regime, 1))
    return posts


def _listed_posts(text: str) -> tuple[list[Post], int, int]:
    """Posts named as "Title (REF)" lines, each with the regime and places on its next lines."""
    found = list(_LISTED.finditer(text, 0, min(len(text), 20000)))
    posts: dict[str, Post] = {}
    for i, m in enumerate(found):
        window_end = found[i + 1].start() if i + 1 < len(found) else len(text)
        lines_end = m.end()
        for _ in range(3):  # the post's own lines: rest of its line and two more
            nxt = text.find("\n", lines_end + 1, window_end)
            lines_end = nxt if nxt >= 0 else min(window_end, lines_end + 200)
        window = (m.start("rest"), min(window_end, lines_end))
        ref = fx.Hit(m.group("ref"), m.start("ref"), m.end("ref"))
        value = m.group("title").strip()
        title = fx.Hit(value, m.start("title"), m.start("title") + len(value))
        regime_m = _REGIME_WORDS.search(text, *window)
        regime = fx.Hit(regime_m.group(), regime_m.start(), regime_m.end()) if regime_m else None
        count = 1
        location = None
        pos_m = _POSITIONS.search(text, *window)
        if pos_m:
            count = int(pos_m.group("n"))
            place = lexicon.canonical_city(pos_m.group("loc").strip())
            if place:
                location = fx.Hit(place, pos_m.start("loc"), pos_m.end("loc"))
        known = posts.get(ref.value)
        if known is None:
            posts[ref.value] = Post(ref, title, location, regime, count)
        else:  # named twice (a heading, then the list): keep what each gives
            posts[ref.value] = Post(
                known.ref,
                known.title,
                known.location or location,
                known.regime or regime,
                count if pos_m else known.count,
            )
    if not found:
        return [], 0, 0
    last = found[-1]
    end = text.find("\n", last.end() + 1)
    for _ in range(2):
        nxt = text.find("\n", end + 1) if end >= 0 else -1
        end = nxt if nxt >= 0 else end
    return list(posts.values()), found[0].start(), end if end >= 0 else len(text)


def _row(text: str, start: int, end: int) -> tuple[fx.Hit | None, fx.Hit | None]:
    """(title, location) of one table row after its reference."""
    segment = text[start:end]
    if "|" in segment or "\t" in segment:
        cells = [c for c in re.finditer(r"[^|\t\n]+", segment) if c.group().strip(" *")]
        hits = []
        for c in cells:
            raw = c.group()
            value = raw.strip(" *")
            off = start + c.start() + raw.find(value)
            hits.append(fx.Hit(value, off, off + len(value)))
        title = hits[0] if hits else None
        location = hits[1] if len(hits) > 1 and not DATE_RE.match(hits[1].value) else None
        if location:
            canon = lexicon.canonical_city(location.value)
            location = fx.Hit(canon or location.value, location.start, location.end)
        return title, location
    body = segment.rstrip()
    avail = _AVAILABILITY.search(body) or _AVAILABILITY_IN_ROW.search(body)
    stop = start + (avail.start() if avail else len(body))
    location = None
    last = None
    for pm in lexicon.places().city_re.finditer(text, start, stop):
        last = pm
    if last and not text[last.end(1) : stop].strip(" ,"):
        canon = lexicon.canonical_city(last.group(1))
        location = fx.Hit(canon or last.group(1), last.start(1), last.end(1))
        stop = last.start(1)
    raw = text[start:stop]
    value = re.sub(r"\s+", " ", raw.strip(" *\n\t,")).strip()
    if len(value) < 3 or not re.search(r"[a-z]", value):
        return None, location
    off = start + raw.find(value.split(" ")[0])
    return fx.Hit(value, off, off + len(value)), location


def _blocks(text: str, posts: list[Post], after: int) -> dict[str, tuple[int, int]]:
    """Ref -> (start, end) of its job description, searched after the table."""
    starts: dict[str, int] = {}
    for post in posts:
        ref = post.ref.value
        m = re.search(r"(?<![\w-])" + re.escape(ref) + r"(?![\w-])", text[after:])
        if not m:
            continue
        pos = after + m.start()
        label = None
        for lm in _BLOCK_LABEL.finditer(text, max(after, pos - 400), pos + 1):
            label = lm
        line_start = text.rfind("\n", 0, pos) + 1
        starts[ref] = label.start() if label else line_start
    ordered = sorted(set(starts.values()))
    out: dict[str, tuple[int, int]] = {}
    for ref, s in starts.items():
        later = [o for o in ordered if o > s]
        out[ref] = (s, later[0] if later else len(text))
    return out


def parse_cfc(text: str, source_name: str | None, org_hit: fx.Hit | None) -> list[Vacancy]:
    found = _table(text)
    posts = _posts(text, *found) if found else []
    table = found or (0, 0)
    if not posts:
        posts, list_start, list_end = _listed_posts(text)
        table = (list_start, list_end)
    if not posts:
        return []
    blocks = _blocks(text, posts, table[1])
    first_block = min((s for s, _ in blocks.values()), default=len(text))
    header_kv = fx.key_values(text, 0, table[0])
    general_kv = fx.key_values(text, table[1], first_block)
    general_sections = find_sections(text, table[1], first_block)
    general = extract_lists(text, general_sections)
    deadline = _deadline(text, general_kv, table[1], first_block)
    office = _office(text, header_kv)
    issued = _issue_date(text, table[0])
    out: list[Vacancy] = []
    for post in posts:
        draft = Draft(text)
        draft.put("organization", "EU", org_hit)
        if office:
            draft.put("office", office.value, office)
        draft.put("requisition_id", post.ref.value, post.ref)
        block = blocks.get(post.ref.value)
        location = post.location
        block_location = _block_location(text, block) if block else None
        title_hit = post.title
        if location is None and block_location and title_hit:
            # an unknown place glued to the title in a flattened table: the job
            # description's "Location:" tells where the title ends
            if title_hit.value.endswith(" " + block_location.value):
                cut = len(title_hit.value) - len(block_location.value) - 1
                title_hit = fx.Hit(title_hit.value[:cut], title_hit.start, title_hit.start + cut)
            location = block_location
        if title_hit:
            title, grade = fx.tidy_title(title_hit.value)
            draft.put("title", title, title_hit)
            if grade:
                draft.put("grade", grade, title_hit)
        draft.put("number_of_posts", post.count, post.ref)
        if block:
            regime = _REGIME_KEY.search(text, block[0], block[1])
            if regime:
                value = fx.contract_type(regime.group(1))
                draft.put(
                    "contract_type", value, fx.Hit(regime.group(1), regime.start(1), regime.end(1))
                )
        if post.regime:
            draft.put("contract_type", fx.contract_type(post.regime.value), post.regime)
        for hit in header_kv.get("contract_type", []):  # a call for one kind of post
            draft.put("contract_type", fx.contract_type(hit.value), hit)
        if location is None:
            header_location = _header_location(header_kv)
            if header_location:
                location = header_location
        if location:
            draft.put("duty_station", location.value, location)
            country = fx.country_of_station(location.value)
            if country:
                draft.put("country", country, location)
        if not draft.has("country") and office:
            named = fx.country_of_office(text, office.start, office.end)
            if named:
                draft.put("country", named.value, named)
        if issued:
            draft.put("issue_date", issued.value, issued)
        if deadline:
            date_hit, time_from, time_to = deadline
            draft.put("closing_date", date_hit.value, date_hit)
            put_time(draft, text, time_from, time_to)
        sections = list(general_sections)
        if block:
            own_sections = find_sections(text, block[0], block[1])
            own = extract_lists(text, own_sections)
            sections = own_sections + sections
            extracted = Extracted(
                dedupe(general.requirements + own.requirements),
                general.languages + own.languages,
                own.tasks,
            )
        else:
            extracted = general
        whole = block if block else (table[1], len(text))
        apply_lists(draft, text, extracted, whole)
        apply_requirement_facts(draft, text, sections, whole)
        apply_eligibility(draft, text)
        out.append(finish(draft, "eu_cfc", source_name))
    return out


def _header_location(kv: dict[str, list[fx.Hit]]) -> fx.Hit | None:
    """The call's "Job Location:" when it names one place (not "As indicated below")."""
    hit = fx.first_hit(kv, "location")
    if not hit or not lexicon.canonical_city(hit.value):
        return None
    return fx.Hit(lexicon.canonical_city(hit.value) or hit.value, hit.start, hit.end)


def _block_location(text: str, block: tuple[int, int]) -> fx.Hit | None:
    """The "Location:" of a job description (first place when several are listed)."""
    kv = fx.key_values(text, block[0], min(block[1], block[0] + 1500))
    hit = fx.first_hit(kv, "location")
    if not hit or re.fullmatch(r"as indicated below|see below|various", hit.value, re.I):
        return None
    first = re.split(r"\s*(?:,|/|;|\band\b)\s*", hit.value)[0].strip()
    if not first:
        return None
    canon = lexicon.canonical_city(first)
    return fx.Hit(canon or first, hit.start, hit.start + len(first))


_DATELINE = re.compile(r"\bBrussels,?\s+(?:the\s+)?(?=\d)")


def _issue_date(text: str, before: int) -> fx.Hit | None:
    """The call's date line ("Brussels, 13 April 2017") above the table."""
    m = _DATELINE.search(text, 0, before)
    if not m:
        return None
    found = first_date(text, m.end(), min(before, m.end() + 30))
    return fx.Hit(found.iso, found.start, found.end) if found else None


def _deadline(
    text: str, kv: dict[str, list[fx.Hit]], start: int, end: int
) -> tuple[fx.Hit, int, int] | None:
    for hit in kv.get("closing_date", []):
        d = first_date(text, hit.start, hit.end)
        if d:
            return fx.Hit(d.iso, d.start, d.end), d.end, hit.end
    prose = fx.deadline_from_prose(text, start)
    if prose:
        hit, line_end = prose
        return hit, hit.end, line_end
    return None


def _office(text: str, kv: dict[str, list[fx.Hit]]) -> fx.Hit | None:
    hit = fx.first_hit(kv, "office")
    if hit and not re.fullmatch(r"as indicated below|see below", hit.value, re.I):
        return hit
    return fx.office(text)
