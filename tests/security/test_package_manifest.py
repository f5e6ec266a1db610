"""Hostile package manifests (issue 12, item 10): each shape is one clear line, exit 2.

A delegation's package may come from anyone; before this, a manifest nested deep gave a
RecursionError, ``candidate`` as a list an AttributeError, and a 5,000-digit number a message
about ``sys.set_int_max_str_digits``.
"""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.cli import main
from secondment_desk.documents.package import (
    MANIFEST,
    PACKAGE_FORMAT,
    PackageError,
    import_package,
    write_package,
)
from secondment_desk.paths import data_home


def _package(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    src = tmp_path / "application_form.docx"
    src.write_bytes(b"form bytes")
    meta = {"candidate": {"name": "Anna Petrova", "profile_id": "p1"}, "vacancy": {"title": "X"}}
    pkg = write_package([src], tmp_path / "good.zip", meta)
    return pkg, json.loads(zipfile.ZipFile(pkg).read(MANIFEST))


def _with_manifest(pkg: Path, dst: Path, manifest: bytes) -> Path:
    with zipfile.ZipFile(pkg) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            b.writestr(info, manifest if info.filename == MANIFEST else a.read(info))
    return dst


def _changed(good: dict[str, Any], **changes: Any) -> bytes:
    out = dict(good)
    for key, value in changes.items():
        if "." in key:
            outer, inner = key.split(".")
            out[outer] = {**out.get(outer, {}), inner: value}
        else:
            out[key] = value
    return json.dumps(out).encode()


def _entry(good: dict[str, Any], **changes: Any) -> bytes:
    return _changed(good, files=[{**good["files"][0], **changes}])


def _deep(good: dict[str, Any], opener: str, closer: str, depth: int) -> bytes:
    text = json.dumps(good)
    return (text[:-1] + ', "x": ' + opener * depth + closer * depth + "}").encode()


HUGE = "9" * 5000
CASES: dict[str, tuple[Any, str]] = {
    "list-nested-100k": (lambda g: _deep(g, "[", "]", 100_000), "nests more than 8 levels"),
    "dict-nested-100k": (
        lambda g: _deep(g, '{"a":', "}", 100_000).replace(b'{"a":}', b"1"),
        "nests more than 8 levels",
    ),
    "nested-9": (lambda g: _deep(g, "[", "]", 9), "nests more than 8 levels"),
    "candidate-list": (lambda g: _changed(g, candidate=["Anna"]), "'candidate' as a list"),
    "candidate-text": (lambda g: _changed(g, candidate="Anna"), "'candidate' as text"),
    "candidate-name-list": (
        lambda g: _changed(g, **{"candidate.name": ["a", "b"]}),
        "'candidate.name' as a list",
    ),
    "vacancy-number": (lambda g: _changed(g, vacancy=7), "'vacancy' as a number"),
    "vacancy-title-object": (
        lambda g: _changed(g, **{"vacancy.title": {"x": 1}}),
        "'vacancy.title' as an object",
    ),
    "huge-int-elsewhere": (
        lambda g: _changed(g, application_id="a")[:-1] + b', "n": ' + HUGE.encode() + b"}",
        "a number of 5,000 digits",
    ),
    "huge-size": (
        lambda g: _entry(g, size=0).replace(b'"size": 0', b'"size": ' + HUGE.encode()),
        "a number of 5,000 digits",
    ),
    "huge-float": (
        lambda g: _changed(g)[:-1] + b', "f": 1.' + HUGE.encode() + b"}",
        "characters long",
    ),
    "nan": (lambda g: _changed(g)[:-1] + b', "f": NaN}', "NaN, which is not a JSON number"),
    "size-as-bool": (lambda g: _entry(g, size=True), "malformed file entry"),
    "size-negative": (lambda g: _entry(g, size=-1), "malformed file entry"),
    "size-float": (lambda g: _entry(g, size=10.0), "malformed file entry"),
    "sha-not-hex": (lambda g: _entry(g, sha256="z" * 64), "malformed file entry"),
    "huge-name": (lambda g: _entry(g, name="a" * 900_000), "malformed file entry"),
    "files-object": (lambda g: _changed(g, files={"a": 1}), "lists no files"),
    "files-300": (lambda g: _changed(g, files=[g["files"][0]] * 300), "lists 300 files"),
    "entry-list": (lambda g: _changed(g, files=[["application_form.docx"]]), "a list of 1"),
    "version-text": (lambda g: _changed(g, version="1"), "'version' as text"),
    "not-utf8": (lambda g: b'{"format": "\xff"}', "not UTF-8"),
    "top-level-list": (lambda g: b"[1, 2]", "not a Secondment Desk manifest"),
}


@pytest.mark.parametrize("case", CASES, ids=CASES)
def test_hostile_manifest_is_one_sentence(case: str, tmp_path: Path) -> None:
    pkg, good = _package(tmp_path)
    build, says = CASES[case]
    bad = _with_manifest(pkg, tmp_path / "bad.zip", build(good))
    start = time.monotonic()
    with pytest.raises(PackageError) as caught:
        import_package(bad, tmp_path / "in")
    assert time.monotonic() - start < 2.0
    message = str(caught.value)
    assert "\n" not in message and len(message) < 400, message
    assert message.startswith("bad.zip") and says in message, message
    assert not (tmp_path / "in").exists() or not list((tmp_path / "in").rglob("*.docx"))


@pytest.mark.parametrize("case", ["list-nested-100k", "candidate-list", "huge-size"])
def test_the_cli_prints_one_line_and_exits_2(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pkg, good = _package(tmp_path)
    build, says = CASES[case]
    bad = _with_manifest(pkg, tmp_path / "bad.zip", build(good))
    assert main(["package", "import", str(bad), "--to", str(tmp_path / "in")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "Traceback" not in captured.err


def test_a_good_manifest_still_imports(tmp_path: Path) -> None:
    pkg, good = _package(tmp_path)
    assert good["format"] == PACKAGE_FORMAT
    imported = import_package(pkg, tmp_path / "in")
    assert imported.folder.parent.name == "Anna-Petrova"
    assert [p.name for p in imported.files] == ["application_form.docx"]
    assert not (data_home() / "packages").exists()
