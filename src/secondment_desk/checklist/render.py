"""The checklist as plain template data, the CLI's JSON, Markdown and a .docx report.

``checklist_context`` is the one source of every renderer here (and of the documents area's
templates later): plain dicts, lists and strings, every key always present (empty as "").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secondment_desk.models.checklist import ChecklistItem

if TYPE_CHECKING:
    from secondment_desk.checklist.build import Checklist

STATUS_LABELS: dict[str, str] = {
    "met": "Met",
    "partly": "Partly met",
    "not_met": "Not met",
    "unknown": "To check",
}
_STATUS_MARKS: dict[str, str] = {"met": "✔", "partly": "◐", "not_met": "✘", "unknown": "?"}
_SECTION_TITLES: dict[str, str] = {
    "mandatory": "Mandatory requirements",
    "desirable": "Desirable requirements",
}


def item_data(item: ChecklistItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "kind": item.kind,
        "category": item.category,
        "group": item.group or "",
        "status": item.status,
        "status_label": STATUS_LABELS[item.status],
        "decided_by": item.decided_by,
        "reason": item.reason,
        "note": item.note,
        "evidence": [{"kind": e.kind, "ref": e.ref or "", "text": e.text} for e in item.evidence],
    }


def checklist_context(checklist: Checklist) -> dict[str, Any]:
    """Plain data for templates: the vacancy, the candidate, the summary and item sections."""
    items = [item_data(i) for i in checklist.items]
    sections: list[dict[str, Any]] = []
    for kind, title in _SECTION_TITLES.items():
        chosen = [d for d in items if d["kind"] == kind]
        if chosen:
            sections.append({"title": title, "kind": kind, "items": chosen})
    groups: dict[str, list[dict[str, Any]]] = {}
    for d in items:
        if d["kind"] == "competency":
            groups.setdefault(d["category"], []).append(d)
    for title, chosen in groups.items():
        sections.append({"title": title, "kind": "competency", "items": chosen})
    s = checklist.summary
    counts = {
        status: sum(1 for i in checklist.items if i.status == status) for status in STATUS_LABELS
    }
    return {
        "vacancy": {
            "title": checklist.vacancy_title,
            "key": checklist.vacancy_key,
            "organization": checklist.organization or "",
            "grade": checklist.grade or "",
            "duty_station": checklist.duty_station or "",
        },
        "profile": {"id": checklist.profile_id, "name": checklist.profile_name},
        "built_on": checklist.built_on.isoformat(),
        "competency_model": checklist.competency_model or "",
        "management_reason": checklist.management_reason or "",
        "summary": {
            "headline": s.headline(),
            "ready": s.ready,
            "blockers": [item_data(i) for i in s.blockers],
            "to_check": [item_data(i) for i in s.to_check],
            "desirable_gaps": [item_data(i) for i in s.desirable_gaps],
            "competencies_without_story": [item_data(i) for i in s.competencies_without_story],
            "counts": counts,
        },
        "sections": sections,
        "items": items,
        "unused_decisions": sorted(checklist.unused_decisions),
    }


def checklist_json(checklist: Checklist) -> dict[str, Any]:
    """The CLI's ``--json``: items with id, text, kind, category, status, reason, evidence."""
    ctx = checklist_context(checklist)
    summary = ctx["summary"]
    return {
        "vacancy": ctx["vacancy"],
        "profile": ctx["profile"],
        "built_on": ctx["built_on"],
        "competency_model": ctx["competency_model"] or None,
        "management_reason": ctx["management_reason"] or None,
        "summary": {
            "headline": summary["headline"],
            "ready": summary["ready"],
            "blockers": [i["id"] for i in summary["blockers"]],
            "to_check": [i["id"] for i in summary["to_check"]],
            "desirable_gaps": [i["id"] for i in summary["desirable_gaps"]],
            "competencies_without_story": [i["id"] for i in summary["competencies_without_story"]],
        },
        "items": [
            {k: d[k] for k in ("id", "text", "kind", "category", "status", "reason", "evidence",
                               "decided_by", "note")}
            for d in ctx["items"]
        ],
        "unused_decisions": ctx["unused_decisions"],
    }  # fmt: skip


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_item(d: dict[str, Any], with_details: bool = True) -> list[str]:
    who = " (your decision)" if d["decided_by"] == "candidate" else ""
    lines = [f"- {_STATUS_MARKS[d['status']]} **{d['status_label']}**{who}: {_md(d['text'])}"]
    if with_details:
        if d["reason"]:
            lines.append(f"  - Why: {_md(d['reason'])}")
        if d["evidence"]:
            ev = "; ".join(_md(e["text"] or e["ref"]) for e in d["evidence"])
            lines.append(f"  - Evidence: {ev}")
        if d["note"]:
            lines.append(f"  - Note: {_md(d['note'])}")
        lines.append(f"  - Item id: `{d['id']}`")
    return lines


def render_markdown(checklist: Checklist) -> str:
    ctx = checklist_context(checklist)
    v, s = ctx["vacancy"], ctx["summary"]
    out = [f"# Checklist: {_md(v['title'])}", ""]
    meta = [f"Candidate: {_md(ctx['profile']['name'])}", f"built on {ctx['built_on']}"]
    if v["duty_station"]:
        meta.append(f"duty station {_md(v['duty_station'])}")
    out += [" · ".join(meta), ""]
    out += ["## Readiness", "", f"**{_md(s['headline'])}**", ""]
    parts = (
        ("Blockers: mandatory items not met", "blockers"),
        ("Mandatory items to check yourself", "to_check"),
        ("Gaps in desirable items", "desirable_gaps"),
        ("Competencies without a STAR story", "competencies_without_story"),
    )
    for title, key in parts:
        if s[key]:
            out += [f"### {title}", ""]
            for d in s[key]:
                out += _md_item(d, with_details=False)
            out.append("")
    for section in ctx["sections"]:
        out += [f"## {_md(section['title'])}", ""]
        if section["kind"] == "competency" and section["items"][0]["group"] == "managerial":
            out += [f"Applies because {_md(ctx['management_reason'])}.", ""]
        for d in section["items"]:
            out += _md_item(d)
        out.append("")
    if ctx["competency_model"]:
        out += [f"Competencies: {_md(ctx['competency_model'])}.", ""]
    if ctx["unused_decisions"]:
        out += [
            "Decisions kept for items no longer in the notice: "
            + ", ".join(f"`{i}`" for i in ctx["unused_decisions"]),
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


_DOCX_COLOURS: dict[str, tuple[int, int, int]] = {
    "met": (0x1B, 0x7F, 0x3B),
    "partly": (0xB3, 0x6B, 0x00),
    "not_met": (0xB0, 0x1E, 0x1E),
    "unknown": (0x55, 0x55, 0x55),
}


def render_docx(checklist: Checklist, out: Path | str) -> Path:
    """A plain .docx report (python-docx): summary first, then one table per section."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    ctx = checklist_context(checklist)
    v, s = ctx["vacancy"], ctx["summary"]
    doc = Document()
    doc.add_heading(f"Checklist: {v['title']}", level=0)
    meta = f"Candidate: {ctx['profile']['name']} · built on {ctx['built_on']}"
    if v["duty_station"]:
        meta += f" · duty station {v['duty_station']}"
    doc.add_paragraph(meta)
    doc.add_heading("Readiness", level=1)
    doc.add_paragraph().add_run(s["headline"]).bold = True
    parts = (
        ("Blockers: mandatory items not met", "blockers"),
        ("Mandatory items to check yourself", "to_check"),
        ("Gaps in desirable items", "desirable_gaps"),
        ("Competencies without a STAR story", "competencies_without_story"),
    )
    for title, key in parts:
        if s[key]:
            doc.add_heading(title, level=2)
            for d in s[key]:
                doc.add_paragraph(f"{d['status_label']}: {d['text']}", style="List Bullet")
    for section in ctx["sections"]:
        doc.add_heading(section["title"], level=1)
        table = doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ("Status", "Item", "Why and evidence"), strict=True
        ):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for d in section["items"]:
            row = table.add_row().cells
            status = row[0].paragraphs[0].add_run(d["status_label"])
            status.bold = True
            status.font.color.rgb = RGBColor(*_DOCX_COLOURS[d["status"]])
            if d["decided_by"] == "candidate":
                row[0].add_paragraph("your decision").runs[0].font.size = Pt(8)
            row[1].text = d["text"]
            row[2].text = d["reason"]
            if d["evidence"]:
                ev = "; ".join(e["text"] or e["ref"] for e in d["evidence"])
                row[2].add_paragraph().add_run(f"Evidence: {ev}").italic = True
            if d["note"]:
                row[2].add_paragraph(f"Note: {d['note']}")
        widths = (Cm(2.7), Cm(5.6), Cm(8.2))
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the grid LibreOffice and Word lay out by
        for row_ in table.rows:
            for cell, width in zip(row_.cells, widths, strict=True):
                cell.width = width
    path = Path(out)
    doc.save(str(path))
    return path
