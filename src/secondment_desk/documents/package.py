"""Filling all documents of an application, and the package a delegation receives.

A package is a zip of flat files (the filled form .docx and .pdf, the cover letter, the
checklist report) and ``manifest.json`` with the SHA-256 and size of each. Importing one
verifies every hash and refuses zip-slip and absolute paths, links, nested folders, files not
in the manifest, oversized entries and zip bombs, then files it under the candidate's name in
the data folder. These functions take plain objects, so they work without the store.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secondment_desk.documents.context import build_context, letter_context
from secondment_desk.documents.gaps import REFERENCES_ASKED, EmptyGroup, group_empty_fields
from secondment_desk.documents.pdf import (
    Cancelled,
    PdfUnavailable,
    Progress,
    convert_to_pdf,
)
from secondment_desk.documents.prepared import prepare
from secondment_desk.documents.private_temp import open_private, private_tempdir
from secondment_desk.documents.registry import (
    COVER_LETTERS,
    FORM,
    checklist_report_template,
    find_template,
)
from secondment_desk.documents.render import empty_fields, fields_read, render_docx
from secondment_desk.documents.safety import (
    PACKAGE_LIMITS,
    ZipLimits,
    open_checked_zip,
    unsafe_member_reason,
)
from secondment_desk.errors import InputError
from secondment_desk.i18n import N_, _
from secondment_desk.locale_format import number
from secondment_desk.models import Application, ChecklistItem, Profile, Vacancy
from secondment_desk.organisations.rules import foreign_form
from secondment_desk.paths import data_home

if TYPE_CHECKING:  # imported where a checklist is given (the report), not for a form fill
    from secondment_desk.checklist import Checklist

MANIFEST = "manifest.json"
PACKAGE_FORMAT = "secondment-desk/package"
PACKAGE_VERSION = 1
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


class PackageError(InputError):
    """A package is malformed, tampered with or hostile."""


class EmptyLetterError(InputError):
    """A cover letter was asked for, but it has no text: nothing is written."""


@dataclass
class FilledDocuments:
    """What :func:`fill_documents` wrote, and what the user should hear about."""

    docx: list[Path] = field(default_factory=list)
    pdf: list[Path] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)  # raw paths, for programs
    empty_groups: list[EmptyGroup] = field(default_factory=list)  # the same, for people
    warnings: list[str] = field(default_factory=list)
    cover_letter_characters: int | None = None

    @property
    def files(self) -> list[Path]:
        return [*self.docx, *self.pdf]


def fill_documents(
    profile: Profile,
    vacancy: Vacancy,
    outdir: Path,
    *,
    application: Application | None = None,
    checklist: Checklist | list[ChecklistItem] | None = None,
    form_template: str | Path = FORM,
    cover_letter: str | None = None,
    letter_language: str = "en",
    letter_limit: int | None = None,
    other_organisation_form: bool = False,
    with_letter: bool | None = None,
    with_report: bool = True,
    pdf: bool = True,
    pdf_timeout: float = 180.0,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
    names: dict[str, str] | None = None,
) -> FilledDocuments:
    """Render the form (and the letter and checklist report) into ``outdir``; PDFs in one
    LibreOffice batch. Without LibreOffice the .docx files are kept and a warning says how to
    install it. ``names`` maps "form", "cover_letter", "checklist_report" to file stems.

    ``with_letter``: True asks for the cover letter (an empty one is an
    :class:`EmptyLetterError`, before anything is written); None writes it when it has text;
    False never. ``letter_limit`` None takes the organisation's limit. A form that belongs to
    another organisation's regime (the OSCE offline form for an EU or UN post) is filled only with
    ``other_organisation_form``, and the result says so."""
    foreign = foreign_form(vacancy, Path(str(form_template)).name)
    if foreign and not other_organisation_form:
        raise InputError(
            _(
                "{foreign} Filling it for this post needs your explicit choice "
                "(--other-organisation-form; on the Documents screen, tick 'Use this form for "
                "another organisation's post')."
            ).format(foreign=foreign)
        )
    stems = {"form": "application_form", "cover_letter": "cover_letter"}
    stems["checklist_report"] = "checklist_report"
    stems.update(names or {})
    ctx = build_context(
        profile,
        vacancy,
        application,
        checklist,
        cover_letter=cover_letter,
        cover_letter_limit=letter_limit,
        letter_language=letter_language,
    )
    if with_letter is None:
        with_letter = bool(ctx["cover_letter"]["text"])
    outdir.mkdir(parents=True, exist_ok=True)
    result = FilledDocuments()
    if foreign:
        result.warnings.append(_("Filled by your choice: {foreign}").format(foreign=foreign))
    jobs: list[tuple[str, Path]] = [("form", find_template(form_template))]
    if with_letter:
        if letter_language not in COVER_LETTERS:
            raise InputError(
                _("No cover letter in '{language}'; choose {known}.").format(
                    language=letter_language, known=", ".join(COVER_LETTERS)
                )
            )
        jobs.append(("cover_letter", find_template(COVER_LETTERS[letter_language])))
        info = ctx["cover_letter"]
        result.cover_letter_characters = info["characters"]
        if not info["text"]:
            raise EmptyLetterError(
                _(
                    "The cover letter is empty: write it first (on the Documents screen, or "
                    "give its text with --letter-file)."
                )
            )
        if info["over_limit"]:  # never without a limit
            result.warnings.append(
                _(
                    "The cover letter has {count} characters with spaces, {over} over the "
                    "limit of {limit}."
                ).format(
                    count=number(info["characters"]),
                    over=number(info["over_by"]),
                    limit=number(info["limit"]),
                )
            )
    if with_report:
        jobs.append(("checklist_report", find_template(checklist_report_template())))
    for role, template in jobs:
        out = outdir / f"{stems[role]}.docx"
        # The letter in its own language's names; the form's answers stay the organisation's.
        render_docx(
            template, letter_context(ctx, letter_language) if role == "cover_letter" else ctx, out
        )
        result.docx.append(out)
        result.warnings.extend(f"{template.name}: {line}" for line in prepare(template).removed)
        if role == "form":
            result.empty_fields = empty_fields(template, ctx)
            asks_references = any(p.startswith("profile.references") for p in fields_read(template))
            result.empty_groups = group_empty_fields(
                result.empty_fields,
                ctx,
                references_asked=REFERENCES_ASKED if asks_references else None,
            )
    if pdf:
        try:
            result.pdf = convert_to_pdf(
                result.docx, outdir, pdf_timeout, progress=progress, cancel=cancel
            )
        except PdfUnavailable as err:
            result.warnings.append(str(err))
    return result


def render_checklist_report(
    checklist: Checklist,
    profile: Profile,
    vacancy: Vacancy,
    out: Path,
    application: Application | None = None,
) -> Path:
    """The checklist report alone, through the same template machinery as the form."""
    render_docx(
        find_template(checklist_report_template()),
        build_context(profile, vacancy, application, checklist),
        out,
    )
    return out


# -- export ---------------------------------------------------------------------------------
def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def write_package(files: Sequence[Path], out: Path, meta: dict[str, Any]) -> Path:
    """Zip ``files`` (flat) with a manifest of their SHA-256; written atomically."""
    names = [f.name for f in files]
    if len(set(names)) != len(names) or MANIFEST in names:
        raise InputError(_("Package files need distinct names other than manifest.json."))
    manifest = {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **meta,
        "files": [
            {"name": f.name, "sha256": sha256_file(f), "size": f.stat().st_size} for f in files
        ],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    tmp.unlink(missing_ok=True)  # a crash's leftover
    try:
        with open_private(tmp) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            for f in files:
                archive.write(f, f.name)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def package_meta(profile: Profile, application: Application) -> dict[str, Any]:
    vac = application.vacancy
    return {
        "candidate": {"name": profile.name, "profile_id": profile.id},
        "application_id": application.id,
        "nominating_state": application.nominating_state or "",
        "vacancy": {
            "organization": vac.organization or "",
            "office": vac.office or "",
            "title": vac.title or "",
            "requisition_id": vac.requisition_id or "",
            "closing_date": vac.closing_date.isoformat() if vac.closing_date else "",
            "key": vac.key,
        },
    }


def export_package(
    profile: Profile,
    application: Application,
    out: Path,
    *,
    checklist: Checklist | list[ChecklistItem] | None = None,
    form_template: str | Path = FORM,
    letter_language: str = "en",
    other_organisation_form: bool = False,
    pdf: bool = True,
    pdf_timeout: float = 180.0,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
) -> FilledDocuments:
    """Fill every document of ``application`` and zip them with a manifest into ``out``.
    A letter not written yet is left out of the package, and a warning says so."""
    has_letter = bool(application.cover_letter.strip())
    with private_tempdir("package-") as tmp:
        filled = fill_documents(
            profile,
            application.vacancy,
            tmp,
            application=application,
            with_letter=None,
            checklist=checklist,
            form_template=form_template,
            other_organisation_form=other_organisation_form,
            letter_language=letter_language,
            pdf=pdf,
            pdf_timeout=pdf_timeout,
            progress=progress,
            cancel=cancel,
        )
        if not has_letter:
            filled.warnings.append(_("No cover letter in the package: it has no text yet."))
        write_package(filled.files, out, package_meta(profile, application))
    filled.docx, filled.pdf = [], []
    return filled


# -- import ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportedPackage:
    folder: Path
    manifest: dict[str, Any]
    files: list[Path]


def slug(text: str, fallback: str) -> str:
    """A safe folder name: letters (any script), digits, '-', '_'; nothing else."""
    normal = unicodedata.normalize("NFC", text)
    cleaned = re.sub(r"[^\w-]+", "-", normal, flags=re.UNICODE).strip("-_")[:80]
    return cleaned or fallback


def import_package(
    path: Path,
    dest_root: Path | None = None,
    limits: ZipLimits = PACKAGE_LIMITS,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> ImportedPackage:
    """Verify a package and file it under ``dest_root/<candidate>/<post>-<time>/``
    (default root: ``<data folder>/packages``). Raises PackageError on anything wrong."""
    with open_checked_zip(path, limits, N_("a Secondment Desk package"), PackageError) as archive:
        infos = archive.infolist()
        for info in infos:
            reason = unsafe_member_reason(info)
            if reason:
                raise PackageError(
                    _("{name}: entry {entry} {reason}: refused.").format(
                        name=path.name, entry=repr(info.filename), reason=reason
                    )
                )
            if info.is_dir() or "/" in info.filename:
                raise PackageError(
                    _("{name}: entry {entry} is in a folder; packages are flat.").format(
                        name=path.name, entry=repr(info.filename)
                    )
                )
        by_name = {info.filename: info for info in infos}
        if len(by_name) != len(infos):
            raise PackageError(
                _("{name} holds two entries with the same name: refused.").format(name=path.name)
            )
        manifest = _read_manifest(archive, by_name, path.name)
        listed = {entry["name"]: entry for entry in manifest["files"]}
        extra = sorted(set(by_name) - set(listed) - {MANIFEST})
        if extra:
            raise PackageError(
                _("{name} holds files its manifest does not list: {files}.").format(
                    name=path.name, files=extra
                )
            )
        root = dest_root or data_home() / "packages"
        candidate = slug(str((manifest.get("candidate") or {}).get("name") or ""), "candidate")
        vac = manifest.get("vacancy") or {}
        post = slug(str(vac.get("requisition_id") or vac.get("title") or ""), "post")
        stamp = now().strftime("%Y%m%d-%H%M%S")
        target = root / candidate / f"{post}-{stamp}"
        (root / candidate).mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=root / candidate))
        try:
            files = [
                _extract_verified(archive, by_name, entry, staging, path.name)
                for entry in listed.values()
            ]
            (staging / MANIFEST).write_bytes(archive.read(by_name[MANIFEST]))
            if target.exists():
                raise PackageError(_("{target} exists already.").format(target=target))
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return ImportedPackage(target, manifest, [target / f.name for f in files])


def _read_manifest(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str
) -> dict[str, Any]:
    """The manifest, parsed and checked for shape: a package may come from anyone, so deep
    nesting, huge numbers, a ``candidate`` that is a list and the like are each one sentence
    (never a RecursionError, AttributeError or a number too long to print)."""
    info = by_name.get(MANIFEST)
    if info is None:
        raise PackageError(
            _("{name} has no manifest.json: not a Secondment Desk package.").format(name=name)
        )
    if info.file_size > 1_000_000:
        raise PackageError(_("{name}: manifest.json is too large: refused.").format(name=name))
    try:
        text = archive.read(info).decode("utf-8")
    except UnicodeDecodeError as err:
        raise PackageError(_("{name}: manifest.json is not UTF-8 text.").format(name=name)) from err
    depth = _json_depth(text)
    if depth > MANIFEST_MAX_DEPTH:
        raise PackageError(
            _("{name}: manifest.json nests more than {n} levels deep: refused.").format(
                name=name, n=number(MANIFEST_MAX_DEPTH)
            )
        )
    try:
        manifest = json.loads(
            text,
            parse_int=functools.partial(_manifest_int, name),
            parse_float=functools.partial(_manifest_float, name),
            parse_constant=functools.partial(_manifest_constant, name),
        )
    except PackageError:
        raise
    except (ValueError, RecursionError) as err:
        detail = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
        raise PackageError(
            _("{name}: manifest.json is not valid JSON ({detail}).").format(
                name=name, detail=detail
            )
        ) from err
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise PackageError(
            _("{name}: manifest.json is not a Secondment Desk manifest.").format(name=name)
        )
    _check_manifest_shape(manifest, name)
    files = manifest.get("files")
    if not isinstance(files, list) or not files:
        raise PackageError(_("{name}: manifest.json lists no files.").format(name=name))
    if len(files) > MANIFEST_MAX_FILES:
        raise PackageError(
            _("{name}: manifest.json lists {n} files, more than a package ever holds.").format(
                name=name, n=number(len(files))
            )
        )
    for entry in files:
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and _SAFE_NAME.match(entry["name"])
            and entry["name"] != MANIFEST
            and isinstance(entry.get("sha256"), str)
            and _SHA256.match(entry["sha256"])
            and type(entry.get("size")) is int
            and entry["size"] >= 0
        )
        if not ok:
            raise PackageError(
                _("{name}: manifest.json has a malformed file entry: {entry}.").format(
                    name=name, entry=_brief(entry)
                )
            )
    return manifest


MANIFEST_MAX_DEPTH = 8
MANIFEST_MAX_FILES = 200
_MAX_DIGITS = 20
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
# Top-level keys whose shape the import reads: key -> (type, the words for it).
_MANIFEST_SHAPE: dict[str, tuple[type, str]] = {
    "candidate": (dict, "an object"),
    "vacancy": (dict, "an object"),
    "application_id": (str, "text"),
    "nominating_state": (str, "text"),
    "created_at": (str, "text"),
    "version": (int, "a number"),
}
_TEXT_FIELDS = {
    "candidate": ("name", "profile_id"),
    "vacancy": tuple(("organization", "office", "title", "requisition_id", "closing_date", "key")),
}


def _check_manifest_shape(manifest: dict[str, Any], name: str) -> None:
    for key, (kind, words) in _MANIFEST_SHAPE.items():
        if key in manifest and manifest[key] is not None and type(manifest[key]) is not kind:
            raise PackageError(
                _("{name}: manifest.json has '{key}' as {got}, not {want}: refused.").format(
                    name=name, key=key, got=_json_kind(manifest[key]), want=words
                )
            )
    for key, fields in _TEXT_FIELDS.items():
        part = manifest.get(key) or {}
        for field_name in fields:
            value = part.get(field_name)
            if value is not None and not isinstance(value, str):
                raise PackageError(
                    _(
                        "{name}: manifest.json has '{key}.{field}' as {got}, not text: refused."
                    ).format(name=name, key=key, field=field_name, got=_json_kind(value))
                )


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    return "text"


def _json_depth(text: str) -> int:
    """How deep the JSON text's brackets nest (outside strings), without parsing it."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MANIFEST_MAX_DEPTH:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def _manifest_int(name: str, digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise PackageError(
            _("{name}: manifest.json holds a number of {n} digits: refused.").format(
                name=name, n=number(len(digits.lstrip("-")))
            )
        )
    return int(digits)


def _manifest_float(name: str, text: str) -> float:
    if len(text) > 40:
        raise PackageError(
            _("{name}: manifest.json holds a number {n} characters long: refused.").format(
                name=name, n=number(len(text))
            )
        )
    return float(text)


def _manifest_constant(name: str, text: str) -> Any:
    raise PackageError(
        _("{name}: manifest.json holds {value}, which is not a JSON number: refused.").format(
            name=name, value=text
        )
    )


def _brief(value: Any) -> str:
    """A short, safe description of a JSON value for a message (never a huge repr)."""
    if isinstance(value, dict):
        shown = ", ".join(
            f"{k[:40]!r}: {_brief(v) if not isinstance(v, dict | list) else _json_kind(v)}"
            for k, v in list(value.items())[:4]
        )
        return "{" + shown + (", ..." if len(value) > 4 else "") + "}"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _extract_verified(
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    entry: dict[str, Any],
    folder: Path,
    name: str,
) -> Path:
    info = by_name.get(entry["name"])
    if info is None:
        raise PackageError(
            _("{name}: {file} is listed in the manifest but missing.").format(
                name=name, file=entry["name"]
            )
        )
    if info.file_size != entry["size"]:
        raise PackageError(
            _("{name}: {file} has the wrong size: refused.").format(name=name, file=entry["name"])
        )
    digest = hashlib.sha256()
    target = folder / str(entry["name"])
    written = 0
    with archive.open(info) as src, target.open("xb") as dst:
        for block in iter(lambda: src.read(1 << 16), b""):
            written += len(block)
            if written > entry["size"]:
                raise PackageError(
                    _("{name}: {file} is larger than declared: refused.").format(
                        name=name, file=entry["name"]
                    )
                )
            digest.update(block)
            dst.write(block)
    if digest.hexdigest() != entry["sha256"]:
        raise PackageError(
            _(
                "{name}: {file} does not match its SHA-256 in the manifest: the package was "
                "changed or damaged."
            ).format(name=name, file=entry["name"])
        )
    return target
