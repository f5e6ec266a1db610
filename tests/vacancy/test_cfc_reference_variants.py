"""A call writes a post's reference one way in its table and may write it another way over the
post's job description ('EUCAP SAH 01' in the table, 'EUCAP-SAH-01' or 'EUCAP SAH/01' over its
description, a line break inside it in a PDF's text layer, a number without its leading zero).
The post is the table's: its reference stays as the table writes it, and its job description
is still found, so what it adds (requirements, tasks, languages) is read as before.

The calls are the development part of the real-notice corpus whose job descriptions repeat
their posts' references after the table; each reference written after the table is re-written
in every variant, and every post must read as it does from the call as published.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.cfc import reference_key

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "vacancies" / "corpus" / "dev"
_NUMBER = re.compile(r"(?<=[ /\-])0+(?=\d)")


def _hyphens(ref: str) -> str:
    return re.sub(r"[ /]", "-", ref)


def _slash_before_number(ref: str) -> str:
    return re.sub(r" (?=\d[^ ]*$)", "/", ref)


def _broken(ref: str) -> str:  # a PDF text layer broke the cell before its number
    return re.sub(r" (?=\d[^ ]*$)", "\n", ref)


def _no_leading_zero(ref: str) -> str:
    return _NUMBER.sub("", ref)


def _glued_spaces(ref: str) -> str:
    return ref.replace(" ", "  ")


VARIANTS: dict[str, Callable[[str], str]] = {
    "hyphens": _hyphens,
    "slash": _slash_before_number,
    "broken": _broken,
    "no-leading-zero": _no_leading_zero,
    "double-space": _glued_spaces,
}


def _calls() -> Iterator[tuple[str, str, list[str]]]:
    """(name, text, references) of each dev call whose posts' references stand again after
    their first mention (the table or list of posts, then the job descriptions)."""
    for expected in sorted(DEV.glob("eu_*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            continue
        notice = expected.with_name(expected.name.replace(".expected.json", ".txt"))
        text = notice.read_text(encoding="utf-8")
        refs = [str(p["requisition_id"]) for p in data if p.get("requisition_id")]
        again = [r for r in dict.fromkeys(refs) if len(_mentions(r).findall(text)) >= 2]
        if len(again) >= 2 and any(re.search(r"[ /]\d", r) for r in again):
            yield notice.stem, text, again


def _mentions(ref: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(ref)}(?![\w-])")


CALLS = list(_calls())


def _rewrite(text: str, refs: list[str], variant: Callable[[str], str]) -> str:
    """The call with each reference, past its first mention, written in the variant's form."""
    for ref in refs:
        first = _mentions(ref).search(text)
        assert first is not None
        tail = _mentions(ref).sub(variant(ref).replace("\\", "\\\\"), text[first.end() :])
        text = text[: first.end()] + tail
    return text


def _read(text: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for v in parse_text(text, "call.txt"):
        data = v.contract_dict()
        out[str(data.get("requisition_id"))] = data
    return out


def test_the_corpus_has_calls_to_rewrite() -> None:
    assert len(CALLS) >= 1, [name for name, *_ in CALLS]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize(("name", "text", "refs"), CALLS, ids=[c[0] for c in CALLS])
def test_a_reference_written_otherwise_over_its_description_is_the_tables_post(
    name: str, text: str, refs: list[str], variant: str
) -> None:
    published = _read(text)
    rewritten = _rewrite(text, refs, VARIANTS[variant])
    if rewritten == text:
        pytest.skip(f"no reference of {name} has a form the {variant} variant changes")
    got = _read(rewritten)
    assert sorted(got) == sorted(published)  # the table's references, as the table writes them
    for ref in refs:
        assert got.get(ref) == published.get(ref), (name, ref)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("EUCAP SAH 01", "EUCAP-SAH-01"),
        ("EUCAP SAH 01", "EUCAP SAH/01"),
        ("EUCAP SAH 01", "eucap sah 1"),
        ("GEO OE 02b", "GEO-OE-02B"),
        ("VN 002/2018", "VN 2/2018"),
        ("LIBHM15", "LIB HM 15"),
    ],
)
def test_writings_of_one_reference_share_a_key(a: str, b: str) -> None:
    assert reference_key(a) == reference_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("EUCAP SAH 01", "EUCAP SAH 10"), ("GEO OE 02", "GEO OE 02b"), ("SOM 07", "SOM 17")],
)
def test_other_references_keep_their_keys(a: str, b: str) -> None:
    assert reference_key(a) != reference_key(b)


# A call's layout (table, deadline, one job description a post, each under its reference),
# with the references of the descriptions written in each variant's form.
_CALL = """EUCAP Sahel Mali 2019/3 Call for Contributions
Ref. Name of the post Location Availability
Seconded (2)
EUCAP SAH 01 Legal Adviser Bamako ASAP
EUCAP SAH 02 Logistics Officer Bamako ASAP
Deadline for applications: 15 March 2019 at 17:00 Brussels time
"""
_DESCRIPTION = """
Position: {ref} {title}
Essential requirements
Minimum of {years} years of relevant professional experience after university degree.
Excellent knowledge of {language}.
"""
_OWN = {"EUCAP SAH 01": (7, "Portuguese"), "EUCAP SAH 02": (11, "Arabic")}


_TABLE_FORMS = ("as published", "hyphens", "slash", "no-leading-zero")  # one a table cell holds


@pytest.mark.parametrize("table", _TABLE_FORMS)
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_each_post_reads_its_own_description_under_a_reference_written_otherwise(
    variant: str, table: str
) -> None:
    call, written = _CALL, {ref: ref for ref in _OWN}
    if table != "as published":
        written = {ref: VARIANTS[table](ref) for ref in _OWN}
        for ref, form in written.items():
            call = call.replace(ref, form)
    text = call + "".join(
        _DESCRIPTION.format(ref=VARIANTS[variant](ref), title="Adviser", years=y, language=lang)
        for ref, (y, lang) in _OWN.items()
    )
    got = {
        v.requisition_id: (v.min_years_experience, list(v.languages_mandatory))
        for v in parse_text(text, "call.txt")
    }
    # each post's reference as its table writes it, with its own description's requirements
    assert got == {written[ref]: (y, [lang]) for ref, (y, lang) in _OWN.items()}
