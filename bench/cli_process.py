"""Whole-process CLI timings: ``form fill`` against a raw docxtpl script, interleaved.

    PYTHONPATH=src python bench/cli_process.py [--runs 7] [--quick]

Each run is a fresh process, from compiled bytecode and with the parser's patterns kept
compiled (like an installed app after its first run; see secondment_desk.regex_cache). The
anchor is a plain script that renders the same template with the same context (built once
here by the app's own ``build_context``, written as JSON) through docxtpl and saves it: what
filling the form costs with the library alone. Against it: ``form fill NOTICE --profile-file
FILE``, and ``form fill NOTICE --profile NAME`` over a passphrase store and over a keyring
store. The passphrase store's KDF (the deliberate cost of guessing passphrases: what new stores
use, from the store's own constants, see secondment_desk.store.keys.passphrase) is timed on its
own too, so the ratio without it can be read. Prints medians and ratios to the anchor.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.first_paint import keyring_env  # noqa: E402

NOTICE = ROOT / "tests" / "fixtures" / "contract" / "vacancies" / "osce_dushanbe_head_pmd.txt"
PROFILE = ROOT / "tests" / "fixtures" / "profiles" / "jsonresume_petrova.json"
PASSPHRASE = "bench passphrase"

RAW = """
import io, json, sys
from docxtpl import DocxTemplate
from jinja2 import Environment
template, context, out = sys.argv[1:4]
env = Environment(autoescape=True)
env.filters.update({f: (lambda v, *a: v) for f in ("ym", "dmy", "yesno", "box", "thousands")})
doc = DocxTemplate(template)
doc.render(json.load(open(context, encoding="utf-8")), jinja_env=env, autoescape=True)
doc.save(out)
"""


def prepare(base: Path) -> tuple[Path, Path, str]:
    """The anchor's template and context; a passphrase and a keyring store with the profile."""
    from secondment_desk.documents import build_context
    from secondment_desk.profile import import_file
    from secondment_desk.resources import template_file
    from secondment_desk.vacancy import load_vacancies

    profile = import_file(PROFILE)
    vacancy = load_vacancies(str(NOTICE))[0]
    context = build_context(profile, vacancy, today=date.today())
    path = base / "context.json"
    path.write_text(json.dumps(context, default=str, ensure_ascii=False), encoding="utf-8")
    template = Path(str(template_file("osce_offline_application_form.docx")))
    code = (
        "import sys; from secondment_desk import store; from secondment_desk.profile import "
        "import_file; s = store.open_store(passphrase=sys.argv[2] or None) if sys.argv[2] "
        "else store.open_store(); s.profiles.save(import_file(sys.argv[1])); s.close()"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), **keyring_env(base))
    for name, method in (("pass", "passphrase"), ("keyring", "keyring")):
        home = base / name
        home.mkdir()
        make = f"from secondment_desk import store; store.new_store(method='{method}'{_pp(method)})"
        run_env = dict(env, SECONDMENT_DESK_HOME=str(home))
        subprocess.run([sys.executable, "-c", make], env=run_env, check=True)
        secret = PASSPHRASE if method == "passphrase" else ""
        subprocess.run([sys.executable, "-c", code, str(PROFILE), secret], env=run_env, check=True)
    return template, path, profile.name


def _pp(method: str) -> str:
    return f", passphrase={PASSPHRASE!r}" if method == "passphrase" else ""


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{argv} failed:\n{result.stderr.decode()}")
    return elapsed


def kdf_seconds() -> float:
    from secondment_desk.store.keys.passphrase import derive_new

    samples = []
    for _ in range(3):
        start = time.perf_counter()
        derive_new(PASSPHRASE, b"0" * 16)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _stored_kdf(home: Path) -> str:
    """What the bench's passphrase store says it is wrapped with (its meta rows)."""
    import sqlite3

    from secondment_desk.store.connection import STORE_FILE

    conn = sqlite3.connect(home / STORE_FILE)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'kdf%'").fetchall())
    finally:
        conn.close()
    cost = ", ".join(
        f"{k[4:]}={v}" for k, v in sorted(meta.items()) if k not in ("kdf", "kdf_salt")
    )
    return f"{meta.get('kdf', '?')} {cost}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 runs")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        template, context, name = prepare(base)
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(
            PYTHONPATH=str(ROOT / "src"),
            PYTHONPYCACHEPREFIX=str(base / "pycache"),
            SECONDMENT_DESK_CACHE=str(base / "cache"),  # compiled patterns, like the bytecode
            **keyring_env(base),
        )
        fill = [sys.executable, "-m", "secondment_desk", "form", "fill", str(NOTICE), "--quiet"]
        out = str(base / "out.docx")
        kinds = {
            "raw docxtpl script": ([sys.executable, "-c", RAW, str(template), str(context), out],
                                   env),
            "form fill --profile-file": ([*fill, "--profile-file", str(PROFILE), "--out", out],
                                         env),
            "form fill, passphrase store": (
                [*fill, "--profile", name, "--out", out],
                dict(env, SECONDMENT_DESK_HOME=str(base / "pass"),
                     SECONDMENT_DESK_PASSPHRASE=PASSPHRASE),
            ),
            "form fill, keyring store": ([*fill, "--profile", name, "--out", out],
                                         dict(env, SECONDMENT_DESK_HOME=str(base / "keyring"))),
        }  # fmt: skip
        for argv, kenv in kinds.values():
            timed(argv, kenv)  # bytecode and file cache
        samples: dict[str, list[float]] = {k: [] for k in kinds}
        for _ in range(runs):
            for label, (argv, kenv) in kinds.items():
                samples[label].append(timed(argv, kenv))
        kdf = kdf_seconds()
        wrapped_with = _stored_kdf(base / "pass")
    anchor = statistics.median(samples["raw docxtpl script"])
    goals = {"form fill --profile-file": 1.3, "form fill, passphrase store": 1.5}
    print(f"whole CLI processes, {runs} interleaved runs each (median):")
    for label, times in samples.items():
        med = statistics.median(times)
        goal = goals.get(label)
        verdict = (
            ""
            if goal is None
            else f"  goal <= {goal}x: " + ("met" if med / anchor <= goal else "NOT met")
        )
        print(f"  {label:30} {med * 1000:6.0f} ms  ratio {med / anchor:4.2f}x{verdict}")
    passphrase = statistics.median(samples["form fill, passphrase store"])
    print(
        f"  KDF of the passphrase store ({wrapped_with}) alone: {kdf * 1000:.0f} ms; "
        f"passphrase fill without it: {(passphrase - kdf) * 1000:.0f} ms, "
        f"ratio {(passphrase - kdf) / anchor:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
