"""The register of applications: one row per application, for an adviser's caseload or a
national body's yearly record, written as .csv, .xlsx (openpyxl) or .pdf (a generated .docx
through LibreOffice, :mod:`secondment_desk.documents.pdf`).

A deliberate plaintext export: the faces say so where the user asks for it. Every date comes
from :mod:`secondment_desk.deadlines` (both deadlines, the date of each stage).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from secondment_desk.i18n import _
from secondment_desk.models.application import Application, Status

if TYPE_CHECKING:
    from secondment_desk.store import Store

FORMATS = (".csv", ".xlsx", ".pdf")
PLAINTEXT_NOTE = (
    "The register is a plaintext export: names, posts and dates are readable by anyone who "
    "has the file."
)


@dataclass(frozen=True)
class RegisterRow:
    application_id: str
    candidate: str
    organisation: str
    post: str
    reference: str
    nominating_state: str
    organisation_deadline: str  # ISO moment in the organisation's zone, or ""
    delegation_deadline: str  # ISO date, or ""
    status: str
    stages: dict[Status, str]  # ISO date each stage was reached

    def cells(self) -> list[str]:
        return [
            self.candidate,
            self.organisation,
            self.post,
            self.reference,
            self.nominating_state,
            self.organisation_deadline,
            self.delegation_deadline,
            self.status,
            *(self.stages.get(s, "") for s in Status),
            self.application_id,
        ]


def headers() -> list[str]:
    return [
        _("Candidate"),
        _("Organisation"),
        _("Post"),
        _("Reference"),
        _("Nominating State"),
        _("Organisation deadline"),
        _("Delegation deadline"),
        _("Status"),
        *(_("{stage} on").format(stage=s.value.replace("_", " ")) for s in Status),
        _("Application id"),
    ]


def row_of(app: Application, candidate: str) -> RegisterRow:
    from secondment_desk.deadlines import application_deadlines, status_dates
    from secondment_desk.errors import DeskError

    closing = delegation = state = ""
    try:
        found = application_deadlines(app)
    except DeskError:
        found = None
    if found is not None:
        if found.closing is not None:
            closing = found.closing.at.isoformat(timespec="minutes")
        if found.delegation is not None:
            delegation = found.delegation.isoformat()
        if found.state is not None:
            state = found.state.name
    if not state and app.nominating_state:
        state = app.nominating_state
    v = app.vacancy
    return RegisterRow(
        application_id=app.id,
        candidate=candidate,
        organisation=v.organization or "",
        post=v.title or v.short_label,
        reference=v.requisition_id or "",
        nominating_state=state,
        organisation_deadline=closing,
        delegation_deadline=delegation,
        status=app.status.value,
        stages={s: d.isoformat() for s, d in status_dates(app).items()},
    )


def register_rows(
    store: Store,
    *,
    candidate: str | None = None,
    status: Status | None = None,
    year: int | None = None,
) -> list[RegisterRow]:
    """Every readable application of the store (or of one candidate, in one status, or of one
    year: its organisation deadline's, else the year it was started), by candidate, then
    organisation deadline."""
    from secondment_desk.applications import caseload

    found = caseload(store, candidate, status)
    names = {summary.id: name for summary, name in found}
    # Both deadlines and the date of each stage need the notice and the history: the
    # register (an export of every row) reads the full records, the listing did not.
    rows = [row_of(app, names[app.id]) for app in store.applications.iter_many(names)]
    if year is not None:
        rows = [
            r
            for r in rows
            if (r.organisation_deadline or r.stages[Status.DRAFT])[:4] == f"{year:04d}"
        ]
    return sorted(rows, key=lambda r: (r.candidate.casefold(), r.organisation_deadline, r.post))


def write_register(rows: Sequence[RegisterRow], out: Path) -> Path:
    """Write the rows to ``out`` (.csv, .xlsx or .pdf by its suffix)."""
    from secondment_desk.errors import InputError

    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            _("The register is written as .csv, .xlsx or .pdf, not '{name}'.").format(name=out.name)
        )
    try:
        if suffix == ".csv":
            _write_csv(rows, out)
        elif suffix == ".xlsx":
            _write_xlsx(rows, out)
        else:
            _write_pdf(rows, out)
    except OSError as err:
        raise InputError(
            _("Cannot write {path}: {why}.").format(path=out, why=err.strerror or err)
        ) from err
    return out


def _write_csv(rows: Sequence[RegisterRow], out: Path) -> None:
    with out.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads UTF-8
        writer = csv.writer(handle)
        writer.writerow(headers())
        for row in rows:
            writer.writerow(row.cells())


def _write_xlsx(rows: Sequence[RegisterRow], out: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _("Applications")[:31]
    sheet.append(headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row.cells())
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        letter = column[0].column_letter
        sheet.column_dimensions[letter].width = min(max(10, width + 2), 50)
    book.save(out)


def _write_pdf(rows: Sequence[RegisterRow], out: Path) -> None:
    """A landscape table in a generated .docx, made a PDF by LibreOffice (the project's one
    PDF path); the .docx never leaves the private temp folder."""
    import shutil
    from datetime import date

    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from secondment_desk.documents.pdf import convert_to_pdf
    from secondment_desk.documents.private_temp import private_tempdir

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.2))
    doc.add_heading(_("Register of applications"), level=1)
    doc.add_paragraph(
        _("{n} applications, as of {day}.").format(n=len(rows), day=date.today().isoformat())
    )
    shown = [
        _("Candidate"),
        _("Organisation"),
        _("Post"),
        _("Reference"),
        _("Nominating State"),
        _("Organisation deadline"),
        _("Delegation deadline"),
        _("Status"),
        _("Stages"),
    ]
    table = doc.add_table(rows=1, cols=len(shown))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, shown, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        stages = "; ".join(f"{s.value.replace('_', ' ')} {d}" for s, d in row.stages.items())
        values = [*row.cells()[:8], stages]
        values[5] = values[5].replace("T", " ")  # the moment reads as a date and a time
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    for tr in table.rows:
        for cell in tr.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    with private_tempdir("register-") as work:
        source = work / f"{out.stem}.docx"
        doc.save(str(source))
        made = convert_to_pdf([source], work / "pdf")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(made[0]), str(out))
