"""The checklist as plain template data, the CLI's JSON, Markdown and a .docx report.

``checklist_context`` is the one source of every renderer here (and of the documents area's
templates later): plain dicts, lists and strings, every key always present (empty as "").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from secondment_desk.i18n import N_, _
from secondment_desk.models.checklist import ChecklistItem

if TYPE_CHECKING:
    from secondment_desk.checklist.build import Checklist

STATUS_LABELS: dict[str, str] = {
    "met": N_("Met"),
    "partly": N_("Partly met"),
    "not_met": N_("Not met"),
    "unknown": N_("To check"),
}
_STATUS_MARKS: dict[str, str] = {"met": "✔", "partly": "◐", "not_met": "✘", "unknown": "?"}
_SECTION_TITLES: dict[str, str] = {
    "mandatory": N_("Mandatory requirements"),
    "desirable": N_("Desirable requirements"),
}


def item_data(item: ChecklistItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "kind": item.kind,
        "category": item.category,
        "group": item.group or "",
        "source": item.source or "",
        "status": item.status,
        "status_label": _(STATUS_LABELS[item.status]),
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
            sections.append({"title": _(title), "kind": kind, "items": chosen})
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
        "regime": checklist.regime or "",
        "how_to_apply": checklist.how_to_apply or "",
        "ranked_posts": list(checklist.ranked_posts),
        "summary": {
            "headline": s.headline(),
            "ready": s.ready,
            "tone": s.tone,
            "notice_problem": s.notice_problem or "",
            "not_judged": s.not_judged or "",
            "warnings": list(s.warnings),
            "blockers": [item_data(i) for i in s.blockers],
            "to_check": [item_data(i) for i in s.to_check],
            "desirable_gaps": [item_data(i) for i in s.desirable_gaps],
            "competencies_without_story": [item_data(i) for i in s.competencies_without_story],
            "counts": counts,
            "parts": [
                {"title": _(title), "items": [item_data(i) for i in getattr(s, key)]}
                for title, key in _SUMMARY_PARTS
                if getattr(s, key)
            ],
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
        "regime": ctx["regime"] or None,
        "how_to_apply": ctx["how_to_apply"] or None,
        "ranked_posts": ctx["ranked_posts"],
        "summary": {
            "headline": summary["headline"],
            "ready": summary["ready"],
            "tone": summary["tone"],
            "notice_problem": summary["notice_problem"] or None,
            "not_judged": summary["not_judged"] or None,
            "warnings": summary["warnings"],
            "blockers": [i["id"] for i in summary["blockers"]],
            "to_check": [i["id"] for i in summary["to_check"]],
            "desirable_gaps": [i["id"] for i in summary["desirable_gaps"]],
            "competencies_without_story": [i["id"] for i in summary["competencies_without_story"]],
        },
        "items": [
            {k: d[k] for k in ("id", "text", "kind", "category", "status", "reason", "evidence",
                               "decided_by", "note", "source")}
            for d in ctx["items"]
        ],
        "unused_decisions": ctx["unused_decisions"],
    }  # fmt: skip


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_item(d: dict[str, Any], with_details: bool = True) -> list[str]:
    who = " " + _("(your decision)") if d["decided_by"] == "candidate" else ""
    lines = [f"- {_STATUS_MARKS[d['status']]} **{d['status_label']}**{who}: {_md(d['text'])}"]
    if with_details:
        if d["reason"]:
            lines.append("  - " + _("Why: {reason}").format(reason=_md(d["reason"])))
        if d["evidence"]:
            ev = "; ".join(_md(e["text"] or e["ref"]) for e in d["evidence"])
            lines.append("  - " + _("Evidence: {evidence}").format(evidence=ev))
        if d["note"]:
            lines.append("  - " + _("Note: {note}").format(note=_md(d["note"])))
        lines.append("  - " + _("Item id: {id}").format(id=f"`{d['id']}`"))
    return lines


# The summary's lists, in the order both reports show them: (heading, key in the summary).
_SUMMARY_PARTS = (
    (N_("Blockers: mandatory items not met"), "blockers"),
    (N_("Mandatory items to check yourself"), "to_check"),
    (N_("Gaps in desirable items"), "desirable_gaps"),
    (N_("Competencies without a STAR story"), "competencies_without_story"),
)


def render_markdown(checklist: Checklist) -> str:
    ctx = checklist_context(checklist)
    v, s = ctx["vacancy"], ctx["summary"]
    out = ["# " + _("Checklist: {title}").format(title=_md(v["title"])), ""]
    meta = [
        _("Candidate: {name}").format(name=_md(ctx["profile"]["name"])),
        _("built on {date}").format(date=ctx["built_on"]),
    ]
    if v["duty_station"]:
        meta.append(_("duty station {place}").format(place=_md(v["duty_station"])))
    out += [" · ".join(meta), ""]
    out += ["## " + _("Readiness"), "", f"**{_md(s['headline'])}**", ""]
    if ctx["regime"]:
        out += [f"{_md(ctx['regime'])}: {_md(ctx['how_to_apply'])}", ""]
    if s["warnings"]:
        out += ["- " + _("Warning: {text}").format(text=_md(w)) for w in s["warnings"]] + [""]
    if ctx["ranked_posts"]:
        out += [
            _("Posts ranked in this application (this checklist is for the post above):"),
            "",
        ]
        out += [f"- {_md(line)}" for line in ctx["ranked_posts"]] + [""]
    for title, key in _SUMMARY_PARTS:
        if s[key]:
            out += [f"### {_(title)}", ""]
            for d in s[key]:
                out += _md_item(d, with_details=False)
            out.append("")
    for section in ctx["sections"]:
        out += [f"## {_md(section['title'])}", ""]
        if section["kind"] == "competency" and section["items"][0]["group"] == "managerial":
            out += [_("Applies because {reason}.").format(reason=_md(ctx["management_reason"])), ""]
        for d in section["items"]:
            out += _md_item(d)
        out.append("")
    if ctx["competency_model"]:
        out += [_("Competencies: {model}.").format(model=_md(ctx["competency_model"])), ""]
    if ctx["unused_decisions"]:
        out += [
            _("Decisions kept for items no longer in the notice: {ids}").format(
                ids=", ".join(f"`{i}`" for i in ctx["unused_decisions"])
            ),
            "",
        ]
    return "\n".join(out).rstrip() + "\n"
