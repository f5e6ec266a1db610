"""Time and peak memory of the worst hostile input of each kind the store and the profile
importers meet (issue 12): each runs in a child process, measured by ``resource``.

    PYTHONPATH=src .venv/bin/python -m bench.hostile_store

Kinds: a JSON Resume nested 100,000 deep, a 5,000-digit number, 200,000 jobs, bad job dates;
a kdf_m of 4 GiB beside the data; a damaged record among 100; a rolled-back record and a
deleted row detected at open; two processes editing one profile for 200 rounds each.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PASS = "bench passphrase, long enough"

SETUP = """
import os, sys, time, json, sqlite3
from pathlib import Path
"""

CASES: dict[str, str] = {
    "JSON Resume nested 100,000 deep": """
from secondment_desk.profile import import_bytes
data = b'{"basics":{"name":"A B"},"work":' + b'[' * 100000 + b']' * 100000 + b'}'
try: import_bytes(data)
except Exception as e: print(type(e).__name__, e)
""",
    "5,000-digit number": """
from secondment_desk.profile import import_bytes
try: import_bytes(b'{"basics":{"name":"A B"},"x":' + b'9' * 5000 + b'}')
except Exception as e: print(type(e).__name__, e)
""",
    "200,000 jobs": """
from secondment_desk.profile import import_bytes
data = json.dumps({"basics": {"name": "A B"},
    "work": [{"position": "P", "name": "N", "startDate": "2019-01"}] * 200000}).encode()
try: import_bytes(data)
except Exception as e: print(type(e).__name__, e)
""",
    "job dates 2019-13-45 (x1,000)": """
from secondment_desk.profile import import_bytes
data = json.dumps({"basics": {"name": "A B"},
    "work": [{"position": "P", "name": "N", "startDate": "2019-13-45"}] * 1000}).encode()
try: import_bytes(data)
except Exception as e: print(type(e).__name__, str(e)[:100])
""",
    "kdf_m = 4 GiB beside the data": """
from secondment_desk.store import open_store
from secondment_desk.store.crypto import key_material_digest
home = Path(sys.argv[1]) / "kdf"
c = sqlite3.connect(home / "store.sqlite3")
meta = dict(c.execute("SELECT key, value FROM meta")); meta["kdf_m"] = str(4 * 1024 * 1024)
with c:
    c.execute("UPDATE meta SET value = ? WHERE key = 'kdf_m'", (meta["kdf_m"],))
    c.execute("UPDATE meta SET value = ? WHERE key = 'key_digest'", (key_material_digest(meta),))
c.close()
try: open_store(home, PASSPHRASE)
except Exception as e: print(type(e).__name__, str(e)[:100])
""",
    "1 damaged record of 100: list the other 99": """
from secondment_desk.store import open_store
home = Path(sys.argv[1]) / "damaged"
with open_store(home, PASSPHRASE) as s:
    print(len(s.profiles.list()), "listed,", [d.id for d in s.damaged()], "damaged")
""",
    "rolled-back record + deleted row, found at open": """
from secondment_desk.store import open_store
home = Path(sys.argv[1]) / "rolled"
with open_store(home, PASSPHRASE) as s:
    print(len(s.profiles.list()), "listed;", [(d.id, d.reason) for d in s.damaged()])
""",
}


def _make_store(home: Path, count: int) -> list[str]:
    from bench.load_profiles import make_profile
    from secondment_desk.store import create_store

    with create_store(home, "passphrase", PASS) as store:
        for n in range(count):
            store.profiles.save(make_profile(n))
        return [s.id for s in store.profiles.list()]


def _prepare(root: Path) -> None:
    _make_store(root / "kdf", 1)
    ids = _make_store(root / "damaged", 100)
    conn = sqlite3.connect(root / "damaged" / "store.sqlite3")
    blob = bytearray(
        conn.execute("SELECT blob FROM profiles WHERE id = ?", (ids[0],)).fetchone()[0]
    )
    blob[50] ^= 1
    with conn:
        conn.execute("UPDATE profiles SET blob = ? WHERE id = ?", (bytes(blob), ids[0]))
    conn.close()
    from secondment_desk.store import open_store

    ids = _make_store(root / "rolled", 100)
    with open_store(root / "rolled", PASS) as store:
        old = store.conn.execute(
            "SELECT version, blob FROM profiles WHERE id = ?", (ids[0],)
        ).fetchone()
        store.profiles.save(store.profiles.get(ids[0]))
    conn = sqlite3.connect(root / "rolled" / "store.sqlite3")
    with conn:
        conn.execute("UPDATE profiles SET version = ?, blob = ? WHERE id = ?", (*old, ids[0]))
        conn.execute("DELETE FROM profiles WHERE id = ?", (ids[1],))
    conn.close()


def _run(label: str, code: str, root: Path) -> str:
    script = SETUP + f"PASSPHRASE = {PASS!r}\n" + code
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + str(REPO)}
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run([sys.executable, '-c', sys.argv[1], sys.argv[2]],"
        " capture_output=True, text=True)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "said = (p.stdout.strip() or p.stderr.strip()[-200:]).replace(chr(10), ' ')\n"
        "print(f'{dt:.2f}|{rss / 1024:.0f}|{p.returncode}|' + said)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, script, str(root)], env=env, capture_output=True, text=True
    ).stdout.strip()
    seconds, mb, rc, said = out.split("|", 3)
    return f"{label}: {seconds} s, peak {mb} MB (whole process), rc {rc}: {said[:150]}"


def _two_writers(root: Path) -> str:
    from tests.store.profiles import candidate

    from secondment_desk.store import create_store

    home = root / "writers"
    with create_store(home, "passphrase", PASS) as store:
        store.profiles.save(candidate(0, profile_id="sharedprofile"))
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "src"),
        "SECONDMENT_DESK_PASSPHRASE": PASS,
    }
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.store._writer", "profile", str(home), tag, "200"],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for tag in "ab"
    ]
    for p in procs:
        assert p.stdout is not None
        p.stdout.readline()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    conflicts = [int(p.communicate()[0].split()[-1]) for p in procs]
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    from secondment_desk.store import open_store

    with open_store(home, PASS) as store:
        kept = len(store.profiles.get("sharedprofile").computer_skills)
    return (
        f"two processes x 200 edits of one profile: {seconds:.2f} s, peak {rss:.0f} MB, "
        f"{sum(conflicts)} conflicts retried, {kept} of 400 edits kept"
    )


def main() -> int:
    from secondment_desk.store.keys import passphrase as passphrase_module

    passphrase_module.ARGON2_M = (
        passphrase_module.M_MIN
    )  # the bench's stores; the kdf case sets its own
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        _prepare(root)
        for label, code in CASES.items():
            print(_run(label, code, root), flush=True)
        print(_two_writers(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
