"""Notice text -> :class:`~secondment_desk.models.Vacancy` (several for a Call for Contributions).

The parser normalises the text (the exact string every span points into), recognises the
layout, splits it into sections, then runs the shared field extractors over key/value pairs,
sections and prose, in that order of trust. Fields it cannot find stay null and are listed in
``missing`` with a warning a person can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from secondment_desk import countries
from secondment_desk.errors import NotAVacancyError
from secondment_desk.i18n import _
from secondment_desk.models.vacancy import (
    Vacancy,
)
from secondment_desk.organisations import recognition
from secondment_desk.vacancy import facts as body
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import header, layout, lexicon, postlist
from secondment_desk.vacancy.cfc import (
    counted_titles,
    grouped_by_regime,
    listed_by_reference,
    number_of_posts,
    parse_cfc,
    post_table,
    regime_type,
)
from secondment_desk.vacancy.datelabels import fill_dates
from secondment_desk.vacancy.dates import find_dates, first_date, order_for
from secondment_desk.vacancy.draft import (
    Draft,
    apply_eligibility,
    apply_lists,
    apply_requirement_facts,
    extract_lists,
    finish,
    put_time,
)
from secondment_desk.vacancy.post_nouns import title_nouns
from secondment_desk.vacancy.reflow import reflow
from secondment_desk.vacancy.sections import find_sections
from secondment_desk.vacancy.signals import is_vacancy
from secondment_desk.vacancy.status import apply_status

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NBSP = re.compile("[\u00a0\u2007\u202f\u2009\u200a]")


# UTF-8 read as Windows-1252 ("â€™", "Ã©") or as Latin-1 ("â\x80\x99", its C1 controls
# kept): re-decoded where the run is valid UTF-8. A continuation byte 0x80-0xBF as either
# shows it: not the whole U+0152-U+2122 span, which holds Cyrillic letters a copy kept whole.
_CONTINUATION = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)
)
_CP1252_RUN = re.compile("[\u00c2-\u00f4][\u0080-\u009f" + re.escape(_CONTINUATION) + "]{1,3}")
# the lead bytes of Latin accents, punctuation and Cyrillic ("Ð¼Ð¾" for "мо") seen that way
_CP1252_LEADS = ("Ã", "â", "Â", "Ð", "Ñ")
# UTF-8 read as the Thai code page: "’" became "โ" (its other bytes dropped), a soft hyphen "ยญ".
_THAI_APOSTROPHE = re.compile("(?<=[A-Za-z])โ(?:€™)?(?=[A-Za-z])")
_THAI_LETTERS = re.compile("[\u0e01-\u0e5b]")


def _repair_cp1252(m: re.Match[str]) -> str:
    try:
        raw = b"".join(
            c.encode("latin-1") if "\x80" <= c <= "\x9f" else c.encode("cp1252") for c in m.group()
        )
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return m.group()


def repair_mojibake(text: str) -> str:
    """Undo the two mis-decodings aggregator copies show ("Serbiaโs", "worldâ€™s"); genuine
    Thai or Latin-1 text is left alone (a Thai page has Thai letters beyond these)."""
    if "โ" in text or "ย" in text:
        thai = len(_THAI_LETTERS.findall(text))
        marks = text.count("โ") + text.count("ยญ")
        if thai <= 2 * marks:
            text = _THAI_APOSTROPHE.sub("’", text.replace("ยญ", ""))
    if any(lead in text for lead in _CP1252_LEADS):
        text = _CP1252_RUN.sub(_repair_cp1252, text)
    return text


def normalize_text(text: str) -> str:
    """The text spans point into: unified newlines, no zero-width or non-breaking spaces,
    mojibake repaired, doubled line breaks single, line breaks back in a text flattened into
    one paragraph."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = repair_mojibake(text)
    text = _INVISIBLE.sub("", text)
    text = _NBSP.sub(" ", text)
    return reflow(undouble(text.replace("\x00", "")))


_BREAKS = re.compile(r"\n(?:[ \t]*\n)*")
_DOUBLED_MIN_LINES = 10
# How far into a notice a bare line naming one of the organisation's fields of expertise is
# read as its job field: the header of a board's first screen, before any section heading.
_FIELD_LINE_WINDOW = 300


def undouble(text: str) -> str:
    """A copy whose every line stands between blank lines (a browser's copy of a page, a
    converter's output) with single line breaks, as laid out: a label and its value, a
    heading and its text are neighbours again. Every run of line breaks is halved, so a
    paragraph break stays one."""
    lines = text.count("\n")
    if lines < 2 * _DOUBLED_MIN_LINES or "\n\n" not in text:
        return text
    runs = _BREAKS.findall(text)
    single = sum(1 for r in runs if r.count("\n") == 1)
    if len(runs) < _DOUBLED_MIN_LINES or single > len(runs) // 20:
        return text
    return _BREAKS.sub(lambda m: "\n" * max(1, m.group().count("\n") // 2), text)


# --- is it a notice at all? ------------------------------------------------------------------


def check_is_vacancy(text: str, source_name: str | None) -> None:
    if len(text.strip()) < 40:
        raise NotAVacancyError(
            _("{name}: the text is too short to be a vacancy notice.").format(name=source_name)
            if source_name
            else _("The text is too short to be a vacancy notice.")
        )
    # One strong vacancy signal or two weak ones (vacancy/signals.py, words in data), or a
    # list of posts (vacancy/postlist.py): a flattened table's rows, a call's contents.
    if not is_vacancy(text) and not postlist.listed_posts(text):
        raise NotAVacancyError(
            _(
                "{name}: this does not look like a vacancy notice (no requirements, deadline "
                "or post description found)."
            ).format(name=source_name)
            if source_name
            else _(
                "This does not look like a vacancy notice (no requirements, deadline or post "
                "description found)."
            )
        )


# --- format ----------------------------------------------------------------------------------

_ARCHIVE = re.compile(r"^\s*Vacancy number\b", re.I | re.M)


def detect_format(text: str, org: str | None) -> str:
    """The notice layout, from literal cues (cheap substring tests on the lowercased text)."""
    low = text[:200000].lower()

    def has(*cues: str) -> bool:
        return any(c in low for c in cues)

    cfc = has("call for contributions", "name of the post") or " cfc " in low
    # or a list of posts: counted only for an EU text that names no call (two scans)
    if org == "EU" and (
        cfc or counted_titles(text, 8000) >= 2 or listed_by_reference(text, 8000) >= 2
    ):
        return "eu_cfc"
    if org in ("EU", None):  # a table of posts, even where the copy lost the call's name
        table = post_table(text[:30000])
        if table and (org == "EU" or grouped_by_regime(text, table)):
            return "eu_cfc"
    if org == "UN" or has(
        "job opening number",
        "org. setting and reporting",
        "united nations considerations",
        "posting title",
        "job code title",
    ):
        return "un"  # fmt: skip
    if _ARCHIVE.search(text[:200000]):
        return "osce_archive"
    if has("general minimum requirements", "mission specific requirements"):
        return "osce_field"
    if has("necessary qualifications") and has("secretariat", "institution", "odihr", "hcnm"):
        return "osce_secretariat"
    if has("field of expertise requirements", "requisition id"):
        return "osce_field"
    if org == "OSCE":
        return "osce_secretariat" if has("necessary qualifications") else "osce_aggregator"
    if org == "EU":
        return "eu"
    return "generic"


# A reference that carries the date it was issued: "N° 29/2025 du 26 septembre 2025",
# "No. 12/2024 of 3 May 2024", "N.º 5/2023 del 2 de marzo de 2023", "№ 7 от 3 мая 2024".
_DATED_REFERENCE = re.compile(r"\s+(?:du|of|dated|del|de fecha|от)\s+(?=\d)")
# A heading's last bracket holding only a reference number ("(10001239)", "(VA-2024/017)").
# "REGIONAL DESK OFFICER (10001137)", "SENIOR POLICY OFFICER (...) - 30001200": a reference
# after a labelled title (AU vacancy announcements)
_REFERENCE_IN_BRACKET = re.compile(
    r"\s*(?:\((?P<ref>(?:[A-Z]{1,6}[-/ ]?)?\d{5,}[\w/\-]*)\)"
    r"|[ \t]+[-–][ \t]+(?P<dashed>\d{6,10}))\s*$"
)
_COUNT_NOT_REFERENCE = re.compile(r"\s*\d{1,2}\s*")
_ID_BEFORE_KEY = re.compile(r"\b([A-Z]{2,5}\d{4,7})[ \t]+Requisition\b")
# A notice's number on its own line after its noun, with no colon: "Vacancy Notice No. 2013/047",
# "Job Opening No. 12345", "Vacancy Announcement N° VA/2020/01".
_NUMBER_LINE = re.compile(
    r"^[ \t]*(?:(?:Vacancy|Job|Post)(?: (?:Notice|Announcement|Opening))? (?:No\.?|N°|Number|#) ?"
    r"|Ref\. ?"  # an agency's PDF: "Ref. eu-LISA/25/SNE/2.1" (a body's lower-case acronym)
    # "ANUNCIO DE CONTRATACIÓN PE/229/S", "Avis de vacance N° 2020/04"
    r"|(?i:anuncio de (?:contrataci[oó]n|vacante)|aviso de vacante|convocatoria|"
    r"avis de (?:vacance(?: de poste)?|recrutement))(?: (?:n[°º.o]\.?|número))? ?)"
    r"(?P<ref>[A-Za-z0-9][\w/.\-]*\d[\w/.\-]*)[ \t]*$",
    re.M,
)
# "Réf. 2026/RCNPDLCDLEDLB/14580" inside a line: a code of slashed or dashed parts with digits
_INLINE_REF = re.compile(
    r"(?<!\w)(?:R[ée]f|REF|RÉF)\.[ \t]*"
    r"(?P<ref>(?=[\w/\-]*\d)[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+){2,})\b"
)
_INLINE_REF_WINDOW = 1000
_ACRONYM_AND_CITY = re.compile(r"[A-Z][A-Z\-]{1,9}\s+(?P<city>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")


def _acronym_and_city(value: str) -> bool:
    m = _ACRONYM_AND_CITY.fullmatch(value)
    return bool(m and lexicon.canonical_city(m.group("city")))


def _full_offices_first(kv: Pairs) -> Pairs:
    """A board's short form of the office ("Office: UNODC Vienna", an acronym and a city)
    yields to an office another label names in full ("Department/ Office: United Nations
    Office on Drugs and Crime"); alone it is still the office."""
    offices = kv.get("office", [])
    if len(offices) < 2:
        return kv
    short = [c for c in offices if _acronym_and_city(c.value)]
    return {**kv, "office": [c for c in offices if c not in short] + short}


_NOT_AN_OFFICE = re.compile(r"as indicated below|see below|n/?a|-+", re.I)
# A flattened copy's reference runs on into the next heading, written in capitals.
_CAPITALS_AFTER_REFERENCE = re.compile(r"(\S*\d\S*)\s+(?=[A-ZÁÉÍÓÚÑÀÈÊÇ]{4,}\b)")
_SERVICE_NUMBER = re.compile(r"\d{1,3}\s*-\s*(?=[^\W\d_])")
# A reference a site writes with the title after a dash ("PE/307/2024/S/INLO - Legal
# Administrator (AD 5 & AD 7)"): the reference ends before the dash.
_TITLE_AFTER_REFERENCE = re.compile(r"\s+[-–—]\s+(?=[^\W\d_]+\s+[^\W\d_]{3,})")


Pairs = dict[str, list[fx.Hit]]


def apply_common(draft: Draft, text: str, kv: Pairs, head_end: int) -> None:
    """Fields from key/value pairs and prose that every layout shares, one step each."""
    _office(draft, text, _full_offices_first(kv))
    _reference(draft, text, kv)
    title_grade = _title(draft, text, kv, head_end)
    _grade_level_posts(draft, text, kv, title_grade)
    _contract_type(draft, text, kv)  # after the grade: an EU function group is a contract
    _place(draft, kv)
    _dates(draft, text, kv)
    _education(draft, text, kv)


def _office(draft: Draft, text: str, kv: Pairs) -> None:
    """The office: a labelled one that names a unit, else one found in prose or the registry."""
    org = draft.values.get("organization")
    entry = recognition.by_short_name(org if isinstance(org, str) else None)
    names = entry.office_names if entry else frozenset()
    for candidate in kv.get("office", []):
        if _NOT_AN_OFFICE.fullmatch(candidate.value) or fx.is_generic_org(candidate.value):
            continue
        if fx.names_a_service(candidate.value):  # "Servicio: Elaboración de ...": the service
            continue
        named, comma, _unit = candidate.value.partition(", ")
        if comma and named.casefold() in names:  # "EUMM Georgia, Headquarters": the office
            candidate = fx.Hit(named, candidate.start, candidate.start + len(named))
        code = _SERVICE_NUMBER.match(candidate.value)  # "12-Dirección General de ...": a number
        if code:
            named_at = candidate.start + code.end()
            candidate = fx.Hit(candidate.value[code.end() :], named_at, candidate.end)
        draft.put("office", candidate.value, candidate)
        break
    if not draft.has("office"):
        found = fx.office(text) or header.office_from_registry(
            text, org if isinstance(org, str) else None
        )
        if found:
            draft.put("office", found.value, found)


def _reference(draft: Draft, text: str, kv: Pairs) -> None:
    """The reference: labelled, dated (its date is the issue date), or a known pattern."""
    for name in ("requisition_id", "ref"):
        # the first value that can be a reference: a header row's run of labels is none
        # ("Reference | Title | Grade" above "VA/KCO/2023/14 | Child Protection Officer | ..."),
        # nor WFP's "NUMÉRO DE POSTE : 1", which numbers the posts
        hit = next(
            (
                h
                for h in kv.get(name, [])
                if re.search(r"\d", h.value)
                and len(h.value) <= 60
                and not _COUNT_NOT_REFERENCE.fullmatch(h.value)
            ),
            None,
        )
        if hit:
            if hit.value.endswith(")") and "(" not in hit.value:  # "25990)"
                hit = fx.Hit(hit.value[:-1], hit.start, hit.end - 1)
            link = fx.DOCUMENT_LINK.search(hit.value)  # "303119 (Download Here)"
            if link and link.start() > 0:
                value = hit.value[: link.start()].rstrip()
                hit = fx.Hit(value, hit.start, hit.start + len(value))
            capitals = _CAPITALS_AFTER_REFERENCE.match(hit.value)  # "SGCAN-C-2019-027 DOCUMENTO"
            if capitals:
                hit = fx.Hit(capitals.group(1), hit.start, hit.start + len(capitals.group(1)))
            named = _TITLE_AFTER_REFERENCE.search(hit.value)
            if named and re.search(r"\d", hit.value[: named.start()]):
                hit = fx.Hit(hit.value[: named.start()], hit.start, hit.start + named.start())
            dated = _DATED_REFERENCE.search(hit.value)  # "AC/SRH, N° 29/2025 du 26 septembre 2025"
            if dated:
                d = first_date(text, hit.start + dated.end(), hit.end)
                if d and not text[hit.start + dated.end() : d.start].strip():
                    hit = fx.Hit(hit.value[: dated.start()], hit.start, hit.start + dated.start())
                    draft.put("issue_date", d.iso, fx.Hit(d.iso, d.start, d.end))
            draft.put("requisition_id", hit.value, hit)
    if not draft.has("requisition_id"):  # "KOS000431 Requisition #" (vacancies.osce.org)
        m = _ID_BEFORE_KEY.search(text, 0, min(len(text), 3000))
        if m:
            draft.put("requisition_id", m.group(1), fx.Hit(m.group(1), m.start(1), m.end(1)))
    if not draft.has("requisition_id"):  # "Vacancy Notice No. 2013/047" (no colon)
        m = _NUMBER_LINE.search(text, 0, min(len(text), 3000))
        if m:
            draft.put(
                "requisition_id", m.group("ref"), fx.Hit(m.group("ref"), m.start(1), m.end(1))
            )
    if not draft.has("requisition_id"):  # a flattened copy's "Postuler Réf. 2026/ABC/14580 Type"
        m = _INLINE_REF.search(text, 0, min(len(text), _INLINE_REF_WINDOW))
        if m:
            draft.put(
                "requisition_id",
                m.group("ref"),
                fx.Hit(m.group("ref"), m.start("ref"), m.end("ref")),
            )
    if not draft.has("requisition_id"):  # "Consultoría 2024/009: Servicios ..." (IOM)
        numbered = fx.numbered_service(text)
        if numbered:
            draft.put("requisition_id", numbered.reference.value, numbered.reference)
    if not draft.has("requisition_id"):  # "VNSECS01268", "VN 20/23", "e33/2011" (registry)
        org = draft.values.get("organization")
        m = recognition.find_reference(org if isinstance(org, str) else None, text, 0, len(text))
        if m:
            draft.put("requisition_id", m.group(), fx.Hit(m.group(), m.start(), m.end()))


def _title(draft: Draft, text: str, kv: Pairs, head_end: int) -> fx.Hit | None:
    """The title from labels, the heading, the top lines or prose (in that order of trust);
    gives a grade written with the title, which yields to a labelled one."""
    org = draft.values.get("organization")
    title_grade: fx.Hit | None = None  # a grade written after the title yields to a label's
    capitals = fx.title_in_capitals(text, head_end)  # "JOB TITLE: SENIOR ... Introduction"
    for name in ("title", "job_code_title"):
        for n, hit in enumerate(kv.get(name, [])):
            if capitals and hit.start == capitals.start and len(hit.value) > len(capitals.value):
                hit = capitals  # the label's value ran on into the paragraph after it
            if not fx.title_ok(hit.value):  # "Research Associate. Arolsen Archives, ..."
                hit = fx.first_sentence(hit)
            hit = fx.with_bracket_line(text, hit)  # "(Support to the meetings of the PRC)"
            ref = _REFERENCE_IN_BRACKET.search(hit.value)  # "REGIONAL DESK OFFICER (10001137)"
            if ref and ref.start() > 0:
                group = "ref" if ref.group("ref") else "dashed"
                at = hit.start + ref.start(group)
                draft.put(
                    "requisition_id",
                    ref.group(group),
                    fx.Hit(ref.group(group), at, at + len(ref.group(group))),
                )
                hit = fx.Hit(hit.value[: ref.start()], hit.start, hit.start + ref.start())
            title, grade = fx.tidy_title(hit.value)
            offset = hit.value.find(title) if title in hit.value else 0
            span = fx.Hit(title, hit.start + offset, hit.start + offset + len(title))
            if n and (draft.has("title") or not fx.title_ok(title)):
                break  # later candidates (layout pairs) only when they look like a title
            if title and fx.looks_like_title(title):
                draft.put("title", title, span if title in hit.value else hit)
                counted = fx.POST_COUNT.search(hit.value)
                if counted and not kv.get("number_of_posts"):  # "Assistant (2 posts)"
                    draft.put("number_of_posts", int(re.sub(r"\D", "", counted.group())), hit)
                if grade:
                    g_at = hit.value.rfind(grade)
                    title_grade = fx.Hit(grade, hit.start + g_at, hit.start + g_at + len(grade))
    header.apply_heading(draft, text, org if isinstance(org, str) else None)
    if not draft.has("title") and capitals:
        title, _grade = fx.tidy_title(capitals.value)
        draft.put("title", title, fx.Hit(title, capitals.start, capitals.end))
    if not draft.has("title"):
        numbered = fx.numbered_service(text)
        if numbered and numbered.title:
            draft.put("title", numbered.title.value, numbered.title)
    if not draft.has("title"):  # "TÉRMINOS DE REFERENCIA <post> 1. Antecedentes ..."
        tor = fx.tor_title(text)
        if tor:
            title, _grade = fx.tidy_title(tor.value)
            draft.put("title", title, tor)
    if not draft.has("title"):
        top = fx.title_from_top(text, head_end)
        if top and not fx.title_ok(top.value):
            top = fx.first_sentence(top)
        if top:
            title_grade = _put_tidy_title(draft, top) or title_grade
    if not draft.has("title"):  # a copy flattened into one paragraph opens with its title
        opening = fx.flat_opening(text)
        if opening:
            title_grade = _put_tidy_title(draft, opening) or title_grade
    if not draft.has("title"):
        named = fx.title_from_position_sentence(text, head_end)
        if named:
            draft.put("title", named.value, named)
    if not draft.has("title"):
        org = draft.values.get("organization")
        graded = fx.title_as_graded(text, head_end, org if isinstance(org, str) else None)
        if graded:
            draft.put("title", graded[0].value, graded[0])
            title_grade = title_grade or graded[1]
    if not draft.has("title"):
        inferred = fx.title_from_role_sentence(text, head_end)
        if inferred:
            draft.put("title", inferred[0], inferred[1])
            draft.warnings.append(
                _(
                    "post title inferred from the notice's prose ({title}): "
                    "check it against the official notice"
                ).format(title=repr(inferred[0]))
            )
    return title_grade


_EU_FUNCTION_GROUP = re.compile(r"FG ?(?:I{1,3}|IV|[1-4])", re.I)


def _put_tidy_title(draft: Draft, line: fx.Hit) -> fx.Hit | None:
    """The title a line opens with, tidied, put from the line's start; gives the grade the
    line wrote after it ("Programme Officer, P-3"), if any."""
    title, grade = fx.tidy_title(line.value)
    draft.put("title", title, fx.Hit(title, line.start, line.start + len(title)))
    if not grade:
        return None
    at = line.start + line.value.rfind(grade)
    return fx.Hit(grade, at, at + len(grade))


def _contract_type(draft: Draft, text: str, kv: Pairs) -> None:
    """Seconded or contracted, from labels, else from the prose of OSCE and EU notices."""
    org = draft.values.get("organization")
    for name in ("contract_type", "job_type"):
        for hit in kv.get(name, []):
            # English words, else posts.json's ("Nombramiento de plazo fijo", "Détachement")
            value = regime_type(hit.value)
            if value:
                draft.put("contract_type", value, hit)
    grade = draft.values.get("grade")
    if not draft.has("contract_type") and org == "EU" and isinstance(grade, str):
        span = draft.spans.get("grade")
        if _EU_FUNCTION_GROUP.fullmatch(grade):  # FG I-IV: a contract agent, never seconded
            at = fx.Hit(grade, span.start, span.end) if span else None
            draft.put("contract_type", "contracted", at)
    if not draft.has("contract_type"):  # a consultancy ("Consultoría para ...") is a contract
        word = _service_word(draft, text)
        if word and regime_type(word.value) == "contracted":
            draft.put("contract_type", "contracted", word)
    if not draft.has("contract_type") and org in ("OSCE", "EU"):
        found = fx.contract_type_from_prose(text)
        if found:
            draft.put("contract_type", found.value, found)


def _service_word(draft: Draft, text: str) -> fx.Hit | None:
    """The word a consultancy's heading opens with: its number's ("Consultancy 2024/009:"),
    else the title's first ("Consultoría para la elaboración ...")."""
    numbered = fx.numbered_service(text)
    if numbered:
        return numbered.word
    title = draft.values.get("title")
    span = draft.spans.get("title")
    if isinstance(title, str) and title.split() and span:
        first = title.split(maxsplit=1)[0]
        return fx.Hit(first, span.start, span.start + len(first))
    return None


def _grade_level_posts(draft: Draft, text: str, kv: Pairs, title_grade: fx.Hit | None) -> None:
    """Grade (labelled, with the title, or in prose), job level, field and number of posts."""
    hit: fx.Hit | None
    org = draft.values.get("organization")
    org_name = org if isinstance(org, str) else None
    for hit in kv.get("grade", []):
        grade = fx.grade_value(hit.value)
        # a grade of this organisation's scales (registry data), when none is read or it is
        # written first: "LICA5 (Corresponding level: G5)" is LICA5, its bracket an equivalent
        found_grade = header.find_grade(org_name, hit.value)
        if found_grade and (not grade or found_grade.start() < hit.value.find(grade)):
            grade = found_grade.group()
        if grade:
            at = hit.value.find(grade)
            draft.put("grade", grade, fx.Hit(grade, hit.start + at, hit.start + at + len(grade)))
    if title_grade and not draft.has("grade"):
        draft.put("grade", title_grade.value, title_grade)
    if not draft.has("grade"):
        found = (
            fx.grade_from_prose(text)
            or header.grade_after_cue(text, org_name)
            or header.grade_in_brackets(text, org_name)
        )
        if found:
            draft.put("grade", found.value, found)
    hit = fx.first_hit(kv, "job_level")
    if hit:
        draft.put("job_level", hit.value, hit)
    elif org == "OSCE":
        found = fx.job_level_from_prose(text)
        if found:
            draft.put("job_level", found.value, found)
    hit = fx.first_hit(kv, "job_field")
    if hit:
        draft.put("job_field", hit.value, hit)
    else:  # a header line that is one of the organisation's fields ('📁' / 'Political Affairs')
        m = recognition.job_field_line(
            org if isinstance(org, str) else None, text, min(len(text), _FIELD_LINE_WINDOW)
        )
        if m:
            draft.put("job_field", m.group(1), fx.Hit(m.group(1), m.start(1), m.end(1)))
    hit = fx.first_hit(kv, "number_of_posts")
    if hit:
        m = re.match(r"\d{1,3}", hit.value)
        if m:
            draft.put("number_of_posts", int(m.group()), hit)


def _place(draft: Draft, kv: Pairs) -> None:
    """Duty station and country from their labels, else from the end of a title of parts
    ("..., NOB, TA, 364 jours, Abuja, Nigeria"); a value naming a known city wins over one
    naming only a region ('Location: Borno' above 'City: Maiduguri')."""
    read = [fx.location_value(hit) for hit in kv.get("location", [])]
    known = [r for r in read if r[0] and lexicon.canonical_city(r[0].value)]
    for station, country in known[:1] or read:
        _put_place(draft, station, country)
        if station:
            break
    for hit in kv.get("country", []):
        country_name = countries.normalize(hit.value.strip(" .,;"))
        if country_name:
            draft.put("country", country_name, hit)
            break
    for hit in kv.get("title", []):
        station, country = fx.parts_place(hit)
        _put_place(draft, station, country)
        if station or country:
            break


def _put_place(draft: Draft, station: fx.Hit | None, country: fx.Hit | None) -> None:
    if station:
        draft.put("duty_station", station.value, station)
    if country:
        draft.put("country", country.value, country)


_DATE_LINE = re.compile(r"^[ \t]*Date[ \t]*:[ \t]*(?P<value>[^\n]{6,40})$", re.M)


def _dated_header_line(text: str) -> fx.Hit | None:
    """A bare 'Date:' line with labels on the lines before and after it is the notice's date
    (WHO's 'Grade: P3' / 'Date: 12 February 2014' / 'Application Deadline: ...'), beating a
    page's own date line; a lone 'Date:' elsewhere is not read."""
    for m in _DATE_LINE.finditer(text, 0, min(len(text), 4000)):
        before = text.rfind("\n", 0, max(m.start() - 1, 0))
        prev = text[before + 1 : max(m.start() - 1, 0)]
        nxt_end = text.find("\n", m.end() + 1)
        nxt = text[m.end() + 1 : nxt_end if nxt_end >= 0 else len(text)]
        if layout.is_label_line(prev) and layout.is_label_line(nxt):
            d = first_date(text, m.start("value"), m.end("value"))
            if d:
                return fx.Hit(d.iso, d.start, d.end)
    return None


def _dates(draft: Draft, text: str, kv: Pairs) -> None:
    """Issue and closing dates (and the closing time) from labels, else the deadline in prose."""
    hit: fx.Hit | None
    order = order_for(draft.values.get("organization"))  # "2/10/2023" is 10 February at the OAS
    for hit in kv.get("issue_date", []):
        d = first_date(text, hit.start, hit.end, order)
        if d:  # a labelled date beats a page's date line at its top ("7 March 2021")
            draft.put("issue_date", d.iso, fx.Hit(d.iso, d.start, d.end), force=True)
            break
    else:
        dated = _dated_header_line(text)  # "Date: 12 February 2014" among the header's labels
        if dated:
            draft.put("issue_date", dated.value, dated, force=True)
    hit = fx.first_hit(kv, "posting_period")
    if hit:
        ds = find_dates(text, hit.start, hit.end, order)
        if ds:
            draft.put("issue_date", ds[0].iso, fx.Hit(ds[0].iso, ds[0].start, ds[0].end))
        if len(ds) > 1:
            draft.put("closing_date", ds[-1].iso, fx.Hit(ds[-1].iso, ds[-1].start, ds[-1].end))
    for hit in kv.get("closing_date", []):
        d = first_date(text, hit.start, hit.end, order)
        if d:
            draft.put("closing_date", d.iso, fx.Hit(d.iso, d.start, d.end))
            put_time(draft, text, d.end, hit.end)
            break
    if not draft.has("closing_date"):
        prose = fx.deadline_from_prose(text)
        if prose:
            deadline, line_end = prose
            draft.put("closing_date", deadline.value, deadline)
            put_time(draft, text, deadline.end, line_end)


def _education(draft: Draft, text: str, kv: Pairs) -> None:
    """The education level a label states."""
    hit = fx.first_hit(kv, "education_level")
    if hit:
        level = fx.education_level(text, hit.start, hit.end)
        if level:
            draft.put("education_level", level.value, level)


_LOCATED = re.compile(
    r"\b(?:is|will be|are|shall be) (?:located|based|stationed)\b[^.\n]{0,250}|"
    r"\bposition of [^.\n]{3,120}? in (?=[A-Z])[^.\n]{0,60}|"  # "the position of X in Goma"
    r"\b(?:est|sera|seront|sont) (?:basée?s?|affectée?s?|en poste) à [^.\n]{0,120}|"
    r"\b(?:con sede en|estará basad[oa] en|ubicad[oa] en) [^.\n]{0,120}|"
    # "The Hague is the duty station of this post.", "The duty station is Vienna."
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[^.\n]{2,40} is the duty station\b|"
    r"\b[Tt]he duty station (?:of|for) (?:this|the) (?:post|position) is [^.\n]{2,60}|"
    r"\b[Tt]he duty station is [^.\n]{2,60}|"
    # "El lugar de trabajo será Bruselas", "Le lieu d'affectation sera Dakar"
    r"\b(?:[Ee]l )?lugar de (?:trabajo|destino) será [^.\n]{0,80}|"
    r"\b(?:[Ll]e )?lieu (?:d['’]affectation|de travail) sera [^.\n]{0,80}|"
    r"\b(?:[Tt]he )?place of (?:employment|work) (?:will be|is) [^.\n]{0,80}"
)


def apply_place_fallbacks(draft: Draft, text: str, head_end: int) -> None:
    office = draft.values.get("office")
    office_span = draft.spans.get("office")
    if not draft.has("duty_station") and isinstance(office, str) and office_span:
        place = fx.place_in(text, office_span.start, office_span.end)
        if place:
            draft.put("duty_station", place.value, place)
    if not draft.has("duty_station"):
        place = fx.place_in(text, 0, head_end)
        if place:
            draft.put("duty_station", place.value, place)
    if not draft.has("duty_station"):
        # "This position is located in the ... Branch ... at Headquarters in New York."
        for m in _LOCATED.finditer(text, 0, min(len(text), 20000)):
            place = fx.place_in(text, m.start(), m.end())
            if place:
                draft.put("duty_station", place.value, place)
                break
    if not draft.has("duty_station"):
        found = header.address_line(text)
        if found:
            draft.put("duty_station", found[0].value, found[0])
            draft.put("country", found[1].value, found[1])
    station = draft.values.get("duty_station")
    if not draft.has("country") and isinstance(station, str):
        country = fx.country_of_station(station)
        span = draft.spans.get("duty_station")
        if country and span:
            draft.put("country", country, fx.Hit(country, span.start, span.end))
    if not draft.has("country") and not draft.has("duty_station"):
        # a call for election observers: the elections' country, not the seat of the
        # office that observes them (ODIHR, Warsaw) nor of the body that sends observers
        observed = fx.observed_country(text, min(len(text), 3000))
        if observed:
            draft.put("country", observed.value, observed)
    if not draft.has("country") and isinstance(office, str) and office_span:
        named = fx.country_of_office(
            text, office_span.start, office_span.end
        ) or fx.country_in_name(fx.Hit(office, office_span.start, office_span.end))
        if named:
            draft.put("country", named.value, named)
    if not draft.has("country") and not draft.has("duty_station"):
        named = fx.country_of_office(text, 0, min(len(text), 3000))  # "(UNAMA)", "EUMM Georgia"
        if named:
            draft.put("country", named.value, named)
    if not draft.has("country") and not draft.has("duty_station"):
        agency = fx.country_of_agency_office(text, min(len(text), 3000))  # "UNDP Zambia"
        if agency:
            draft.put("country", agency.value, agency)


HEAD = 600  # a notice without sections: its head is this long, from its title line on


def _sectionless_head(text: str) -> int:
    """Where the head of a notice without section headings ends: its first 600 characters,
    or, when those name no job at all (a saved page's menus and cookie banner), 600 past
    the first line that does."""
    if title_nouns().search(text, 0, HEAD):
        return min(len(text), HEAD)
    top = fx.title_from_top(text, min(len(text), 8000))
    return min(len(text), (top.end if top else 0) + HEAD)


def parse_single(
    text: str,
    source_name: str | None,
    org_hit: fx.Hit | None,
    fmt: str,
    preset: Callable[[Draft, str], None] | None = None,
) -> Vacancy:
    """One post; ``preset`` fills what a caller already knows first (a listed post's
    heading, vacancy/postlist.py)."""
    draft = Draft(text)
    if org_hit:
        draft.put("organization", org_hit.value, org_hit)
    if preset is not None:
        preset(draft, text)
    sections = find_sections(text)
    substantive = [s for s in sections if s.role != "skip"]
    head_end = substantive[0].heading_start if substantive else _sectionless_head(text)
    kv = header.header_pairs(text)
    apply_common(draft, text, kv, head_end)
    fill_dates(draft, text)  # labelled dates the key/value pairs missed (vacancy/datelabels.py)
    if not draft.has("number_of_posts"):  # "Number of posts: Two (2)", "(2 posts)"
        title = draft.spans.get("title")
        count = number_of_posts(text, fx.Hit("", title.start, title.end) if title else None)
        if count:
            draft.put("number_of_posts", int(count.value), count)
    if fmt == "osce_aggregator" and not (draft.has("issue_date") and draft.has("closing_date")):
        glued = fx.glued_dates(text, head_end)
        if glued:
            issue, closing, line_end = glued
            draft.put("issue_date", issue.value, issue)
            draft.put("closing_date", closing.value, closing)
            place = fx.place_in(text, closing.end, line_end)
            if place:
                draft.put("duty_station", place.value, place)
    if not any(fx.names_several_places(hit.value) for hit in kv.get("location", [])):
        apply_place_fallbacks(draft, text, head_end)  # several labelled places: none is it
    whole = (0, len(text))
    extracted = extract_lists(text, sections)
    apply_lists(draft, text, extracted, whole)
    for hit in kv.get("languages", []):  # "Idiomas requeridos" / "Español"
        draft.extra_languages += body.languages_in(
            text, hit.start, hit.end, "mandatory", strict=False, stated=True
        )
    apply_requirement_facts(draft, text, sections, whole)
    apply_eligibility(draft, text)
    return finish(draft, fmt, source_name)


def parse_notice(
    text: str, source_name: str | None = None, today: date | None = None
) -> list[Vacancy]:
    """Parse normalised notice text into one Vacancy, or one per post for a CfC.

    Each gets its status (vacancy/status.py): closed when its closing date is before
    ``today`` (default: today).
    """
    vacancies = _parse_notice(text, source_name)
    apply_status(vacancies, today)
    return vacancies


def _parse_notice(text: str, source_name: str | None) -> list[Vacancy]:
    check_is_vacancy(text, source_name)
    org_hit = fx.organization(text)
    fmt = detect_format(text, org_hit.value if org_hit else None)
    if fmt == "eu_cfc":
        posts = parse_cfc(text, source_name, org_hit)
        if posts:
            return posts
    rows, lone = postlist.read(text)  # a list of posts, a row or a block each; or its one
    if rows:
        page_org = org_hit.value if org_hit else None
        regime = postlist.page_regime(text, rows)
        return [
            parse_single(
                text[p.start : p.end],
                source_name,
                fx.organization(text[p.start : p.end]),
                fmt,
                postlist.preset_listed(p, page_org, regime=regime),
            )
            for p in rows
        ]
    listed = postlist.posts(text)  # a pool's page of open posts, each with its deadline
    if listed:
        blocks = [text[p.start : p.end] for p in listed]
        return [
            parse_single(b, source_name, fx.organization(b), fmt, postlist.preset_heading)
            for b in blocks
        ]
    preset = postlist.preset_listed(lone, None, 0) if lone else None
    return [parse_single(text, source_name, org_hit, fmt, preset)]
