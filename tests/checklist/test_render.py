"""Markdown, .docx, template data and JSON say the same thing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from docx import Document

from secondment_desk.checklist import (
    Checklist,
    build_checklist,
    checklist_context,
    checklist_json,
    render_markdown,
)
from secondment_desk.documents import render_checklist_report
from secondment_desk.models import ChecklistDecision, Profile
from tests.checklist.factories import dushanbe, job, levels, person

TODAY = date(2025, 8, 1)


def _profile() -> Profile:
    return person(
        nationalities=["Tajikistan"],
        jobs=[job("2018-08", "2025-07", "Head of <Unit> *1*", management=True)],
        languages=[levels("Russian", "B1")],
        stories=[{"title": "Border talks", "competencies": ["osce:communication"]}],
    )


def _checklist() -> Checklist:
    profile = _profile()
    decisions = {"osce:planning": ChecklistDecision(status="met", note="Budget cycle")}
    return build_checklist(dushanbe(), profile, decisions, today=TODAY)


def test_json_lists_items_with_the_fields_the_cli_promises() -> None:
    data = checklist_json(_checklist())
    json.dumps(data)  # plain data
    first = data["items"][0]
    assert set(first) >= {"id", "text", "kind", "category", "status", "reason", "evidence"}
    assert first["id"] == "notice:eligibility" and first["status"] == "not_met"
    assert data["summary"]["blockers"][0] == "notice:eligibility"
    assert "osce:communication" not in data["summary"]["competencies_without_story"]


def test_context_is_plain_data_with_every_key_present() -> None:
    ctx = checklist_context(_checklist())
    assert ctx["vacancy"]["grade"] == "S3"
    assert [s["title"] for s in ctx["sections"]] == [
        "Mandatory requirements",
        "Desirable requirements",
        "Core values",
        "Core competencies",
        "Managerial competencies",
    ]
    for item in ctx["items"]:
        assert set(item) == {
            "id", "text", "kind", "category", "group", "status", "status_label",
            "decided_by", "reason", "note", "evidence", "source",
        }  # fmt: skip
        assert all(isinstance(v, str | list) for v in item.values())


def test_markdown_puts_blockers_first_and_escapes_notice_text() -> None:
    text = render_markdown(_checklist())
    assert text.startswith("# Checklist: OSCE Programme Office in Dushanbe (S3, TAJ000394)")
    assert text.index("### Blockers") < text.index("### Gaps in desirable items")
    assert text.index("### Gaps in desirable items") < text.index("### Competencies without")
    assert "national of Tajikistan" in text
    assert r"Head of \<Unit\> \*1\*" in text
    assert "**Met** (your decision): Planning" in text
    assert "`osce:planning`" in text


def test_docx_report_holds_the_summary_and_every_item(tmp_path: Path) -> None:
    checklist = _checklist()
    out = render_checklist_report(checklist, _profile(), dushanbe(), tmp_path / "checklist.docx")
    doc = Document(str(out))
    paragraphs = "\n".join(p.text for p in doc.paragraphs)
    assert checklist.summary.headline() in paragraphs
    blockers = paragraphs.index("Blockers: mandatory items not met")
    first_blocker = checklist.summary.blockers[0].text
    assert paragraphs.index(first_blocker, blockers) > blockers
    assert "{{" not in paragraphs and "{%" not in paragraphs
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    for item in checklist.items:
        assert item.text in cells
    assert "Not met" in cells
