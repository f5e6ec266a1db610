"""``secondment-desk gui --demo``: a throw-away data folder with a demo candidate and notices.

The demo never touches the user's real data: it points ``SECONDMENT_DESK_HOME`` at a new
temporary folder (removed on exit) and uses a passphrase store with a fixed, public demo
passphrase, so no keyring is needed. The candidate and the notices ship in
``resources/demo/``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from secondment_desk.paths import HOME_ENV

DEMO_PASSPHRASE = "demo-passphrase-not-secret"
DEMO_NOTICES = ("osce_dushanbe_head_pmd.txt", "osce_astana_pmo_aggregator.txt")
DEMO_PROFILE = "demo/profile.json"


def prepare_demo_home() -> Path:
    """Point the data folder at a fresh temporary folder, removed when the process ends."""
    home = Path(tempfile.mkdtemp(prefix="secondment-desk-demo-"))
    atexit.register(shutil.rmtree, home, True)
    os.environ[HOME_ENV] = str(home)
    return home
