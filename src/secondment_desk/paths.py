"""Where the application keeps the user's data.

One place decides it: ``SECONDMENT_DESK_HOME`` when set (tests, portable use), else the
per-user data folder of the OS (platformdirs). Nothing is created at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "secondment-desk"
HOME_ENV = "SECONDMENT_DESK_HOME"


def data_home(create: bool = True) -> Path:
    """The folder holding the store, user templates and settings."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs  # only when needed: the window's cold start skips it

        path = Path(platformdirs.user_data_dir(APP_NAME))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def user_templates_dir(create: bool = True) -> Path:
    """Templates the user added (delegation forms, own cover letters)."""
    path = data_home(create) / "templates"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path
