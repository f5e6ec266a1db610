"""Time and peak memory of the worst hostile input of each kind (issue 12): one line per kind.

    PYTHONPATH=src:. .venv/bin/python -m bench.hostile [--all]

Kinds: a user's template (payloads that pass the sandbox's bounds and meet the render child's
limits, and ones the sandbox refuses), notices (HTML, PDF, .docx, plain text), delegation
package manifests, JSON Resume files. Every payload is built first (tests/security/payloads.py)
and written to a file; then a fresh process (interpreter, imports and all: what a user's
command costs) handles it, and its wall time and peak memory are measured. The peak is the
largest resident set of that process (VmHWM) or of the child it renders or reads in
(``ru_maxrss``).
Each kind prints its worst payload by time; ``--all`` prints every payload. The last line is the
overhead of rendering in a child process: a user's copy of the OSCE form filled in-process and
in the child (the shipped templates render in-process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.security import payloads as P
from tests.security.test_render_limits import CPU_BURNER, MEMORY_EATER

REPO = Path(__file__).resolve().parents[1]
KB = 1024

# Every program ends by printing "<message>\t<peak of its render child, KB>\t<its own peak, KB>"
# (VmHWM: ru_maxrss of a process started by fork+exec also counts the parent's pages at fork).
PRELUDE = """
def hwm():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
RUN_TEMPLATE = (
    PRELUDE
    + """
import io, sys
from secondment_desk import isolation
from secondment_desk.documents import model_context, render_docx
from secondment_desk.errors import DeskError
try:
    render_docx(__import__("pathlib").Path(sys.argv[1]), model_context(), io.BytesIO())
    message = "rendered"
except DeskError as err:
    message = str(err)
usage = isolation.last_usage
print(message, usage.ru_maxrss if usage else 0, hwm(), sep="\\t")
"""
)
RUN_NOTICE = (
    PRELUDE
    + """
import sys
from secondment_desk import isolation
from secondment_desk.errors import DeskError
from secondment_desk.vacancy import load_vacancies
try:
    message = f"read: {len(load_vacancies(sys.argv[1]))} vacancies"
except DeskError as err:
    message = str(err)
usage = isolation.last_usage
print(message, usage.ru_maxrss if usage else 0, hwm(), sep="\\t")
"""
)
RUN_PACKAGE = (
    PRELUDE
    + """
import sys, pathlib
from secondment_desk.documents.package import import_package
from secondment_desk.errors import DeskError
try:
    import_package(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))
    message = "imported"
except DeskError as err:
    message = str(err)
print(message, 0, hwm(), sep="\\t")
"""
)
RUN_RESUME = (
    PRELUDE
    + """
import sys, pathlib
from secondment_desk.errors import DeskError
from secondment_desk.profile import import_bytes
try:
    import_bytes(pathlib.Path(sys.argv[1]).read_bytes(), "cv.json")
    message = "imported"
except DeskError as err:
    message = str(err)
print(message, 0, hwm(), sep="\\t")
"""
)


@dataclass(frozen=True)
class Case:
    kind: str
    label: str
    filename: str
    build: Callable[[], bytes]
    program: str


def _template(body: str) -> Callable[[], bytes]:
    def build() -> bytes:
        from tests.documents.conftest import _make_docx

        with tempfile.TemporaryDirectory() as tmp:
            return _make_docx(
                Path(tmp) / "t.docx", ["Dear {{ profile.full_name }}", body]
            ).read_bytes()

    return build


def _manifest(change: Callable[[str], str]) -> Callable[[], bytes]:
    def build() -> bytes:
        from secondment_desk.documents.package import MANIFEST, write_package

        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "application_form.docx"
            src.write_bytes(b"form")
            pkg = write_package([src], Path(tmp) / "p.zip", {"candidate": {"name": "A B"}})
            text = change(zipfile.ZipFile(pkg).read(MANIFEST).decode())
            out = Path(tmp) / "bad.zip"
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr(MANIFEST, text)
                z.writestr("application_form.docx", b"form")
            return out.read_bytes()

    return build


def _deep_manifest(text: str) -> str:
    return text.rstrip().rstrip("}") + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"


def _candidate_list(text: str) -> str:
    data = json.loads(text)
    data["candidate"] = ["A", "B"]
    return json.dumps(data)


def _huge_size(text: str) -> str:
    data = json.loads(text)
    data["files"][0]["size"] = 0
    return json.dumps(data).replace('"size": 0', '"size": ' + "9" * 5000)


WIDTH = "{{ '{:>1000000000}'.format(1) }}"
PARENS = "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}"


def _resume_deep() -> bytes:
    return b'{"basics":{"name":"A B"},"work":' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def _resume_number() -> bytes:
    return b'{"basics":{"name":"A B"},"x":' + b"9" * 5000 + b"}"


def _resume_jobs() -> bytes:
    job = {"name": "Employer", "position": "Officer", "startDate": "2019-01"}
    return json.dumps({"basics": {"name": "A B"}, "work": [job] * 200_000}).encode()


CASES = [
    Case(
        "template",
        "CPU burner the sandbox allows",
        "burn.docx",
        _template(CPU_BURNER),
        RUN_TEMPLATE,
    ),
    Case(
        "template", "360 MB the sandbox allows", "eat.docx", _template(MEMORY_EATER), RUN_TEMPLATE
    ),
    Case("template", "'{:>1000000000}'.format(1)", "w.docx", _template(WIDTH), RUN_TEMPLATE),
    Case("template", "5,000 nested parentheses", "p.docx", _template(PARENS), RUN_TEMPLATE),
    Case(
        "notice html",
        "20,000 nested divs",
        "d.html",
        lambda: P.html_nested_divs(20_000),
        RUN_NOTICE,
    ),
    Case(
        "notice html",
        "100,000 nested divs",
        "d.html",
        lambda: P.html_nested_divs(100_000),
        RUN_NOTICE,
    ),
    Case("notice html", "30,000 nested spans", "s.html", P.html_deep_under_element_cap, RUN_NOTICE),
    Case(
        "notice html",
        "1,000,000 table cells",
        "c.html",
        lambda: P.html_table_cells(1_000_000),
        RUN_NOTICE,
    ),
    Case(
        "notice html",
        "99,000 paragraphs",
        "p.html",
        lambda: P.html_many_elements(99_000),
        RUN_NOTICE,
    ),
    Case("notice pdf", "70,000 pages", "pages.pdf", lambda: P.pdf_pages(70_000), RUN_NOTICE),
    Case(
        "notice pdf",
        "three FlateDecode layers, 1 GB",
        "layers.pdf",
        lambda: P.pdf_flate_layers(1024, 3),
        RUN_NOTICE,
    ),
    Case(
        "notice pdf",
        "three layers shared by 500 pages",
        "shared.pdf",
        lambda: P.pdf_flate_layers(6, 3, pages=500),
        RUN_NOTICE,
    ),
    Case(
        "notice pdf",
        "500 pages of 2,000 operators",
        "ops.pdf",
        lambda: P.pdf_many_text_pages(500, 2000),
        RUN_NOTICE,
    ),
    Case(
        "notice pdf",
        "one page of 110,000 operators",
        "page.pdf",
        lambda: P.pdf_many_text_pages(1, 110_000),
        RUN_NOTICE,
    ),
    Case("notice docx", "zip bomb, 4 GB inflated", "bomb.docx", P.docx_zip_bomb, RUN_NOTICE),
    Case(
        "notice docx",
        "300,000 paragraphs (17 MB of XML)",
        "long.docx",
        P.docx_many_paragraphs,
        RUN_NOTICE,
    ),
    Case(
        "notice docx",
        "60,000 paragraphs within the zip caps",
        "long.docx",
        lambda: P.docx_many_paragraphs(60_000),
        RUN_NOTICE,
    ),
    Case(
        "notice docx", "tables nested 100,000 deep", "nested.docx", P.docx_deep_nesting, RUN_NOTICE
    ),
    Case("notice txt", "9.9 MB of words", "words.txt", P.text_of_words, RUN_NOTICE),
    Case("notice txt", "9.9 MB of cp1251", "cp1251.txt", P.text_legacy_encoding, RUN_NOTICE),
    Case(
        "notice txt",
        "590,000 characters of words (under the cap)",
        "under.txt",
        lambda: P.text_of_words(0.56),
        RUN_NOTICE,
    ),
    Case(
        "package",
        "manifest nested 100,000 deep",
        "deep.zip",
        _manifest(_deep_manifest),
        RUN_PACKAGE,
    ),
    Case("package", "candidate as a list", "list.zip", _manifest(_candidate_list), RUN_PACKAGE),
    Case("package", "a 5,000-digit size", "size.zip", _manifest(_huge_size), RUN_PACKAGE),
    Case("JSON Resume", "nested 100,000 deep", "deep.json", _resume_deep, RUN_RESUME),
    Case("JSON Resume", "a 5,000-digit number", "num.json", _resume_number, RUN_RESUME),
    Case("JSON Resume", "200,000 jobs", "jobs.json", _resume_jobs, RUN_RESUME),
]


@dataclass(frozen=True)
class Result:
    case: Case
    seconds: float
    peak_mb: float
    message: str

    def line(self) -> str:
        return (
            f"{self.case.kind:12} {self.case.label}: {self.seconds:.2f} s, "
            f"peak {self.peak_mb:.0f} MB -> {self.message[:110]}"
        )


def run(case: Case, folder: Path) -> Result:
    path = folder / case.filename
    path.write_bytes(case.build())
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}"}
    env["SECONDMENT_DESK_HOME"] = str(folder / "home")
    args = [sys.executable, "-c", case.program, str(path), str(folder / "in")]
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out_bytes, err_bytes = proc.communicate()
    seconds = time.perf_counter() - start
    fields = out_bytes.decode().strip().split("\t")
    if len(fields) != 3:
        tail = err_bytes.decode().strip().splitlines() or ["(no output)"]
        return Result(case, seconds, 0.0, "CRASHED: " + tail[-1])
    message, child_kb, own_kb = fields
    return Result(case, seconds, max(int(child_kb), int(own_kb)) / KB, message)


RUN_OVERHEAD = """
import io, statistics, sys, time
sys.path.insert(0, ".")
from datetime import date
from bench.fill_form import _profile
from secondment_desk.documents import build_context, render_docx
from secondment_desk.documents.render import clear_caches
from secondment_desk.models import Vacancy
from secondment_desk.resources import template_file
import shutil, tempfile
from pathlib import Path
# a user's copy of the OSCE form: templates outside the shipped folder render in the child
t = Path(tempfile.mkdtemp()) / "my_form.docx"
shutil.copyfile(template_file("osce_offline_application_form.docx"), t)
ctx = build_context(_profile(), Vacancy(title="X", requisition_id="T1"), today=date(2025, 1, 1))
runs = int(sys.argv[1])
render_docx(t, ctx, io.BytesIO())
times = {"in-process": [], "child": [], "in-process first": [], "child first": []}
for _ in range(runs):
    for label, limits in (("in-process", None), ("child", "default")):
        kw = {"limits": None} if limits is None else {}
        s = time.perf_counter(); render_docx(t, ctx, io.BytesIO(), **kw)
        times[label].append(time.perf_counter() - s)
        clear_caches()
        s = time.perf_counter(); render_docx(t, ctx, io.BytesIO(), **kw)
        times[label + " first"].append(time.perf_counter() - s)
m = {k: statistics.median(v) * 1000 for k, v in times.items()}
print(f"child-process render overhead (a user's copy of the OSCE form, median of {runs}): "
      f"repeat fill "
      f"{m['in-process']:.0f} ms in-process vs {m['child']:.0f} ms in a child "
      f"(+{m['child'] - m['in-process']:.0f} ms); first fill {m['in-process first']:.0f} ms vs "
      f"{m['child first']:.0f} ms (+{m['child first'] - m['in-process first']:.0f} ms)")
"""


def overhead(runs: int = 15) -> str:
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}"}
    done = subprocess.run(
        [sys.executable, "-c", RUN_OVERHEAD, str(runs)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    worst: dict[str, Result] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            result = run(case, Path(tmp))
            if show_all:
                print(result.line(), flush=True)
            if case.kind not in worst or result.seconds > worst[case.kind].seconds:
                worst[case.kind] = result
    if show_all:
        print("worst of each kind:")
    for result in worst.values():
        print(result.line(), flush=True)
    print(overhead(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
