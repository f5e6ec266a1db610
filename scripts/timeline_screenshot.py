"""The Deadline screen's timeline after a command-line flow, grabbed from the real window.

    xvfb-run -a python scripts/timeline_screenshot.py [OUT.png]

Runs import -> checklist -> decide -> form fill -> deadline --profile -> status -> package
export -> status in a temporary data folder, opens the window on it (``OUT.png``), then changes
the status from another process and grabs the window again a second later
(``OUT-live.png``): the live window shows the change.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"


def _flow(home: Path) -> str:
    from secondment_desk.cli import main
    from secondment_desk.store import open_store

    notice = str(FIXTURES / "vacancies" / "osce_field_kosovo_human_rights.txt")
    who = ["--profile", "Petrova"]
    main(["profile", "import", str(FIXTURES / "profiles" / "jsonresume_petrova.json")])
    main(["checklist", notice, *who, "--json"])
    main(["checklist", "decide", notice, *who, "osce:planning", "--status", "met"])
    main(["form", "fill", notice, *who, "--out", str(home / "form.docx"), "--quiet"])
    main(["deadline", notice, *who, "--state", "Austria"])
    with open_store() as store:
        app_id = store.applications.list()[0].id
    main(["application", "status", app_id, "ready", "--note", "checked with the adviser"])
    main(["package", "export", app_id, "--out", str(home / "package.zip"), "--no-pdf"])
    main(["application", "status", app_id, "sent", "--note", "to the Federal Ministry"])
    return app_id


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "docs/screenshots/timeline-en.png")
    home = Path(tempfile.mkdtemp())
    os.environ["SECONDMENT_DESK_HOME"] = str(home)
    os.environ.setdefault("SECONDMENT_DESK_PASSPHRASE", "correct horse battery")
    app_id = _flow(home)

    from PySide6.QtWidgets import QApplication

    from secondment_desk.gui.app import build_window
    from secondment_desk.gui.context import AppContext
    from secondment_desk.store import open_store

    qt = QApplication(sys.argv)
    ctx = AppContext()
    window = build_window(ctx)
    window.resize(1280, 800)
    window.show()
    ctx.set_store(open_store(), "passphrase")
    window.show_screen("deadline")

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            qt.processEvents()
            time.sleep(0.02)

    settle(0.5)
    window.grab().save(str(out))
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = ["application", "status", app_id, "nominated", "--note", "nominated by Austria"]
    subprocess.run([sys.executable, "-m", "secondment_desk", *command], check=True, env=env)
    settle(1.0)
    window.grab().save(str(out.with_name(f"{out.stem}-live.png")))
    ctx.jobs.shutdown()
    ctx.close_store()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
