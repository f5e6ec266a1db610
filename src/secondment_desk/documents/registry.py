"""The templates a user can pick: the shipped ones and their own in the data folder."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from secondment_desk.errors import NotFoundError, TemplateError
from secondment_desk.i18n import _
from secondment_desk.paths import user_templates_dir
from secondment_desk.resources import data_dir

TemplateKind = Literal["form", "cover_letter", "checklist_report"]
Source = Literal["shipped", "user"]

FORM = "osce_offline_application_form.docx"  # the default form template, the one name of it
DEFAULT_FORM = FORM
COVER_LETTERS = {"en": "cover_letter_en.docx", "ru": "cover_letter_ru.docx"}
CHECKLIST_REPORT = "checklist_report.docx"
# The report in the language the application runs in (its items are in that language).
CHECKLIST_REPORTS = {"en": CHECKLIST_REPORT, "ru": "checklist_report_ru.docx"}


def checklist_report_template() -> str:
    from secondment_desk.i18n import current

    return CHECKLIST_REPORTS.get(current(), CHECKLIST_REPORT)


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # file name, e.g. "osce_offline_application_form.docx"
    path: Path
    kind: TemplateKind
    source: Source

    @cached_property
    def title(self) -> str:
        """The document's own title (Word's File > Properties), "" when it has none; read
        when first asked, so finding a template by name opens no file."""
        return template_title(self.path)

    @property
    def label(self) -> str:
        """What a person picks it by: a shipped template's name in the app's language
        (resources/template_titles.json), a user's by its own title, else its file name."""
        from secondment_desk.i18n import current

        if self.source == "shipped":
            names = shipped_titles().get(self.name)
            if names:
                return names.get(current(), names["en"])
        return self.title or self.name.removesuffix(".docx")


@cache
def shipped_titles() -> dict[str, dict[str, str]]:
    """{file name: {language: title}} for every shipped template, checked on load."""
    from secondment_desk.i18n import SUPPORTED
    from secondment_desk.resources import load_json_resource

    where = "resources/template_titles.json"
    data = load_json_resource("template_titles.json")
    titles = data.get("titles") if isinstance(data, dict) else None
    if not isinstance(titles, dict):
        raise ValueError(f"{where}: 'titles' must map template files to their titles")
    out: dict[str, dict[str, str]] = {}
    for name, names in titles.items():
        if not isinstance(names, dict) or any(
            not isinstance(names.get(lang), str) or not names[lang].strip() for lang in SUPPORTED
        ):
            raise ValueError(f"{where}: {name} needs a title in each of {', '.join(SUPPORTED)}")
        out[name] = {lang: names[lang].strip() for lang in SUPPORTED}
    shipped = {p.name for p in data_dir("templates").glob("*.docx")}
    if shipped - set(out):
        raise ValueError(f"{where}: no title for {', '.join(sorted(shipped - set(out)))}")
    return out


_CORE_PART = "docProps/core.xml"
_MAX_CORE_BYTES = 64 * 1024
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def template_title(path: Path) -> str:
    """The title in the .docx's core properties; "" when absent or unreadable (the listing
    must not fail on one odd file: filling it says what is wrong)."""
    import zipfile

    from secondment_desk.documents.safety import parse_xml

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(_CORE_PART)
            if info.file_size > _MAX_CORE_BYTES:
                return ""
            with archive.open(info) as handle:
                data = handle.read(_MAX_CORE_BYTES + 1)
        if len(data) > _MAX_CORE_BYTES:
            return ""
        node = parse_xml(data).find(_DC_TITLE)
    except (OSError, KeyError, ValueError, SyntaxError, zipfile.BadZipFile):  # lxml's: SyntaxError
        return ""
    text = node.text if node is not None else None
    return " ".join(text.split())[:120] if isinstance(text, str) else ""


def kind_of(name: str) -> TemplateKind:
    lowered = name.lower()
    if "cover" in lowered or "letter" in lowered or "motivation" in lowered:
        return "cover_letter"
    if "checklist" in lowered:
        return "checklist_report"
    return "form"


def list_templates() -> list[TemplateInfo]:
    """User templates first (they may replace a shipped one of the same name), then shipped."""
    found: dict[str, TemplateInfo] = {}
    for source, folder in (("user", user_templates_dir()), ("shipped", data_dir("templates"))):
        for path in sorted(folder.glob("*.docx")):
            if path.name.startswith(("~$", ".")) or path.name in found:
                continue
            found[path.name] = TemplateInfo(path.name, path, kind_of(path.name), source)  # type: ignore[arg-type]
    return list(found.values())


def find_template(name_or_path: str | Path) -> Path:
    """A template by file path, or by name (with or without .docx) from the registry."""
    candidate = Path(name_or_path).expanduser()
    if candidate.suffix.lower() == ".docx" and candidate.is_file():
        return candidate
    wanted = candidate.name if candidate.suffix else f"{candidate.name}.docx"
    for info in list_templates():
        if info.name.lower() == wanted.lower():
            return info.path
    known = ", ".join(i.name.removesuffix(".docx") for i in list_templates())
    raise NotFoundError(
        _("No template '{name}'; known templates: {known}.").format(name=name_or_path, known=known)
    )


def add_user_template(path: Path, replace: bool = False) -> Path:
    """Copy a template into the user's templates folder (after the caller checked it)."""
    if path.suffix.lower() != ".docx":
        raise TemplateError(_("{name} is not a .docx file.").format(name=path.name))
    target = user_templates_dir() / path.name
    if target.exists() and not replace:
        raise TemplateError(
            _("A template named {name} exists already; use --replace.").format(name=path.name)
        )
    shutil.copyfile(path, target)
    return target
